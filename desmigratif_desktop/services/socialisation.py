"""Socialisation events (sosialisasi, pilar 1): attendees counted by sex, some of them named.

A named attendee is a registered person (name and sex copied from the register on the day, so the
list stays right if the person later leaves the register) or a name typed with a sex. The counts by
sex include the named attendees: a count lower than the named attendees of that sex is refused.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col
from sqlmodel import select as orm_select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Sex
from desmigratif_desktop.data.migration_services import SocialisationAttendee, SocialisationEvent
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.services.households import village_code_for_writes
from desmigratif_desktop.services.register_queries import alive, fetch_ids
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    check_choice,
    check_not_future,
    clean_text,
    require,
    require_name,
)

_EVENT = table_of(SocialisationEvent)
_ATTENDEE = table_of(SocialisationAttendee)
_PERSON = table_of(Person)
SEX_WORDS = {Sex.MALE: "laki-laki", Sex.FEMALE: "perempuan"}


@dataclass
class AttendeeInput:
    person_id: str | None = None  # a registered person; name and sex then come from the register
    name: str | None = None
    sex: str | None = None
    id: str | None = None  # an attendee row already saved with the event


@dataclass
class EventInput:
    event_date: date | None
    topic: str | None
    attendees_male: int | None = 0
    attendees_female: int | None = 0
    place: str | None = None
    speaker: str | None = None
    notes: str | None = None
    attendees: list[AttendeeInput] = field(default_factory=list)


def attendee_checks(attendee: AttendeeInput) -> tuple[Checks, dict[str, Any]]:
    """One named attendee, as the dialog adds it."""
    checks = Checks()
    name = clean_text(attendee.name)
    require_name(checks, "attendee_name", name, "Nama peserta")
    if require(checks, "attendee_sex", attendee.sex, "Jenis kelamin peserta"):
        check_choice(checks, "attendee_sex", attendee.sex, tuple(Sex), "Jenis kelamin")
    row = {"id": attendee.id, "person_id": attendee.person_id or None, "name": name, "sex": attendee.sex}
    return checks, row


def event_checks(data: EventInput, today: date | None = None) -> tuple[Checks, dict[str, Any]]:
    """Validate and tidy an event; `row["attendees"]` holds the named attendees' rows."""
    checks = Checks()
    if require(checks, "event_date", data.event_date, "Tanggal sosialisasi"):
        check_not_future(checks, "event_date", data.event_date, "Tanggal sosialisasi", today or date.today())
    topic = clean_text(data.topic)
    require(checks, "topic", topic, "Tema sosialisasi")
    attendees = _named_attendees(checks, data.attendees)
    _check_counts(checks, data, Counter(a["sex"] for a in attendees))
    row = {
        "event_date": data.event_date,
        "topic": topic,
        "place": clean_text(data.place),
        "speaker": clean_text(data.speaker),
        "attendees_male": data.attendees_male,
        "attendees_female": data.attendees_female,
        "notes": clean_text(data.notes),
        "attendees": attendees,
    }
    return checks, row


def _named_attendees(checks: Checks, inputs: list[AttendeeInput]) -> list[dict[str, Any]]:
    rows, seen_persons, seen_names = [], set(), set()
    for attendee in inputs:
        one, row = attendee_checks(attendee)
        for problem in one.errors:
            checks.error("attendees", problem.code, f"{row['name'] or 'Peserta'}: {problem.message}")
        if row["person_id"] in seen_persons:
            checks.error("attendees", "named_twice", f"{row['name']} disebut dua kali sebagai peserta.")
        elif row["person_id"] is None and (row["name"] or "").casefold() in seen_names:
            checks.warn(
                "attendees", "same_name", f"Nama {row['name']} tercatat dua kali. Orang yang berbeda?"
            )
        if row["person_id"]:
            seen_persons.add(row["person_id"])
        else:
            seen_names.add((row["name"] or "").casefold())
        rows.append(row)
    return rows


def _check_counts(checks: Checks, data: EventInput, named: Counter[str]) -> None:
    counts = {Sex.MALE: data.attendees_male, Sex.FEMALE: data.attendees_female}
    for sex, count in counts.items():
        field_name = f"attendees_{'male' if sex == Sex.MALE else 'female'}"
        word = SEX_WORDS[sex]
        if count is None:
            checks.error(field_name, "required", f"Jumlah peserta {word} wajib diisi (0 bila tidak ada).")
        elif count < 0:
            checks.error(field_name, "negative", f"Jumlah peserta {word} tidak boleh negatif.")
        elif count < named[sex]:
            checks.error(
                field_name,
                "below_named",
                f"Jumlah peserta {word} ({count}) lebih sedikit dari peserta {word} yang disebut namanya "
                f"({named[sex]}).",
            )
    valid = [count for count in counts.values() if count is not None and count >= 0]
    if len(valid) == len(counts) and sum(valid) == 0:
        checks.error("attendees_total", "no_attendees", "Jumlah peserta paling sedikit 1 orang.")


def record_event(db: Database, data: EventInput, today: date | None = None) -> Saved:
    village_code = village_code_for_writes(db)
    with db.write() as recorder:
        resolved = replace(data, attendees=_from_register(recorder, data.attendees, {}))
        checks, row = event_checks(resolved, today)
        warnings = checks.raise_if_errors()
        attendees = row.pop("attendees")
        saved = recorder.insert(SocialisationEvent, {**row, "village_code": village_code})
        recorder.insert_many(SocialisationAttendee, [_attendee_row(saved["id"], a) for a in attendees])
    return Saved(saved["id"], warnings)


def update_event(db: Database, event_id: str, data: EventInput, today: date | None = None) -> Saved:
    """Attendees kept keep their row (and the name recorded then); the removed are tombstoned."""
    with db.write() as recorder:
        recorder.current(SocialisationEvent, event_id)
        stored = {row["id"]: row for row in _live_attendees(recorder, event_id)}
        resolved = replace(data, attendees=_from_register(recorder, data.attendees, stored))
        checks, row = event_checks(resolved, today)
        warnings = checks.raise_if_errors()
        attendees = row.pop("attendees")
        recorder.update(SocialisationEvent, event_id, row)
        kept = {a["id"] for a in attendees if a["id"] in stored}
        for attendee_id in stored.keys() - kept:
            recorder.tombstone(SocialisationAttendee, attendee_id)
        new = [_attendee_row(event_id, a) for a in attendees if a["id"] not in stored]
        recorder.insert_many(SocialisationAttendee, new)
    return Saved(event_id, warnings)


def delete_event(db: Database, event_id: str) -> None:
    """Tombstone the event and its named attendees with it."""
    with db.write() as recorder:
        recorder.current(SocialisationEvent, event_id)
        for attendee in _live_attendees(recorder, event_id):
            recorder.tombstone(SocialisationAttendee, attendee["id"])
        recorder.tombstone(SocialisationEvent, event_id)


def _from_register(
    recorder: ChangeRecorder, inputs: list[AttendeeInput], stored: dict[str, dict[str, Any]]
) -> list[AttendeeInput]:
    """Saved attendees as recorded; new registered ones with their name and sex from the register now."""
    resolved = []
    for attendee in inputs:
        if attendee.id in stored:
            row = stored[attendee.id]
            resolved.append(AttendeeInput(row["person_id"], row["name"], row["sex"], row["id"]))
        elif attendee.person_id:
            person = recorder.current(Person, attendee.person_id)  # refused if deleted meanwhile
            resolved.append(AttendeeInput(person["id"], person["full_name"], person["sex"]))
        else:
            resolved.append(replace(attendee, id=None))
    return resolved


def _attendee_row(event_id: str, attendee: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "person_id": attendee["person_id"],
        "name": attendee["name"],
        "sex": attendee["sex"],
    }


def _live_attendees(recorder: ChangeRecorder, event_id: str) -> list[dict[str, Any]]:
    query = select(_ATTENDEE).where(_ATTENDEE.c.event_id == event_id, alive(_ATTENDEE))
    return [dict(row) for row in recorder.connection.execute(query).mappings()]


def get_event(db: Database, event_id: str) -> SocialisationEvent | None:
    with db.session() as session:
        found = session.get(SocialisationEvent, event_id)
        return None if found is None or found.deleted else found


def event_attendees(db: Database, event_id: str) -> list[SocialisationAttendee]:
    """The named attendees, by name."""
    with db.session() as session:
        query = (
            orm_select(SocialisationAttendee)
            .where(SocialisationAttendee.event_id == event_id, col(SocialisationAttendee.deleted).is_(False))
            .order_by(col(SocialisationAttendee.name))
        )
        return list(session.exec(query))


def registered_attendee(db: Database, person_id: str) -> AttendeeInput | None:
    """A registered person as a named attendee (name and sex from the register), or None if deleted."""
    with db.read() as connection:
        query = select(_PERSON.c.full_name, _PERSON.c.sex).where(_PERSON.c.id == person_id, alive(_PERSON))
        found = connection.execute(query).first()
    return None if found is None else AttendeeInput(person_id, found.full_name, found.sex)


# -- the list -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventRow:
    id: str
    event_date: date
    topic: str
    place: str | None
    male: int
    female: int
    named: int

    @property
    def total(self) -> int:
        return self.male + self.female


def event_ids(db: Database) -> list[str]:
    """Live events, newest first."""
    query = (
        select(_EVENT.c.id)
        .where(alive(_EVENT))
        .order_by(_EVENT.c.event_date.desc(), _EVENT.c.created_at.desc())
    )
    with db.read() as connection:
        return fetch_ids(connection, query)


def event_rows(db: Database, ids: list[str]) -> dict[str, EventRow]:
    if not ids:
        return {}
    named = (
        select(func.count()).where(_ATTENDEE.c.event_id == _EVENT.c.id, alive(_ATTENDEE)).scalar_subquery()
    )
    query = select(
        _EVENT.c.id,
        _EVENT.c.event_date,
        _EVENT.c.topic,
        _EVENT.c.place,
        _EVENT.c.attendees_male,
        _EVENT.c.attendees_female,
        named,
    ).where(_EVENT.c.id.in_(ids), alive(_EVENT))
    with db.read() as connection:
        return {row[0]: EventRow(*row) for row in connection.execute(query)}
