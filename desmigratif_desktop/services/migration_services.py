"""Pilar 1 in figures (the Beranda, `stats --json`, the monthly report): counts, no formatting.

Recording and listing live in `service_contacts.py` and `socialisation.py`. Counts follow the
tombstones: a deleted contact or event never counts. Each function takes a Connection, so the
dashboard can run them all in one read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, func, select

from desmigratif_desktop.data.migration_services import ServiceContact, SocialisationEvent
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import month_bounds
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.service_contacts import follow_up_due

_CONTACT = table_of(ServiceContact)
_EVENT = table_of(SocialisationEvent)


def count_service_contacts(connection: Connection) -> int:
    return _count(connection, select(func.count()).select_from(_CONTACT).where(alive(_CONTACT)))


def count_socialisation_events(connection: Connection) -> int:
    return _count(connection, select(func.count()).select_from(_EVENT).where(alive(_EVENT)))


def contacts_in_month(connection: Connection, month: str) -> int:
    """Contacts dated in the calendar month "YYYY-MM"."""
    first, following = month_bounds(month)
    query = (
        select(func.count())
        .select_from(_CONTACT)
        .where(alive(_CONTACT), _CONTACT.c.contact_date >= first, _CONTACT.c.contact_date < following)
    )
    return _count(connection, query)


def contacts_by_service_type(connection: Connection, month: str) -> dict[str, int]:
    """Contacts of the month per service type (for the monthly report); types with none are absent."""
    first, following = month_bounds(month)
    query = (
        select(_CONTACT.c.service_type, func.count())
        .where(alive(_CONTACT), _CONTACT.c.contact_date >= first, _CONTACT.c.contact_date < following)
        .group_by(_CONTACT.c.service_type)
    )
    return {service_type: int(n) for service_type, n in connection.execute(query)}


def socialisation_attendees(
    connection: Connection, since: date, until: date | None = None
) -> tuple[int, int]:
    """(men, women) who attended socialisation events dated from `since` (up to `until` when given)."""
    query = select(
        func.coalesce(func.sum(_EVENT.c.attendees_male), 0),
        func.coalesce(func.sum(_EVENT.c.attendees_female), 0),
    ).where(alive(_EVENT), _EVENT.c.event_date >= since)
    if until is not None:
        query = query.where(_EVENT.c.event_date <= until)
    male, female = connection.execute(query).one()
    return int(male), int(female)


def socialisation_events_between(connection: Connection, since: date, until: date) -> int:
    query = (
        select(func.count())
        .select_from(_EVENT)
        .where(alive(_EVENT), _EVENT.c.event_date >= since, _EVENT.c.event_date <= until)
    )
    return _count(connection, query)


def non_procedural_signs_in_month(connection: Connection, month: str) -> int:
    """Contacts of the month that showed signs of a non-procedural departure."""
    first, following = month_bounds(month)
    query = (
        select(func.count())
        .select_from(_CONTACT)
        .where(
            alive(_CONTACT),
            _CONTACT.c.non_procedural_signs.is_(True),
            _CONTACT.c.contact_date >= first,
            _CONTACT.c.contact_date < following,
        )
    )
    return _count(connection, query)


def follow_ups_due(connection: Connection, today: date) -> int:
    """Contacts whose follow-up date has come, with no later contact of the same person since.

    Marked done by recording that later contact, or by clearing the follow-up date.
    """
    return _count(connection, select(func.count()).select_from(_CONTACT).where(follow_up_due(today)))


def _count(connection: Connection, query: Select[Any]) -> int:
    return int(connection.execute(query).scalar_one())
