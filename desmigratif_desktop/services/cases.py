"""Cases and complaints (kasus/pengaduan) with their follow-up actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col
from sqlmodel import select as orm_select

from desmigratif_desktop.data.cases import Case, CaseAction
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import CaseStatus
from desmigratif_desktop.data.register import Person, Placement
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.households import village_code_for_writes
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    Problem,
    check_choice,
    check_not_future,
    check_order,
    clean_text,
    require,
)

STATUS_CHOICES = tuple(CaseStatus)
_ACTION = table_of(CaseAction)
FINISHED = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


@dataclass
class CaseInput:
    case_type: str
    reported_date: date | None
    description: str
    person_id: str | None = None
    placement_id: str | None = None
    reporter_name: str | None = None
    status: str = CaseStatus.OPEN
    resolved_date: date | None = None


@dataclass
class CaseActionInput:
    action_date: date | None
    description: str
    actor: str | None = None


def case_checks(
    data: CaseInput, codes: dict[str, frozenset[str]], today: date | None = None
) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    today = today or date.today()
    if require(checks, "case_type", data.case_type, "Jenis kasus"):
        check_choice(checks, "case_type", data.case_type, codes[lookups.CASE_TYPE], "Jenis kasus")
    if require(checks, "reported_date", data.reported_date, "Tanggal laporan"):
        check_not_future(checks, "reported_date", data.reported_date, "Tanggal laporan", today)
    description = clean_text(data.description)
    require(checks, "description", description, "Uraian kasus")
    if require(checks, "status", data.status, "Status"):
        check_choice(checks, "status", data.status, STATUS_CHOICES, "Status kasus")
    if data.status in FINISHED and data.resolved_date is None:
        checks.error(
            "resolved_date", "required", "Tanggal selesai wajib diisi untuk kasus yang selesai/ditutup."
        )
    check_order(
        checks,
        data.reported_date,
        data.resolved_date,
        "resolved_date",
        "Tanggal selesai tidak boleh sebelum tanggal laporan.",
    )
    check_not_future(checks, "resolved_date", data.resolved_date, "Tanggal selesai", today)
    row = {
        "case_type": data.case_type,
        "reported_date": data.reported_date,
        "description": description,
        "person_id": data.person_id or None,
        "placement_id": data.placement_id or None,
        "reporter_name": clean_text(data.reporter_name),
        "status": data.status,
        "resolved_date": data.resolved_date,
    }
    return checks, row


def open_case(db: Database, data: CaseInput) -> Saved:
    village_code = village_code_for_writes(db)
    with db.write() as recorder:
        checks, row = case_checks(data, lookups.load_codes(recorder.connection))
        warnings = checks.raise_if_errors()
        _require_links(recorder, row)
        saved = recorder.insert(Case, {**row, "village_code": village_code})
    return Saved(saved["id"], warnings)


def update_case(db: Database, case_id: str, data: CaseInput) -> Saved:
    with db.write() as recorder:
        checks, row = case_checks(data, lookups.load_codes(recorder.connection))
        current = recorder.current(Case, case_id)
        warnings = checks.raise_if_errors()
        _require_links(recorder, row, before=current)
        recorder.update(Case, case_id, row)
    return Saved(case_id, warnings)


def case_action_checks(
    data: CaseActionInput, reported_date: date | None, today: date | None = None
) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    description = clean_text(data.description)
    if require(checks, "action_date", data.action_date, "Tanggal tindak lanjut"):
        check_not_future(
            checks, "action_date", data.action_date, "Tanggal tindak lanjut", today or date.today()
        )
    require(checks, "description", description, "Uraian tindak lanjut")
    check_order(
        checks,
        reported_date,
        data.action_date,
        "action_date",
        "Tindak lanjut tidak boleh sebelum tanggal laporan.",
    )
    return checks, {
        "action_date": data.action_date,
        "description": description,
        "actor": clean_text(data.actor),
    }


def add_case_action(db: Database, case_id: str, data: CaseActionInput) -> Saved:
    """Record a follow-up step; an open case is then "in progress"."""
    with db.write() as recorder:
        case = recorder.current(Case, case_id)
        checks, row = case_action_checks(data, case["reported_date"])
        warnings = checks.raise_if_errors()
        saved = recorder.insert(CaseAction, {**row, "case_id": case_id})
        if case["status"] == CaseStatus.OPEN:
            recorder.update(Case, case_id, {"status": CaseStatus.IN_PROGRESS})
    return Saved(saved["id"], warnings)


def delete_case(db: Database, case_id: str) -> None:
    """Tombstone the case and its follow-up actions with it."""
    with db.write() as recorder:
        recorder.current(Case, case_id)
        actions = select(_ACTION.c.id).where(_ACTION.c.case_id == case_id, ~_ACTION.c.deleted)
        for action_id in recorder.connection.execute(actions).scalars().all():
            recorder.tombstone(CaseAction, action_id)
        recorder.tombstone(Case, case_id)


def _require_links(
    recorder: ChangeRecorder, row: dict[str, Any], before: dict[str, Any] | None = None
) -> None:
    """A case names a registered person and, optionally, one of that person's placements.

    Links are checked only when they change: a case outlives a deleted person and can still be closed.
    """
    if before is not None and (before["person_id"], before["placement_id"]) == (
        row["person_id"],
        row["placement_id"],
    ):
        return
    if row["person_id"]:
        recorder.current(Person, row["person_id"])
    if row["placement_id"]:
        placement = recorder.current(Placement, row["placement_id"])
        if row["person_id"] and placement["person_id"] != row["person_id"]:
            raise ValidationError(
                [Problem("placement_id", "placement_person", "Penempatan itu milik orang lain.")]
            )


@dataclass(frozen=True)
class CaseRow:
    id: str
    case_type: str
    person_id: str | None
    person_name: str | None
    reported_date: date
    status: str
    resolved_date: date | None
    actions: int


def case_rows(db: Database, status: str | None = None, text: str = "") -> list[CaseRow]:
    """The case list, newest report first; `text` matches the person's name or the description."""
    cases, persons, actions = table_of(Case), table_of(Person), _ACTION
    action_count = (
        select(func.count()).where(actions.c.case_id == cases.c.id, ~actions.c.deleted).scalar_subquery()
    )
    query = (
        select(
            cases.c.id,
            cases.c.case_type,
            cases.c.person_id,
            persons.c.full_name,
            cases.c.reported_date,
            cases.c.status,
            cases.c.resolved_date,
            action_count,
        )
        .outerjoin(persons, persons.c.id == cases.c.person_id)
        .where(~cases.c.deleted)
        .order_by(cases.c.reported_date.desc())
    )
    if status:
        query = query.where(cases.c.status == status)
    if text.strip():
        wanted = text.strip()  # SQLite's LIKE ignores ASCII case
        query = query.where(
            persons.c.full_name.contains(wanted, autoescape=True)
            | cases.c.description.contains(wanted, autoescape=True)
        )
    with db.read() as connection:
        return [CaseRow(*row) for row in connection.execute(query)]


def get_case(db: Database, case_id: str) -> Case | None:
    with db.session() as session:
        found = session.get(Case, case_id)
        return None if found is None or found.deleted else found


def case_actions(db: Database, case_id: str) -> list[CaseAction]:
    with db.session() as session:
        query = (
            orm_select(CaseAction)
            .where(CaseAction.case_id == case_id, col(CaseAction.deleted).is_(False))
            .order_by(col(CaseAction.action_date))
        )
        return list(session.exec(query))
