"""Small households built through the real services, shared by the GUI tests."""

from __future__ import annotations

from datetime import date, timedelta

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement
from tests.conftest import make_nik

KK = "3329150101200001"
NEIGHBOUR_KK = "3329150202150002"
WIFE_BIRTH = date(1990, 3, 12)


def make_family(db: Database) -> dict[str, str]:
    """Siti Aminah, head of a household in dusun Krajan, working in Taiwan for the last 400 days."""
    household = create_household(db, HouseholdInput(kk_number=KK, dusun="Krajan")).id
    nik = make_nik(WIFE_BIRTH, "P", 2)
    wife = add_person(
        db,
        household,
        PersonInput(nik=nik, full_name="Siti Aminah", sex="P", birth_date=WIFE_BIRTH, relationship="head"),
    ).id
    placement = add_placement(
        db,
        wife,
        PlacementInput(
            destination_country="TW", sector="caregiver", departure_date=date.today() - timedelta(days=400)
        ),
    ).id
    return {"household": household, "wife": wife, "placement": placement, "nik": nik}


def add_neighbour(db: Database) -> str:
    """Warsito, head of a second household, never abroad; returns his person id."""
    household = create_household(db, HouseholdInput(kk_number=NEIGHBOUR_KK)).id
    birth = date(1970, 1, 1)
    return add_person(
        db,
        household,
        PersonInput(
            nik=make_nik(birth, "L", 9), full_name="Warsito", sex="L", birth_date=birth, relationship="head"
        ),
    ).id
