"""Members of the village cooperative: persons of the register, or other people named as typed.

A registered member's name and sex are copied from the register onto the membership, so a membership
outlives the person's deletion (it is history, `person_links`); the list then says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, func, or_, select

from desmigratif_desktop.data.cooperative import Cooperative, CooperativeMember
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Sex
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.services.cooperative import is_current_member, live_cooperative, require_cooperative
from desmigratif_desktop.services.register_queries import alive
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

_MEMBER = table_of(CooperativeMember)
_PERSON = table_of(Person)
_TRAILING_DIGITS = re.compile(r"(\d+)$")


class MemberFilter(StrEnum):
    CURRENT = "current"
    FORMER = "former"
    ALL = "all"


@dataclass
class MemberInput:
    """A registered person (`person_id`; name and sex then come from the register) or another person."""

    joined_date: date | None
    person_id: str | None = None
    name: str | None = None
    sex: str | None = None
    member_number: str | None = None
    left_date: date | None = None
    from_register: bool = False  # the form's choice: a person of the register, still to be picked


def member_checks(
    data: MemberInput, founding_date: date | None = None, today: date | None = None
) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    today = today or date.today()
    name = clean_text(data.name)
    if data.person_id is None and data.from_register:
        checks.error("person_id", "required", "Pilih orang dari daftar penduduk (ketik nama atau NIK).")
    elif data.person_id is None:
        require_name(checks, "name", name, "Nama anggota")
        if require(checks, "sex", data.sex, "Jenis kelamin"):
            check_choice(checks, "sex", data.sex, tuple(Sex), "Jenis kelamin")
    if require(checks, "joined_date", data.joined_date, "Tanggal masuk"):
        check_not_future(checks, "joined_date", data.joined_date, "Tanggal masuk", today)
    if data.joined_date and founding_date and data.joined_date < founding_date:
        checks.warn(
            "joined_date",
            "before_founding",
            f"Tanggal masuk sebelum koperasi berdiri ({founding_date:%d-%m-%Y}). Periksa lagi; "
            "data tetap bisa disimpan.",
        )
    check_order(
        checks,
        data.joined_date,
        data.left_date,
        "left_date",
        "Tanggal keluar tidak boleh sebelum tanggal masuk.",
    )
    if data.left_date and data.left_date > today:
        checks.warn(
            "left_date", "future", "Tanggal keluar di masa depan: sampai hari itu tetap anggota aktif."
        )
    row = {
        "person_id": data.person_id or None,
        "name": name,
        "sex": data.sex or None,
        "member_number": clean_text(data.member_number),
        "joined_date": data.joined_date,
        "left_date": data.left_date,
    }
    return checks, row


def add_member(db: Database, data: MemberInput) -> Saved:
    with db.write() as recorder:
        cooperative = require_cooperative(recorder, db)
        checks, row = member_checks(data, cooperative["founding_date"])
        checks.raise_if_errors()
        row = _with_register_details(recorder, row, before=None)
        check_member_unique(checks, recorder.connection, cooperative["id"], row, member_id=None)
        warnings = checks.raise_if_errors()
        saved = recorder.insert(CooperativeMember, {**row, "cooperative_id": cooperative["id"]})
    return Saved(saved["id"], warnings)


def update_member(db: Database, member_id: str, data: MemberInput) -> Saved:
    with db.write() as recorder:
        current = recorder.current(CooperativeMember, member_id)
        cooperative = recorder.current(Cooperative, current["cooperative_id"])
        checks, row = member_checks(data, cooperative["founding_date"])
        checks.raise_if_errors()
        row = _with_register_details(recorder, row, before=current)
        check_member_unique(checks, recorder.connection, cooperative["id"], row, member_id=member_id)
        warnings = checks.raise_if_errors()
        recorder.update(CooperativeMember, member_id, row)
    return Saved(member_id, warnings)


def delete_member(db: Database, member_id: str) -> None:
    with db.write() as recorder:
        recorder.tombstone(CooperativeMember, member_id)


def _with_register_details(
    recorder: ChangeRecorder, row: dict[str, Any], before: dict[str, Any] | None
) -> dict[str, Any]:
    """A registered member's name and sex as the register has them today.

    A newly chosen person must be in the register; a member whose person has since been deleted keeps
    the name and sex stored on the membership (the membership is history, `person_links`).
    """
    if row["person_id"] is None:
        return row
    unchanged = before is not None and before["person_id"] == row["person_id"]
    if unchanged:
        query = select(_PERSON.c.full_name, _PERSON.c.sex).where(
            _PERSON.c.id == row["person_id"], alive(_PERSON)
        )
        found = recorder.connection.execute(query).first()
        name, sex = found if found else (before["name"], before["sex"])  # type: ignore[index]
    else:
        person = recorder.current(Person, row["person_id"])
        name, sex = person["full_name"], person["sex"]
    return {**row, "name": name, "sex": sex}


def check_member_unique(
    checks: Checks, connection: Connection, cooperative_id: str, row: dict[str, Any], member_id: str | None
) -> None:
    """A registered person is a member once at a time; a member number belongs to one live member."""
    others = select(_MEMBER.c.name, _MEMBER.c.member_number).where(
        _MEMBER.c.cooperative_id == cooperative_id, alive(_MEMBER)
    )
    if member_id is not None:
        others = others.where(_MEMBER.c.id != member_id)
    if row["person_id"]:
        # A former member may join again: only a membership still running on the joining day clashes.
        still_member = or_(_MEMBER.c.left_date.is_(None), _MEMBER.c.left_date >= row["joined_date"])
        clash = connection.execute(
            others.where(_MEMBER.c.person_id == row["person_id"], still_member).limit(1)
        ).first()
        if clash is not None:
            number = f" (nomor anggota {clash.member_number})" if clash.member_number else ""
            checks.error(
                "person_id", "duplicate_member", f"{clash.name} sudah tercatat sebagai anggota{number}."
            )
    if row["member_number"]:
        same_number = func.lower(_MEMBER.c.member_number) == row["member_number"].lower()
        clash = connection.execute(others.where(same_number).limit(1)).first()
        if clash is not None:
            checks.error(
                "member_number",
                "duplicate_number",
                f"Nomor anggota {row['member_number']} sudah dipakai oleh {clash.name}.",
            )


@dataclass(frozen=True)
class MemberRow:
    id: str
    member_number: str | None
    name: str
    person_id: str | None
    in_register: bool  # False for another person, and for a registered person since deleted
    sex: str | None
    joined_date: date | None
    left_date: date | None

    @property
    def registered(self) -> bool:
        return self.person_id is not None


def member_rows(
    db: Database, text: str = "", which: str = MemberFilter.CURRENT, today: date | None = None
) -> list[MemberRow]:
    """The village cooperative's members by member number (numbers in numeric order), then name."""
    today = today or date.today()
    installation = db.require_installation()
    person_alive = _PERSON.c.id.is_not(None) & alive(_PERSON)
    query = (
        select(
            _MEMBER.c.id,
            _MEMBER.c.member_number,
            _MEMBER.c.name,
            _MEMBER.c.person_id,
            person_alive,
            _MEMBER.c.sex,
            _MEMBER.c.joined_date,
            _MEMBER.c.left_date,
        )
        .outerjoin(_PERSON, _PERSON.c.id == _MEMBER.c.person_id)
        .order_by(
            _MEMBER.c.member_number.is_(None),
            func.length(_MEMBER.c.member_number),
            _MEMBER.c.member_number,
            _MEMBER.c.name,
        )
    )
    with db.read() as connection:
        cooperative = live_cooperative(connection, installation.region_code)
        if cooperative is None:
            return []
        query = query.where(_MEMBER.c.cooperative_id == cooperative["id"], alive(_MEMBER))
        if which == MemberFilter.CURRENT:
            query = query.where(is_current_member(today))
        elif which == MemberFilter.FORMER:
            query = query.where(~is_current_member(today))
        for word in text.split():
            query = query.where(_MEMBER.c.name.contains(word, autoescape=True))
        return [MemberRow(*row[:4], bool(row[4]), *row[5:]) for row in connection.execute(query)]


def suggest_member_number(db: Database) -> str:
    """The number after the highest in use, as wide as the numbers already given (0001, 0002…)."""
    installation = db.require_installation()
    with db.read() as connection:
        cooperative = live_cooperative(connection, installation.region_code)
        if cooperative is None:
            return "0001"
        highest, width = highest_member_number(connection, cooperative["id"])
    return f"{highest + 1:0{width}d}"


def highest_member_number(connection: Connection, cooperative_id: str) -> tuple[int, int]:
    """The highest number among the live members' numbers (their trailing digits), and its digit count."""
    query = select(_MEMBER.c.member_number).where(
        _MEMBER.c.cooperative_id == cooperative_id, alive(_MEMBER), _MEMBER.c.member_number.is_not(None)
    )
    found = [_TRAILING_DIGITS.search(number) for number in connection.execute(query).scalars()]
    digits = [match.group(1) for match in found if match]
    if not digits:
        return 0, 4
    highest = max(digits, key=int)
    return int(highest), max(len(highest), 1)


def get_member(db: Database, member_id: str) -> CooperativeMember | None:
    with db.session() as session:
        found = session.get(CooperativeMember, member_id)
        return None if found is None or found.deleted else found
