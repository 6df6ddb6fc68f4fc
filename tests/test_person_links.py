"""Deleting a household settles the pillars' links as deleting one member does (services/person_links)."""

from __future__ import annotations

from datetime import date

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import StillNeededError
from desmigratif_desktop.services.businesses import BusinessInput, create_business, update_business
from desmigratif_desktop.services.households import delete_household
from desmigratif_desktop.services.socialisation import AttendeeInput, EventInput, record_event
from tests.dbtools import logical_dump, query, scalar
from tests.factories import add_neighbour, make_family


def business_of(owner: str) -> BusinessInput:
    return BusinessInput(
        name="Warung Bu Siti", sector="culinary", owner_person_id=owner, start_date=date(2025, 1, 1)
    )


def test_a_household_whose_member_owns_a_business_is_not_deleted(village_db: Database) -> None:
    family = make_family(village_db)
    create_business(village_db, business_of(family["wife"]))
    before = logical_dump(village_db.paths.database)
    with pytest.raises(StillNeededError) as refused:
        delete_household(village_db, family["household"])
    assert "Warung Bu Siti" in refused.value.message and "Siti Aminah" in refused.value.message
    assert "Usaha Produktif" in refused.value.hint  # where to go to hand the business on
    assert logical_dump(village_db.paths.database) == before


def test_handed_on_the_business_and_the_household_goes_while_history_keeps_names(
    village_db: Database,
) -> None:
    family = make_family(village_db)
    neighbour = add_neighbour(village_db)
    business = create_business(village_db, business_of(family["wife"])).id
    record_event(
        village_db,
        EventInput(
            event_date=date.today(),
            topic="Migrasi aman",
            attendees_male=0,
            attendees_female=1,
            attendees=[AttendeeInput(person_id=family["wife"], name=None, sex=None)],
        ),
    )
    update_business(village_db, business, business_of(neighbour))
    delete_household(village_db, family["household"])
    assert scalar(village_db, "SELECT deleted FROM person WHERE id = :id", id=family["wife"]) == 1
    assert query(village_db, "SELECT name, deleted FROM socialisation_attendee") == [
        {"name": "Siti Aminah", "deleted": 0}
    ]
    assert scalar(village_db, "SELECT owner_person_id FROM business") == neighbour
