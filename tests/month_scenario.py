"""A month with known figures: March 2025 in a household built through the real services."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.business_money import record_turnover
from desmigratif_desktop.services.businesses import BusinessInput, create_business
from desmigratif_desktop.services.cases import CaseInput, open_case
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement
from desmigratif_desktop.services.service_contacts import ContactInput, record_contact
from tests.conftest import make_nik
from tests.dbtools import execute

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


def _recorded_on(db: Database, placement_id: str, day: date) -> None:
    """As if the officer had entered the placement that day (rows are stamped with the real clock)."""
    stamp = datetime(day.year, day.month, day.day, 3, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    execute(db, "UPDATE placement SET created_at = :at WHERE id = :id", at=stamp, id=placement_id)


def build_march(db: Database) -> Database:
    """A household whose members were, at the end of March 2025: abroad ×2, returned ×2, prospective,
    family ×2."""
    home = create_household(db, HouseholdInput(kk_number="3329150101200001", dusun="Krajan")).id
    ani = _person(db, home, "Ani", "P", date(1990, 1, 1), "head")
    budi = _person(db, home, "Budi", "L", date(1985, 2, 2), "spouse")
    citra = _person(db, home, "Citra", "P", date(2000, 3, 3), "child")
    dedi = _person(db, home, "Dedi", "L", date(2001, 4, 4), "child")
    _person(db, home, "Eka", "P", date(1960, 5, 5), "parent")
    _person(db, home, "Bayi", "L", date(2025, 5, 1), "grandchild")  # born after March: not counted
    gone = _person(db, home, "Fajar", "L", date(1999, 6, 6), "other")
    gita = _person(db, home, "Gita", "P", date(1995, 7, 7), "child_in_law")
    hadi = _person(db, home, "Hadi", "L", date(2003, 8, 8), "grandchild")
    _stay(db, ani, "TW", "caregiver", date(2024, 7, 10))  # abroad all along
    _stay(db, budi, "MY", "plantation", date(2024, 3, 1), date(2025, 3, 20))  # came home in March
    plan = _stay(db, citra, "HK", "domestic_worker", date(2025, 4, 20))  # left after March, planned in it:
    _recorded_on(db, plan, date(2025, 3, 10))  # prospective at its end
    _stay(db, gita, "SG", "domestic_worker", date(2021, 2, 5), date(2023, 2, 5))  # home since 2023,
    _stay(db, gita, "SG", "domestic_worker", date(2025, 6, 10))  # away again after March: returned then
    _stay(db, hadi, "JP", "factory", date(2025, 9, 1))  # first left in September, entered later: family
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
