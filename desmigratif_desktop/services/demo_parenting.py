"""Training data for pillar 3: care profiles for the demo's children and a year of parenting sessions.

Only the households this demo run added are used, so a second run adds profiles for its own
children (never a second profile for a child) and a second group's sessions (as a larger village would
hold). Every row passes the same checks as the officer's input; which children may attend a session
is asked of the database with the rule the service applies (`child_of_migrant_on`).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select

from desmigratif_desktop.data.enums import AttendeeRole, MigrationStatus
from desmigratif_desktop.data.parenting import ChildProfile, ParentingAttendance, ParentingSession
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.ids import new_id
from desmigratif_desktop.reference.regions import find_village
from desmigratif_desktop.resources import resource_path
from desmigratif_desktop.services.children import PARENTS_OF, child_of_migrant_on, children_of_migrants
from desmigratif_desktop.services.demo_pillars import DemoContext, RegisteredPerson
from desmigratif_desktop.services.parenting import (
    ChildProfileInput,
    child_profile_checks,
    suggested_relationship,
)
from desmigratif_desktop.services.parenting_attendance import (
    CaregiverEntry,
    attendance_checks,
)
from desmigratif_desktop.services.parenting_sessions import SessionInput, session_checks

PROFILE_SHARE = 0.6
MONTHS = 12
SESSIONS_A_MONTH = 2
TOPICS = [
    "Pola asuh anak PMI",
    "Bahaya gawai bagi anak",
    "Komunikasi jarak jauh dengan orang tua",
    "Gizi seimbang dan tumbuh kembang anak",
    "Mencegah perundungan di sekolah",
    "Pendampingan belajar di rumah",
    "Kesehatan reproduksi remaja",
    "Mengelola kiriman uang untuk pendidikan anak",
    "Pencegahan pernikahan usia anak",
    "Mengenali tanda kekerasan pada anak",
    "Disiplin positif tanpa kekerasan",
    "Cita-cita dan pilihan sekolah lanjutan",
]
FACILITATORS = [
    "Kader PKK",
    "Psikolog Puskesmas",
    "Bidan Desa",
    "Petugas Desmigratif",
    "Guru BK SMP Negeri 1",
    "Pendamping PKH",
    "Penyuluh KB",
]
NOTES = [
    "Ibunya menelepon lewat video call setiap minggu.",
    "Perlu pendampingan belajar membaca.",
    "Sering bermain gawai sampai larut malam.",
    "Berprestasi di sekolah, juara kelas.",
    "Kiriman uang dari orang tua tidak rutin.",
    "Mengikuti TPQ di musala setiap sore.",
]
_PROFILE = table_of(ChildProfile)
_SESSION = table_of(ParentingSession)


@cache
def _names() -> dict[str, Any]:
    return json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def add_parenting_demo(recorder: ChangeRecorder, context: DemoContext) -> dict[str, int]:
    """Profiles for ~60% of the new households' children, and about two sessions a month for a year."""
    new_persons = {p.id: p for p in context.new_persons()}
    if not new_persons:
        return {"child_profiles": 0, "parenting_sessions": 0, "parenting_attendance": 0}
    rng = context.rng
    places = _Places(context)
    current = recorder.connection.execute(children_of_migrants(context.today)).scalars()
    children = sorted((new_persons[pid] for pid in current if pid in new_persons), key=_stable_order)
    profiled = select(_PROFILE.c.person_id).where(~_PROFILE.c.deleted)
    with_profile = set(recorder.connection.execute(profiled).scalars())
    caregivers = _Caregivers(context)
    profiles = [
        _profile_row(child, caregivers.of(child), context.today, places, rng)
        for child in children
        if child.id not in with_profile and rng.random() < PROFILE_SHARE
    ]
    recorder.insert_many(ChildProfile, profiles)
    sessions, attendance = _sessions(recorder, context, new_persons, caregivers, places)
    recorder.insert_many(ParentingSession, sessions)
    recorder.insert_many(ParentingAttendance, attendance)
    return {
        "child_profiles": len(profiles),
        "parenting_sessions": len(sessions),
        "parenting_attendance": len(attendance),
    }


# -- profiles ---------------------------------------------------------------------------------------


def _stable_order(person: RegisteredPerson) -> tuple[str, date, str]:
    """Ids are random on every run: the seed decides only when the order does not depend on them."""
    return (person.full_name, person.birth_date, person.id)


class _Caregivers:
    """Each child's caregiver, decided once: the profile and every session name the same person."""

    def __init__(self, context: DemoContext) -> None:
        self.context = context
        self.known: dict[str, ChildProfileInput] = {}

    def of(self, child: RegisteredPerson) -> ChildProfileInput:
        if child.id not in self.known:
            self.known[child.id] = _caregiver(child, self.context)
        return self.known[child.id]


def _caregiver(child: RegisteredPerson, context: DemoContext) -> ChildProfileInput:
    """The parent at home if any, else a grandparent of the household, else a grandmother not registered."""
    members = [
        m
        for m in context.by_household.get(child.household_id, [])
        if m.id != child.id and m.age(context.today) >= 18 and m.migration_status != MigrationStatus.ABROAD
    ]
    parents = PARENTS_OF.get(child.relationship, ())
    grandparents = ("parent", "parent_in_law") if child.relationship == "child" else ("head", "spouse")
    for wanted in (parents, grandparents):
        found = [m for m in members if m.relationship in wanted]
        if found:
            carer = min(found, key=lambda m: (m.sex != "P", m.birth_date, m.full_name))  # women first
            relation = suggested_relationship(child.relationship, carer.relationship, carer.sex)
            return ChildProfileInput(caregiver_person_id=carer.id, caregiver_relationship=relation)
    given = context.rng.choice(_names()["female"])
    return ChildProfileInput(caregiver_name=f"Nenek {given}", caregiver_relationship="Nenek")


def _profile_row(
    child: RegisteredPerson, carer: ChildProfileInput, today: date, places: _Places, rng: random.Random
) -> dict[str, Any]:
    school, grade = places.school(child.age(today))
    data = ChildProfileInput(
        caregiver_person_id=carer.caregiver_person_id,
        caregiver_name=carer.caregiver_name,
        caregiver_relationship=carer.caregiver_relationship,
        school=school,
        school_grade=grade,
        notes=rng.choice(NOTES) if rng.random() < 0.15 else None,
    )
    checks, row = child_profile_checks(data)
    if checks.errors:
        raise ValidationError(checks.problems)
    return {**row, "person_id": child.id}


class _Places:
    """School and meeting-place names of the demo village."""

    def __init__(self, context: DemoContext) -> None:
        village = find_village(context.village_code)
        self.village = village.name.title()
        self.subdistrict = village.subdistrict_name.title()
        self.regency = village.regency_name.removeprefix("Kabupaten ").removeprefix("Kota ").title()
        self.rng = context.rng
        self.dusun = sorted({p.dusun for p in context.new_persons() if p.dusun}) or [self.village]

    def school(self, age: int) -> tuple[str | None, str | None]:
        rng, n = self.rng, self.rng.randint(1, 4)
        if age < 3:
            return None, None
        if age < 5:
            return rng.choice([f"PAUD Melati {self.village}", f"KB Tunas Harapan {self.village}"]), None
        if age < 7:
            return rng.choice([f"TK Pertiwi {self.village}", f"RA Al-Hidayah {self.village}"]), None
        if age < 13:
            name = rng.choice([f"SD Negeri {n} {self.village}", f"MI Miftahul Huda {self.village}"])
            return name, f"Kelas {age - 6}"
        if age < 16:
            name = rng.choice([f"SMP Negeri {n} {self.subdistrict}", f"MTs Negeri {n} {self.regency}"])
            return name, f"Kelas {age - 6}"
        name = rng.choice([f"SMA Negeri 1 {self.subdistrict}", f"SMK Negeri {n} {self.regency}"])
        return name, f"Kelas {min(age - 6, 12)}"

    def meeting(self, rng: random.Random) -> str:
        return rng.choice(
            ["Balai Desa", "Aula Kantor Desa", f"Posyandu Dusun {rng.choice(self.dusun)}", "PAUD Melati"]
        )


# -- sessions ---------------------------------------------------------------------------------------


def _sessions(
    recorder: ChangeRecorder,
    context: DemoContext,
    new_persons: dict[str, RegisteredPerson],
    caregivers: _Caregivers,
    places: _Places,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    today = context.today
    # A second demo run must not repeat the first one's sessions day for day: its stream also depends
    # on how many sessions are already recorded (still only the seed and the data decide it).
    held_before = recorder.connection.execute(select(func.count()).select_from(_SESSION)).scalar_one()
    rng = random.Random(context.rng.getrandbits(64) + held_before)
    sessions: list[dict[str, Any]] = []
    attendance: list[dict[str, Any]] = []
    for month in range(MONTHS):
        for half in range(SESSIONS_A_MONTH):
            held = today - timedelta(days=month * 30 + half * 15 + rng.randint(0, 14))
            present = _children_present(recorder, context, new_persons, held, rng)
            if not present:
                continue
            data = SessionInput(held, rng.choice(TOPICS), rng.choice(FACILITATORS), places.meeting(rng))
            checks, row = session_checks(data, today)
            carers = _caregivers_present(present, caregivers, rng)
            attendance_problems, _, carers = attendance_checks([c.id for c in present], carers)
            if checks.errors or attendance_problems.errors:
                raise ValidationError(checks.problems + attendance_problems.problems)
            session_id = new_id()
            sessions.append({**row, "id": session_id, "village_code": context.village_code})
            attendance += [_attendee(session_id, c.id, c.full_name, AttendeeRole.CHILD) for c in present]
            attendance += [_caregiver_attendee(session_id, carer, new_persons) for carer in carers]
    return sessions, attendance


def _children_present(
    recorder: ChangeRecorder,
    context: DemoContext,
    new_persons: dict[str, RegisteredPerson],
    held: date,
    rng: random.Random,
) -> list[RegisteredPerson]:
    person = table_of(Person)
    query = select(person.c.id).where(child_of_migrant_on(held))
    eligible = [
        new_persons[pid] for pid in recorder.connection.execute(query).scalars() if pid in new_persons
    ]
    eligible.sort(key=lambda p: p.id)  # the database's order is not part of the seed
    count = min(len(eligible), rng.randint(8, 25))
    return rng.sample(eligible, count)


def _caregivers_present(
    present: list[RegisteredPerson], caregivers: _Caregivers, rng: random.Random
) -> list[CaregiverEntry]:
    """Several of the children's caregivers come along (brothers and sisters share one: counted once)."""
    chosen = [caregivers.of(child) for child in present if rng.random() < 0.4]
    children = {child.id for child in present}  # one who came as a child is not counted again as a carer
    return [
        CaregiverEntry(c.caregiver_person_id, c.caregiver_name)
        for c in chosen
        if c.caregiver_person_id not in children
    ]


def _caregiver_attendee(
    session_id: str, carer: CaregiverEntry, persons: dict[str, RegisteredPerson]
) -> dict[str, Any]:
    if carer.person_id:
        return _attendee(
            session_id, carer.person_id, persons[carer.person_id].full_name, AttendeeRole.CAREGIVER
        )
    return _attendee(session_id, None, carer.name or "", AttendeeRole.CAREGIVER)


def _attendee(session_id: str, person_id: str | None, name: str, role: str) -> dict[str, Any]:
    return {"session_id": session_id, "person_id": person_id, "name": name, "role": role}
