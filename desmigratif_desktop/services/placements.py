"""Placements abroad (penempatan): departures and returns; they keep the person's migration status right."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col
from sqlmodel import select as orm_select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import MigrationStatus, PlacementScheme
from desmigratif_desktop.data.register import Person, Placement
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    check_choice,
    check_not_future,
    check_order,
    clean_text,
    require,
)

_PLACEMENT = table_of(Placement)
_PERSON = table_of(Person)
_PASSPORT = re.compile(r"[A-Z]{1,2}\d{6,8}")
SCHEME_CHOICES = tuple(PlacementScheme)


@dataclass
class PlacementInput:
    destination_country: str
    sector: str
    departure_date: date | None
    scheme: str = PlacementScheme.P3MI
    job_title: str | None = None
    employer: str | None = None
    placement_agency: str | None = None
    contract_end_date: date | None = None
    return_date: date | None = None
    procedural: bool = True
    passport_number: str | None = None
    bpjs_member: bool = False
    bpjs_number: str | None = None
    siskop2mi_id: str | None = None
    notes: str | None = None


def placement_checks(
    data: PlacementInput, codes: dict[str, frozenset[str]], today: date | None = None
) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    today = today or date.today()
    if require(checks, "destination_country", data.destination_country, "Negara tujuan"):
        check_choice(
            checks, "destination_country", data.destination_country, codes[lookups.COUNTRY], "Negara tujuan"
        )
    if require(checks, "sector", data.sector, "Jabatan/sektor pekerjaan"):
        check_choice(checks, "sector", data.sector, codes[lookups.SECTOR], "Sektor pekerjaan")
    if require(checks, "scheme", data.scheme, "Skema penempatan"):
        check_choice(checks, "scheme", data.scheme, SCHEME_CHOICES, "Skema penempatan")
    require(checks, "departure_date", data.departure_date, "Tanggal berangkat")
    check_order(
        checks,
        data.departure_date,
        data.contract_end_date,
        "contract_end_date",
        "Akhir kontrak tidak boleh sebelum tanggal berangkat.",
    )
    check_order(
        checks,
        data.departure_date,
        data.return_date,
        "return_date",
        "Tanggal pulang tidak boleh sebelum berangkat.",
    )
    check_not_future(checks, "return_date", data.return_date, "Tanggal pulang", today)
    passport = (clean_text(data.passport_number) or "").replace(" ", "").upper() or None
    if passport and not _PASSPORT.fullmatch(passport):
        checks.warn("passport_number", "passport_format", "Nomor paspor biasanya 1–2 huruf lalu 6–8 angka.")
    if data.bpjs_member is False and clean_text(data.bpjs_number):
        checks.warn(
            "bpjs_member", "bpjs_inconsistent", "Nomor BPJS diisi tetapi status peserta BPJS tidak dicentang."
        )
    if not data.procedural and data.scheme == PlacementScheme.P3MI and not clean_text(data.placement_agency):
        checks.warn("placement_agency", "agency_missing", "Isi nama P3MI bila diketahui.")
    row = {
        "destination_country": data.destination_country,
        "sector": data.sector,
        "scheme": data.scheme,
        "job_title": clean_text(data.job_title),
        "employer": clean_text(data.employer),
        "placement_agency": clean_text(data.placement_agency),
        "departure_date": data.departure_date,
        "contract_end_date": data.contract_end_date,
        "return_date": data.return_date,
        "procedural": bool(data.procedural),
        "passport_number": passport,
        "bpjs_member": bool(data.bpjs_member),
        "bpjs_number": clean_text(data.bpjs_number),
        "siskop2mi_id": clean_text(data.siskop2mi_id),
        "notes": clean_text(data.notes),
    }
    return checks, row


def add_placement(db: Database, person_id: str, data: PlacementInput) -> Saved:
    with db.write() as recorder:
        checks, row = placement_checks(data, lookups.load_codes(recorder.connection))
        recorder.current(Person, person_id)
        if row["return_date"] is None:
            _refuse_second_open_placement(checks, recorder, person_id, exclude_id=None)
        warnings = checks.raise_if_errors()
        saved = recorder.insert(Placement, {**row, "person_id": person_id})
        refresh_migration_status(recorder, person_id)
    return Saved(saved["id"], warnings)


def update_placement(db: Database, placement_id: str, data: PlacementInput) -> Saved:
    with db.write() as recorder:
        checks, row = placement_checks(data, lookups.load_codes(recorder.connection))
        person_id = recorder.current(Placement, placement_id)["person_id"]
        if row["return_date"] is None:
            _refuse_second_open_placement(checks, recorder, person_id, exclude_id=placement_id)
        warnings = checks.raise_if_errors()
        recorder.update(Placement, placement_id, row)
        refresh_migration_status(recorder, person_id)
    return Saved(placement_id, warnings)


def record_return(db: Database, placement_id: str, return_date: date) -> Saved:
    """The worker came home: the placement is closed and the person becomes PMI purna."""
    with db.write() as recorder:
        current = recorder.current(Placement, placement_id)
        checks = Checks()
        require(checks, "return_date", return_date, "Tanggal pulang")
        check_not_future(checks, "return_date", return_date, "Tanggal pulang", date.today())
        check_order(
            checks,
            current["departure_date"],
            return_date,
            "return_date",
            "Tanggal pulang tidak boleh sebelum berangkat.",
        )
        warnings = checks.raise_if_errors()
        recorder.update(Placement, placement_id, {"return_date": return_date})
        refresh_migration_status(recorder, current["person_id"])
    return Saved(placement_id, warnings)


def delete_placement(db: Database, placement_id: str) -> None:
    with db.write() as recorder:
        person_id = recorder.current(Placement, placement_id)["person_id"]
        recorder.tombstone(Placement, placement_id)
        refresh_migration_status(recorder, person_id, placement_removed=True)


def derive_migration_status(current: str, stays: list[tuple[date, date | None]], today: date) -> str:
    """Abroad while a placement is open, prospective before a planned departure, returned after one.

    Without placements the officer's own choice stands.
    """
    if any(ret is None and dep <= today for dep, ret in stays):
        return MigrationStatus.ABROAD
    if any(ret is None for _, ret in stays):
        return MigrationStatus.PROSPECTIVE
    if stays:
        return MigrationStatus.RETURNED
    return current


def refresh_migration_status(
    recorder: ChangeRecorder, person_id: str, today: date | None = None, placement_removed: bool = False
) -> None:
    """Store the status the placements imply, logging the change only when it differs."""
    query = select(_PLACEMENT.c.departure_date, _PLACEMENT.c.return_date).where(
        _PLACEMENT.c.person_id == person_id, ~_PLACEMENT.c.deleted
    )
    stays = [(row[0], row[1]) for row in recorder.connection.execute(query)]
    person = recorder.current(Person, person_id)
    current = person["migration_status"]
    if placement_removed and not stays and current in (MigrationStatus.ABROAD, MigrationStatus.RETURNED):
        # The status came from the placement just removed; with none left it has nothing behind it.
        current = MigrationStatus.NONE
    status = derive_migration_status(current, stays, today or date.today())
    if status != person["migration_status"]:
        recorder.update(Person, person_id, {"migration_status": status})


def advance_due_departures(db: Database, today: date | None = None) -> int:
    """Prospective workers whose planned departure date has come are now abroad; returns how many."""
    today = today or date.today()
    due = (
        select(_PLACEMENT.c.person_id)
        .join(_PERSON, _PERSON.c.id == _PLACEMENT.c.person_id)
        .where(
            _PERSON.c.migration_status == MigrationStatus.PROSPECTIVE,
            ~_PERSON.c.deleted,
            ~_PLACEMENT.c.deleted,
            _PLACEMENT.c.return_date.is_(None),
            _PLACEMENT.c.departure_date <= today,
        )
        .distinct()
    )
    with db.read() as connection:
        person_ids = list(connection.execute(due).scalars())
    if person_ids:
        with db.write() as recorder:
            for person_id in person_ids:
                refresh_migration_status(recorder, person_id, today)
    return len(person_ids)


def _refuse_second_open_placement(
    checks: Checks, recorder: ChangeRecorder, person_id: str, exclude_id: str | None
) -> None:
    query = select(_PLACEMENT.c.destination_country, _PLACEMENT.c.departure_date).where(
        _PLACEMENT.c.person_id == person_id, _PLACEMENT.c.return_date.is_(None), ~_PLACEMENT.c.deleted
    )
    if exclude_id is not None:
        query = query.where(_PLACEMENT.c.id != exclude_id)
    open_stay = recorder.connection.execute(query.limit(1)).first()
    if open_stay is not None:
        checks.error(
            "departure_date",
            "placement_open",
            f"Orang ini masih tercatat di luar negeri ({open_stay[0]}, berangkat "
            f"{open_stay[1]:%d-%m-%Y}). Catat dulu kepulangannya.",
        )


def person_placements(db: Database, person_id: str) -> list[Placement]:
    """A person's placements, the most recent departure first."""
    with db.session() as session:
        query = (
            orm_select(Placement)
            .where(Placement.person_id == person_id, col(Placement.deleted).is_(False))
            .order_by(col(Placement.departure_date).desc())
        )
        return list(session.exec(query))
