"""Household members: add, update, delete (tombstone), with NIK checks and duplicate-NIK detection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlmodel import col
from sqlmodel import select as orm_select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import MigrationStatus, Sex
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.person_links import release_person
from desmigratif_desktop.services.placements import refresh_migration_status
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    check_birth_date,
    check_choice,
    check_nik,
    clean_text,
    digits_only,
    normalise_phone,
    require,
    require_name,
)

_PERSON = table_of(Person)
_HOUSEHOLD = table_of(Household)
_PLACEMENT = table_of(Placement)

SEX_CHOICES = tuple(Sex)
MIGRATION_STATUS_CHOICES = tuple(MigrationStatus)


@dataclass
class PersonInput:
    nik: str
    full_name: str
    sex: str
    birth_date: date | None
    relationship: str
    birth_place: str | None = None
    education: str | None = None
    occupation: str | None = None
    marital_status: str | None = None
    phone: str | None = None
    migration_status: str = MigrationStatus.NONE
    notes: str | None = None


def person_checks(
    data: PersonInput, codes: dict[str, frozenset[str]], today: date | None = None
) -> tuple[Checks, dict[str, Any]]:
    """Every check that needs no database: the form runs it as the officer types."""
    checks = Checks()
    today = today or date.today()
    nik = digits_only(data.nik)
    full_name = clean_text(data.full_name)
    require_name(checks, "full_name", full_name, "Nama lengkap")
    if require(checks, "sex", data.sex, "Jenis kelamin"):
        check_choice(checks, "sex", data.sex, SEX_CHOICES, "Jenis kelamin")
    check_birth_date(checks, data.birth_date, today)
    check_nik(checks, nik, data.birth_date, data.sex)
    if require(checks, "relationship", data.relationship, "Hubungan dengan kepala keluarga"):
        check_choice(
            checks, "relationship", data.relationship, codes[lookups.RELATIONSHIP], "Hubungan keluarga"
        )
    check_choice(checks, "education", data.education or None, codes[lookups.EDUCATION], "Pendidikan")
    check_choice(
        checks, "marital_status", data.marital_status or None, codes[lookups.MARITAL_STATUS], "Status kawin"
    )
    check_choice(
        checks, "migration_status", data.migration_status, MIGRATION_STATUS_CHOICES, "Status migrasi"
    )
    row = {
        "nik": nik,
        "full_name": full_name,
        "sex": data.sex,
        "birth_place": clean_text(data.birth_place),
        "birth_date": data.birth_date,
        "relationship": data.relationship,
        "education": data.education or None,
        "occupation": clean_text(data.occupation),
        "marital_status": data.marital_status or None,
        "phone": normalise_phone(checks, clean_text(data.phone)),
        "migration_status": data.migration_status,
        "notes": clean_text(data.notes),
    }
    return checks, row


def add_person(db: Database, household_id: str, data: PersonInput) -> Saved:
    with db.write() as recorder:
        connection = recorder.connection
        checks, row = person_checks(data, lookups.load_codes(connection))
        household = recorder.current(Household, household_id)
        check_person_in_village(checks, connection, household, row, person_id=None)
        warnings = checks.raise_if_errors()
        saved = recorder.insert(Person, {**row, "household_id": household_id})
    return Saved(saved["id"], warnings)


def update_person(db: Database, person_id: str, data: PersonInput) -> Saved:
    with db.write() as recorder:
        connection = recorder.connection
        checks, row = person_checks(data, lookups.load_codes(connection))
        current = recorder.current(Person, person_id)
        household = recorder.current(Household, current["household_id"])
        check_person_in_village(checks, connection, household, row, person_id=person_id)
        warnings = checks.raise_if_errors()
        recorder.update(Person, person_id, row)
        # With placements on record the status follows them, whatever the form sent.
        refresh_migration_status(recorder, person_id)
    return Saved(person_id, warnings)


def delete_person(db: Database, person_id: str) -> None:
    with db.write() as recorder:
        tombstone_person(recorder, person_id)


def tombstone_person(recorder: ChangeRecorder, person_id: str) -> None:
    """A person goes with their placement history; cases stay, as a record of the office's work.

    Links from the four pillars are settled first (`person_links`): refused if the person owns a business.
    """
    release_person(recorder, recorder.current(Person, person_id))
    placements = select(_PLACEMENT.c.id).where(_PLACEMENT.c.person_id == person_id, ~_PLACEMENT.c.deleted)
    for placement_id in recorder.connection.execute(placements).scalars().all():
        recorder.tombstone(Placement, placement_id)
    recorder.tombstone(Person, person_id)


def check_person_in_village(
    checks: Checks,
    connection: Connection,
    household: dict[str, Any],
    row: dict[str, Any],
    person_id: str | None,
) -> None:
    """Checks against what is already registered: a NIK used twice, two heads of one family."""
    if row["nik"]:
        existing = find_person_by_nik(connection, household["village_code"], row["nik"], exclude_id=person_id)
        if existing is not None:
            checks.error(
                "nik",
                "duplicate_nik",
                f"NIK ini sudah terdaftar atas nama {existing['full_name']}.",
                related_id=existing["id"],
            )
    if row["relationship"] == lookups.HEAD_OF_FAMILY:
        head = _head_of(connection, household["id"], exclude_id=person_id)
        if head is not None:
            checks.error(
                "relationship",
                "second_head",
                f"Rumah tangga ini sudah punya Kepala Keluarga ({head}). Ubah dulu hubungan anggota itu.",
            )


def find_person_by_nik(
    connection: Connection, village_code: str, nik: str, exclude_id: str | None = None
) -> dict[str, Any] | None:
    query = (
        select(_PERSON.c.id, _PERSON.c.full_name, _PERSON.c.household_id)
        .join(_HOUSEHOLD, _HOUSEHOLD.c.id == _PERSON.c.household_id)
        .where(_PERSON.c.nik == nik, ~_PERSON.c.deleted, _HOUSEHOLD.c.village_code == village_code)
    )
    if exclude_id is not None:
        query = query.where(_PERSON.c.id != exclude_id)
    found = connection.execute(query.limit(1)).mappings().first()
    return dict(found) if found else None


def _head_of(connection: Connection, household_id: str, exclude_id: str | None) -> str | None:
    query = select(_PERSON.c.full_name).where(
        _PERSON.c.household_id == household_id,
        _PERSON.c.relationship == lookups.HEAD_OF_FAMILY,
        ~_PERSON.c.deleted,
    )
    if exclude_id is not None:
        query = query.where(_PERSON.c.id != exclude_id)
    return connection.execute(query.limit(1)).scalar()


def get_person(db: Database, person_id: str) -> Person | None:
    with db.session() as session:
        found = session.get(Person, person_id)
        return None if found is None or found.deleted else found


def household_members(db: Database, household_id: str) -> list[Person]:
    """Living members, the head first, then by birth date."""
    with db.session() as session:
        query = orm_select(Person).where(Person.household_id == household_id, col(Person.deleted).is_(False))
        members = list(session.exec(query))
    return sorted(members, key=lambda p: (p.relationship != lookups.HEAD_OF_FAMILY, p.birth_date))


def nik_owner(db: Database, household_id: str, nik: str, exclude_id: str | None) -> dict[str, Any] | None:
    """Who in this household's village already has this NIK (for the form's duplicate warning)."""
    with db.read() as connection:
        village = connection.execute(
            select(_HOUSEHOLD.c.village_code).where(_HOUSEHOLD.c.id == household_id)
        ).scalar()
        if village is None:
            return None
        return find_person_by_nik(connection, village, digits_only(nik), exclude_id)
