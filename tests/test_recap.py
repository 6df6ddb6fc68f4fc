"""The district's recapitulation: one row per village that equals the village's own monthly report.

The villages' data reaches the district through real bundles (tests/district_helpers.py). Expected values
come from the hand-built month (tests/month_scenario.py, whose figures test_monthly_figures.py states),
from each village's own monthly report computed in the village's own database, or from SQL written here.
"""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.months import month_of, previous_month
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.monthly_figures import MonthlyFigures, monthly_figures
from desmigratif_desktop.services.recap import RecapFigures, recap_figures
from tests.dbtools import query
from tests.district_helpers import KAMAL, RENGASPENDAWA, carry, march_district, open_village, trust_each_other
from tests.month_scenario import LATER, MARCH


@pytest.fixture
def brebes(district_db: Database, tmp_path: Path) -> Database:
    return march_district(district_db, tmp_path)


def test_each_village_has_its_row_and_the_total_adds_them_up(brebes: Database) -> None:
    recap = recap_figures(brebes, MARCH, today=LATER)
    assert recap.complete and recap.as_of == date(2025, 3, 31)
    assert [(row.village.code, row.village.name, row.village.subdistrict_name) for row in recap.rows] == [
        (KAMAL, "Kamal", "Larangan"),  # code order: the villages of one kecamatan stand together
        (RENGASPENDAWA, "Rengaspendawa", "Larangan"),
    ]
    kamal, rengas = (row.figures for row in recap.rows)
    # Rengaspendawa at the end of March 2025, as tests/test_monthly_figures.py states it: 1 household;
    # prospective 1, abroad 2, returned 2; 1 departure and 1 return; 1 new case, 2 in progress;
    # 1 active business; no child of a migrant worker, no cooperative
    assert astuple(rengas) == (1, 1, 2, 2, 1, 1, 1, 2, 1, 0, 0)
    # Kamal's Siti left 400 days before today (after March 2025) and was entered only now: family then
    assert astuple(kamal) == (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    assert astuple(recap.total) == (2, 1, 2, 2, 1, 1, 1, 2, 1, 0, 0)


def test_this_month_counts_what_sql_counts_per_village(brebes: Database) -> None:
    recap = recap_figures(brebes, month_of(date.today()))
    households = {
        row["village_code"]: row["n"]
        for row in query(
            brebes,
            "SELECT village_code, count(*) AS n FROM household WHERE deleted IS NOT 1 GROUP BY village_code",
        )
    }
    abroad = {
        row["village_code"]: row["n"]
        for row in query(
            brebes,
            "SELECT h.village_code, count(*) AS n FROM person p JOIN household h ON h.id = p.household_id "
            "WHERE p.deleted IS NOT 1 AND p.migration_status = 'abroad' GROUP BY h.village_code",
        )
    }
    assert {row.village.code: row.figures.households for row in recap.rows} == households
    assert {row.village.code: row.figures.abroad for row in recap.rows} == abroad
    # Kamal: Siti. Rengaspendawa today: Ani, Citra (left April 2025), Gita (again since June 2025), Hadi
    # (since September 2025); Budi and Dedi came home, Fajar was deleted
    assert abroad == {KAMAL: 1, RENGASPENDAWA: 4}


def _as_in_the_monthly_report(figures: MonthlyFigures) -> RecapFigures:
    stock = {row.status: row.total for row in figures.register.stock}
    return RecapFigures(
        households=figures.register.households,
        prospective=stock["prospective"],
        abroad=stock["abroad"],
        returned=stock["returned"],
        departures=figures.register.departures,
        returns=figures.register.returns,
        new_cases=figures.cases.new,
        open_cases=figures.cases.in_progress,
        active_businesses=figures.businesses.active,
        children=figures.parenting.children,
        cooperative_members=figures.cooperative.members,
    )


def test_every_row_equals_the_villages_own_monthly_report(district_db: Database, tmp_path: Path) -> None:
    """Training data in two villages, sent as bundles: each recap row is what the village itself prints."""
    today = date.today()
    months = (month_of(today), previous_month(today), "2026-01")
    own: dict[str, dict[str, RecapFigures]] = {}
    with open_village(tmp_path, RENGASPENDAWA) as rengas, open_village(tmp_path, KAMAL) as kamal:
        for seed, village in ((5, rengas), (6, kamal)):
            add_demo_data(village, 60, seed=seed)
            trust_each_other(village, district_db)
            carry(village, district_db, tmp_path / "stick")
            code = village.require_installation().region_code
            own[code] = {
                month: _as_in_the_monthly_report(monthly_figures(village, month, today)) for month in months
            }
    for month in months:
        recap = recap_figures(district_db, month, today)
        assert {row.village.code: row.figures for row in recap.rows} == {
            code: figures[month] for code, figures in own.items()
        }, month
        assert astuple(recap.total) == tuple(
            sum(values) for values in zip(*(astuple(f[month]) for f in own.values()), strict=True)
        )
    this_month = recap_figures(district_db, month_of(today), today)
    assert sum(row.figures.households for row in this_month.rows) == 120
    assert any(row.figures.abroad for row in this_month.rows)  # the data is not all zeros


def test_a_district_with_no_village_data_yet_has_no_rows(district_db: Database) -> None:
    recap = recap_figures(district_db, "2026-01", today=date(2026, 3, 1))
    assert recap.rows == []
    assert set(astuple(recap.total)) == {0}


def test_a_village_is_refused_in_indonesian(village_db: Database) -> None:
    with pytest.raises(KnownError) as refused:
        recap_figures(village_db, "2026-01", today=date(2026, 3, 1))
    assert "Rekapitulasi per desa dibuat oleh Dinas" in refused.value.message


@pytest.mark.parametrize(
    ("month", "words"),
    [("2026-13", "tidak dikenali"), ("2026-04", "belum tiba"), ("26-01", "tidak dikenali")],
)
def test_a_bad_month_is_refused(district_db: Database, month: str, words: str) -> None:
    with pytest.raises(KnownError) as refused:
        recap_figures(district_db, month, today=date(2026, 3, 1))
    assert words in refused.value.message
