"""Who attended a parenting session: children of migrant workers and their caregivers.

A child may attend when they were a child of a migrant worker on the session date: under 18 then,
with a parent abroad then (by the parent's placements; see `child_of_migrant_on`). Each row keeps the name
the person had when recorded, so a later deletion from the register changes neither lists nor counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, and_, func, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import AttendeeRole, MigrationStatus
from desmigratif_desktop.data.parenting import ChildProfile, ParentingAttendance, ParentingSession
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import NotFoundError, ValidationError
from desmigratif_desktop.services.children import adult_cutoff, child_of_migrant_on
from desmigratif_desktop.services.register_queries import age_on, alive
from desmigratif_desktop.services.validation import MAX_NAME_LENGTH, Checks, Problem, clean_text

_PERSON = table_of(Person)
_HOUSEHOLD = table_of(Household)
_PLACEMENT = table_of(Placement)
_PROFILE = table_of(ChildProfile)
_ATTENDANCE = table_of(ParentingAttendance)


@dataclass(frozen=True)
class CaregiverEntry:
    """A caregiver present: a registered person, or (person_id None) a name as typed."""

    person_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Attendee:
    id: str
    person_id: str | None
    name: str
    role: str


@dataclass(frozen=True)
class ChildChoice:
    person_id: str
    full_name: str
    age: int  # on the session date
    dusun: str | None


@dataclass(frozen=True)
class CaregiverOption:
    person_id: str | None
    name: str
    children: tuple[str, ...]  # names of the chosen children this person cares for or lives with


def attendance_checks(
    children_ids: Iterable[str], caregivers: Iterable[CaregiverEntry]
) -> tuple[Checks, list[str], list[CaregiverEntry]]:
    """Nobody twice: repeats collapse, a person both child and caregiver is refused, names are tidied."""
    checks = Checks()
    children = list(dict.fromkeys(children_ids))
    kept: dict[str, CaregiverEntry] = {}
    for entry in caregivers:
        if entry.person_id:
            kept.setdefault(f"id:{entry.person_id}", CaregiverEntry(entry.person_id, None))
            continue
        name = clean_text(entry.name)
        if name is None:
            continue
        if len(name) > MAX_NAME_LENGTH:
            checks.error("caregivers", "too_long", f"Nama pengasuh paling banyak {MAX_NAME_LENGTH} huruf.")
        kept.setdefault(f"name:{name.casefold()}", CaregiverEntry(None, name))
    if any(entry.person_id in set(children) for entry in kept.values() if entry.person_id):
        checks.error(
            "caregivers", "twice", "Satu orang tidak bisa hadir sebagai anak dan sebagai pengasuh sekaligus."
        )
    return checks, children, list(kept.values())


def set_attendance(
    db: Database,
    session_id: str,
    children_ids: Sequence[str],
    caregivers: Sequence[CaregiverEntry],
) -> None:
    with db.write() as recorder:
        checks, children, kept = attendance_checks(children_ids, caregivers)
        checks.raise_if_errors()
        replace_attendance(recorder, session_id, children, kept)


def replace_attendance(
    recorder: ChangeRecorder,
    session_id: str,
    children: list[str],
    caregivers: list[CaregiverEntry],
) -> None:
    """Tombstone who is no longer listed, insert who is new, leave everyone else's row untouched.

    Only newcomers are checked: who attended stays recorded even if the register has changed since.
    """
    session = recorder.current(ParentingSession, session_id)
    connection = recorder.connection
    existing = {_key(a.role, a.person_id, a.name): a for a in live_attendance(connection, session_id)}
    wanted = {_key(AttendeeRole.CHILD, pid, None): (AttendeeRole.CHILD, pid, None) for pid in children}
    for entry in caregivers:
        key = _key(AttendeeRole.CAREGIVER, entry.person_id, entry.name)
        wanted[key] = (AttendeeRole.CAREGIVER, entry.person_id, entry.name)
    for key, attendee in existing.items():
        if key not in wanted:
            recorder.tombstone(ParentingAttendance, attendee.id)
    new = [value for key, value in wanted.items() if key not in existing]
    names = _names_of(connection, [pid for _, pid, _ in new if pid])
    _check_new_children(
        connection,
        [pid for role, pid, _ in new if role == AttendeeRole.CHILD],
        session["session_date"],
        names,
    )
    recorder.insert_many(
        ParentingAttendance,
        [
            {"session_id": session_id, "person_id": pid, "name": names[pid] if pid else name, "role": role}
            for role, pid, name in new
        ],
    )


def recheck_children(recorder: ChangeRecorder, session_id: str, on: date) -> None:
    """A session moved to another day: everyone listed as a child must have been one on that day.

    Children since deleted from the register cannot be checked again and stay as recorded.
    """
    connection = recorder.connection
    listed = [
        a.person_id
        for a in live_attendance(connection, session_id)
        if a.role == AttendeeRole.CHILD and a.person_id
    ]
    if not listed:
        return
    living = select(_PERSON.c.id, _PERSON.c.full_name).where(_PERSON.c.id.in_(listed), alive(_PERSON))
    names = {str(pid): str(name) for pid, name in connection.execute(living)}
    _check_new_children(connection, list(names), on, names)


def _key(role: str, person_id: str | None, name: str | None) -> tuple[str, str]:
    return (role, f"id:{person_id}") if person_id else (role, f"name:{(name or '').casefold()}")


def _names_of(connection: Connection, person_ids: list[str]) -> dict[str, str]:
    """Names of living persons; an id not (or no longer) in the register is refused."""
    query = select(_PERSON.c.id, _PERSON.c.full_name).where(_PERSON.c.id.in_(person_ids), alive(_PERSON))
    names = {str(row[0]): str(row[1]) for row in connection.execute(query)} if person_ids else {}
    if len(names) < len(set(person_ids)):
        raise NotFoundError("Ada peserta yang tidak ditemukan di register.", "Mungkin sudah dihapus.")
    return names


def _check_new_children(
    connection: Connection, child_ids: list[str], on: date, names: dict[str, str]
) -> None:
    if not child_ids:
        return
    query = select(_PERSON.c.id).where(_PERSON.c.id.in_(child_ids), child_of_migrant_on(on))
    eligible = set(connection.execute(query).scalars())
    refused = [names[pid] for pid in child_ids if pid not in eligible]
    if refused:
        raise ValidationError(
            [
                Problem(
                    "children",
                    "not_a_child",
                    f"Bukan anak PMI pada tanggal kegiatan ({on:%d-%m-%Y}): {', '.join(refused)}. "
                    "Anak PMI berumur di bawah 18 tahun dan ayah atau ibunya bekerja di luar negeri.",
                )
            ]
        )


def children_for_session(db: Database, on: date) -> list[ChildChoice]:
    """The children who may be ticked as present at a session held on `on`, by name."""
    query = (
        select(_PERSON.c.id, _PERSON.c.full_name, _PERSON.c.birth_date, _HOUSEHOLD.c.dusun)
        .join(_HOUSEHOLD, _HOUSEHOLD.c.id == _PERSON.c.household_id)
        .where(child_of_migrant_on(on))
        .order_by(_PERSON.c.full_name.collate("NOCASE"), _PERSON.c.id)
    )
    with db.read() as connection:
        return [
            ChildChoice(pid, name, age_on(birth, on), dusun)
            for pid, name, birth, dusun in connection.execute(query)
        ]


def caregivers_for_children(
    db: Database, child_ids: Sequence[str], today: date | None = None
) -> list[CaregiverOption]:
    """Who may come with the chosen children: their profiles' caregivers and the adults at home."""
    today = today or date.today()
    if not child_ids:
        return []
    child, member, profile = _PERSON.alias("child"), _PERSON.alias("member"), _PROFILE
    at_home = (
        select(member.c.id, member.c.full_name, child.c.full_name)
        .join(child, child.c.household_id == member.c.household_id)
        .where(
            child.c.id.in_(child_ids),
            alive(member),
            member.c.birth_date <= adult_cutoff(today),
            member.c.migration_status != MigrationStatus.ABROAD,
        )
    )
    on_profile = (
        select(
            member.c.id,  # None when the caregiver has left the register: then the name stands alone
            func.coalesce(member.c.full_name, profile.c.caregiver_name),
            child.c.full_name,
        )
        .join(child, child.c.id == profile.c.person_id)
        .outerjoin(member, and_(member.c.id == profile.c.caregiver_person_id, alive(member)))
        .where(profile.c.person_id.in_(child_ids), alive(profile))
    )
    chosen = set(child_ids)
    options: dict[tuple[str, str], tuple[str | None, str, list[str]]] = {}
    with db.read() as connection:
        rows = [*connection.execute(on_profile), *connection.execute(at_home)]
    for person_id, name, child_name in rows:
        if not name or person_id in chosen:
            continue
        _, _, cared = options.setdefault(_key("", person_id, name), (person_id, name, []))
        if child_name not in cared:
            cared.append(child_name)
    found = [CaregiverOption(pid, name, tuple(cared)) for pid, name, cared in options.values()]
    return sorted(found, key=lambda option: option.name.casefold())


def session_attendance(db: Database, session_id: str) -> list[Attendee]:
    with db.read() as connection:
        return live_attendance(connection, session_id)


def live_attendance(connection: Connection, session_id: str) -> list[Attendee]:
    attendance = _ATTENDANCE
    query = (
        select(attendance.c.id, attendance.c.person_id, attendance.c.name, attendance.c.role)
        .where(attendance.c.session_id == session_id, alive(attendance))
        .order_by(attendance.c.role.desc(), attendance.c.name)
    )
    return [Attendee(*row) for row in connection.execute(query)]
