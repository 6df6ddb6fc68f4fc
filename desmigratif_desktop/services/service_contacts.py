"""Migration-service contacts (pilar 1, layanan migrasi): who came, about what, what came of it.

A contact names either a registered person or a visitor (name and sex as given), never both. A
follow-up is done when a later contact of the same registered person is recorded, or when the officer
clears the follow-up date (the only way for a visitor, whose name may be typed differently next time).
A contact showing signs of a non-procedural departure can open a case (`open_case_from_contact`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, exists, func, or_, select

from desmigratif_desktop.data.cases import Case
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import ServiceType, Sex
from desmigratif_desktop.data.migration_services import ServiceContact
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.cases import CaseInput, case_checks
from desmigratif_desktop.services.households import village_code_for_writes
from desmigratif_desktop.services.register_queries import alive, fetch_ids
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    check_choice,
    check_not_future,
    check_order,
    clean_text,
    require,
    require_name,
)

NON_PROCEDURAL_CASE = "non_procedural"  # reference list case_type

_CONTACT = table_of(ServiceContact)
_PERSON = table_of(Person)
_CASE = table_of(Case)


class CaseRefusedError(KnownError):
    """A case cannot be opened from this contact; nothing was written."""


@dataclass
class ContactInput:
    contact_date: date | None
    service_type: str | None
    person_id: str | None = None
    visitor_name: str | None = None
    visitor_sex: str | None = None
    question: str | None = None
    outcome: str | None = None
    follow_up_date: date | None = None
    non_procedural_signs: bool = False
    notes: str | None = None


def contact_checks(data: ContactInput, today: date | None = None) -> tuple[Checks, dict[str, Any]]:
    """Validate and tidy a contact form; the row is only written when there are no errors."""
    checks = Checks()
    today = today or date.today()
    if require(checks, "contact_date", data.contact_date, "Tanggal layanan"):
        check_not_future(checks, "contact_date", data.contact_date, "Tanggal layanan", today)
    if require(checks, "service_type", data.service_type, "Jenis layanan"):
        check_choice(checks, "service_type", data.service_type, tuple(ServiceType), "Jenis layanan")
    visitor_name = clean_text(data.visitor_name)
    _check_who(checks, data.person_id or None, visitor_name, data.visitor_sex or None)
    check_order(
        checks,
        data.contact_date,
        data.follow_up_date,
        "follow_up_date",
        "Tanggal tindak lanjut tidak boleh sebelum tanggal layanan.",
    )
    row = {
        "contact_date": data.contact_date,
        "service_type": data.service_type,
        "person_id": data.person_id or None,
        "visitor_name": None if data.person_id else visitor_name,
        "visitor_sex": None if data.person_id else (data.visitor_sex or None),
        "question": clean_text(data.question),
        "outcome": clean_text(data.outcome),
        "follow_up_date": data.follow_up_date,
        "non_procedural_signs": bool(data.non_procedural_signs),
        "notes": clean_text(data.notes),
    }
    return checks, row


def _check_who(
    checks: Checks, person_id: str | None, visitor_name: str | None, visitor_sex: str | None
) -> None:
    """Exactly one of: a registered person, or a visitor with a name and a sex."""
    if person_id and visitor_name:
        checks.error(
            "visitor_name",
            "person_and_visitor",
            "Pilih orang terdaftar atau isi nama pengunjung, jangan keduanya.",
        )
    elif person_id:
        return
    elif not visitor_name:
        checks.error(
            "person_id", "who_required", "Pilih orang dari daftar penduduk, atau isi nama pengunjung."
        )
    else:
        require_name(checks, "visitor_name", visitor_name, "Nama pengunjung")
        if require(checks, "visitor_sex", visitor_sex, "Jenis kelamin pengunjung"):
            check_choice(checks, "visitor_sex", visitor_sex, tuple(Sex), "Jenis kelamin")


def record_contact(db: Database, data: ContactInput) -> Saved:
    village_code = village_code_for_writes(db)
    with db.write() as recorder:
        checks, row = contact_checks(data)
        warnings = checks.raise_if_errors()
        if row["person_id"]:
            recorder.current(Person, row["person_id"])
        saved = recorder.insert(ServiceContact, {**row, "village_code": village_code})
    return Saved(saved["id"], warnings)


def update_contact(db: Database, contact_id: str, data: ContactInput) -> Saved:
    """The linked case (if any) stays; a contact that opened a case keeps its non-procedural signs."""
    with db.write() as recorder:
        checks, row = contact_checks(data)
        current = recorder.current(ServiceContact, contact_id)
        if not row["non_procedural_signs"] and live_case_of(recorder.connection, current) is not None:
            checks.error(
                "non_procedural_signs",
                "case_opened",
                "Kontak ini sudah membuka kasus keberangkatan nonprosedural; tandanya tidak dapat dihapus.",
            )
        warnings = checks.raise_if_errors()
        # Checked only when it changes: a contact outlives a person deleted from the register.
        if row["person_id"] and row["person_id"] != current["person_id"]:
            recorder.current(Person, row["person_id"])
        recorder.update(ServiceContact, contact_id, row)
    return Saved(contact_id, warnings)


def delete_contact(db: Database, contact_id: str) -> None:
    """Tombstone the contact; a case opened from it stays, as the office's record of that case."""
    with db.write() as recorder:
        recorder.current(ServiceContact, contact_id)
        recorder.tombstone(ServiceContact, contact_id)


def live_case_of(connection: Connection, contact: dict[str, Any]) -> str | None:
    """The id of the contact's case, unless there is none or it was deleted."""
    if not contact["case_id"]:
        return None
    query = select(_CASE.c.id).where(_CASE.c.id == contact["case_id"], alive(_CASE))
    return connection.execute(query).scalar()


def open_case_from_contact(db: Database, contact_id: str, today: date | None = None) -> Saved:
    """In one transaction: a non-procedural-departure case about the contact's person, linked back.

    A visitor's contact opens a case too, with the visitor as the reporter and no person: the officer
    must act on the signs whoever brought them. Refused (nothing written) when the contact already has a
    live case, or when its person has since been deleted from the register.
    """
    village_code = village_code_for_writes(db)
    with db.write() as recorder:
        contact = recorder.current(ServiceContact, contact_id)
        _refuse_second_case(recorder.connection, contact)
        _refuse_if_person_deleted(recorder.connection, contact)
        checks, row = case_checks(case_input_for(contact), lookups.load_codes(recorder.connection), today)
        if checks.errors:
            messages = " ".join(p.message for p in checks.errors)
            raise CaseRefusedError(
                f"Kasus tidak dapat dibuka: {messages}", "Perbaiki data kontak lalu coba lagi."
            )
        case = recorder.insert(Case, {**row, "village_code": village_code})
        recorder.update(ServiceContact, contact_id, {"case_id": case["id"], "non_procedural_signs": True})
    return Saved(case["id"], checks.warnings)


def _refuse_second_case(connection: Connection, contact: dict[str, Any]) -> None:
    case_id = live_case_of(connection, contact)
    if case_id is None:
        return
    reported = connection.execute(select(_CASE.c.reported_date).where(_CASE.c.id == case_id)).scalar_one()
    raise CaseRefusedError(
        f"Kontak ini sudah membuka kasus (dilaporkan {reported:%d-%m-%Y}); tidak dibuat kasus kedua.",
        "Lihat dan lanjutkan kasus itu di halaman Kasus.",
    )


def _refuse_if_person_deleted(connection: Connection, contact: dict[str, Any]) -> None:
    if not contact["person_id"]:
        return
    query = select(_PERSON.c.id).where(_PERSON.c.id == contact["person_id"], alive(_PERSON))
    if connection.execute(query).scalar() is None:
        raise CaseRefusedError(
            "Orang dalam kontak ini sudah dihapus dari daftar penduduk; kasus tidak dibuat.",
            "Buat kasusnya di halaman Kasus dengan nama pelapor.",
        )


def case_input_for(contact: Mapping[str, Any]) -> CaseInput:
    """The case a contact opens: its person (or the visitor as reporter), its date, what was said."""
    parts = [
        f"Tanda keberangkatan nonprosedural, dicatat di layanan migrasi {contact['contact_date']:%d-%m-%Y}."
    ]
    if contact["question"]:
        parts.append(f"Laporan: {contact['question']}")
    if contact["outcome"]:
        parts.append(f"Hasil layanan: {contact['outcome']}")
    return CaseInput(
        case_type=NON_PROCEDURAL_CASE,
        reported_date=contact["contact_date"],
        description=" ".join(parts),
        person_id=contact["person_id"],
        reporter_name=contact["visitor_name"],
    )


def get_contact(db: Database, contact_id: str) -> ServiceContact | None:
    with db.session() as session:
        found = session.get(ServiceContact, contact_id)
        return None if found is None or found.deleted else found


# -- the list -------------------------------------------------------------------------------------


def follow_up_due(today: date) -> ColumnElement[bool]:
    """A WHERE clause over `service_contact`: the follow-up date has come and nothing later was recorded."""
    later = _CONTACT.alias("later")
    followed_up = exists().where(
        later.c.person_id == _CONTACT.c.person_id,  # never true for a visitor (NULL)
        later.c.contact_date > _CONTACT.c.contact_date,
        later.c.contact_date <= today,  # asked about a past day, a contact after it had not happened yet
        alive(later),
    )
    # A person since deleted from the register can have no later contact: their follow-up is not due.
    gone = _PERSON.alias("gone")  # an alias: the list's query joins `person` itself
    person_gone = exists().where(gone.c.id == _CONTACT.c.person_id, gone.c.deleted.is_(True))
    return and_(
        alive(_CONTACT),
        _CONTACT.c.follow_up_date.is_not(None),
        _CONTACT.c.follow_up_date <= today,
        ~followed_up,
        ~person_gone,
    )


@dataclass(frozen=True)
class ContactFilter:
    service_type: str | None = None
    text: str = ""  # part of the name, the question or the outcome
    due_only: bool = False
    today: date | None = None  # for `due_only`; today when None


def search_contact_ids(db: Database, filter: ContactFilter) -> list[str]:
    """Live contacts matching `filter`, newest first."""
    query = (
        select(_CONTACT.c.id)
        .select_from(_CONTACT.outerjoin(_PERSON, _PERSON.c.id == _CONTACT.c.person_id))
        .where(alive(_CONTACT))
        .order_by(_CONTACT.c.contact_date.desc(), _CONTACT.c.created_at.desc())
    )
    if filter.service_type:
        query = query.where(_CONTACT.c.service_type == filter.service_type)
    if filter.due_only:
        query = query.where(follow_up_due(filter.today or date.today()))
    for word in filter.text.split():
        query = query.where(
            or_(
                *(
                    column.contains(word, autoescape=True)
                    for column in (
                        _PERSON.c.full_name,
                        _CONTACT.c.visitor_name,
                        _CONTACT.c.question,
                        _CONTACT.c.outcome,
                    )
                )
            )
        )
    with db.read() as connection:
        return fetch_ids(connection, query)


@dataclass(frozen=True)
class ContactRow:
    id: str
    contact_date: date
    name: str  # the registered person's name (kept after deletion), or the visitor's
    visitor: bool
    service_type: str
    outcome: str | None
    follow_up_date: date | None
    follow_up_due: bool
    non_procedural_signs: bool
    case_id: str | None  # only a live case


def contact_rows(db: Database, ids: list[str], today: date | None = None) -> dict[str, ContactRow]:
    """One page of the list in one query; ids deleted meanwhile are missing."""
    if not ids:
        return {}
    due = follow_up_due(today or date.today())
    case_alive = exists().where(_CASE.c.id == _CONTACT.c.case_id, alive(_CASE))
    query = (
        select(
            _CONTACT.c.id,
            _CONTACT.c.contact_date,
            func.coalesce(_PERSON.c.full_name, _CONTACT.c.visitor_name, "").label("name"),
            _CONTACT.c.person_id.is_(None).label("visitor"),
            _CONTACT.c.service_type,
            _CONTACT.c.outcome,
            _CONTACT.c.follow_up_date,
            due.label("follow_up_due"),
            _CONTACT.c.non_procedural_signs,
            case((case_alive, _CONTACT.c.case_id), else_=None).label("case_id"),
        )
        .select_from(_CONTACT.outerjoin(_PERSON, _PERSON.c.id == _CONTACT.c.person_id))
        .where(_CONTACT.c.id.in_(ids), alive(_CONTACT))
    )
    with db.read() as connection:
        rows = connection.execute(query).mappings().all()
    return {
        row["id"]: ContactRow(
            **{**row, "visitor": bool(row["visitor"]), "follow_up_due": bool(row["follow_up_due"])}
        )
        for row in rows
    }
