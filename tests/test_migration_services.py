"""Pilar 1, the migration service centre: contacts, cases opened from them, socialisation events."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.write import ChangeRecorder
from desmigratif_desktop.errors import NotFoundError, ValidationError
from desmigratif_desktop.services import migration_services as figures
from desmigratif_desktop.services.cases import delete_case
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import delete_household
from desmigratif_desktop.services.persons import delete_person
from desmigratif_desktop.services.service_contacts import (
    CaseRefusedError,
    ContactFilter,
    ContactInput,
    contact_rows,
    delete_contact,
    open_case_from_contact,
    record_contact,
    search_contact_ids,
    update_contact,
)
from desmigratif_desktop.services.socialisation import (
    AttendeeInput,
    EventInput,
    delete_event,
    event_attendees,
    event_ids,
    event_rows,
    record_event,
    update_event,
)
from tests.dbtools import count_rows, logical_dump, query, scalar
from tests.factories import add_neighbour, make_family

TODAY = date.today()
LAST_WEEK = TODAY - timedelta(days=7)


def contact(**changes: object) -> ContactInput:
    values: dict[str, object] = {"contact_date": LAST_WEEK, "service_type": "job_information"}
    values.update(changes)
    return ContactInput(**values)  # type: ignore[arg-type]


def problems_of(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.code for p in error.value.problems if p.is_error}


def listed(db: Database, **filter_values: object) -> list[str]:
    ids = search_contact_ids(db, ContactFilter(**filter_values))  # type: ignore[arg-type]
    rows = contact_rows(db, ids)
    return [rows[i].name for i in ids]


def counted(db: Database, function: object, *args: object) -> object:
    with db.read() as connection:
        return function(connection, *args)  # type: ignore[operator]


# -- contacts ------------------------------------------------------------------------------------


def test_a_contact_with_a_registered_person_is_listed_by_name(village_db: Database) -> None:
    family = make_family(village_db)
    saved = record_contact(
        village_db,
        contact(person_id=family["wife"], question="Syarat kerja ke Taiwan?", outcome="Dijelaskan"),
    )
    row = query(village_db, "SELECT * FROM service_contact")[0]
    assert row["id"] == saved.id and row["person_id"] == family["wife"]
    assert row["visitor_name"] is None and row["village_code"] == "33.29.15.2007"
    assert count_rows(village_db.paths.database, "change_log", "entity = 'service_contact'") == 1
    assert listed(village_db) == ["Siti Aminah"]
    assert counted(village_db, figures.count_service_contacts) == 1


def test_a_visitor_is_named_as_given(village_db: Database) -> None:
    record_contact(village_db, contact(visitor_name="  Rohmat   Hidayat ", visitor_sex="L"))
    assert listed(village_db) == ["Rohmat Hidayat"]
    assert scalar(village_db, "SELECT visitor_sex FROM service_contact") == "L"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, {"person_id": "who_required"}),
        ({"visitor_name": "Rohmat"}, {"visitor_sex": "required"}),
        ({"visitor_name": "Rohmat", "visitor_sex": "X"}, {"visitor_sex": "unknown_choice"}),
        (
            {"visitor_name": "Rohmat", "visitor_sex": "L", "contact_date": TODAY + timedelta(days=1)},
            {"contact_date": "future"},
        ),
        ({"visitor_name": "Rohmat", "visitor_sex": "L", "service_type": None}, {"service_type": "required"}),
        (
            {"visitor_name": "Rohmat", "visitor_sex": "L", "service_type": "loan"},
            {"service_type": "unknown_choice"},
        ),
        (
            {"visitor_name": "Rohmat", "visitor_sex": "L", "follow_up_date": LAST_WEEK - timedelta(days=1)},
            {"follow_up_date": "date_order"},
        ),
    ],
)
def test_a_contact_that_breaks_a_rule_is_refused_and_nothing_is_written(
    village_db: Database, changes: dict[str, object], expected: dict[str, str]
) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as refused:
        record_contact(village_db, contact(**changes))
    assert problems_of(refused) == expected
    assert all(p.message for p in refused.value.problems)
    assert logical_dump(village_db.paths.database) == before


def test_a_person_and_a_visitor_at_once_is_refused(village_db: Database) -> None:
    family = make_family(village_db)
    with pytest.raises(ValidationError) as refused:
        record_contact(village_db, contact(person_id=family["wife"], visitor_name="Rohmat", visitor_sex="L"))
    assert problems_of(refused) == {"visitor_name": "person_and_visitor"}
    assert count_rows(village_db.paths.database, "service_contact") == 0


def test_a_follow_up_on_the_contact_day_is_fine(village_db: Database) -> None:
    record_contact(village_db, contact(visitor_name="Rohmat", visitor_sex="L", follow_up_date=LAST_WEEK))
    assert scalar(village_db, "SELECT follow_up_date FROM service_contact") == LAST_WEEK.isoformat()


def test_update_and_delete_a_contact(village_db: Database) -> None:
    family = make_family(village_db)
    contact_id = record_contact(village_db, contact(visitor_name="Rohmat", visitor_sex="L")).id
    update_contact(village_db, contact_id, contact(person_id=family["wife"], service_type="complaint"))
    row = query(village_db, "SELECT * FROM service_contact")[0]
    assert (row["person_id"], row["visitor_name"], row["visitor_sex"]) == (family["wife"], None, None)
    assert row["service_type"] == "complaint"
    delete_contact(village_db, contact_id)
    assert scalar(village_db, "SELECT deleted FROM service_contact") == 1  # a tombstone, not a delete
    assert listed(village_db) == []
    assert counted(village_db, figures.count_service_contacts) == 0
    with pytest.raises(NotFoundError):
        update_contact(village_db, contact_id, contact(visitor_name="Rohmat", visitor_sex="L"))


def test_a_contact_keeps_its_person_s_name_after_the_person_is_deleted(village_db: Database) -> None:
    neighbour = add_neighbour(village_db)
    contact_id = record_contact(village_db, contact(person_id=neighbour, outcome="Dirujuk")).id
    delete_person(village_db, neighbour)
    assert listed(village_db) == ["Warsito"]
    update_contact(village_db, contact_id, contact(person_id=neighbour, outcome="Dirujuk ke Disnaker"))
    assert scalar(village_db, "SELECT outcome FROM service_contact") == "Dirujuk ke Disnaker"
    with pytest.raises(NotFoundError):  # a new contact needs a living person
        record_contact(village_db, contact(person_id=neighbour))


def test_the_list_searches_filters_and_shows_the_newest_first(village_db: Database) -> None:
    family = make_family(village_db)
    record_contact(village_db, contact(person_id=family["wife"], contact_date=TODAY - timedelta(days=30)))
    record_contact(
        village_db,
        contact(
            visitor_name="Rohmat", visitor_sex="L", service_type="complaint", question="Gaji 100% ditahan"
        ),
    )
    record_contact(
        village_db,
        contact(visitor_name="Sarinah", visitor_sex="P", contact_date=TODAY, outcome="Dirujuk ke BP3MI"),
    )
    assert listed(village_db) == ["Sarinah", "Rohmat", "Siti Aminah"]
    assert listed(village_db, service_type="complaint") == ["Rohmat"]
    assert listed(village_db, text="aminah") == ["Siti Aminah"]
    assert listed(village_db, text="gaji ditahan") == ["Rohmat"]  # every word, in any column
    assert listed(village_db, text="bp3mi") == ["Sarinah"]
    assert listed(village_db, text="100%") == ["Rohmat"]  # % is a character, not a wildcard
    assert listed(village_db, text="1%0") == []


def test_contacts_of_a_month(village_db: Database) -> None:
    for day in (date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 28), date(2026, 3, 1)):
        record_contact(village_db, contact(visitor_name="Rohmat", visitor_sex="L", contact_date=day))
    record_contact(
        village_db, contact(visitor_name="Rohmat", visitor_sex="L", contact_date=date(2025, 12, 5))
    )
    gone = record_contact(
        village_db, contact(visitor_name="X", visitor_sex="L", contact_date=date(2026, 2, 2))
    )
    delete_contact(village_db, gone.id)
    assert counted(village_db, figures.contacts_in_month, "2026-02") == 2
    assert counted(village_db, figures.contacts_in_month, "2025-12") == 1
    assert counted(village_db, figures.contacts_by_service_type, "2026-02") == {"job_information": 2}


def test_follow_ups_due_and_how_they_are_done(village_db: Database) -> None:
    family = make_family(village_db)
    wife = family["wife"]
    due_date = TODAY - timedelta(days=2)
    asked = record_contact(village_db, contact(person_id=wife, follow_up_date=due_date)).id
    record_contact(village_db, contact(person_id=wife, follow_up_date=TODAY + timedelta(days=3)))  # not yet
    visitor = record_contact(
        village_db, contact(visitor_name="Rohmat", visitor_sex="L", follow_up_date=TODAY)
    ).id
    assert counted(village_db, figures.follow_ups_due, TODAY) == 2
    assert sorted(listed(village_db, due_only=True)) == ["Rohmat", "Siti Aminah"]

    # Siti Aminah comes back: that later contact is the follow-up.
    record_contact(village_db, contact(person_id=wife, contact_date=TODAY))
    assert listed(village_db, due_only=True) == ["Rohmat"]
    # A visitor's follow-up is done by clearing its date.
    update_contact(village_db, visitor, contact(visitor_name="Rohmat", visitor_sex="L"))
    assert counted(village_db, figures.follow_ups_due, TODAY) == 0
    # Her visit today also settles the follow-up she had planned for later.
    assert counted(village_db, figures.follow_ups_due, TODAY + timedelta(days=3)) == 0
    assert contact_rows(village_db, [asked])[asked].follow_up_due is False


def test_a_follow_up_for_a_person_deleted_from_the_register_is_no_longer_due(village_db: Database) -> None:
    family = make_family(village_db)
    record_contact(village_db, contact(person_id=family["wife"], follow_up_date=TODAY - timedelta(days=1)))
    assert counted(village_db, figures.follow_ups_due, TODAY) == 1
    delete_household(village_db, family["household"])  # nobody left to come back: never "done" otherwise
    assert counted(village_db, figures.follow_ups_due, TODAY) == 0
    assert scalar(village_db, "SELECT count(*) FROM service_contact WHERE deleted = 0") == 1  # history stays


# -- a case from a contact -----------------------------------------------------------------------


def test_a_contact_opens_a_non_procedural_case_in_one_write(village_db: Database) -> None:
    family = make_family(village_db)
    contact_id = record_contact(
        village_db,
        contact(
            person_id=family["wife"], service_type="safe_migration", question="Diajak sponsor lewat Batam"
        ),
    ).id
    case_id = open_case_from_contact(village_db, contact_id).id
    case = query(village_db, "SELECT * FROM case_record")[0]
    assert case["id"] == case_id and case["case_type"] == "non_procedural"
    assert case["person_id"] == family["wife"] and case["reported_date"] == LAST_WEEK.isoformat()
    assert "Diajak sponsor lewat Batam" in case["description"] and case["status"] == "open"
    linked = query(village_db, "SELECT case_id, non_procedural_signs FROM service_contact")[0]
    assert linked == {"case_id": case_id, "non_procedural_signs": 1}
    assert contact_rows(village_db, [contact_id])[contact_id].case_id == case_id


def test_a_contact_with_a_live_case_opens_no_second_one(village_db: Database) -> None:
    family = make_family(village_db)
    contact_id = record_contact(village_db, contact(person_id=family["wife"])).id
    first = open_case_from_contact(village_db, contact_id).id
    before = logical_dump(village_db.paths.database)
    with pytest.raises(CaseRefusedError, match="sudah membuka kasus"):
        open_case_from_contact(village_db, contact_id)
    assert logical_dump(village_db.paths.database) == before
    delete_case(village_db, first)  # once that case is deleted, a new one may be opened
    second = open_case_from_contact(village_db, contact_id).id
    assert scalar(village_db, "SELECT case_id FROM service_contact") == second != first


def test_a_visitor_s_contact_opens_a_case_reported_by_the_visitor(village_db: Database) -> None:
    contact_id = record_contact(village_db, contact(visitor_name="Rohmat", visitor_sex="L")).id
    open_case_from_contact(village_db, contact_id)
    case = query(village_db, "SELECT person_id, reporter_name, case_type FROM case_record")[0]
    assert case == {"person_id": None, "reporter_name": "Rohmat", "case_type": "non_procedural"}


def test_a_contact_whose_person_was_deleted_opens_no_case(village_db: Database) -> None:
    neighbour = add_neighbour(village_db)
    contact_id = record_contact(village_db, contact(person_id=neighbour)).id
    delete_person(village_db, neighbour)
    before = logical_dump(village_db.paths.database)
    with pytest.raises(CaseRefusedError, match="sudah dihapus"):
        open_case_from_contact(village_db, contact_id)
    assert logical_dump(village_db.paths.database) == before


def test_the_case_and_the_link_are_written_together_or_not_at_all(
    village_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = make_family(village_db)
    contact_id = record_contact(village_db, contact(person_id=family["wife"])).id
    before = logical_dump(village_db.paths.database)

    def power_cut(*_args: object) -> None:
        raise OSError("power cut between the two writes")

    monkeypatch.setattr(ChangeRecorder, "update", power_cut)  # the case row is inserted, then this fails
    with pytest.raises(OSError):
        open_case_from_contact(village_db, contact_id)
    assert logical_dump(village_db.paths.database) == before
    assert count_rows(village_db.paths.database, "case_record") == 0


def test_a_contact_that_opened_a_case_keeps_its_signs(village_db: Database) -> None:
    family = make_family(village_db)
    contact_id = record_contact(village_db, contact(person_id=family["wife"])).id
    open_case_from_contact(village_db, contact_id)
    with pytest.raises(ValidationError) as refused:
        update_contact(village_db, contact_id, contact(person_id=family["wife"], non_procedural_signs=False))
    assert problems_of(refused) == {"non_procedural_signs": "case_opened"}
    delete_contact(village_db, contact_id)  # the case stays, as the office's record
    assert scalar(village_db, "SELECT deleted FROM case_record") == 0


# -- socialisation events ------------------------------------------------------------------------


def event(**changes: object) -> EventInput:
    values: dict[str, object] = {
        "event_date": LAST_WEEK,
        "topic": "Migrasi aman dan prosedural",
        "attendees_male": 12,
        "attendees_female": 20,
        "place": "Balai Desa",
    }
    values.update(changes)
    return EventInput(**values)  # type: ignore[arg-type]


def test_an_event_with_named_attendees(village_db: Database) -> None:
    family = make_family(village_db)
    attendees = [
        AttendeeInput(person_id=family["wife"], name="typed differently", sex="L"),
        AttendeeInput(name="Bu Kades", sex="P"),
    ]
    event_id = record_event(village_db, event(attendees=attendees)).id
    named = [(a.name, a.sex, a.person_id) for a in event_attendees(village_db, event_id)]
    # A registered attendee's name and sex come from the register, whatever the form sent.
    assert named == [("Bu Kades", "P", None), ("Siti Aminah", "P", family["wife"])]
    row = event_rows(village_db, [event_id])[event_id]
    assert (row.male, row.female, row.total, row.named) == (12, 20, 32, 2)
    assert count_rows(village_db.paths.database, "change_log", "entity = 'socialisation_attendee'") == 2


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"attendees_male": 0, "attendees_female": 0}, {"attendees_total": "no_attendees"}),
        ({"attendees_male": -1}, {"attendees_male": "negative"}),
        ({"attendees_female": None}, {"attendees_female": "required"}),
        ({"topic": "  "}, {"topic": "required"}),
        ({"event_date": None}, {"event_date": "required"}),
        ({"event_date": TODAY + timedelta(days=1)}, {"event_date": "future"}),
        (
            {
                "attendees_male": 1,
                "attendees": [AttendeeInput(name="A", sex="L"), AttendeeInput(name="B", sex="L")],
            },
            {"attendees_male": "below_named"},
        ),
        ({"attendees": [AttendeeInput(name="", sex="L")]}, {"attendees": "required"}),
        ({"attendees": [AttendeeInput(name="Darmi", sex=None)]}, {"attendees": "required"}),
    ],
)
def test_an_event_that_breaks_a_rule_is_refused(
    village_db: Database, changes: dict[str, object], expected: dict[str, str]
) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as refused:
        record_event(village_db, event(**changes))
    assert problems_of(refused) == expected
    assert logical_dump(village_db.paths.database) == before


def test_the_same_person_named_twice_is_refused(village_db: Database) -> None:
    family = make_family(village_db)
    twice = [AttendeeInput(person_id=family["wife"]), AttendeeInput(person_id=family["wife"])]
    with pytest.raises(ValidationError) as refused:
        record_event(village_db, event(attendees=twice))
    assert problems_of(refused) == {"attendees": "named_twice"}
    assert "Siti Aminah" in str(refused.value)
    assert count_rows(village_db.paths.database, "socialisation_event") == 0


def test_the_same_typed_name_twice_is_only_a_warning(village_db: Database) -> None:
    saved = record_event(village_db, event(attendees=[AttendeeInput(name="Darmi", sex="P")] * 2))
    assert [p.code for p in saved.warnings] == ["same_name"]


def test_a_registered_attendee_counts_by_the_register_s_sex(village_db: Database) -> None:
    family = make_family(village_db)  # Siti Aminah is a woman: no woman counted is too few
    with pytest.raises(ValidationError) as refused:
        record_event(
            village_db,
            event(attendees_female=0, attendees=[AttendeeInput(person_id=family["wife"], sex="L")]),
        )
    assert problems_of(refused) == {"attendees_female": "below_named"}


def test_update_keeps_removes_and_adds_named_attendees(village_db: Database) -> None:
    family = make_family(village_db)
    neighbour = add_neighbour(village_db)
    event_id = record_event(
        village_db,
        event(attendees=[AttendeeInput(person_id=family["wife"]), AttendeeInput(name="Darmi", sex="P")]),
    ).id
    stored = {a.name: a.id for a in event_attendees(village_db, event_id)}
    delete_person(village_db, family["wife"])  # her attendance stays, under the name recorded then
    update_event(
        village_db,
        event_id,
        event(
            topic="Bahaya TPPO",
            attendees=[
                AttendeeInput(person_id=family["wife"], id=stored["Siti Aminah"]),
                AttendeeInput(person_id=neighbour),
            ],
        ),
    )
    names = [a.name for a in event_attendees(village_db, event_id)]
    assert names == ["Siti Aminah", "Warsito"]
    assert scalar(village_db, "SELECT deleted FROM socialisation_attendee WHERE name = 'Darmi'") == 1
    assert scalar(village_db, "SELECT topic FROM socialisation_event") == "Bahaya TPPO"
    assert count_rows(village_db.paths.database, "socialisation_attendee", "name = 'Siti Aminah'") == 1


def test_deleting_an_event_tombstones_its_attendees(village_db: Database) -> None:
    event_id = record_event(village_db, event(attendees=[AttendeeInput(name="Darmi", sex="P")])).id
    delete_event(village_db, event_id)
    assert query(village_db, "SELECT deleted FROM socialisation_event") == [{"deleted": 1}]
    assert query(village_db, "SELECT deleted FROM socialisation_attendee") == [{"deleted": 1}]
    assert event_ids(village_db) == []
    assert counted(village_db, figures.count_socialisation_events) == 0


def test_events_newest_first_and_attendees_since_a_date(village_db: Database) -> None:
    old = record_event(village_db, event(event_date=TODAY - timedelta(days=400), attendees_male=30)).id
    new = record_event(village_db, event(event_date=TODAY, attendees_male=5, attendees_female=7)).id
    gone = record_event(village_db, event(event_date=TODAY - timedelta(days=3))).id
    delete_event(village_db, gone)
    assert event_ids(village_db) == [new, old]
    assert counted(village_db, figures.socialisation_attendees, TODAY - timedelta(days=30)) == (5, 7)
    assert counted(village_db, figures.socialisation_attendees, TODAY - timedelta(days=500)) == (35, 27)
    assert counted(village_db, figures.count_socialisation_events) == 2


def test_the_district_office_records_no_contacts(district_db: Database) -> None:
    with pytest.raises(Exception, match="petugas desa"):
        record_contact(district_db, contact(visitor_name="Rohmat", visitor_sex="L"))


# -- training data -------------------------------------------------------------------------------


def test_demo_data_for_the_service_centre(village_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desmigratif_desktop.services import demo
    from desmigratif_desktop.services.demo_migration_services import add_migration_services_demo, first_month
    from desmigratif_desktop.services.demo_pillars import add_pillars_demo

    monkeypatch.setattr(demo, "PILLAR_GENERATORS", [])  # the register only; pilar 1 runs on its own below
    add_demo_data(village_db, 240)
    households = {row["id"] for row in query(village_db, "SELECT id FROM household")}
    counts = add_pillars_demo(
        village_db, "33.29.15.2007", households, 7, TODAY, [add_migration_services_demo]
    )
    database = village_db.paths.database
    assert 38 <= counts["service_contacts"] == count_rows(database, "service_contact") <= 42
    assert counts["socialisation_events"] == count_rows(database, "socialisation_event") == 18
    assert counts["service_cases"] == count_rows(
        database, "case_record", "case_type = 'non_procedural' AND description LIKE '%layanan migrasi%'"
    )
    start = first_month(TODAY).isoformat()
    assert (
        count_rows(database, "service_contact", f"contact_date < '{start}' OR contact_date > '{TODAY}'") == 0
    )
    assert (
        count_rows(database, "socialisation_event", f"event_date < '{start}' OR event_date > '{TODAY}'") == 0
    )
    assert count_rows(database, "service_contact", "(person_id IS NULL) = (visitor_name IS NULL)") == 0
    unlinked = (
        "case_id IS NOT NULL AND (NOT non_procedural_signs OR case_id NOT IN (SELECT id FROM case_record))"
    )
    assert count_rows(database, "service_contact", unlinked) == 0
    too_few = """EXISTS (SELECT 1 FROM socialisation_attendee a WHERE a.event_id = socialisation_event.id
        GROUP BY a.sex HAVING count(*) > CASE a.sex WHEN 'L' THEN attendees_male ELSE attendees_female END)"""
    assert count_rows(database, "socialisation_event", too_few) == 0
    assert (
        count_rows(database, "socialisation_event", "attendees_male + attendees_female NOT BETWEEN 15 AND 60")
        == 0
    )
    logged = count_rows(database, "change_log", "entity IN ('service_contact', 'socialisation_event')")
    assert logged == counts["service_contacts"] + 18

    again = add_pillars_demo(village_db, "33.29.15.2007", households, 8, TODAY, [add_migration_services_demo])
    assert again["socialisation_events"] == 0  # every month already has its event
    assert again["service_contacts"] > 0
    nothing = add_pillars_demo(village_db, "33.29.15.2007", set(), 9, TODAY, [add_migration_services_demo])
    assert set(nothing.values()) == {0}
