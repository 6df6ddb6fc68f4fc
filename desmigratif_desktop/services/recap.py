"""Rekapitulasi: the district office's monthly table, one row per village and a total.

**A village's row equals that village's own monthly report.** Every figure comes from the function the
monthly report (`monthly_figures.py`) takes it from, asked for the same day (the month's last day, or
today while the month runs) and narrowed to the village (`village_code`, see `village_scope.py`). The
village's rows reach the district unchanged (same ids, dates, versions and recording times), so once its
bundles have arrived the two agree figure for figure. The total row is the sum of the village rows,
which is also the regency's figure: every row belongs to exactly one village.

The villages are those whose data has arrived (`villages.py`), in code order, so the villages of one
kecamatan stand together.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Connection

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.services import business_figures, case_figures, children, cooperative
from desmigratif_desktop.services.dashboard import monthly_movements
from desmigratif_desktop.services.monthly_figures import (
    Letterhead,
    check_report_month,
    letterhead_of,
    report_period,
)
from desmigratif_desktop.services.register_figures import (
    count_households,
    persons_by_status_and_sex,
    status_total,
)
from desmigratif_desktop.services.villages import Village, require_district, villages_in


@dataclass(frozen=True)
class RecapFigures:
    """One village's key figures for the month (stocks at `as_of`, flows within the month)."""

    households: int
    prospective: int  # calon PMI at as_of
    abroad: int  # PMI working abroad at as_of
    returned: int  # PMI purna at as_of
    departures: int  # in the month
    returns: int  # in the month
    new_cases: int  # reported in the month
    open_cases: int  # reported by as_of and not finished then
    active_businesses: int  # at as_of
    children: int  # children of migrant workers at as_of
    cooperative_members: int  # at as_of


FIGURE_NAMES = tuple(field.name for field in fields(RecapFigures))


@dataclass(frozen=True)
class RecapRow:
    village: Village
    figures: RecapFigures


@dataclass(frozen=True)
class Recap:
    month: str  # YYYY-MM
    as_of: date
    complete: bool  # False while the month still runs
    generated_on: date
    letterhead: Letterhead  # the district office's
    rows: list[RecapRow]
    total: RecapFigures


def recap_figures(db: Database, month: str, today: date | None = None) -> Recap:
    """The recapitulation of `month` ("YYYY-MM"); a village installation is refused."""
    require_district(
        db,
        "Rekapitulasi per desa dibuat oleh Dinas, bukan di instalasi desa.",
        "Desa membuat laporan bulanannya sendiri (menu Laporan, atau `desmigratif report monthly`).",
    )
    today = today or date.today()
    check_report_month(month, today)
    as_of, complete = report_period(month, today)
    letterhead = letterhead_of(db)
    with db.read() as connection:
        rows = [
            RecapRow(village, village_figures(connection, village.code, month, as_of, today))
            for village in villages_in(connection)
        ]
    return Recap(month, as_of, complete, today, letterhead, rows, sum_of([row.figures for row in rows]))


def village_figures(
    connection: Connection, village_code: str | None, month: str, as_of: date, today: date
) -> RecapFigures:
    """The figures as the monthly report computes them (`monthly_figures._register` and the sections)."""
    village = village_code
    statuses = persons_by_status_and_sex(connection, as_of, village_code=village)
    movements = monthly_movements(connection, month, as_of, village_code=village)[-1]
    return RecapFigures(
        households=count_households(connection, village_code=village),
        prospective=status_total(statuses, MigrationStatus.PROSPECTIVE),
        abroad=status_total(statuses, MigrationStatus.ABROAD),
        returned=status_total(statuses, MigrationStatus.RETURNED),
        departures=movements.departures,
        returns=movements.returns,
        new_cases=case_figures.cases_reported_in(connection, month, as_of, village_code=village),
        open_cases=case_figures.open_cases_on(connection, as_of, village_code=village),
        active_businesses=business_figures.count_active_businesses(connection, as_of, village_code=village),
        children=children.count_children(connection, today, on=as_of, village_code=village),
        cooperative_members=cooperative.count_cooperative_members(connection, as_of, village_code=village),
    )


def sum_of(rows: list[RecapFigures]) -> RecapFigures:
    return RecapFigures(*(sum(getattr(row, name) for row in rows) for name in FIGURE_NAMES))
