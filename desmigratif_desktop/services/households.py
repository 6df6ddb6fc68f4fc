"""Households (rumah tangga PMI): create, update, delete (tombstone), each with its change-log entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.register import Household, Person
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.services.persons import tombstone_person
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    check_kk,
    clean_text,
    digits_only,
    normalise_phone,
    normalise_rt_rw,
)

_HOUSEHOLD = table_of(Household)
_PERSON = table_of(Person)


@dataclass
class HouseholdInput:
    kk_number: str
    address: str | None = None
    dusun: str | None = None
    rt: str | None = None
    rw: str | None = None
    phone: str | None = None
    notes: str | None = None


def household_checks(data: HouseholdInput) -> tuple[Checks, dict[str, Any]]:
    """Validate and normalise a household form; the row is only written when there are no errors."""
    checks = Checks()
    kk = digits_only(data.kk_number)
    check_kk(checks, kk)
    row = {
        "kk_number": kk,
        "address": clean_text(data.address),
        "dusun": clean_text(data.dusun),
        "rt": normalise_rt_rw(checks, clean_text(data.rt), "rt"),
        "rw": normalise_rt_rw(checks, clean_text(data.rw), "rw"),
        "phone": normalise_phone(checks, clean_text(data.phone)),
        "notes": clean_text(data.notes),
    }
    return checks, row


def village_code_for_writes(db: Database) -> str:
    installation = db.require_installation()
    if installation.role != Role.VILLAGE:
        raise KnownError(
            "Data desa (rumah tangga, layanan, usaha, parenting, koperasi) dicatat oleh petugas desa, "
            "bukan di instalasi dinas.",
            "Data desa sampai ke dinas melalui sinkronisasi.",
        )
    return installation.region_code


def create_household(db: Database, data: HouseholdInput) -> Saved:
    village_code = village_code_for_writes(db)
    checks, row = household_checks(data)
    with db.write() as recorder:
        check_kk_unique(checks, recorder.connection, village_code, row["kk_number"], exclude_id=None)
        warnings = checks.raise_if_errors()
        saved = recorder.insert(Household, {**row, "village_code": village_code})
    return Saved(saved["id"], warnings)


def update_household(db: Database, household_id: str, data: HouseholdInput) -> Saved:
    checks, row = household_checks(data)
    with db.write() as recorder:
        current = recorder.current(Household, household_id)
        check_kk_unique(checks, recorder.connection, current["village_code"], row["kk_number"], household_id)
        warnings = checks.raise_if_errors()
        recorder.update(Household, household_id, row)
    return Saved(household_id, warnings)


def delete_household(db: Database, household_id: str) -> None:
    """Tombstone the household and, with it, its members and their placements."""
    with db.write() as recorder:
        recorder.current(Household, household_id)
        members = select(_PERSON.c.id).where(_PERSON.c.household_id == household_id, ~_PERSON.c.deleted)
        for person_id in recorder.connection.execute(members).scalars().all():
            tombstone_person(recorder, person_id)
        recorder.tombstone(Household, household_id)


def check_kk_unique(
    checks: Checks, connection: Connection, village_code: str, kk_number: str, exclude_id: str | None
) -> None:
    query = select(_HOUSEHOLD.c.id).where(
        _HOUSEHOLD.c.village_code == village_code,
        _HOUSEHOLD.c.kk_number == kk_number,
        ~_HOUSEHOLD.c.deleted,
    )
    if exclude_id is not None:
        query = query.where(_HOUSEHOLD.c.id != exclude_id)
    existing = connection.execute(query.limit(1)).scalar()
    if existing:
        checks.error(
            "kk_number", "duplicate_kk", "Nomor KK ini sudah terdaftar di desa ini.", related_id=existing
        )


def get_household(db: Database, household_id: str) -> Household | None:
    with db.session() as session:
        found = session.get(Household, household_id)
        return None if found is None or found.deleted else found
