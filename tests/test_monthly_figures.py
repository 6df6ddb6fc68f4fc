"""The monthly report's figures: a past month as it stood at its end, and this month equal to the Beranda."""

from __future__ import annotations

from datetime import date

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.months import month_of
from desmigratif_desktop.services.dashboard import LabelledCount, dashboard_figures
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.monthly_figures import monthly_figures
from tests.dbtools import scalar
from tests.month_scenario import LATER, MARCH, build_march


@pytest.fixture
def march(village_db: Database) -> Database:
    return build_march(village_db)


def test_register_at_the_end_of_a_past_month(march: Database) -> None:
    figures = monthly_figures(march, MARCH, today=LATER)
    assert figures.complete and figures.as_of == date(2025, 3, 31)
    stock = {row.status: (row.male, row.female) for row in figures.register.stock}
    assert stock == {
        "prospective": (0, 1),  # Citra, whose departure in April was recorded in March
        "abroad": (1, 1),  # Dedi (home only in June) and Ani
        "returned": (1, 1),  # Budi; Gita, home since 2023 (her second stay began in June)
        "none": (1, 1),  # Eka; Hadi, whose first departure (September) nobody knew of yet;
        # the baby was not born yet, Fajar was deleted
    }
    assert figures.register.persons == 7
    assert figures.register.households == 1
    assert (figures.register.departures, figures.register.returns) == (1, 1)
    assert figures.register.by_country == [
        LabelledCount("KR", "Korea Selatan", 1),
        LabelledCount("TW", "Taiwan", 1),
    ]
    assert figures.register.monthly[-1].month == MARCH and len(figures.register.monthly) == 12


def test_cases_businesses_and_services_of_the_month(march: Database) -> None:
    figures = monthly_figures(march, MARCH, today=LATER)
    assert (figures.cases.new, figures.cases.in_progress, figures.cases.resolved) == (1, 2, 1)
    assert [(row.code, row.new, row.in_progress, row.resolved) for row in figures.cases.by_type] == [
        ("unpaid_wages", 1, 2, 1)
    ]
    assert figures.businesses.turnover == 1_500_000  # April's turnover is not March's
    assert (figures.businesses.active, figures.businesses.new_businesses) == (1, 1)
    assert figures.businesses.workers_employed == 2
    assert figures.services.contacts == 2
    by_type = {row.code: row.count for row in figures.services.contacts_by_type}
    assert by_type["safe_migration"] == 1 and by_type["job_information"] == 1 and by_type["complaint"] == 0
    assert len(by_type) == 6  # every service type is listed, zeros included


def test_a_month_before_anything_happened_is_all_zeros(march: Database) -> None:
    figures = monthly_figures(march, "2020-01", today=LATER)
    assert figures.register.departures == figures.register.returns == 0
    assert figures.register.by_country == []
    assert (figures.cases.new, figures.cases.in_progress, figures.cases.resolved) == (0, 0, 0)
    assert figures.businesses.turnover == figures.businesses.active == 0
    assert figures.cooperative.name is None and not figures.cooperative.month_recorded


def test_an_empty_register_gives_a_report_of_zeros(village_db: Database) -> None:
    figures = monthly_figures(village_db, month_of(date.today()))
    assert figures.register.persons == 0 and figures.register.households == 0
    assert figures.letterhead.village_name == "Rengaspendawa"
    assert figures.letterhead.officer_name == "Siti Aminah"


def test_this_months_report_agrees_with_the_beranda(village_db: Database) -> None:
    add_demo_data(village_db, 200, seed=3)
    today = date.today()
    report = monthly_figures(village_db, month_of(today), today)
    beranda = dashboard_figures(village_db, today)
    statuses = {row.status: row.total for row in report.register.stock}
    assert not report.complete and report.as_of == today
    assert report.register.persons == beranda.persons
    assert report.register.households == beranda.households
    assert (statuses["prospective"], statuses["abroad"], statuses["returned"]) == (
        beranda.prospective,
        beranda.abroad,
        beranda.returned,
    )
    assert report.register.by_country == beranda.by_country
    assert report.register.monthly == beranda.monthly
    assert report.cases.in_progress == beranda.open_cases
    assert report.businesses.active == beranda.pillars.businesses_active
    assert report.cooperative.members == beranda.pillars.cooperative_members
    assert report.parenting.children == beranda.pillars.children


def test_the_stock_matches_the_database_counted_independently(village_db: Database) -> None:
    add_demo_data(village_db, 200, seed=5)
    report = monthly_figures(village_db, month_of(date.today()))
    statuses = {row.status: row.total for row in report.register.stock}
    for status in ("prospective", "abroad", "returned", "none"):
        expected = scalar(
            village_db,
            "SELECT count(*) FROM person WHERE deleted IS NOT 1 AND migration_status = :s",
            s=status,
        )
        assert statuses[status] == expected
    assert sum(row.count for row in report.register.by_country) == statuses["abroad"]


@pytest.mark.parametrize(
    ("month", "message"),
    [
        ("2025-13", "tidak dikenali"),
        ("Maret 2025", "tidak dikenali"),
        ("2025-3", "tidak dikenali"),
        (month_of(date(date.today().year + 1, 1, 1)), "belum tiba"),
        ("0000-05", "terlalu lama"),
        ("0001-01", "terlalu lama"),
        ("1999-12", "terlalu lama"),
    ],
)
def test_a_malformed_or_future_month_is_refused(village_db: Database, month: str, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        monthly_figures(village_db, month)
