"""The queries behind the household and person lists: every matching id in order first, rows a page later.

Filtering and sorting happen in SQL (DESIGN §6); a list asks for the ids once per keystroke or sort
change, then for the rows of the pages on screen. No Qt here: the same functions serve the CLI and
reports.

Two rules hold throughout:
- A living row is `deleted IS NOT 1`, never `deleted = 0`. Without ANALYZE statistics SQLite rates the
  `ix_*_deleted` indexes like any other, although nearly every row has deleted = 0; written as
  `= 0` it may look a person's placements up through that index, a scan of the whole table (4.5 ms
  instead of microseconds per person with 33,000 placements: a country filter took 56 s).
- A person is listed when the person row is living. Deleting a household tombstones its members with
  it (`services/households.py`), so the household's own tombstone is checked only where the
  household is joined anyway.
- A person's destination country is that of their latest living placement: the greatest departure
  date, ties broken by id. `latest_placement` and `_latest_placement_value` say the same thing in
  two shapes (a filter and a value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    case,
    exists,
    func,
    not_,
    or_,
    select,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.data.reference_tables import ReferenceItem
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.reference import lookups

_PERSON = table_of(Person)
_HOUSEHOLD = table_of(Household)
_PLACEMENT = table_of(Placement)
_REFERENCE = table_of(ReferenceItem)

# Digits with the separators people type in a NIK or KK ("3329 15", "3329-15", "3329.15").
_NUMBER = re.compile(r"[\d\s.\-]+")
# Migration statuses in the order a worker's life goes through them, for sorting by status.
STATUS_ORDER = (
    MigrationStatus.NONE,
    MigrationStatus.PROSPECTIVE,
    MigrationStatus.ABROAD,
    MigrationStatus.RETURNED,
)


# -- filters, sorts and rows ---------------------------------------------------------------------


@dataclass(frozen=True)
class PersonFilter:
    text: str = ""  # words of the full name (any order, any case), or a NIK/KK fragment when digits
    migration_status: str | None = None
    dusun: str | None = None
    destination_country: str | None = None  # of the person's latest placement
    village_code: str | None = None


class PersonSort(StrEnum):
    """Values are the `PersonRow` attributes a column shows, so a column key names its sort."""

    NAME = "full_name"
    NIK = "nik"
    KK = "kk_number"
    DUSUN = "dusun"
    STATUS = "migration_status"
    COUNTRY = "destination_country"
    AGE = "age"


@dataclass(frozen=True)
class HouseholdFilter:
    text: str = ""  # the KK, or a living member's name words or NIK
    migration_status: str | None = None  # some living member has it
    dusun: str | None = None
    destination_country: str | None = None  # some living member's latest placement
    village_code: str | None = None


class HouseholdSort(StrEnum):
    """Values are the `HouseholdRow` attributes a column shows."""

    KK = "kk_number"
    HEAD = "head_name"
    DUSUN = "dusun"
    MEMBERS = "members"
    ABROAD = "abroad"


@dataclass(frozen=True)
class PersonRow:
    id: str
    household_id: str
    full_name: str
    nik: str
    sex: str
    birth_date: date
    age: int  # whole years on the day asked
    relationship: str
    kk_number: str
    dusun: str | None
    rt: str | None
    rw: str | None
    migration_status: str
    destination_country: str | None  # code of the latest placement's country
    phone: str | None
    destination_label: str | None = None  # its Indonesian name from the reference list
    village_code: str | None = None


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    kk_number: str
    head_name: str | None
    address: str | None
    dusun: str | None
    rt: str | None
    rw: str | None
    phone: str | None
    members: int
    abroad: int
    village_code: str | None = None


# -- persons -------------------------------------------------------------------------------------


def search_person_ids(
    db: Database, filter: PersonFilter, sort: PersonSort = PersonSort.NAME, descending: bool = False
) -> list[str]:
    """Every living person matching `filter`, in `sort` order; empty values sort last either way."""
    query = select(_PERSON.c.id).where(*person_conditions(filter))
    if sort in (PersonSort.KK, PersonSort.DUSUN):
        query = query.select_from(_PERSON.join(_HOUSEHOLD, _HOUSEHOLD.c.id == _PERSON.c.household_id))
    query = query.order_by(*person_order(sort, descending))
    with db.read() as connection:
        return fetch_ids(connection, query)


def person_conditions(filter: PersonFilter) -> list[ColumnElement[bool]]:
    person = _PERSON
    conditions = [alive(person)]
    conditions += _person_text_conditions(filter.text)
    if filter.migration_status:
        conditions.append(person.c.migration_status == filter.migration_status)
    if filter.dusun or filter.village_code:
        households = select(_HOUSEHOLD.c.id).where(alive(_HOUSEHOLD))
        if filter.dusun:
            households = households.where(_HOUSEHOLD.c.dusun == filter.dusun)
        if filter.village_code:
            households = households.where(_HOUSEHOLD.c.village_code == filter.village_code)
        conditions.append(person.c.household_id.in_(households))
    if filter.destination_country:
        conditions.append(person.c.id.in_(_persons_whose_latest_country_is(filter.destination_country)))
    return conditions


def _person_text_conditions(text: str) -> list[ColumnElement[bool]]:
    number = number_fragment(text)
    if number is not None:
        households = select(_HOUSEHOLD.c.id).where(
            alive(_HOUSEHOLD), _HOUSEHOLD.c.kk_number.contains(number, autoescape=True)
        )
        return [or_(_PERSON.c.nik.contains(number, autoescape=True), _PERSON.c.household_id.in_(households))]
    return [_PERSON.c.full_name.contains(word, autoescape=True) for word in name_words(text)]


def person_order(sort: PersonSort, descending: bool) -> list[Any]:
    name = _PERSON.c.full_name.collate("NOCASE")
    key, nullable = _person_sort_key(sort, name)
    ascending = descending if sort == PersonSort.AGE else not descending
    then = [] if sort == PersonSort.NAME else [_directed(name, not descending)]
    return [_directed(key, ascending, nullable), *then, _directed(_PERSON.c.id, not descending)]


def _person_sort_key(sort: PersonSort, name: Any) -> tuple[Any, bool]:
    """The sort's own key, and whether it can be empty."""
    person, household = _PERSON, _HOUSEHOLD
    if sort == PersonSort.NIK:
        # `nik || ''`: ordered through ix_person_nik, SQLite reads the table in index order, 3× slower.
        return person.c.nik.concat(""), False
    if sort == PersonSort.KK:
        return household.c.kk_number, False
    if sort == PersonSort.DUSUN:
        return func.nullif(household.c.dusun, "").collate("NOCASE"), True
    if sort == PersonSort.STATUS:
        return _status_rank(person.c.migration_status), True
    if sort == PersonSort.COUNTRY:
        return _latest_country_label(person.c.id), True
    if sort == PersonSort.AGE:
        return person.c.birth_date, False  # youngest first: age ascending is birth date descending
    return name, False


def person_rows(db: Database, ids: Sequence[str], today: date | None = None) -> dict[str, PersonRow]:
    """The rows of one page of ids, in one query; ids deleted meanwhile are simply missing."""
    if not ids:
        return {}
    today = today or date.today()
    person, household = _PERSON, _HOUSEHOLD
    country = _latest_placement_value(person.c.id, _PLACEMENT.c.destination_country)
    query = (
        select(
            person.c.id,
            person.c.household_id,
            person.c.full_name,
            person.c.nik,
            person.c.sex,
            person.c.birth_date,
            person.c.relationship,
            household.c.kk_number,
            household.c.dusun,
            household.c.rt,
            household.c.rw,
            person.c.migration_status,
            country.label("destination_country"),
            person.c.phone,
            _latest_country_label(person.c.id).label("destination_label"),
            household.c.village_code,
        )
        .select_from(person.join(household, household.c.id == person.c.household_id))
        .where(person.c.id.in_(list(ids)), alive(person))
    )
    with db.read() as connection:
        rows = connection.execute(query).mappings().all()
    return {row["id"]: PersonRow(**row, age=age_on(row["birth_date"], today)) for row in rows}


def age_on(birth_date: date, today: date) -> int:
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - before_birthday


# -- households ----------------------------------------------------------------------------------


def search_household_ids(
    db: Database,
    filter: HouseholdFilter,
    sort: HouseholdSort = HouseholdSort.KK,
    descending: bool = False,
) -> list[str]:
    """Every living household matching `filter`, in `sort` order; empty values sort last either way."""
    query = (
        select(_HOUSEHOLD.c.id)
        .where(*household_conditions(filter))
        .order_by(*_household_order(sort, descending))
    )
    with db.read() as connection:
        return fetch_ids(connection, query)


def household_conditions(filter: HouseholdFilter) -> list[ColumnElement[bool]]:
    household = _HOUSEHOLD
    conditions = [alive(household)]
    conditions += _household_text_conditions(filter.text)
    if filter.dusun:
        conditions.append(household.c.dusun == filter.dusun)
    if filter.village_code:
        conditions.append(household.c.village_code == filter.village_code)
    if filter.migration_status:
        conditions.append(
            household.c.id.in_(_members_where(_PERSON.c.migration_status == filter.migration_status))
        )
    if filter.destination_country:
        latest = _PERSON.c.id.in_(_persons_whose_latest_country_is(filter.destination_country))
        conditions.append(household.c.id.in_(_members_where(latest)))
    return conditions


def _household_text_conditions(text: str) -> list[ColumnElement[bool]]:
    number = number_fragment(text)
    if number is not None:
        by_nik = _members_where(_PERSON.c.nik.contains(number, autoescape=True))
        return [or_(_HOUSEHOLD.c.kk_number.contains(number, autoescape=True), _HOUSEHOLD.c.id.in_(by_nik))]
    words = name_words(text)
    if not words:
        return []
    by_name = _members_where(*(_PERSON.c.full_name.contains(word, autoescape=True) for word in words))
    return [_HOUSEHOLD.c.id.in_(by_name)]


def _members_where(*conditions: ColumnElement[bool]) -> Select[Any]:
    return select(_PERSON.c.household_id).where(alive(_PERSON), *conditions)


def _household_order(sort: HouseholdSort, descending: bool) -> list[Any]:
    household = _HOUSEHOLD
    key, nullable = _household_sort_key(sort)
    ascending = not descending
    then = [] if sort == HouseholdSort.KK else [_directed(household.c.kk_number, ascending)]
    return [_directed(key, ascending, nullable), *then, _directed(household.c.id, ascending)]


def _household_sort_key(sort: HouseholdSort) -> tuple[Any, bool]:
    """The sort's own key, and whether it can be empty."""
    household = _HOUSEHOLD
    if sort == HouseholdSort.HEAD:
        return _head_name(household.c.id).collate("NOCASE"), True
    if sort == HouseholdSort.DUSUN:
        return func.nullif(household.c.dusun, "").collate("NOCASE"), True
    if sort == HouseholdSort.MEMBERS:
        return _member_count(household.c.id), False
    if sort == HouseholdSort.ABROAD:
        return _member_count(household.c.id, MigrationStatus.ABROAD), False
    # `kk_number || ''`: walking ix_household_kk_number and fetching each row is 2× slower than a sort.
    return household.c.kk_number.concat(""), False


def household_rows(db: Database, ids: Sequence[str]) -> dict[str, HouseholdRow]:
    """The rows of one page of ids, in one query; ids deleted meanwhile are simply missing."""
    if not ids:
        return {}
    household = _HOUSEHOLD
    query = select(
        household.c.id,
        household.c.kk_number,
        _head_name(household.c.id).label("head_name"),
        household.c.address,
        household.c.dusun,
        household.c.rt,
        household.c.rw,
        household.c.phone,
        _member_count(household.c.id).label("members"),
        _member_count(household.c.id, MigrationStatus.ABROAD).label("abroad"),
        household.c.village_code,
    ).where(household.c.id.in_(list(ids)), alive(household))
    with db.read() as connection:
        rows = connection.execute(query).mappings().all()
    return {row["id"]: HouseholdRow(**row) for row in rows}


def _head_name(household_id: ColumnElement[Any]) -> Any:
    person = _PERSON
    return (
        select(person.c.full_name)
        .where(
            person.c.household_id == household_id,
            person.c.relationship == lookups.HEAD_OF_FAMILY,
            alive(person),
        )
        .order_by(person.c.full_name)
        .limit(1)
        .scalar_subquery()
    )


def _member_count(household_id: ColumnElement[Any], status: str | None = None) -> Any:
    person = _PERSON
    # With the status in WHERE, SQLite may count through ix_person_migration_status, scanning every
    # person with that status for each household; a FILTER keeps the lookup on the household's members.
    counted = func.count() if status is None else func.count().filter(person.c.migration_status == status)
    return select(counted).where(person.c.household_id == household_id, alive(person)).scalar_subquery()


def dusun_choices(db: Database, village_code: str | None = None) -> list[str]:
    """The dusun names in use by living households, for a filter combo."""
    household = _HOUSEHOLD
    query = (
        select(household.c.dusun)
        .where(alive(household), household.c.dusun.is_not(None), household.c.dusun != "")
        .distinct()
        .order_by(household.c.dusun.collate("NOCASE"), household.c.dusun)
    )
    if village_code:
        query = query.where(household.c.village_code == village_code)
    with db.read() as connection:
        return list(connection.execute(query).scalars())


# -- shared pieces -------------------------------------------------------------------------------


def alive(table: Table) -> ColumnElement[bool]:
    """Not tombstoned; phrased so that SQLite never picks the `deleted` index (see the module doc)."""
    return table.c.deleted.is_not(True)


def number_fragment(text: str) -> str | None:
    """The digits of a NIK or KK fragment, or None when the text is (part of) a name."""
    stripped = text.strip()
    if not stripped or not _NUMBER.fullmatch(stripped):
        return None
    digits = re.sub(r"\D", "", stripped)
    return digits or None


def name_words(text: str) -> list[str]:
    """Each word must appear in the name, in any order; SQLite's LIKE ignores case (for A–Z)."""
    return text.split()


def fetch_ids(connection: Connection, query: Select[Any]) -> list[str]:
    """Executed through SQLAlchemy (bind parameters, error handling); the ids read off the DBAPI cursor.

    SQLAlchemy's result rows cost about 0.5 µs each: 50 ms for an unfiltered list of 100,000 persons,
    as much as SQLite's own work. Plain tuples from the sqlite3 cursor skip that.
    """
    result = connection.execute(query)
    try:
        return [row[0] for row in result.cursor]
    finally:
        result.close()


def _directed(key: Any, ascending: bool, nullable: bool = False) -> Any:
    """Empty values last in both directions; NULLS LAST only where NULLs occur, as it costs a sort."""
    if ascending:
        return key.asc().nulls_last() if nullable else key.asc()
    return key.desc()  # SQLite puts NULLs last when descending


def _status_rank(status: ColumnElement[Any]) -> Any:
    return case({value.value: rank for rank, value in enumerate(STATUS_ORDER)}, value=status, else_=None)


def latest_placement() -> ColumnElement[bool]:
    """True for the `placement` row that is its person's latest living one."""
    placement, later = _PLACEMENT, _PLACEMENT.alias("later")
    newer = or_(
        later.c.departure_date > placement.c.departure_date,
        and_(later.c.departure_date == placement.c.departure_date, later.c.id > placement.c.id),
    )
    return not_(exists().where(later.c.person_id == placement.c.person_id, alive(later), newer))


def _persons_whose_latest_country_is(country: str) -> Select[Any]:
    placement = _PLACEMENT
    return select(placement.c.person_id).where(
        placement.c.destination_country == country, alive(placement), latest_placement()
    )


def _latest_placement_value(person_id: ColumnElement[Any], value: ColumnElement[Any]) -> Any:
    """A correlated value from the person's latest living placement (None without one)."""
    placement = _PLACEMENT
    return (
        select(value)
        .where(placement.c.person_id == person_id, alive(placement))
        .order_by(placement.c.departure_date.desc(), placement.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _latest_country_label(person_id: ColumnElement[Any]) -> Any:
    """The Indonesian name of the latest placement's country (its code when the list lacks it)."""
    reference = _REFERENCE
    label = (
        select(reference.c.label_id)
        .where(reference.c.category == lookups.COUNTRY, reference.c.code == _PLACEMENT.c.destination_country)
        .scalar_subquery()
    )
    return _latest_placement_value(person_id, func.coalesce(label, _PLACEMENT.c.destination_country))
