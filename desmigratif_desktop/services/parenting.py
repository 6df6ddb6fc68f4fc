"""Pillar 3, community parenting: the children of migrant workers (from the register) and their profiles.

Who is a child is decided once, in `services/children.py`; this module lists those children with
their parents abroad and adds the one thing the register lacks, a care profile (caregiver, school,
notes). Children's data is specific personal data (UU PDP 27/2022): a profile holds only what the
officer needs for the child's care. Sessions and attendance are in `parenting_sessions.py`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import AttendeeRole, MigrationStatus
from desmigratif_desktop.data.parenting import ChildProfile, ParentingAttendance, ParentingSession
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.services.children import (
    PARENTS_OF,
    adult_cutoff,
    children_as_of,
    is_child_of_migrant,
)
from desmigratif_desktop.services.children import count_children as count_children  # for the dashboard
from desmigratif_desktop.services.register_queries import PersonFilter, age_on, alive, person_conditions
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import MAX_NAME_LENGTH, Checks, clean_text
from desmigratif_desktop.services.village_scope import in_village

_PERSON = table_of(Person)
_HOUSEHOLD = table_of(Household)
_PLACEMENT = table_of(Placement)
_PROFILE = table_of(ChildProfile)
_SESSION = table_of(ParentingSession)
_ATTENDANCE = table_of(ParentingAttendance)
_ALL_PARENT_RELATIONSHIPS = tuple({r for parents in PARENTS_OF.values() for r in parents})


@dataclass(frozen=True)
class ParentAbroad:
    full_name: str
    relationship: str
    country: str | None  # code of the open placement's destination (None when no placement is open)


@dataclass(frozen=True)
class ChildRow:
    person_id: str
    full_name: str
    sex: str
    birth_date: date
    age: int
    relationship: str
    household_id: str
    kk_number: str
    dusun: str | None
    parents_abroad: tuple[ParentAbroad, ...]
    profile_id: str | None
    caregiver: str | None  # the registered caregiver's name, or the name typed on the profile
    caregiver_relationship: str | None
    school: str | None
    school_grade: str | None

    @property
    def parent_names(self) -> str:
        return ", ".join(p.full_name for p in self.parents_abroad)

    @property
    def countries(self) -> list[str]:
        return list(dict.fromkeys(p.country for p in self.parents_abroad if p.country))


@dataclass
class ChildProfileInput:
    caregiver_person_id: str | None = None
    caregiver_name: str | None = None  # when the caregiver is not in the register
    caregiver_relationship: str | None = None
    school: str | None = None
    school_grade: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CaregiverChoice:
    person_id: str
    full_name: str
    relationship: str  # to the head of family, as in the register
    sex: str


# -- the children -----------------------------------------------------------------------------------


def child_rows(db: Database, today: date, text: str = "") -> list[ChildRow]:
    """Children of migrant workers today, by name; `text` matches words of the name (or a NIK/KK)."""
    conditions = person_conditions(PersonFilter(text=text.strip())) if text.strip() else []
    with db.read() as connection:
        return _child_rows(connection, today, conditions)


def child_row(db: Database, person_id: str, today: date) -> ChildRow | None:
    """One child's row, or None when the person is not (or no longer) a child of a migrant worker."""
    with db.read() as connection:
        rows = _child_rows(connection, today, [_PERSON.c.id == person_id])
    return rows[0] if rows else None


def _child_rows(connection: Connection, today: date, conditions: list[ColumnElement[bool]]) -> list[ChildRow]:
    child, household = _PERSON, _HOUSEHOLD
    profile = _PROFILE.alias("profile")
    caregiver = _PERSON.alias("caregiver")
    query = (
        select(
            child.c.id,
            child.c.full_name,
            child.c.sex,
            child.c.birth_date,
            child.c.relationship,
            child.c.household_id,
            household.c.kk_number,
            household.c.dusun,
            profile.c.id,
            func.coalesce(caregiver.c.full_name, profile.c.caregiver_name),
            profile.c.caregiver_relationship,
            profile.c.school,
            profile.c.school_grade,
        )
        .select_from(
            child.join(household, household.c.id == child.c.household_id)
            .outerjoin(profile, profile.c.id == live_profile_id(child.c.id))
            .outerjoin(caregiver, and_(caregiver.c.id == profile.c.caregiver_person_id, alive(caregiver)))
        )
        .where(is_child_of_migrant(today), *conditions)
        .order_by(child.c.full_name.collate("NOCASE"), child.c.id)
    )
    found = connection.execute(query).all()
    parents = _parents_abroad(connection, {row[5] for row in found})
    rows = []
    for pid, name, sex, birth, rel, hh, kk, dusun, profile_id, care, care_rel, school, grade in found:
        own = tuple(p for p in parents.get(hh, []) if p.relationship in PARENTS_OF.get(rel, ()))
        age = age_on(birth, today)
        rows.append(
            ChildRow(
                pid, name, sex, birth, age, rel, hh, kk, dusun, own, profile_id, care, care_rel, school, grade
            )
        )
    return rows


def live_profile_id(person_id: ColumnElement[Any]) -> Any:
    """The child's live profile; should sync ever bring two, the latest write is the one shown and edited."""
    return (
        select(_PROFILE.c.id)
        .where(_PROFILE.c.person_id == person_id, alive(_PROFILE))
        .order_by(_PROFILE.c.version.desc(), _PROFILE.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _parents_abroad(connection: Connection, household_ids: set[str]) -> dict[str, list[ParentAbroad]]:
    """Members abroad who may be a child's parent, by household, with their open placement's country."""
    if not household_ids:
        return {}
    parent, placement = _PERSON.alias("parent"), _PLACEMENT
    country = (
        select(placement.c.destination_country)
        .where(placement.c.person_id == parent.c.id, alive(placement), placement.c.return_date.is_(None))
        .order_by(placement.c.departure_date.desc(), placement.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(parent.c.household_id, parent.c.full_name, parent.c.relationship, country)
        .where(
            alive(parent),
            parent.c.migration_status == MigrationStatus.ABROAD,
            parent.c.relationship.in_(_ALL_PARENT_RELATIONSHIPS),
            parent.c.household_id.in_(sorted(household_ids)),
        )
        .order_by(parent.c.full_name)
    )
    by_household: dict[str, list[ParentAbroad]] = defaultdict(list)
    for household_id, name, relationship, code in connection.execute(query):
        by_household[household_id].append(ParentAbroad(name, relationship, code))
    return by_household


def caregiver_choices(db: Database, person_id: str, today: date) -> list[CaregiverChoice]:
    """Who may care for the child at home: the household's adults (18+) who are not abroad."""
    member = _PERSON.alias("member")
    household_of_child = select(_PERSON.c.household_id).where(_PERSON.c.id == person_id).scalar_subquery()
    query = (
        select(member.c.id, member.c.full_name, member.c.relationship, member.c.sex)
        .where(
            member.c.household_id == household_of_child,
            alive(member),
            member.c.id != person_id,
            member.c.birth_date <= adult_cutoff(today),
            member.c.migration_status != MigrationStatus.ABROAD,
        )
        .order_by(member.c.birth_date)
    )
    with db.read() as connection:
        return [CaregiverChoice(*row) for row in connection.execute(query)]


def suggested_relationship(
    child_relationship: str, caregiver_relationship: str, caregiver_sex: str
) -> str | None:
    """How the caregiver is related to the child, read from both relationships to the head of family.

    Only the certain cases: a grandchild's other adults may be a parent or an aunt, so nothing is guessed.
    """
    male = caregiver_sex == "L"
    if child_relationship == "child":
        words = {
            "head": ("Ayah", "Ibu"),
            "spouse": ("Ayah", "Ibu"),
            "parent": ("Kakek", "Nenek"),
            "parent_in_law": ("Kakek", "Nenek"),
            "child": ("Kakak", "Kakak"),
        }
    elif child_relationship == "grandchild":
        words = {"head": ("Kakek", "Nenek"), "spouse": ("Kakek", "Nenek")}
    else:
        return None
    pair = words.get(caregiver_relationship)
    return None if pair is None else pair[0 if male else 1]


# -- profiles ---------------------------------------------------------------------------------------


def child_profile_checks(data: ChildProfileInput) -> tuple[Checks, dict[str, Any]]:
    """The checks that need no database; the form runs them as the officer types."""
    checks = Checks()
    caregiver_id = data.caregiver_person_id or None
    # A registered caregiver is named by the register; a typed name is kept only for someone who is not.
    name = None if caregiver_id else clean_text(data.caregiver_name)
    if caregiver_id is None and name is None:
        checks.error(
            "caregiver_person_id",
            "required",
            "Pengasuh wajib diisi: pilih anggota keluarga, atau pilih “Orang lain” dan tulis namanya.",
        )
    if name is not None and len(name) > MAX_NAME_LENGTH:
        checks.error("caregiver_name", "too_long", f"Nama pengasuh paling banyak {MAX_NAME_LENGTH} huruf.")
    row = {
        "caregiver_person_id": caregiver_id,
        "caregiver_name": name,
        "caregiver_relationship": clean_text(data.caregiver_relationship),
        "school": clean_text(data.school),
        "school_grade": clean_text(data.school_grade),
        "notes": clean_text(data.notes),
    }
    return checks, row


def save_child_profile(
    db: Database, person_id: str, data: ChildProfileInput, today: date | None = None
) -> Saved:
    """Create the child's profile, or update the one live profile the child has (never a second one)."""
    today = today or date.today()
    with db.write() as recorder:
        checks, row = child_profile_checks(data)
        recorder.current(Person, person_id)
        existing = recorder.connection.execute(select(live_profile_id(person_id))).scalar()
        before = recorder.current(ChildProfile, existing) if existing else None
        if before is None and not _is_child_now(recorder.connection, person_id, today):
            checks.error(
                "person_id",
                "not_a_child",
                "Orang ini bukan anak PMI: anak PMI berumur di bawah 18 tahun dan ayah atau ibunya "
                "sedang bekerja di luar negeri.",
            )
        if before is None or before["caregiver_person_id"] != row["caregiver_person_id"]:
            _check_caregiver(checks, recorder, person_id, row["caregiver_person_id"], today)
        warnings = checks.raise_if_errors()
        if before is None:
            saved_id = recorder.insert(ChildProfile, {**row, "person_id": person_id})["id"]
        else:
            saved_id = existing
            if any(before[key] != value for key, value in row.items()):
                recorder.update(ChildProfile, existing, row)
    return Saved(saved_id, warnings)


def delete_child_profile(db: Database, person_id: str) -> None:
    """The officer removes what was recorded of the child's care (the child stays in the register)."""
    with db.write() as recorder:
        query = select(_PROFILE.c.id).where(_PROFILE.c.person_id == person_id, alive(_PROFILE))
        for profile_id in recorder.connection.execute(query).scalars().all():
            recorder.tombstone(ChildProfile, profile_id)


def get_child_profile(db: Database, person_id: str) -> ChildProfile | None:
    with db.read() as connection:
        profile_id = connection.execute(select(live_profile_id(person_id))).scalar()
    if profile_id is None:
        return None
    with db.session() as session:
        return session.get(ChildProfile, profile_id)


def _is_child_now(connection: Connection, person_id: str, today: date) -> bool:
    query = select(_PERSON.c.id).where(_PERSON.c.id == person_id, is_child_of_migrant(today))
    return connection.execute(query).first() is not None


def _check_caregiver(
    checks: Checks, recorder: ChangeRecorder, child_id: str, caregiver_id: str | None, today: date
) -> None:
    """A registered caregiver: a living person other than the child; young or abroad only warns."""
    if caregiver_id is None:
        return
    if caregiver_id == child_id:
        checks.error("caregiver_person_id", "self", "Anak tidak bisa menjadi pengasuhnya sendiri.")
        return
    caregiver = recorder.current(Person, caregiver_id)
    if caregiver["birth_date"] > adult_cutoff(today):
        checks.warn("caregiver_person_id", "young", f"{caregiver['full_name']} berumur di bawah 18 tahun.")
    if caregiver["migration_status"] == MigrationStatus.ABROAD:
        checks.warn(
            "caregiver_person_id",
            "abroad",
            f"{caregiver['full_name']} tercatat sedang bekerja di luar negeri. Periksa lagi pengasuhnya.",
        )


# -- counts for the dashboard and `stats` ---------------------------------------------------------------


def count_children_with_profile(
    connection: Connection, today: date, on: date | None = None, *, village_code: str | None = None
) -> int:
    """Children with a care profile; on a past day `on`, the children of that day (see children.py)."""
    has_profile = select(_PROFILE.c.id).where(_PROFILE.c.person_id == _PERSON.c.id, alive(_PROFILE)).exists()
    children = children_as_of(on or today, today)
    query = (
        select(func.count())
        .select_from(_PERSON)
        .where(children, has_profile, in_village(_PERSON, village_code))
    )
    return int(connection.execute(query).scalar_one())


def count_parenting_sessions(connection: Connection) -> int:
    return int(
        connection.execute(select(func.count()).select_from(_SESSION).where(alive(_SESSION))).scalar_one()
    )


def _held(since: date, until: date | None, village_code: str | None) -> ColumnElement[bool]:
    held = and_(alive(_SESSION), _SESSION.c.session_date >= since, in_village(_SESSION, village_code))
    return held if until is None else and_(held, _SESSION.c.session_date <= until)


def sessions_since(
    connection: Connection, since: date, until: date | None = None, *, village_code: str | None = None
) -> int:
    query = select(func.count()).select_from(_SESSION).where(_held(since, until, village_code))
    return int(connection.execute(query).scalar_one())


def children_reached_since(
    connection: Connection, since: date, until: date | None = None, *, village_code: str | None = None
) -> int:
    """Distinct children present at a session held from `since` (up to `until` when given)."""
    return _attendees_reached(connection, AttendeeRole.CHILD, since, until, village_code)


def caregivers_reached_since(
    connection: Connection, since: date, until: date | None = None, *, village_code: str | None = None
) -> int:
    """Distinct caregivers present; a typed-in caregiver (not in the register) counts once per name."""
    return _attendees_reached(connection, AttendeeRole.CAREGIVER, since, until, village_code)


def _attendees_reached(
    connection: Connection, role: str, since: date, until: date | None, village_code: str | None
) -> int:
    who = func.coalesce(_ATTENDANCE.c.person_id, func.lower(_ATTENDANCE.c.name))
    query = (
        select(func.count(func.distinct(who)))
        .select_from(_ATTENDANCE.join(_SESSION, _SESSION.c.id == _ATTENDANCE.c.session_id))
        .where(alive(_ATTENDANCE), _held(since, until, village_code), _ATTENDANCE.c.role == role)
    )
    return int(connection.execute(query).scalar_one())
