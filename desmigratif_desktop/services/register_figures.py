"""The register as it stood on a given day: households and persons by migration status and sex.

The Beranda asks for today, the monthly report for a month's last day; both use these queries, so they
agree. A person's status on a day follows the rule of `placements.derive_migration_status`, applied to
the placements as they stood that day: abroad while a placement covers the day; prospective before a
planned departure, but only one already recorded by then (a departure years later, entered later, was
no plan yet: without this, everyone who ever left counted as a prospective worker in every earlier
month, a returned worker included); returned after a stay ended; with placements only still to come
and unknown that day, a family member; with no placement at all, the officer's own choice.
The register on a past day is what the register knows now about that day: a household recorded late
still counts in the months it was there (only the month's *new registrations* go by the day a row was
recorded). A person counts from birth; a deleted row never counts (deleting corrects a mistake).
Each count takes `village_code`: at a district office, one village's rows (None: all of them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, case, exists, func, or_, select

from desmigratif_desktop.data.enums import MigrationStatus, Sex
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import month_bounds
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.village_scope import in_village

_HOUSEHOLD = table_of(Household)
_PERSON = table_of(Person)
_PLACEMENT = table_of(Placement)

STATUSES = (
    MigrationStatus.PROSPECTIVE,
    MigrationStatus.ABROAD,
    MigrationStatus.RETURNED,
    MigrationStatus.NONE,
)
StatusCounts = dict[tuple[str, str], int]  # (status, sex) -> persons


def local_midnight_utc(day: date) -> datetime:
    """The start of `day` on this computer's clock, as the UTC instant rows are stamped with."""
    return datetime.combine(day, time()).astimezone(UTC)


def recorded_in(table: Table, month: str, until: date) -> ColumnElement[bool]:
    """Rows recorded in the calendar month, up to the end of `until`."""
    first, following = month_bounds(month)
    end = min(following, until + timedelta(days=1))
    return and_(table.c.created_at >= local_midnight_utc(first), table.c.created_at < local_midnight_utc(end))


def status_on(on: date) -> Any:
    """A CASE over `person`: the person's migration status on `on`."""
    person, stay = _PERSON, _PLACEMENT.alias("stay_on")

    def has_stay(*where: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists().where(stay.c.person_id == person.c.id, stay.c.deleted.is_not(True), *where)

    not_ended = or_(stay.c.return_date.is_(None), stay.c.return_date > on)
    recorded_by_then = stay.c.created_at < local_midnight_utc(on + timedelta(days=1))
    return case(
        (has_stay(stay.c.departure_date <= on, not_ended), MigrationStatus.ABROAD.value),
        (has_stay(stay.c.departure_date > on, recorded_by_then), MigrationStatus.PROSPECTIVE.value),
        (has_stay(stay.c.departure_date <= on), MigrationStatus.RETURNED.value),
        (has_stay(), MigrationStatus.NONE.value),
        else_=person.c.migration_status,
    )


def persons_by_status_and_sex(
    connection: Connection, on: date, *, village_code: str | None = None
) -> StatusCounts:
    """Living persons born by `on`, counted by their status on `on` and their sex."""
    person = _PERSON
    status = status_on(on).label("status")
    query = (
        select(status, person.c.sex, func.count())
        .where(alive(person), person.c.birth_date <= on, in_village(person, village_code))
        .group_by(status, person.c.sex)
    )
    return {(row_status, sex): int(n) for row_status, sex, n in connection.execute(query)}


def status_total(counts: StatusCounts, status: str) -> int:
    return sum(n for (row_status, _sex), n in counts.items() if row_status == status)


def status_sex(counts: StatusCounts, status: str, sex: Sex) -> int:
    return counts.get((status, sex.value), 0)


def count_households(connection: Connection, *, village_code: str | None = None) -> int:
    """Living households: a household has no founding date, so every month counts all of them."""
    query = (
        select(func.count())
        .select_from(_HOUSEHOLD)
        .where(alive(_HOUSEHOLD), in_village(_HOUSEHOLD, village_code))
    )
    return int(connection.execute(query).scalar_one())


def registered_in_month(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> tuple[int, int]:
    """(households, persons) recorded in the month: the month's new registrations."""

    def count(table: Table) -> int:
        query = (
            select(func.count())
            .select_from(table)
            .where(alive(table), recorded_in(table, month, until), in_village(table, village_code))
        )
        return int(connection.execute(query).scalar_one())

    return count(_HOUSEHOLD), count(_PERSON)
