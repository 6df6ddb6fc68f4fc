"""Parenting sessions (date, topic, facilitator, place): recorded with their attendance in one write.

Who may attend, and how attendance is replaced, is in `parenting_attendance.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import AttendeeRole
from desmigratif_desktop.data.parenting import ParentingAttendance, ParentingSession
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.services.households import village_code_for_writes
from desmigratif_desktop.services.parenting_attendance import (
    CaregiverEntry,
    attendance_checks,
    live_attendance,
    recheck_children,
    replace_attendance,
)
from desmigratif_desktop.services.parenting_attendance import set_attendance as set_attendance
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import Checks, check_not_future, clean_text, require

MAX_TOPIC_LENGTH = 200
_SESSION = table_of(ParentingSession)
_ATTENDANCE = table_of(ParentingAttendance)


@dataclass
class SessionInput:
    session_date: date | None
    topic: str
    facilitator: str | None = None
    place: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SessionRow:
    id: str
    session_date: date
    topic: str
    facilitator: str | None
    place: str | None
    children: int
    caregivers: int


# -- checks ---------------------------------------------------------------------------------------


def session_checks(data: SessionInput, today: date | None = None) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    if require(checks, "session_date", data.session_date, "Tanggal kegiatan"):
        check_not_future(checks, "session_date", data.session_date, "Tanggal kegiatan", today or date.today())
    topic = clean_text(data.topic)
    if require(checks, "topic", topic, "Tema") and len(topic or "") > MAX_TOPIC_LENGTH:
        checks.error("topic", "too_long", f"Tema paling banyak {MAX_TOPIC_LENGTH} huruf.")
    row = {
        "session_date": data.session_date,
        "topic": topic,
        "facilitator": clean_text(data.facilitator),
        "place": clean_text(data.place),
        "notes": clean_text(data.notes),
    }
    return checks, row


# -- writes ---------------------------------------------------------------------------------------


def save_session(
    db: Database,
    session_id: str | None,
    data: SessionInput,
    children_ids: Sequence[str],
    caregivers: Sequence[CaregiverEntry],
    today: date | None = None,
) -> Saved:
    """Create (session_id None) or update a session with its attendance, in one transaction."""
    today = today or date.today()
    village_code = village_code_for_writes(db) if session_id is None else None
    with db.write() as recorder:
        checks, row = session_checks(data, today)
        attendance_problems, children, kept = attendance_checks(children_ids, caregivers)
        checks.problems += attendance_problems.problems
        warnings = checks.raise_if_errors()
        moved = False
        if session_id is None:
            session_id = recorder.insert(ParentingSession, {**row, "village_code": village_code})["id"]
        else:
            before = recorder.current(ParentingSession, session_id)
            moved = before["session_date"] != row["session_date"]
            if any(before[key] != value for key, value in row.items()):
                recorder.update(ParentingSession, session_id, row)
        replace_attendance(recorder, session_id, children, kept)
        if moved:
            recheck_children(recorder, session_id, row["session_date"])
    return Saved(session_id, warnings)


def create_session(
    db: Database,
    data: SessionInput,
    children_ids: Sequence[str] = (),
    caregivers: Sequence[CaregiverEntry] = (),
    today: date | None = None,
) -> Saved:
    return save_session(db, None, data, children_ids, caregivers, today)


def update_session(db: Database, session_id: str, data: SessionInput, today: date | None = None) -> Saved:
    """Change the session's own fields; its attendance stays as it is."""
    with db.write() as recorder:
        checks, row = session_checks(data, today)
        warnings = checks.raise_if_errors()
        before = recorder.current(ParentingSession, session_id)
        recorder.update(ParentingSession, session_id, row)
        if before["session_date"] != row["session_date"]:
            recheck_children(recorder, session_id, row["session_date"])
    return Saved(session_id, warnings)


def delete_session(db: Database, session_id: str) -> None:
    """Tombstone the session and its attendance with it."""
    with db.write() as recorder:
        recorder.current(ParentingSession, session_id)
        for attendee in live_attendance(recorder.connection, session_id):
            recorder.tombstone(ParentingAttendance, attendee.id)
        recorder.tombstone(ParentingSession, session_id)


# -- reads ----------------------------------------------------------------------------------------


def session_rows(db: Database) -> list[SessionRow]:
    """Every live session, the latest first, with how many children and caregivers attended."""

    def attending(role: str) -> Any:
        return (
            select(func.count())
            .where(_ATTENDANCE.c.session_id == _SESSION.c.id, alive(_ATTENDANCE), _ATTENDANCE.c.role == role)
            .scalar_subquery()
        )

    session = _SESSION
    query = (
        select(
            session.c.id,
            session.c.session_date,
            session.c.topic,
            session.c.facilitator,
            session.c.place,
            attending(AttendeeRole.CHILD),
            attending(AttendeeRole.CAREGIVER),
        )
        .where(alive(session))
        .order_by(session.c.session_date.desc(), session.c.created_at.desc())
    )
    with db.read() as connection:
        return [SessionRow(*row) for row in connection.execute(query)]


def get_session(db: Database, session_id: str) -> ParentingSession | None:
    with db.session() as session:
        found = session.get(ParentingSession, session_id)
        return None if found is None or found.deleted else found
