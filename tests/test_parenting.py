"""Pillar 3, community parenting, through its services: who is a child, profiles, sessions, counts, demo."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.services.bulk import HouseholdEntry, MemberEntry, add_households_bulk
from desmigratif_desktop.services.children import child_of_migrant_on
from desmigratif_desktop.services.demo_parenting import add_parenting_demo
from desmigratif_desktop.services.demo_pillars import DemoContext, add_pillars_demo, register_snapshot
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.parenting import (
    ChildProfileInput,
    caregiver_choices,
    child_row,
    child_rows,
    children_reached_since,
    count_children,
    count_children_with_profile,
    count_parenting_sessions,
    delete_child_profile,
    get_child_profile,
    save_child_profile,
    sessions_since,
)
from desmigratif_desktop.services.parenting_attendance import (
    CaregiverEntry,
    caregivers_for_children,
    children_for_session,
    session_attendance,
    set_attendance,
)
from desmigratif_desktop.services.parenting_sessions import (
    SessionInput,
    create_session,
    delete_session,
    save_session,
    session_rows,
    update_session,
)
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement, record_return
from tests.conftest import RENGASPENDAWA, make_nik
from tests.dbtools import logical_dump, query, scalar
from tests.factories import add_neighbour, make_family

TODAY = date.today()


def years_ago(years: int, days: int = 0) -> date:
    try:
        anniversary = TODAY.replace(year=TODAY.year - years)
    except ValueError:  # 29 February
        anniversary = TODAY.replace(year=TODAY.year - years, day=28)
    return anniversary - timedelta(days=days)


def member(db: Database, household: str, name: str, birth: date, relationship: str, sex: str = "L") -> str:
    serial = 100 + int(scalar(db, "SELECT count(*) FROM person"))
    data = PersonInput(
        nik=make_nik(birth, sex, serial), full_name=name, sex=sex, birth_date=birth, relationship=relationship
    )
    return add_person(db, household, data).id


@pytest.fixture
def family(village_db: Database) -> dict[str, str]:
    """Siti Aminah (head) works in Taiwan; her husband Darto and her mother Sutini are at home; Rina is 10."""
    ids = make_family(village_db)
    ids["husband"] = member(village_db, ids["household"], "Darto", date(1986, 5, 1), "spouse")
    ids["grandmother"] = member(village_db, ids["household"], "Sutini", date(1960, 2, 2), "parent", "P")
    ids["child"] = member(village_db, ids["household"], "Rina Lestari", years_ago(10), "child", "P")
    return ids


def names(db: Database) -> list[str]:
    return [row.full_name for row in child_rows(db, TODAY)]


# -- who is a child ---------------------------------------------------------------------------------


def test_a_child_is_listed_with_the_parent_abroad_and_the_country(
    village_db: Database, family: dict[str, str]
) -> None:
    [row] = child_rows(village_db, TODAY)
    assert (row.full_name, row.age, row.sex, row.dusun) == ("Rina Lestari", 10, "P", "Krajan")
    assert row.parent_names == "Siti Aminah"
    assert row.countries == ["TW"]
    assert row.profile_id is None and row.caregiver is None
    assert child_rows(village_db, TODAY, "rina") == [row]
    assert child_rows(village_db, TODAY, "lestari rina") == [row]
    assert child_rows(village_db, TODAY, "budi") == []


def test_a_child_whose_mother_comes_home_leaves_the_list(
    village_db: Database, family: dict[str, str]
) -> None:
    record_return(village_db, family["placement"], TODAY - timedelta(days=3))
    assert names(village_db) == []
    with village_db.read() as connection:
        assert count_children(connection, TODAY) == 0


def test_an_eighteen_year_old_is_not_a_child(village_db: Database, family: dict[str, str]) -> None:
    member(village_db, family["household"], "Dedi Eighteen", years_ago(18), "child")
    member(village_db, family["household"], "Eka Almost", years_ago(18, days=-1), "child", "P")
    assert names(village_db) == ["Eka Almost", "Rina Lestari"]


def test_a_grandchild_whose_parent_is_abroad_is_a_child(village_db: Database) -> None:
    """Grandmother Wasini heads the family; her son Tarno works in Malaysia; his son Bayu is 6."""
    household = create_household(
        village_db, HouseholdInput(kk_number="3329150303100003", dusun="Karangsari")
    ).id
    member(village_db, household, "Wasini", date(1962, 4, 4), "head", "P")
    son = member(village_db, household, "Tarno", date(1988, 8, 8), "child")
    add_placement(
        village_db, son, PlacementInput("MY", "plantation", departure_date=TODAY - timedelta(days=200))
    )
    grandson = member(village_db, household, "Bayu", years_ago(6), "grandchild")
    [row] = child_rows(village_db, TODAY)
    assert (row.person_id, row.parent_names, row.countries) == (grandson, "Tarno", ["MY"])
    choices = caregiver_choices(village_db, grandson, TODAY)
    assert [c.full_name for c in choices] == ["Wasini"]  # Tarno is abroad


# -- profiles ---------------------------------------------------------------------------------------


def test_one_profile_per_child_created_then_updated(village_db: Database, family: dict[str, str]) -> None:
    child = family["child"]
    choices = caregiver_choices(village_db, child, TODAY)
    assert [c.full_name for c in choices] == ["Sutini", "Darto"]  # adults at home, the eldest first
    first = save_child_profile(
        village_db,
        child,
        ChildProfileInput(
            caregiver_person_id=family["grandmother"], caregiver_relationship="Nenek", school="SD 2"
        ),
    )
    second = save_child_profile(
        village_db,
        child,
        ChildProfileInput(family["husband"], None, "Ayah", "SD Negeri 2 Rengaspendawa", "Kelas 4", "Rajin"),
    )
    assert first.id == second.id
    rows = query(village_db, "SELECT * FROM child_profile")
    assert len(rows) == 1
    assert rows[0]["caregiver_person_id"] == family["husband"] and rows[0]["school_grade"] == "Kelas 4"
    [row] = child_rows(village_db, TODAY)
    assert (row.caregiver, row.caregiver_relationship, row.school) == (
        "Darto",
        "Ayah",
        "SD Negeri 2 Rengaspendawa",
    )
    profile = get_child_profile(village_db, child)
    assert profile is not None and profile.notes == "Rajin"

    log = scalar(village_db, "SELECT count(*) FROM change_log WHERE entity = 'child_profile'")
    save_child_profile(
        village_db,
        child,
        ChildProfileInput(family["husband"], None, "Ayah", "SD Negeri 2 Rengaspendawa", "Kelas 4", "Rajin"),
    )
    assert scalar(village_db, "SELECT count(*) FROM change_log WHERE entity = 'child_profile'") == log


def test_a_typed_caregiver_and_the_required_caregiver(village_db: Database, family: dict[str, str]) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as refused:
        save_child_profile(village_db, family["child"], ChildProfileInput(school="SD 1"))
    assert refused.value.problems[0].field == "caregiver_person_id"
    assert logical_dump(village_db.paths.database) == before
    save_child_profile(
        village_db,
        family["child"],
        ChildProfileInput(caregiver_name="  Bu  Warni ", caregiver_relationship="Bibi"),
    )
    [row] = child_rows(village_db, TODAY)
    assert (row.caregiver, row.caregiver_relationship) == ("Bu Warni", "Bibi")


def test_a_profile_is_refused_for_someone_who_is_not_a_child_of_a_migrant(
    village_db: Database, family: dict[str, str]
) -> None:
    neighbour = add_neighbour(village_db)
    before = logical_dump(village_db.paths.database)
    for person in (neighbour, family["husband"]):
        with pytest.raises(ValidationError) as refused:
            save_child_profile(village_db, person, ChildProfileInput(caregiver_name="Siapa Saja"))
        assert refused.value.problems[-1].code == "not_a_child"
    assert logical_dump(village_db.paths.database) == before


def test_deleting_a_child_keeps_the_attendance_and_the_name(
    village_db: Database, family: dict[str, str]
) -> None:
    save_child_profile(village_db, family["child"], ChildProfileInput(caregiver_person_id=family["husband"]))
    session = create_session(
        village_db,
        SessionInput(TODAY - timedelta(days=7), "Pola asuh anak PMI", "Kader PKK"),
        [family["child"]],
        [CaregiverEntry(family["husband"])],
    ).id
    delete_person(village_db, family["child"])
    assert scalar(village_db, "SELECT deleted FROM child_profile") == 1
    assert get_child_profile(village_db, family["child"]) is None
    [row] = session_rows(village_db)
    assert (row.children, row.caregivers) == (1, 1)
    assert [(a.name, a.role) for a in session_attendance(village_db, session)] == [
        ("Rina Lestari", "child"),
        ("Darto", "caregiver"),
    ]
    with village_db.read() as connection:
        assert children_reached_since(connection, TODAY - timedelta(days=30)) == 1


def test_deleting_the_caregiver_keeps_the_caregivers_name(
    village_db: Database, family: dict[str, str]
) -> None:
    save_child_profile(
        village_db, family["child"], ChildProfileInput(caregiver_person_id=family["grandmother"])
    )
    delete_person(village_db, family["grandmother"])
    [row] = child_rows(village_db, TODAY)
    assert row.caregiver == "Sutini"
    [stored] = query(village_db, "SELECT caregiver_person_id, caregiver_name, deleted FROM child_profile")
    assert stored == {"caregiver_person_id": None, "caregiver_name": "Sutini", "deleted": 0}


def test_deleting_a_profile_keeps_the_child(village_db: Database, family: dict[str, str]) -> None:
    save_child_profile(village_db, family["child"], ChildProfileInput(caregiver_name="Bu Warni"))
    delete_child_profile(village_db, family["child"])
    [row] = child_rows(village_db, TODAY)
    assert (row.full_name, row.profile_id, row.caregiver) == ("Rina Lestari", None, None)
    assert scalar(village_db, "SELECT deleted FROM child_profile") == 1
    again = save_child_profile(village_db, family["child"], ChildProfileInput(caregiver_name="Bu Warni"))
    assert (
        scalar(village_db, "SELECT count(*) FROM child_profile") == 2
    )  # a new profile; the old stays a tombstone
    assert get_child_profile(village_db, family["child"]).id == again.id  # type: ignore[union-attr]


def test_a_registered_caregiver_abroad_is_a_warning(village_db: Database, family: dict[str, str]) -> None:
    saved = save_child_profile(
        village_db, family["child"], ChildProfileInput(caregiver_person_id=family["wife"])
    )
    assert [p.code for p in saved.warnings] == ["abroad"]
    with pytest.raises(ValidationError):
        save_child_profile(
            village_db, family["child"], ChildProfileInput(caregiver_person_id=family["child"])
        )


# -- sessions -----------------------------------------------------------------------------------------


def test_session_checks_refuse_a_future_date_and_a_missing_topic(village_db: Database) -> None:
    make_family(village_db)
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as refused:
        create_session(village_db, SessionInput(TODAY + timedelta(days=1), "  "))
    assert {p.field for p in refused.value.problems} == {"session_date", "topic"}
    assert logical_dump(village_db.paths.database) == before


def test_attendance_is_replaced_row_by_row(village_db: Database, family: dict[str, str]) -> None:
    brother = member(village_db, family["household"], "Bima", years_ago(7), "child")
    held = TODAY - timedelta(days=10)
    session = create_session(
        village_db,
        SessionInput(held, "Bahaya gawai bagi anak", "Psikolog Puskesmas", "Balai Desa"),
        [family["child"], family["child"]],
        [CaregiverEntry(family["grandmother"]), CaregiverEntry(None, "Nenek Karsih")],
    ).id
    kept = query(village_db, "SELECT id, version FROM parenting_attendance WHERE name = 'Rina Lestari'")
    set_attendance(
        village_db,
        session,
        [family["child"], brother],
        [CaregiverEntry(None, "nenek karsih"), CaregiverEntry(family["husband"])],
    )
    live = query(
        village_db, "SELECT name, role FROM parenting_attendance WHERE NOT deleted ORDER BY role, name"
    )
    assert live == [
        {"name": "Darto", "role": "caregiver"},
        {"name": "Nenek Karsih", "role": "caregiver"},
        {"name": "Bima", "role": "child"},
        {"name": "Rina Lestari", "role": "child"},
    ]
    assert (
        query(village_db, "SELECT id, version FROM parenting_attendance WHERE name = 'Rina Lestari'") == kept
    )
    assert scalar(village_db, "SELECT name FROM parenting_attendance WHERE deleted") == "Sutini"
    [row] = session_rows(village_db)
    assert (row.topic, row.children, row.caregivers) == ("Bahaya gawai bagi anak", 2, 2)


def test_nobody_twice_and_only_children_of_migrants(village_db: Database, family: dict[str, str]) -> None:
    neighbour = add_neighbour(village_db)
    data = SessionInput(TODAY, "Pola asuh anak PMI")
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as twice:
        create_session(village_db, data, [family["child"]], [CaregiverEntry(family["child"])])
    assert twice.value.problems[0].code == "twice"
    with pytest.raises(ValidationError) as not_child:
        create_session(village_db, data, [neighbour])
    assert "Warsito" in not_child.value.problems[0].message
    assert logical_dump(village_db.paths.database) == before


def test_a_child_may_attend_a_session_held_while_the_parent_was_abroad(
    village_db: Database, family: dict[str, str]
) -> None:
    """Siti left 400 days ago and came home a week ago: Rina was a child of a migrant in between only."""
    record_return(village_db, family["placement"], TODAY - timedelta(days=7))
    while_abroad = TODAY - timedelta(days=30)
    assert [c.full_name for c in children_for_session(village_db, while_abroad)] == ["Rina Lestari"]
    assert children_for_session(village_db, TODAY - timedelta(days=500)) == []
    assert children_for_session(village_db, TODAY) == []
    create_session(village_db, SessionInput(while_abroad, "Komunikasi jarak jauh"), [family["child"]])
    with pytest.raises(ValidationError):
        create_session(
            village_db, SessionInput(TODAY - timedelta(days=500), "Terlalu awal"), [family["child"]]
        )


def test_moving_a_session_to_a_day_its_children_were_not_children_of_migrants_is_refused(
    village_db: Database, family: dict[str, str]
) -> None:
    session = create_session(village_db, SessionInput(TODAY, "Pola asuh"), [family["child"]], []).id
    before_departure = TODAY - timedelta(days=730)  # Siti left for Taiwan 400 days ago
    unchanged = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as refused:
        update_session(village_db, session, SessionInput(before_departure, "Pola asuh"))
    assert "Rina Lestari" in refused.value.problems[0].message
    with pytest.raises(ValidationError):
        save_session(village_db, session, SessionInput(before_departure, "Pola asuh"), [family["child"]], [])
    assert logical_dump(village_db.paths.database) == unchanged
    with village_db.read() as connection:
        assert children_reached_since(connection, before_departure) == 1  # still the one session, today


def test_updating_and_deleting_a_session(village_db: Database, family: dict[str, str]) -> None:
    session = create_session(
        village_db, SessionInput(TODAY, "Pola asuh"), [family["child"]], [CaregiverEntry(None, "Bu Warni")]
    ).id
    update_session(
        village_db, session, SessionInput(TODAY - timedelta(days=1), "Pola asuh anak PMI", "Bidan Desa")
    )
    save_session(village_db, session, SessionInput(TODAY - timedelta(days=1), "Pola asuh anak PMI"), [], [])
    [row] = session_rows(village_db)
    assert (row.topic, row.facilitator, row.children, row.caregivers) == ("Pola asuh anak PMI", None, 0, 0)
    delete_session(village_db, session)
    assert session_rows(village_db) == []
    assert scalar(village_db, "SELECT count(*) FROM parenting_attendance WHERE NOT deleted") == 0
    assert scalar(village_db, "SELECT deleted FROM parenting_session") == 1


def test_caregivers_offered_for_the_chosen_children(village_db: Database, family: dict[str, str]) -> None:
    save_child_profile(village_db, family["child"], ChildProfileInput(caregiver_name="Bu Warni"))
    offered = caregivers_for_children(village_db, [family["child"]])
    assert [(o.name, o.children) for o in offered] == [
        ("Bu Warni", ("Rina Lestari",)),
        ("Darto", ("Rina Lestari",)),
        ("Sutini", ("Rina Lestari",)),
    ]
    assert caregivers_for_children(village_db, []) == []


def test_a_district_installation_records_no_sessions(district_db: Database) -> None:
    with pytest.raises(KnownError):
        create_session(district_db, SessionInput(TODAY, "Pola asuh"))


# -- counts -------------------------------------------------------------------------------------------


def test_the_counts(village_db: Database, family: dict[str, str]) -> None:
    member(village_db, family["household"], "Bima", years_ago(7), "child")
    save_child_profile(village_db, family["child"], ChildProfileInput(caregiver_person_id=family["husband"]))
    create_session(village_db, SessionInput(TODAY - timedelta(days=40), "Lama"), [family["child"]])
    create_session(village_db, SessionInput(TODAY - timedelta(days=3), "Baru"), [family["child"]])
    gone = create_session(village_db, SessionInput(TODAY, "Dihapus"), [family["child"]]).id
    delete_session(village_db, gone)
    with village_db.read() as connection:
        assert count_children(connection, TODAY) == 2
        assert count_children_with_profile(connection, TODAY) == 1
        assert count_parenting_sessions(connection) == 2
        assert sessions_since(connection, TODAY - timedelta(days=10)) == 1
        assert children_reached_since(connection, TODAY - timedelta(days=100)) == 1
        assert children_reached_since(connection, TODAY) == 0


# -- demo ---------------------------------------------------------------------------------------------


def _demo_households(db: Database, count: int, seed: int) -> set[str]:
    """Families built here (not by the register demo, which this pillar's tests do not depend on).

    In each, the mother or the father has worked abroad for 300 days; children 0–17, sometimes a
    grandmother at home, sometimes a parent who came home last month (children who were children
    of a migrant at earlier sessions only).
    """
    rng = random.Random(seed)
    serial = iter(range(1000 * seed, 1000 * seed + 999))
    before = {row["id"] for row in query(db, "SELECT id FROM household")}

    def person(name: str, birth: date, sex: str, relationship: str) -> MemberEntry:
        nik = make_nik(birth, sex, next(serial))
        return MemberEntry(PersonInput(nik, name, sex, birth, relationship))

    entries = []
    for n in range(count):
        father = person(f"Bapak {seed}-{n}", years_ago(40, rng.randint(0, 300)), "L", "head")
        mother = person(f"Ibu {seed}-{n}", years_ago(35, rng.randint(0, 300)), "P", "spouse")
        away = rng.choice([father, mother])
        came_home = TODAY - timedelta(days=30) if rng.random() < 0.2 else None
        away.placements.append(
            PlacementInput("MY", "factory", departure_date=TODAY - timedelta(days=300), return_date=came_home)
        )
        members = [father, mother]
        members += [
            person(f"Anak {seed}-{n}-{k}", years_ago(rng.randint(0, 17), rng.randint(0, 300)), "P", "child")
            for k in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.3:
            members.append(person(f"Nenek {seed}-{n}", years_ago(68), "P", "parent"))
        kk = f"33291501012{seed:01d}{n:04d}"
        entries.append(
            HouseholdEntry(HouseholdInput(kk_number=kk, dusun=rng.choice(["Krajan", "Sidamulya"])), members)
        )
    add_households_bulk(db, entries)
    return {row["id"] for row in query(db, "SELECT id FROM household")} - before


def test_the_demo_makes_sense_and_twice_too(village_db: Database) -> None:
    for seed in (1, 2):
        new = _demo_households(village_db, 150, seed)
        counts = add_pillars_demo(village_db, RENGASPENDAWA, new, seed, TODAY, [add_parenting_demo])
        assert counts["child_profiles"] > 0 and counts["parenting_sessions"] >= 20
    assert scalar(village_db, "SELECT count(*) FROM parenting_session") == count_sessions(village_db)
    duplicates = (
        "SELECT count(*) FROM (SELECT person_id FROM child_profile GROUP BY person_id HAVING count(*) > 1)"
    )
    assert scalar(village_db, duplicates) == 0
    with village_db.read() as connection:
        profiles = count_children_with_profile(connection, TODAY)
        assert 0.4 < profiles / count_children(connection, TODAY) < 0.8
    for session in session_rows(village_db):
        assert TODAY - timedelta(days=366) <= session.session_date <= TODAY
        attending = [a for a in session_attendance(village_db, session.id) if a.role == "child"]
        eligible = {c.person_id for c in children_for_session(village_db, session.session_date)}
        assert {a.person_id for a in attending} <= eligible
        assert 1 <= session.children <= 25


def count_sessions(db: Database) -> int:
    return len(session_rows(db))


def test_the_demo_is_the_same_for_the_same_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.services.setup import initialise_village

    made = []
    for n in range(2):
        paths = DataPaths(tmp_path_factory.mktemp(f"demo{n}"))
        initialise_village(paths, RENGASPENDAWA, "Test")
        with Database.open(paths) as db:
            new = _demo_households(db, 60, 7)
            context = DemoContext(RENGASPENDAWA, TODAY, random.Random(5), register_snapshot(db), new)
            with db.write() as recorder:
                add_parenting_demo(recorder, context)
            made.append(
                query(
                    db, "SELECT session_date, topic, facilitator, place FROM parenting_session ORDER BY 1, 2"
                )
                + query(db, "SELECT school, caregiver_relationship FROM child_profile ORDER BY 1, 2")
            )
    assert made[0] == made[1]


def test_child_of_migrant_on_matches_the_child_definition_today(
    village_db: Database, family: dict[str, str]
) -> None:
    from sqlalchemy import select

    from desmigratif_desktop.data.register import Person
    from desmigratif_desktop.data.write import table_of

    with village_db.read() as connection:
        ids = set(
            connection.execute(select(table_of(Person).c.id).where(child_of_migrant_on(TODAY))).scalars()
        )
    assert ids == {family["child"]}
    assert child_row(village_db, family["child"], TODAY) is not None
    assert child_row(village_db, family["husband"], TODAY) is None


def test_a_parent_abroad_by_status_only_counts_on_any_day(village_db: Database) -> None:
    """A worker recorded as abroad without placement dates: the child may attend a session of any date."""
    household = create_household(village_db, HouseholdInput(kk_number="3329150404120004")).id
    birth = date(1984, 1, 9)
    data = PersonInput(make_nik(birth, "L", 77), "Karto", "L", birth, "head", migration_status="abroad")
    add_person(village_db, household, data)
    son = member(village_db, household, "Yoga", years_ago(9), "child")
    assert [c.person_id for c in children_for_session(village_db, TODAY - timedelta(days=300))] == [son]
    assert children_for_session(village_db, years_ago(9, days=1)) == []  # not born yet
