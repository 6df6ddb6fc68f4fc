"""Many households at once (training data, later imports): the same checks as a form, in one transaction.

Every row passes the checks the form uses (`*_checks`) plus the same duplicate checks, done here with
sets instead of one query per row; then each table is written with one executemany through the
change recorder, so the change log is complete. Any error and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from desmigratif_desktop.data.cases import Case, CaseAction
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.sync_columns import new_id
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.cases import CaseActionInput, CaseInput, case_action_checks, case_checks
from desmigratif_desktop.services.households import HouseholdInput, household_checks, village_code_for_writes
from desmigratif_desktop.services.persons import PersonInput, person_checks
from desmigratif_desktop.services.placements import PlacementInput, derive_migration_status, placement_checks
from desmigratif_desktop.services.validation import Checks, Problem

Progress = Callable[[int, int], None]


@dataclass
class MemberEntry:
    person: PersonInput
    placements: list[PlacementInput] = field(default_factory=list)


@dataclass
class CaseEntry:
    member_index: int  # which member of the household the case is about
    case: CaseInput
    actions: list[CaseActionInput] = field(default_factory=list)


@dataclass
class HouseholdEntry:
    household: HouseholdInput
    members: list[MemberEntry]
    cases: list[CaseEntry] = field(default_factory=list)


@dataclass
class BulkResult:
    households: int = 0
    persons: int = 0
    placements: int = 0
    cases: int = 0
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class _Rows:
    households: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    placements: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def add_households_bulk(
    db: Database, entries: Sequence[HouseholdEntry], progress: Progress | None = None
) -> BulkResult:
    village_code = village_code_for_writes(db)
    today = date.today()
    with db.write() as recorder:
        connection = recorder.connection
        rows = _prepare(connection, village_code, entries, today, progress)
        recorder.insert_many(Household, rows.households)
        recorder.insert_many(Person, rows.persons)
        recorder.insert_many(Placement, rows.placements)
        recorder.insert_many(Case, rows.cases)
        recorder.insert_many(CaseAction, rows.actions)
    return BulkResult(
        len(rows.households), len(rows.persons), len(rows.placements), len(rows.cases), rows.warnings
    )


def _prepare(
    connection: Connection,
    village_code: str,
    entries: Sequence[HouseholdEntry],
    today: date,
    progress: Progress | None,
) -> _Rows:
    codes = lookups.load_codes(connection)
    seen_nik, seen_kk = registered_niks_and_kks(connection, village_code)
    rows = _Rows()
    for number, entry in enumerate(entries, start=1):
        where = f"Rumah tangga ke-{number}"
        checks, household = household_checks(entry.household)
        _check_unique(checks, "kk_number", household["kk_number"], seen_kk, "Nomor KK")
        _collect(rows, checks, where)
        household.update(id=new_id(), village_code=village_code)
        rows.households.append(household)
        _refuse_two_heads(rows, entry, where)
        member_ids = [
            _add_member(rows, codes, household["id"], member, seen_nik, today, where)
            for member in entry.members
        ]
        for case_entry in entry.cases:
            _add_case(
                rows, codes, village_code, member_ids[case_entry.member_index], case_entry, today, where
            )
        if progress is not None:
            progress(number, len(entries))
    return rows


def _add_member(
    rows: _Rows,
    codes: dict[str, frozenset[str]],
    household_id: str,
    member: MemberEntry,
    seen_nik: set[str],
    today: date,
    where: str,
) -> str:
    checks, person = person_checks(member.person, codes, today)
    _check_unique(checks, "nik", person["nik"], seen_nik, "NIK")
    _collect(rows, checks, f"{where}, {person['full_name']}")
    person.update(id=new_id(), household_id=household_id)
    stays = []
    for placement_input in member.placements:
        checks, placement = placement_checks(placement_input, codes, today)
        _collect(rows, checks, f"{where}, penempatan {person['full_name']}")
        placement.update(id=new_id(), person_id=person["id"])
        rows.placements.append(placement)
        stays.append((placement["departure_date"], placement["return_date"]))
    if sum(1 for _, returned in stays if returned is None) > 1:
        _collect(rows, _one_error("departure_date", "Lebih dari satu penempatan belum pulang."), where)
    if stays:  # a member listed as abroad with no placement details keeps that status
        person["migration_status"] = derive_migration_status(person["migration_status"], stays, today)
    rows.persons.append(person)
    return str(person["id"])


def _add_case(
    rows: _Rows,
    codes: dict[str, frozenset[str]],
    village_code: str,
    person_id: str,
    entry: CaseEntry,
    today: date,
    where: str,
) -> None:
    entry.case.person_id = person_id
    checks, case = case_checks(entry.case, codes, today)
    _collect(rows, checks, f"{where}, kasus")
    case.update(id=new_id(), village_code=village_code)
    rows.cases.append(case)
    for action_input in entry.actions:
        checks, action = case_action_checks(action_input, case["reported_date"], today)
        _collect(rows, checks, f"{where}, tindak lanjut kasus")
        rows.actions.append({**action, "case_id": case["id"]})


def _refuse_two_heads(rows: _Rows, entry: HouseholdEntry, where: str) -> None:
    heads = [m.person.full_name for m in entry.members if m.person.relationship == lookups.HEAD_OF_FAMILY]
    if len(heads) > 1:
        message = (
            f"Rumah tangga ini sudah punya Kepala Keluarga ({heads[0]}); {heads[1]} juga tercatat begitu."
        )
        _collect(rows, _one_error("relationship", message), where)


def registered_niks_and_kks(connection: Connection, village_code: str) -> tuple[set[str], set[str]]:
    households, persons = table_of(Household), table_of(Person)
    in_village = (households.c.village_code == village_code) & ~households.c.deleted
    kks = set(connection.execute(select(households.c.kk_number).where(in_village)).scalars())
    niks = set(
        connection.execute(
            select(persons.c.nik)
            .join(households, households.c.id == persons.c.household_id)
            .where(in_village, ~persons.c.deleted)
        ).scalars()
    )
    return niks, kks


def _check_unique(checks: Checks, field_name: str, value: str, seen: set[str], what: str) -> None:
    if value in seen:
        checks.error(
            field_name, f"duplicate_{field_name}", f"{what} {value} sudah terdaftar atau muncul dua kali."
        )
    seen.add(value)


def _one_error(field_name: str, message: str) -> Checks:
    checks = Checks()
    checks.error(field_name, "invalid", message)
    return checks


def _collect(rows: _Rows, checks: Checks, where: str) -> None:
    """Stop at the first entry with an error, saying which one; keep warnings for the summary."""
    if checks.errors:
        raise ValidationError([Problem(p.field, p.code, f"{where}: {p.message}") for p in checks.errors])
    rows.warnings.extend(checks.warnings)
