"""Pilar 1 in figures (the Beranda, `stats --json`, the monthly report): counts, no formatting.

Recording and listing live in `service_contacts.py` and `socialisation.py`. Counts follow the
tombstones: a deleted contact or event never counts. Each function takes a Connection, so the
dashboard can run them all in one read, and `village_code` (at a district office: one village's
records; None: all of them).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, select

from desmigratif_desktop.data.migration_services import ServiceContact, SocialisationEvent
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import month_bounds
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.service_contacts import follow_up_due
from desmigratif_desktop.services.village_scope import in_village

_CONTACT = table_of(ServiceContact)
_EVENT = table_of(SocialisationEvent)


def _contacts_of(village_code: str | None) -> ColumnElement[bool]:
    return in_village(_CONTACT, village_code)


def _events_of(village_code: str | None) -> ColumnElement[bool]:
    return in_village(_EVENT, village_code)


def count_service_contacts(connection: Connection, *, village_code: str | None = None) -> int:
    query = select(func.count()).select_from(_CONTACT).where(alive(_CONTACT), _contacts_of(village_code))
    return _count(connection, query)


def count_socialisation_events(connection: Connection, *, village_code: str | None = None) -> int:
    query = select(func.count()).select_from(_EVENT).where(alive(_EVENT), _events_of(village_code))
    return _count(connection, query)


def _contacted_in(month: str) -> ColumnElement[bool]:
    first, following = month_bounds(month)
    return (_CONTACT.c.contact_date >= first) & (_CONTACT.c.contact_date < following)


def contacts_in_month(connection: Connection, month: str, *, village_code: str | None = None) -> int:
    """Contacts dated in the calendar month "YYYY-MM"."""
    query = (
        select(func.count())
        .select_from(_CONTACT)
        .where(alive(_CONTACT), _contacted_in(month), _contacts_of(village_code))
    )
    return _count(connection, query)


def contacts_by_service_type(
    connection: Connection, month: str, *, village_code: str | None = None
) -> dict[str, int]:
    """Contacts of the month per service type (for the monthly report); types with none are absent."""
    query = (
        select(_CONTACT.c.service_type, func.count())
        .where(alive(_CONTACT), _contacted_in(month), _contacts_of(village_code))
        .group_by(_CONTACT.c.service_type)
    )
    return {service_type: int(n) for service_type, n in connection.execute(query)}


def socialisation_attendees(
    connection: Connection, since: date, until: date | None = None, *, village_code: str | None = None
) -> tuple[int, int]:
    """(men, women) who attended socialisation events dated from `since` (up to `until` when given)."""
    query = select(
        func.coalesce(func.sum(_EVENT.c.attendees_male), 0),
        func.coalesce(func.sum(_EVENT.c.attendees_female), 0),
    ).where(alive(_EVENT), _EVENT.c.event_date >= since, _events_of(village_code))
    if until is not None:
        query = query.where(_EVENT.c.event_date <= until)
    male, female = connection.execute(query).one()
    return int(male), int(female)


def socialisation_events_between(
    connection: Connection, since: date, until: date, *, village_code: str | None = None
) -> int:
    query = (
        select(func.count())
        .select_from(_EVENT)
        .where(
            alive(_EVENT),
            _EVENT.c.event_date >= since,
            _EVENT.c.event_date <= until,
            _events_of(village_code),
        )
    )
    return _count(connection, query)


def non_procedural_signs_in_month(
    connection: Connection, month: str, *, village_code: str | None = None
) -> int:
    """Contacts of the month that showed signs of a non-procedural departure."""
    query = (
        select(func.count())
        .select_from(_CONTACT)
        .where(
            alive(_CONTACT),
            _CONTACT.c.non_procedural_signs.is_(True),
            _contacted_in(month),
            _contacts_of(village_code),
        )
    )
    return _count(connection, query)


def follow_ups_due(connection: Connection, today: date, *, village_code: str | None = None) -> int:
    """Contacts whose follow-up date has come, with no later contact of the same person since.

    Marked done by recording that later contact, or by clearing the follow-up date.
    """
    query = select(func.count()).select_from(_CONTACT).where(follow_up_due(today), _contacts_of(village_code))
    return _count(connection, query)


def _count(connection: Connection, query: Select[Any]) -> int:
    return int(connection.execute(query).scalar_one())
