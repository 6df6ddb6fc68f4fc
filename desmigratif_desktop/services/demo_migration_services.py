"""Training data for pilar 1: service-centre contacts and monthly socialisation events.

About one contact for every six new households over the last 18 months, mostly prospective workers
and the families of those abroad, a few visitors from outside the register; some come back for their
follow-up (which settles it), about one in twenty shows signs of a non-procedural departure and half
of those opened a case. One socialisation event a month (a month that has one gets no second), 15 to
60 people, a few of them named. Every row passes the checks the forms use; a follow-up date may lie
ahead, as an appointment does.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, select

from desmigratif_desktop.data.cases import Case
from desmigratif_desktop.data.enums import CaseStatus, MigrationStatus, ServiceType, Sex
from desmigratif_desktop.data.migration_services import (
    ServiceContact,
    SocialisationAttendee,
    SocialisationEvent,
)
from desmigratif_desktop.data.sync_columns import new_id
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.resources import resource_path
from desmigratif_desktop.services.cases import case_checks
from desmigratif_desktop.services.demo_pillars import DemoContext, RegisteredPerson
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.service_contacts import ContactInput, case_input_for, contact_checks
from desmigratif_desktop.services.socialisation import AttendeeInput, EventInput, event_checks
from desmigratif_desktop.services.validation import Checks, Problem

HOUSEHOLDS_PER_CONTACT = 6
MONTHS = 18
VISITOR_SHARE = 0.08
NON_PROCEDURAL_SHARE = 0.08  # of those who may leave (not family members): ~5% of all contacts
FOLLOW_UP_SHARE = 0.3
ADULT_AGE = 18

# Who comes to the service centre, and what about (weights by migration status; None: a visitor).
WHO_WEIGHTS = {
    MigrationStatus.PROSPECTIVE: 10.0,
    MigrationStatus.RETURNED: 2.0,
    "migrant_family": 1.5,  # a family member of someone abroad or about to leave
    MigrationStatus.NONE: 0.1,
}
S = ServiceType
SERVICES = {
    MigrationStatus.PROSPECTIVE: {
        S.JOB_INFORMATION: 35,
        S.DOCUMENT_REQUIREMENTS: 25,
        S.SAFE_MIGRATION: 20,
        S.DOCUMENT_FACILITATION: 20,
    },
    MigrationStatus.RETURNED: {
        S.JOB_INFORMATION: 20,
        S.REFERRAL: 20,
        S.COMPLAINT: 20,
        S.SAFE_MIGRATION: 15,
        S.DOCUMENT_FACILITATION: 25,
    },
    "family": {S.COMPLAINT: 35, S.REFERRAL: 20, S.SAFE_MIGRATION: 20, S.JOB_INFORMATION: 15},
    None: {S.JOB_INFORMATION: 40, S.SAFE_MIGRATION: 30, S.DOCUMENT_REQUIREMENTS: 30},
}
COUNTRIES = ["Taiwan", "Hong Kong", "Malaysia", "Korea Selatan", "Jepang", "Singapura"]
TEXTS = {  # (question, outcome) pairs; {country} is filled in
    S.JOB_INFORMATION: [
        ("Menanyakan lowongan kerja ke {country}.", "Diberi daftar P3MI berizin dan lowongan resmi."),
        ("Ingin bekerja di pabrik di {country}.", "Dijelaskan syarat usia, pendidikan dan biaya resmi."),
    ],
    S.DOCUMENT_REQUIREMENTS: [
        ("Menanyakan syarat paspor dan surat izin keluarga.", "Diberi daftar dokumen yang harus disiapkan."),
        ("Menanyakan syarat pemeriksaan kesehatan.", "Dijelaskan sarana kesehatan yang ditunjuk."),
    ],
    S.SAFE_MIGRATION: [
        ("Menanyakan cara berangkat yang aman ke {country}.", "Dijelaskan alur penempatan prosedural."),
        ("Ragu dengan tawaran sponsor.", "Disarankan mengecek izin P3MI di Disnaker."),
    ],
    S.COMPLAINT: [
        ("Keluarga di {country} belum menerima gaji dua bulan.", "Dicatat; dikoordinasikan dengan P3MI."),
        ("Keluarga di {country} sulit dihubungi.", "Dilaporkan ke Disnaker kabupaten."),
    ],
    S.REFERRAL: [
        ("Butuh pendampingan ke kantor BP3MI.", "Dirujuk ke BP3MI dengan surat pengantar."),
        ("Ingin ikut pelatihan kerja.", "Dirujuk ke BLK kabupaten."),
    ],
    S.DOCUMENT_FACILITATION: [
        ("Minta surat keterangan desa untuk paspor.", "Surat keterangan dibuatkan."),
        ("Minta bantuan mengurus BPJS Ketenagakerjaan.", "Dibantu mendaftar BPJS Ketenagakerjaan."),
    ],
}
SIGNS = [
    "Ditawari sponsor berangkat cepat tanpa pelatihan dan tanpa kontrak.",
    "Diminta berangkat ke {country} dengan visa kunjungan.",
    "Sponsor menahan KTP dan meminta biaya besar di muka.",
]
SIGNS_OUTCOME = "Dijelaskan risiko keberangkatan nonprosedural; diarahkan ke P3MI resmi."
FOLLOW_UP_OUTCOME = "Tindak lanjut: dokumen diperiksa bersama dan sudah lengkap."
TOPICS = [
    "Migrasi aman dan prosedural",
    "Bahaya keberangkatan nonprosedural dan TPPO",
    "Persyaratan dokumen bekerja ke luar negeri",
    "Perlindungan BPJS Ketenagakerjaan bagi PMI",
    "Mengelola remitansi untuk usaha produktif",
    "Peluang kerja G to G ke Korea Selatan dan Jepang",
    "Pengasuhan anak PMI di rumah",
]
SPEAKERS = ["Petugas Desmigratif", "Disnaker Kabupaten", "BP3MI", "Kepala Desa", "Polsek setempat"]


@cache
def _names() -> dict[str, Any]:
    return json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@dataclass
class _Rows:
    contacts: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    events: list[dict[str, Any]]
    attendees: list[dict[str, Any]]


def add_migration_services_demo(recorder: ChangeRecorder, context: DemoContext) -> dict[str, int]:
    """No new households, nothing written: demo data for no village is no data."""
    rows = _Rows([], [], [], [])
    if not context.new_household_ids:
        return {"service_contacts": 0, "socialisation_events": 0, "service_cases": 0}
    codes = lookups.load_codes(recorder.connection)
    _add_contacts(rows, context, codes)
    _add_events(rows, context, _months_with_events(recorder.connection))
    recorder.insert_many(Case, rows.cases)  # before the contacts that point to them
    recorder.insert_many(ServiceContact, rows.contacts)
    recorder.insert_many(SocialisationEvent, rows.events)
    recorder.insert_many(SocialisationAttendee, rows.attendees)
    return {
        "service_contacts": len(rows.contacts),
        "socialisation_events": len(rows.events),
        "service_cases": len(rows.cases),
    }


def first_month(today: date) -> date:
    """The first day of the oldest of the last MONTHS calendar months (this month included)."""
    months_back = today.year * 12 + today.month - 1 - (MONTHS - 1)
    return date(months_back // 12, months_back % 12 + 1, 1)


# -- contacts ------------------------------------------------------------------------------------


def _add_contacts(rows: _Rows, context: DemoContext, codes: dict[str, frozenset[str]]) -> None:
    rng, today = context.rng, context.today
    target = round(len(context.new_household_ids) / HOUSEHOLDS_PER_CONTACT)
    people, weights = _candidates(context)
    start = first_month(today)
    while len(rows.contacts) < target:
        person = None if not people or rng.random() < VISITOR_SHARE else rng.choices(people, weights)[0]
        day = start + timedelta(days=rng.randint(0, (today - start).days))
        data = _contact(rng, person, _kind(person), day, today)
        row = _contact_row(rows, context, data)
        if person is not None and row["non_procedural_signs"] and rng.random() < 0.5:
            _add_case(rows, context, row, codes)
        follow_up = data.follow_up_date
        if person is not None and follow_up and follow_up <= today and rng.random() < 0.5:
            when = follow_up + timedelta(days=rng.randint(0, min(5, (today - follow_up).days)))
            again = ContactInput(when, data.service_type, person.id, outcome=FOLLOW_UP_OUTCOME)
            _contact_row(rows, context, again)


def _candidates(context: DemoContext) -> tuple[list[RegisteredPerson], list[float]]:
    """The new households' adults, weighted by how likely each is to come to the service centre."""
    migrant_households = {
        p.household_id
        for p in context.persons
        if p.migration_status in (MigrationStatus.ABROAD, MigrationStatus.PROSPECTIVE)
    }
    people, weights = [], []
    for person in context.new_persons():
        if person.migration_status == MigrationStatus.ABROAD or person.age(context.today) < ADULT_AGE:
            continue
        kind = person.migration_status
        if kind == MigrationStatus.NONE and person.household_id in migrant_households:
            kind = "migrant_family"
        people.append(person)
        weights.append(WHO_WEIGHTS[kind])
    return people, weights


def _kind(person: RegisteredPerson | None) -> str | None:
    if person is None:
        return None
    if person.migration_status in (MigrationStatus.PROSPECTIVE, MigrationStatus.RETURNED):
        return person.migration_status
    return "family"


def _contact(
    rng: random.Random, person: RegisteredPerson | None, kind: str | None, day: date, today: date
) -> ContactInput:
    services = SERVICES[kind]
    service = rng.choices(list(services), list(services.values()))[0]
    question, outcome = (text.format(country=rng.choice(COUNTRIES)) for text in rng.choice(TEXTS[service]))
    signs = kind != "family" and rng.random() < NON_PROCEDURAL_SHARE
    if signs:
        question, outcome = rng.choice(SIGNS).format(country=rng.choice(COUNTRIES)), SIGNS_OUTCOME
    follow_up = day + timedelta(days=rng.randint(7, 30)) if rng.random() < FOLLOW_UP_SHARE else None
    visitor_name, visitor_sex = (None, None) if person is not None else _visitor(rng)
    return ContactInput(
        contact_date=day,
        service_type=service,
        person_id=person.id if person else None,
        visitor_name=visitor_name,
        visitor_sex=visitor_sex,
        question=question,
        outcome=outcome,
        follow_up_date=follow_up,
        non_procedural_signs=signs,
    )


def _visitor(rng: random.Random) -> tuple[str, str]:
    names = _names()
    sex = rng.choice([Sex.MALE, Sex.FEMALE])
    first = rng.choice(names["male" if sex == Sex.MALE else "female"])
    second = rng.choice(names["second_male" if sex == Sex.MALE else "second_female"])
    return f"{first} {second}", sex


def _contact_row(rows: _Rows, context: DemoContext, data: ContactInput) -> dict[str, Any]:
    checks, row = contact_checks(data, context.today)
    _refuse_errors(checks, "kontak layanan migrasi")
    row.update(id=new_id(), village_code=context.village_code, case_id=None)
    rows.contacts.append(row)
    return row


def _add_case(
    rows: _Rows, context: DemoContext, contact: dict[str, Any], codes: dict[str, frozenset[str]]
) -> None:
    data = case_input_for(contact)
    age_days = (context.today - contact["contact_date"]).days
    if age_days > 120 and context.rng.random() < 0.6:
        data.status = CaseStatus.RESOLVED
        data.resolved_date = contact["contact_date"] + timedelta(days=context.rng.randint(14, 120))
    checks, case = case_checks(data, codes, context.today)
    _refuse_errors(checks, "kasus dari layanan migrasi")
    case.update(id=new_id(), village_code=context.village_code)
    rows.cases.append(case)
    contact["case_id"] = case["id"]


# -- socialisation ------------------------------------------------------------------------------


def _add_events(rows: _Rows, context: DemoContext, held: set[str]) -> None:
    """One event in each month that has none yet: demo data added twice still has one a month."""
    rng, today = context.rng, context.today
    adults = [p for p in context.new_persons() if p.age(today) >= ADULT_AGE]
    dusun = sorted({p.dusun for p in context.persons if p.dusun})
    month = first_month(today)
    while month <= today:
        next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        if f"{month:%Y-%m}" not in held:
            day = min(today, month + timedelta(days=rng.randint(0, (next_month - month).days - 1)))
            _add_event(rows, context, _event(rng, day, adults, dusun))
        month = next_month


def _months_with_events(connection: Connection) -> set[str]:
    events = table_of(SocialisationEvent)
    dates = connection.execute(select(events.c.event_date).where(alive(events))).scalars()
    return {f"{day:%Y-%m}" for day in dates}


def _event(rng: random.Random, day: date, adults: list[RegisteredPerson], dusun: list[str]) -> EventInput:
    total = rng.randint(15, 60)
    female = round(total * rng.uniform(0.45, 0.7))
    named = rng.sample(adults, min(len(adults), rng.randint(0, 5)))
    attendees = [AttendeeInput(p.id, p.full_name, p.sex) for p in named]
    named_male = sum(1 for p in named if p.sex == Sex.MALE)
    named_female = len(named) - named_male
    places = ["Balai Desa"] * 3 + ["Aula Kantor Desa"] + [f"Rumah Kepala Dusun {d}" for d in dusun]
    return EventInput(
        event_date=day,
        topic=rng.choice(TOPICS),
        attendees_male=max(total - female, named_male),
        attendees_female=max(female, named_female),
        place=rng.choice(places),
        speaker=rng.choice(SPEAKERS),
        attendees=attendees,
    )


def _add_event(rows: _Rows, context: DemoContext, data: EventInput) -> None:
    checks, row = event_checks(data, context.today)
    _refuse_errors(checks, "sosialisasi")
    attendees = row.pop("attendees")
    row.update(id=new_id(), village_code=context.village_code)
    rows.events.append(row)
    for attendee in attendees:
        named = {k: v for k, v in attendee.items() if k != "id"}
        rows.attendees.append({**named, "event_id": row["id"]})


def _refuse_errors(checks: Checks, what: str) -> None:
    """A generator bug, not the officer's: stop, saying which kind of row broke which rule."""
    if checks.errors:
        raise ValidationError(
            [Problem(p.field, p.code, f"Data latihan {what}: {p.message}") for p in checks.errors]
        )
