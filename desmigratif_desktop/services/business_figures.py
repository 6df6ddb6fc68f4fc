"""Pilar 2 in figures (the Beranda, `stats --json`, the monthly report): counts and sums, no formatting.

Every count is "on a day": a business counts from its start date (always, without one) and is
active until it stopped. The Beranda asks for today, the monthly report for the
month's last day, so the two agree. At a district office each figure can be asked for one village
(`village_code`; None: every business).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, func, or_, select

from desmigratif_desktop.data.businesses import Business, BusinessSupport, BusinessTurnover
from desmigratif_desktop.data.enums import BusinessStatus
from desmigratif_desktop.data.reference_tables import ReferenceItem
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import month_bounds
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.village_scope import in_village

_BUSINESS = table_of(Business)
_TURNOVER = table_of(BusinessTurnover)
_SUPPORT = table_of(BusinessSupport)
_REFERENCE = table_of(ReferenceItem)


def _count(connection: Connection, table: Table, *where: Any) -> int:
    return int(connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def started_by(on: date) -> ColumnElement[bool]:
    return and_(alive(_BUSINESS), or_(_BUSINESS.c.start_date.is_(None), _BUSINESS.c.start_date <= on))


def active_on(on: date) -> ColumnElement[bool]:
    running = or_(_BUSINESS.c.status == BusinessStatus.ACTIVE, _BUSINESS.c.stopped_date > on)
    return and_(started_by(on), running)


def _of(village_code: str | None) -> ColumnElement[bool]:
    return in_village(_BUSINESS, village_code)


def count_businesses(
    connection: Connection, on: date | None = None, *, village_code: str | None = None
) -> int:
    """Businesses started by `on`, active or stopped since."""
    return _count(connection, _BUSINESS, started_by(on or date.today()), _of(village_code))


def count_active_businesses(
    connection: Connection, on: date | None = None, *, village_code: str | None = None
) -> int:
    return _count(connection, _BUSINESS, active_on(on or date.today()), _of(village_code))


def businesses_by_sector(
    connection: Connection, on: date | None = None, *, village_code: str | None = None
) -> list[tuple[str, str, int]]:
    """Active businesses per sector as (code, Indonesian label, count), most first."""
    b = _BUSINESS.c
    label = _REFERENCE.c.label_id
    count = func.count()
    query = (
        select(b.sector, func.coalesce(label, b.sector), count)
        .select_from(_BUSINESS)
        .outerjoin(
            _REFERENCE,
            and_(_REFERENCE.c.category == lookups.BUSINESS_SECTOR, _REFERENCE.c.code == b.sector),
        )
        .where(active_on(on or date.today()), _of(village_code))
        .group_by(b.sector, label)
        .order_by(count.desc(), func.min(_REFERENCE.c.sort_order))
    )
    return [(code, text, int(n)) for code, text, n in connection.execute(query)]


def workers_employed(
    connection: Connection, on: date | None = None, *, village_code: str | None = None
) -> int:
    """People employed by the active businesses, besides their owners."""
    query = select(func.coalesce(func.sum(_BUSINESS.c.workers), 0)).where(
        active_on(on or date.today()), _of(village_code)
    )
    return int(connection.execute(query).scalar_one())


def _dated_in(column: Any, month: str, until: date) -> ColumnElement[bool]:
    first, following = month_bounds(month)
    return and_(column >= first, column < following, column <= until)


def businesses_started_in(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> int:
    started = _dated_in(_BUSINESS.c.start_date, month, until)
    return _count(connection, _BUSINESS, alive(_BUSINESS), started, _of(village_code))


def businesses_stopped_in(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> int:
    return _count(
        connection,
        _BUSINESS,
        alive(_BUSINESS),
        _BUSINESS.c.status == BusinessStatus.STOPPED,
        _dated_in(_BUSINESS.c.stopped_date, month, until),
        _of(village_code),
    )


def support_in_month(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> dict[str, tuple[int, int]]:
    """Support given in the month per type: (times given, rupiah of capital)."""
    s = _SUPPORT.c
    query = (
        select(s.support_type, func.count(), func.coalesce(func.sum(s.amount), 0))
        .join(_BUSINESS, _BUSINESS.c.id == s.business_id)
        .where(alive(_SUPPORT), alive(_BUSINESS), _dated_in(s.support_date, month, until), _of(village_code))
        .group_by(s.support_type)
    )
    return {kind: (int(n), int(amount)) for kind, n, amount in connection.execute(query)}


def turnover_in_month(connection: Connection, month: str, *, village_code: str | None = None) -> int:
    """Total turnover of all businesses in one month ("YYYY-MM"), in rupiah."""
    query = (
        select(func.coalesce(func.sum(_TURNOVER.c.amount), 0))
        .join(_BUSINESS, _BUSINESS.c.id == _TURNOVER.c.business_id)
        .where(_TURNOVER.c.month == month, alive(_TURNOVER), alive(_BUSINESS), _of(village_code))
    )
    return int(connection.execute(query).scalar_one())


def turnover_by_month(
    connection: Connection, first: str, last: str, *, village_code: str | None = None
) -> list[tuple[str, int, int]]:
    """(month, total turnover, businesses reporting) for the recorded months from `first` to `last`."""
    t = _TURNOVER.c
    query = (
        select(t.month, func.sum(t.amount), func.count())
        .join(_BUSINESS, _BUSINESS.c.id == t.business_id)
        .where(t.month >= first, t.month <= last, alive(_TURNOVER), alive(_BUSINESS), _of(village_code))
        .group_by(t.month)
        .order_by(t.month)
    )
    return [(month, int(total), int(n)) for month, total, n in connection.execute(query)]
