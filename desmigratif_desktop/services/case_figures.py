"""Cases counted on a day and in a month, for the Beranda and the monthly report.

A case is finished on a day when its status is resolved or closed and its resolved date has come (the
case form requires that date for both); until then it is in progress, whatever step it is at.
At a district office each count can be asked for one village (`village_code`; None: every case).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Connection, and_, case, func, select

from desmigratif_desktop.data.cases import Case
from desmigratif_desktop.data.enums import CaseStatus
from desmigratif_desktop.data.reference_tables import ReferenceItem
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import month_bounds
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.village_scope import in_village

_CASE = table_of(Case)
_REFERENCE = table_of(ReferenceItem)
FINISHED = (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value)


@dataclass(frozen=True)
class CaseTypeCounts:
    code: str
    label: str  # Indonesian, from the reference list
    new: int
    in_progress: int
    resolved: int


def finished_by(on: date) -> ColumnElement[bool]:
    return and_(_CASE.c.status.in_(FINISHED), _CASE.c.resolved_date <= on)


def open_on(on: date) -> ColumnElement[bool]:
    """Reported by `on` and not finished by then."""
    return and_(alive(_CASE), _CASE.c.reported_date <= on, ~finished_by(on))


def _in_month(column: ColumnElement[date], month: str, until: date) -> ColumnElement[bool]:
    first, following = month_bounds(month)
    return and_(column >= first, column < following, column <= until)


def reported_in(month: str, until: date) -> ColumnElement[bool]:
    return and_(alive(_CASE), _in_month(_CASE.c.reported_date, month, until))


def resolved_in(month: str, until: date) -> ColumnElement[bool]:
    return and_(alive(_CASE), _CASE.c.status.in_(FINISHED), _in_month(_CASE.c.resolved_date, month, until))


def _count(connection: Connection, where: ColumnElement[bool], village_code: str | None) -> int:
    query = select(func.count()).select_from(_CASE).where(where, in_village(_CASE, village_code))
    return int(connection.execute(query).scalar_one())


def open_cases_on(connection: Connection, on: date, *, village_code: str | None = None) -> int:
    return _count(connection, open_on(on), village_code)


def cases_reported_in(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> int:
    return _count(connection, reported_in(month, until), village_code)


def cases_resolved_in(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> int:
    return _count(connection, resolved_in(month, until), village_code)


def cases_by_type(
    connection: Connection, month: str, until: date, *, village_code: str | None = None
) -> list[CaseTypeCounts]:
    """Per case type: new in the month, open at `until`, resolved in the month; types with none left out."""
    code = _CASE.c.case_type
    label = func.coalesce(_REFERENCE.c.label_id, code)

    def counted(where: ColumnElement[bool]) -> ColumnElement[int]:
        return func.sum(case((where, 1), else_=0))

    query = (
        select(
            code,
            label,
            counted(reported_in(month, until)),
            counted(open_on(until)),
            counted(resolved_in(month, until)),
        )
        .select_from(_CASE)
        .outerjoin(_REFERENCE, and_(_REFERENCE.c.category == lookups.CASE_TYPE, _REFERENCE.c.code == code))
        .where(
            alive(_CASE),
            _CASE.c.reported_date < month_bounds(month)[1],
            _CASE.c.reported_date <= until,
            in_village(_CASE, village_code),
        )
        .group_by(code, label)
        .order_by(func.min(_REFERENCE.c.sort_order), code)
    )
    rows = [CaseTypeCounts(c, text, int(n), int(o), int(r)) for c, text, n, o, r in connection.execute(query)]
    return [row for row in rows if row.new or row.in_progress or row.resolved]
