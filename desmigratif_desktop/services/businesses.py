"""Productive businesses (usaha produktif, pillar 2): create, change, delete and count them.

A business belongs to a living person of the register. Its turnover and support history live in
`business_money.py` (deleting a business tombstones them with it), the list in `business_list.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, exists, select

from desmigratif_desktop.data.businesses import Business, BusinessSupport, BusinessTurnover
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import BusinessStatus, MigrationStatus
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.months import month_of, shown_month
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.business_money import MonthSpan, turnover_span
from desmigratif_desktop.services.households import village_code_for_writes
from desmigratif_desktop.services.register_queries import age_on, alive
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    Problem,
    check_choice,
    check_not_future,
    check_order,
    clean_text,
    normalise_phone,
    require,
    require_name,
)

_BUSINESS = table_of(Business)
_TURNOVER = table_of(BusinessTurnover)
_SUPPORT = table_of(BusinessSupport)
_PERSON = table_of(Person)
MIGRANT_STATUSES = (MigrationStatus.ABROAD, MigrationStatus.RETURNED)


@dataclass
class BusinessInput:
    name: str
    sector: str
    owner_person_id: str | None
    start_date: date | None
    workers: int | None = 0
    products: str | None = None
    status: str = BusinessStatus.ACTIVE
    stopped_date: date | None = None
    address: str | None = None
    phone: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class OwnerFacts:
    """What the checks need to know about the chosen owner."""

    full_name: str
    migration_status: str
    migrant_household: bool  # someone in the owner's household works or worked abroad
    birth_date: date | None = None


def business_checks(
    data: BusinessInput,
    codes: dict[str, frozenset[str]],
    today: date | None = None,
    owner: OwnerFacts | None = None,
    recorded: MonthSpan | None = None,
) -> tuple[Checks, dict[str, Any]]:
    """`owner` (when known) adds a warning for an owner outside the programme's target group;
    `recorded` (the months with turnover) keeps the start and stop dates around them."""
    checks = Checks()
    today = today or date.today()
    name = clean_text(data.name)
    require_name(checks, "name", name, "Nama usaha")
    if require(checks, "sector", data.sector, "Bidang usaha"):
        check_choice(checks, "sector", data.sector, codes[lookups.BUSINESS_SECTOR], "Bidang usaha")
    if require(checks, "owner_person_id", data.owner_person_id, "Pemilik usaha") and owner is not None:
        _check_owner(checks, owner)
        _check_owner_age(checks, owner, data.start_date)
    if require(checks, "start_date", data.start_date, "Tanggal mulai usaha"):
        check_not_future(checks, "start_date", data.start_date, "Tanggal mulai usaha", today)
    if require(checks, "workers", data.workers, "Jumlah pekerja") and (data.workers or 0) < 0:
        checks.error("workers", "negative", "Jumlah pekerja tidak boleh negatif.")
    stopped = data.status == BusinessStatus.STOPPED
    if require(checks, "status", data.status, "Status usaha"):
        check_choice(checks, "status", data.status, tuple(BusinessStatus), "Status usaha")
    if stopped:
        _check_stop(checks, data, today)
    if recorded is not None:
        _check_around_turnover(checks, data, recorded, stopped)
    row = {
        "name": name,
        "sector": data.sector,
        "owner_person_id": data.owner_person_id,
        "start_date": data.start_date,
        "workers": data.workers,
        "products": clean_text(data.products),
        "status": data.status,
        "stopped_date": data.stopped_date if stopped else None,  # an active business has not stopped
        "address": clean_text(data.address),
        "phone": normalise_phone(checks, clean_text(data.phone)),
        "notes": clean_text(data.notes),
    }
    return checks, row


def _check_owner(checks: Checks, owner: OwnerFacts) -> None:
    """The programme serves returned workers and migrants' families: anyone else is worth a second look."""
    if owner.migration_status != MigrationStatus.RETURNED and not owner.migrant_household:
        checks.warn(
            "owner_person_id",
            "not_target_group",
            f"{owner.full_name} bukan PMI purna dan tidak ada anggota rumah tangganya yang sedang atau "
            "pernah bekerja di luar negeri. Periksa lagi pemiliknya; data tetap bisa disimpan.",
        )


def _check_owner_age(checks: Checks, owner: OwnerFacts, start_date: date | None) -> None:
    """A business cannot start before its owner was born; a child owner is most likely the wrong person."""
    if owner.birth_date is None or start_date is None:
        return
    if start_date < owner.birth_date:
        checks.error(
            "start_date",
            "before_owner_birth",
            f"Tanggal mulai usaha sebelum {owner.full_name} lahir. Periksa tanggalnya atau pemiliknya.",
        )
    elif age_on(owner.birth_date, start_date) < 17:
        checks.warn(
            "owner_person_id",
            "owner_minor",
            f"{owner.full_name} belum 17 tahun saat usaha dimulai. Periksa lagi pemiliknya; "
            "data tetap bisa disimpan.",
        )


def _check_stop(checks: Checks, data: BusinessInput, today: date) -> None:
    if data.stopped_date is None:
        checks.error("stopped_date", "required", "Tanggal berhenti wajib diisi untuk usaha yang berhenti.")
        return
    check_not_future(checks, "stopped_date", data.stopped_date, "Tanggal berhenti", today)
    check_order(
        checks,
        data.start_date,
        data.stopped_date,
        "stopped_date",
        "Tanggal berhenti tidak boleh sebelum tanggal mulai usaha.",
    )


def _check_around_turnover(checks: Checks, data: BusinessInput, recorded: MonthSpan, stopped: bool) -> None:
    if data.start_date is not None and month_of(data.start_date) > recorded.first:
        checks.error(
            "start_date",
            "after_turnover",
            f"Sudah ada omzet bulan {shown_month(recorded.first)}; usaha tidak mungkin mulai sesudahnya.",
        )
    if stopped and data.stopped_date is not None and month_of(data.stopped_date) < recorded.last:
        checks.error(
            "stopped_date",
            "before_turnover",
            f"Sudah ada omzet bulan {shown_month(recorded.last)}; usaha tidak mungkin berhenti sebelumnya.",
        )


def owner_facts(connection: Connection, person_id: str | None) -> OwnerFacts | None:
    """None when there is no such living person."""
    if not person_id:
        return None
    household = _PERSON.alias("member")
    migrant_member = exists().where(
        household.c.household_id == _PERSON.c.household_id,
        alive(household),
        household.c.migration_status.in_(MIGRANT_STATUSES),
    )
    query = select(
        _PERSON.c.full_name, _PERSON.c.migration_status, migrant_member, _PERSON.c.birth_date
    ).where(_PERSON.c.id == person_id, alive(_PERSON))
    found = connection.execute(query).first()
    return None if found is None else OwnerFacts(found[0], found[1], bool(found[2]), found[3])


def owner_facts_of(db: Database, person_id: str | None) -> OwnerFacts | None:
    with db.read() as connection:
        return owner_facts(connection, person_id)


def recorded_months(db: Database, business_id: str | None) -> MonthSpan | None:
    if business_id is None:
        return None
    with db.read() as connection:
        return turnover_span(connection, business_id)


def create_business(db: Database, data: BusinessInput, today: date | None = None) -> Saved:
    village_code = village_code_for_writes(db)
    with db.write() as recorder:
        row, warnings = _checked_row(recorder, data, today, business_id=None, owner_changed=True)
        saved = recorder.insert(Business, {**row, "village_code": village_code})
    return Saved(saved["id"], warnings)


def update_business(db: Database, business_id: str, data: BusinessInput, today: date | None = None) -> Saved:
    """Also how a business is handed to another owner (before its old owner leaves the register)."""
    with db.write() as recorder:
        current = recorder.current(Business, business_id)
        owner_changed = current["owner_person_id"] != data.owner_person_id
        row, warnings = _checked_row(recorder, data, today, business_id, owner_changed)
        recorder.update(Business, business_id, row)
    return Saved(business_id, warnings)


def _checked_row(
    recorder: ChangeRecorder,
    data: BusinessInput,
    today: date | None,
    business_id: str | None,
    owner_changed: bool,
) -> tuple[dict[str, Any], list[Problem]]:
    connection = recorder.connection
    owner = owner_facts(connection, data.owner_person_id)
    recorded = turnover_span(connection, business_id) if business_id else None
    checks, row = business_checks(data, lookups.load_codes(connection), today, owner, recorded)
    if owner is None and data.owner_person_id and owner_changed:
        checks.error(
            "owner_person_id", "missing", "Pemilik usaha tidak ada di daftar (mungkin sudah dihapus)."
        )
    return row, checks.raise_if_errors()


def delete_business(db: Database, business_id: str) -> None:
    """Tombstone the business with its turnover and support rows."""
    with db.write() as recorder:
        recorder.current(Business, business_id)
        for model, table in ((BusinessTurnover, _TURNOVER), (BusinessSupport, _SUPPORT)):
            children = select(table.c.id).where(table.c.business_id == business_id, alive(table))
            for child_id in recorder.connection.execute(children).scalars().all():
                recorder.tombstone(model, child_id)
        recorder.tombstone(Business, business_id)


def get_business(db: Database, business_id: str) -> Business | None:
    with db.session() as session:
        found = session.get(Business, business_id)
        return None if found is None or found.deleted else found
