"""Many households at once (training data, later imports): the same checks as a form, in one transaction.

Every row passes the checks the form uses (`*_checks`) plus the same duplicate checks, done here with
sets instead of one query per row; then each table is written with one executemany through the
change recorder, so the change log is complete. Any error and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select
from sqlmodel import SQLModel

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
    pillars: dict[str, int] = field(default_factory=dict)  # demo only: rows made per pillar record kind

    def add(self, rows: _Rows) -> None:
        self.households += len(rows.households)
        self.persons += len(rows.persons)
        self.placements += len(rows.placements)
        self.cases += len(rows.cases)
        self.warnings.extend(rows.warnings)


@dataclass
class _Rows:
    households: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    placements: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def by_table(self) -> list[tuple[type[SQLModel], list[dict[str, Any]]]]:
        """Parents before children, for the foreign keys."""
        return [
            (Household, self.households),
            (Person, self.persons),
            (Placement, self.placements),
            (Case, self.cases),
            (CaseAction, self.actions),
        ]


CHUNK_SIZE = 500  # households validated and written at a time: memory stays flat for any count


def add_households_bulk(
    db: Database,
    entries: Iterable[HouseholdEntry],
    progress: Progress | None = None,
    total: int | None = None,
) -> BulkResult:
    """Validate and write every entry in one transaction, a chunk at a time; any error and nothing is kept.

    `entries` may be a generator: it is read once, in chunks. `progress(done, total)` is called after
    every household when `total` is known (or `entries` has a length).
    """
    village_code = village_code_for_writes(db)
    total = total if total is not None else (len(entries) if isinstance(entries, Sized) else None)
    result = BulkResult()
    with db.write() as recorder:
        context = _context(recorder.connection, village_code)
        numbered = enumerate(entries, start=1)
        while chunk := list(islice(numbered, CHUNK_SIZE)):
            rows = _prepare(context, chunk, progress, total)
            for model, table_rows in rows.by_table():
                recorder.insert_many(model, table_rows)
            result.add(rows)
    db.gather_statistics()  # thousands of new rows change which index a query should use
    return result


@dataclass
class _Context:
    village_code: str
    codes: dict[str, frozenset[str]]
    seen_nik: set[str]
    seen_kk: set[str]
    today: date


def _context(connection: Connection, village_code: str) -> _Context:
    niks, kks = registered_niks_and_kks(connection, village_code)
    return _Context(village_code, lookups.load_codes(connection), niks, kks, date.today())


def _prepare(
    context: _Context,
    chunk: list[tuple[int, HouseholdEntry]],
    progress: Progress | None,
    total: int | None,
) -> _Rows:
    rows = _Rows()
    for number, entry in chunk:
        where = f"Rumah tangga ke-{number}"
        checks, household = household_checks(entry.household)
        _check_unique(checks, "kk_number", household["kk_number"], context.seen_kk, "Nomor KK")
        _collect(rows, checks, where)
        household.update(id=new_id(), village_code=context.village_code)
        rows.households.append(household)
        _refuse_two_heads(rows, entry, where)
        member_ids = [_add_member(rows, context, household["id"], member, where) for member in entry.members]
        for case_entry in entry.cases:
            _add_case(rows, context, member_ids[case_entry.member_index], case_entry, where)
        if progress is not None and total is not None:
            progress(number, total)
    return rows


def _add_member(rows: _Rows, context: _Context, household_id: str, member: MemberEntry, where: str) -> str:
    codes, today = context.codes, context.today
    checks, person = person_checks(member.person, codes, today)
    _check_unique(checks, "nik", person["nik"], context.seen_nik, "NIK")
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


def _add_case(rows: _Rows, context: _Context, person_id: str, entry: CaseEntry, where: str) -> None:
    codes, today = context.codes, context.today
    entry.case.person_id = person_id
    checks, case = case_checks(entry.case, codes, today)
    _collect(rows, checks, f"{where}, kasus")
    case.update(id=new_id(), village_code=context.village_code)
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
