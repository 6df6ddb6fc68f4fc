"""The monthly report's figures: a past month as it stood at its end, and this month equal to the Beranda."""

from __future__ import annotations

from datetime import date

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.months import month_of
from desmigratif_desktop.services.business_money import record_turnover
from desmigratif_desktop.services.businesses import BusinessInput, create_business
from desmigratif_desktop.services.cases import CaseInput, open_case
from desmigratif_desktop.services.dashboard import LabelledCount, dashboard_figures
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.monthly_figures import monthly_figures
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement
from desmigratif_desktop.services.service_contacts import ContactInput, record_contact
from tests.conftest import make_nik
from tests.dbtools import scalar

MARCH = "2025-03"
LATER = date(2025, 8, 1)  # the report is printed months after March; events after March must not count


def _person(db: Database, household: str, name: str, sex: str, birth: date, relationship: str) -> str:
    data = PersonInput(
        nik=make_nik(birth, sex), full_name=name, sex=sex, birth_date=birth, relationship=relationship
    )
    return add_person(db, household, data).id


def _stay(db: Database, person: str, country: str, sector: str, left: date, back: date | None = None) -> str:
    data = PlacementInput(destination_country=country, sector=sector, departure_date=left, return_date=back)
    return add_placement(db, person, data).id


@pytest.fixture
def march(village_db: Database) -> Database:
    """A household whose members were, at the end of March 2025: abroad ×2, returned, prospective, family."""
    db = village_db
    home = create_household(db, HouseholdInput(kk_number="3329150101200001", dusun="Krajan")).id
    ani = _person(db, home, "Ani", "P", date(1990, 1, 1), "head")
    budi = _person(db, home, "Budi", "L", date(1985, 2, 2), "spouse")
    citra = _person(db, home, "Citra", "P", date(2000, 3, 3), "child")
    dedi = _person(db, home, "Dedi", "L", date(2001, 4, 4), "child")
    _person(db, home, "Eka", "P", date(1960, 5, 5), "parent")
    _person(db, home, "Bayi", "L", date(2025, 5, 1), "grandchild")  # born after March: not counted
    gone = _person(db, home, "Fajar", "L", date(1999, 6, 6), "other")
    _stay(db, ani, "TW", "caregiver", date(2024, 7, 10))  # abroad all along
    _stay(db, budi, "MY", "plantation", date(2024, 3, 1), date(2025, 3, 20))  # came home in March
    _stay(db, citra, "HK", "domestic_worker", date(2025, 4, 20))  # left after March: prospective then
    _stay(db, dedi, "KR", "factory", date(2025, 3, 5), date(2025, 6, 1))  # left in March, home since June
    _stay(db, gone, "SA", "construction", date(2025, 3, 2))
    delete_person(db, gone)  # a mistake, deleted: counts nowhere

    def case(reported: date, status: str = "open", resolved: date | None = None) -> None:
        data = CaseInput("unpaid_wages", reported, "Gaji belum dibayar", ani, None, None, status, resolved)
        open_case(db, data)

    case(date(2025, 2, 10), "resolved", date(2025, 3, 15))  # resolved in March
    case(date(2025, 3, 12))  # new in March, still open
    case(date(2025, 1, 5), "resolved", date(2025, 4, 2))  # resolved after March: in progress at its end
    case(date(2025, 4, 5))  # after March: nowhere

    shop = create_business(
        db, BusinessInput("Warung Budi", "retail", budi, date(2025, 3, 25), workers=2), today=LATER
    ).id
    record_turnover(db, shop, MARCH, 1_500_000, today=LATER)
    record_turnover(db, shop, "2025-04", 2_000_000, today=LATER)
    record_contact(db, ContactInput(date(2025, 3, 3), "safe_migration", person_id=citra))
    record_contact(
        db, ContactInput(date(2025, 3, 28), "job_information", visitor_name="Rina", visitor_sex="P")
    )
    record_contact(db, ContactInput(date(2025, 4, 2), "complaint", person_id=ani))
    return db


def test_register_at_the_end_of_a_past_month(march: Database) -> None:
    figures = monthly_figures(march, MARCH, today=LATER)
    assert figures.complete and figures.as_of == date(2025, 3, 31)
    stock = {row.status: (row.male, row.female) for row in figures.register.stock}
    assert stock == {
        "prospective": (0, 1),  # Citra
        "abroad": (1, 1),  # Dedi (home only in June) and Ani
        "returned": (1, 0),  # Budi
        "none": (0, 1),  # Eka; the baby was not born yet, Fajar was deleted
    }
    assert figures.register.persons == 5
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
    ],
)
def test_a_malformed_or_future_month_is_refused(village_db: Database, month: str, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        monthly_figures(village_db, month)
