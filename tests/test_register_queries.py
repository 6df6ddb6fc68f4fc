"""The household and person list queries on a real database, against a village built by hand.

Every expectation below is written out from the data the test itself created (names, NIKs, dates),
or read with plain SQL; none comes from the functions under test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.households import HouseholdInput, create_household, delete_household
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement, delete_placement
from desmigratif_desktop.services.register_queries import (
    HouseholdFilter,
    HouseholdSort,
    PersonFilter,
    PersonSort,
    dusun_choices,
    household_rows,
    person_rows,
    search_household_ids,
    search_person_ids,
)
from tests.conftest import RENGASPENDAWA, make_nik
from tests.dbtools import query

TODAY = date.today()
KK_1 = "3329150101200001"
KK_2 = "3329150202150002"
KK_3 = "3329150303100003"
KK_4 = "3329150404050004"
SECTORS = {
    "TW": "caregiver",
    "MY": "factory",
    "SA": "domestic_worker",
    "KR": "factory",
    "HK": "domestic_worker",
}


@dataclass
class Village:
    person: dict[str, str]  # full name -> id
    household: dict[str, str]  # "H1".. -> id
    deleted_persons: list[str]
    deleted_households: list[str]


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def stay(country: str, departure: date, returned: date | None = None) -> PlacementInput:
    return PlacementInput(
        destination_country=country,
        sector=SECTORS[country],
        departure_date=departure,
        return_date=returned,
        placement_agency="PT Sinar Jaya",
    )


def add(db: Database, household_id: str, name: str, sex: str, birth: date, relationship: str) -> str:
    person = PersonInput(
        nik=make_nik(birth, sex), full_name=name, sex=sex, birth_date=birth, relationship=relationship
    )
    return add_person(db, household_id, person).id


@pytest.fixture
def village(village_db: Database) -> Village:
    """Three living households (eight living persons), a deleted household, a deleted person."""
    db = village_db
    h1 = create_household(
        db,
        HouseholdInput(KK_1, address="Jl. Melati 1", dusun="Krajan", rt="3", rw="1", phone="081234567890"),
    ).id
    h2 = create_household(db, HouseholdInput(KK_2, dusun="Karangsari")).id
    h3 = create_household(db, HouseholdInput(KK_3)).id
    h4 = create_household(db, HouseholdInput(KK_4, dusun="Pesantren")).id
    person = {
        "Slamet Riyadi": add(db, h1, "Slamet Riyadi", "L", date(1985, 7, 4), "head"),
        "Siti Aminah": add(db, h1, "Siti Aminah", "P", date(1990, 3, 12), "spouse"),
        "Bagus": add(db, h1, "Bagus", "L", date(2012, 11, 30), "child"),
        "Ahmad Fauzi": add(db, h2, "Ahmad Fauzi", "L", date(1979, 1, 15), "head"),
        "siti rohmah": add(db, h2, "siti rohmah", "P", date(1995, 8, 20), "spouse"),
        "Nur_Aini": add(db, h2, "Nur_Aini", "P", date(2001, 5, 5), "child"),
        "Dewi Lestari": add(db, h3, "Dewi Lestari", "P", date(1988, 9, 9), "head"),
        "Rina": add(db, h3, "Rina", "P", date(2010, 10, 10), "child"),
    }
    sutini = add(db, h2, "Sutini", "P", date(1950, 2, 2), "parent")
    gone = add(db, h4, "Siti Terhapus", "P", date(1992, 4, 4), "head")
    # Siti Aminah: Malaysia once, Taiwan now. Ahmad: Saudi Arabia, then a Korea stay entered by
    # mistake and deleted. siti rohmah leaves for Hong Kong next month; Dewi came back from there.
    add_placement(db, person["Siti Aminah"], stay("MY", ago(2000), ago(1300)))
    add_placement(db, person["Siti Aminah"], stay("TW", ago(400)))
    add_placement(db, person["Ahmad Fauzi"], stay("SA", ago(3000), ago(2300)))
    mistake = add_placement(db, person["Ahmad Fauzi"], stay("KR", ago(1000), ago(200))).id
    delete_placement(db, mistake)
    add_placement(db, person["siti rohmah"], stay("HK", TODAY + timedelta(days=30)))
    add_placement(db, person["Dewi Lestari"], stay("HK", ago(1500), ago(700)))
    add_placement(db, gone, stay("TW", ago(100)))
    delete_person(db, sutini)
    delete_household(db, h4)
    return Village(person, {"H1": h1, "H2": h2, "H3": h3}, [sutini, gone], [h4])


def names(village: Village, ids: list[str]) -> list[str]:
    by_id = {person_id: name for name, person_id in village.person.items()}
    return [by_id.get(person_id, f"<not living: {person_id}>") for person_id in ids]


def persons(db: Database, village: Village, **criteria: Any) -> list[str]:
    return names(village, search_person_ids(db, PersonFilter(**criteria)))


def households(db: Database, village: Village, **criteria: Any) -> list[str]:
    by_id = {household_id: key for key, household_id in village.household.items()}
    ids = search_household_ids(db, HouseholdFilter(**criteria))
    return [by_id.get(household_id, f"<not living: {household_id}>") for household_id in ids]


# -- persons: text search ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("siti", ["Siti Aminah", "siti rohmah"]),  # not Siti Terhapus: her household was deleted
        ("SITI", ["Siti Aminah", "siti rohmah"]),
        ("amin", ["Siti Aminah"]),
        ("  aminah   siti ", ["Siti Aminah"]),  # words in any order, spaces ignored
        ("riyad", ["Slamet Riyadi"]),
        ("sutini", []),  # deleted person
        ("_", ["Nur_Aini"]),  # LIKE wildcards are matched literally
        ("%", []),
        ("xyz", []),
        (
            "",
            [
                "Ahmad Fauzi",
                "Bagus",
                "Dewi Lestari",
                "Nur_Aini",
                "Rina",
                "Siti Aminah",
                "siti rohmah",
                "Slamet Riyadi",
            ],
        ),
    ],
)
def test_person_text_search_by_name(
    village_db: Database, village: Village, text: str, expected: list[str]
) -> None:
    assert persons(village_db, village, text=text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5203900", ["Siti Aminah"]),  # NIK 3329155203900001: born 12-03-1990, a woman (day + 40)
        ("3329 1552", ["Siti Aminah"]),  # spaces typed inside a number are ignored
        ("3329155203900001", ["Siti Aminah"]),
        ("0202150002", ["Ahmad Fauzi", "Nur_Aini", "siti rohmah"]),  # KK_2; Sutini was deleted
        ("3329-1501-0120-0001", ["Bagus", "Siti Aminah", "Slamet Riyadi"]),  # KK_1 with dashes
        ("0404050004", []),  # KK_4: a deleted household
        ("4404920001", []),  # NIK of a person in the deleted household
        ("99999", []),
    ],
)
def test_person_text_search_by_nik_and_kk(
    village_db: Database, village: Village, text: str, expected: list[str]
) -> None:
    assert persons(village_db, village, text=text) == expected


# -- persons: filters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"migration_status": "abroad"}, ["Siti Aminah"]),
        ({"migration_status": "returned"}, ["Ahmad Fauzi", "Dewi Lestari"]),
        ({"migration_status": "prospective"}, ["siti rohmah"]),
        ({"migration_status": "none"}, ["Bagus", "Nur_Aini", "Rina", "Slamet Riyadi"]),
        ({"dusun": "Krajan"}, ["Bagus", "Siti Aminah", "Slamet Riyadi"]),
        ({"dusun": "Pesantren"}, []),  # only the deleted household lived there
        ({"destination_country": "TW"}, ["Siti Aminah"]),  # the deleted household's worker is gone
        ({"destination_country": "MY"}, []),  # Siti Aminah's earlier stay: her latest is Taiwan
        ({"destination_country": "SA"}, ["Ahmad Fauzi"]),  # his later Korea stay was deleted
        ({"destination_country": "KR"}, []),
        ({"destination_country": "HK"}, ["Dewi Lestari", "siti rohmah"]),
        ({"village_code": RENGASPENDAWA, "text": "bagus"}, ["Bagus"]),
        ({"village_code": "33.29.15.2001"}, []),
        ({"migration_status": "returned", "destination_country": "HK"}, ["Dewi Lestari"]),
        ({"text": "siti", "dusun": "Karangsari"}, ["siti rohmah"]),
        ({"text": "siti", "migration_status": "abroad", "destination_country": "TW"}, ["Siti Aminah"]),
    ],
)
def test_person_filters(
    village_db: Database, village: Village, criteria: dict[str, Any], expected: list[str]
) -> None:
    assert persons(village_db, village, **criteria) == expected


# -- persons: sorting ----------------------------------------------------------------------------

# Ascending order as built above: the sort's key, then the name (ignoring case), empty keys last.
PERSON_ORDER = {
    PersonSort.NAME: (
        [
            "Ahmad Fauzi",
            "Bagus",
            "Dewi Lestari",
            "Nur_Aini",
            "Rina",
            "Siti Aminah",
            "siti rohmah",
            "Slamet Riyadi",
        ],
        [],
    ),
    PersonSort.NIK: (  # 332915 + DDMMYY (+40 for women) + 0001
        [
            "Slamet Riyadi",
            "Ahmad Fauzi",
            "Bagus",
            "Nur_Aini",
            "Dewi Lestari",
            "Rina",
            "Siti Aminah",
            "siti rohmah",
        ],
        [],
    ),
    PersonSort.KK: (
        [
            "Bagus",
            "Siti Aminah",
            "Slamet Riyadi",
            "Ahmad Fauzi",
            "Nur_Aini",
            "siti rohmah",
            "Dewi Lestari",
            "Rina",
        ],
        [],
    ),
    PersonSort.DUSUN: (  # Karangsari, Krajan, then the household without a dusun
        ["Ahmad Fauzi", "Nur_Aini", "siti rohmah", "Bagus", "Siti Aminah", "Slamet Riyadi"],
        ["Dewi Lestari", "Rina"],
    ),
    PersonSort.STATUS: (  # none, prospective, abroad, returned
        [
            "Bagus",
            "Nur_Aini",
            "Rina",
            "Slamet Riyadi",
            "siti rohmah",
            "Siti Aminah",
            "Ahmad Fauzi",
            "Dewi Lestari",
        ],
        [],
    ),
    PersonSort.COUNTRY: (  # Arab Saudi, Hong Kong, Taiwan (Indonesian names), then no placement
        ["Ahmad Fauzi", "Dewi Lestari", "siti rohmah", "Siti Aminah"],
        ["Bagus", "Nur_Aini", "Rina", "Slamet Riyadi"],
    ),
    PersonSort.AGE: (  # youngest first
        [
            "Bagus",
            "Rina",
            "Nur_Aini",
            "siti rohmah",
            "Siti Aminah",
            "Dewi Lestari",
            "Slamet Riyadi",
            "Ahmad Fauzi",
        ],
        [],
    ),
}


@pytest.mark.parametrize("sort", list(PersonSort))
def test_person_sort_both_directions(village_db: Database, village: Village, sort: PersonSort) -> None:
    """Descending reverses the order, except that empty keys stay last."""
    filled, empty = PERSON_ORDER[sort]
    ascending = names(village, search_person_ids(village_db, PersonFilter(), sort))
    descending = names(village, search_person_ids(village_db, PersonFilter(), sort, descending=True))
    assert ascending == filled + empty
    assert descending == filled[::-1] + empty[::-1]


def test_sort_applies_to_filtered_results(village_db: Database, village: Village) -> None:
    ids = search_person_ids(village_db, PersonFilter(text="siti"), PersonSort.AGE, descending=True)
    assert names(village, ids) == ["Siti Aminah", "siti rohmah"]


@pytest.mark.parametrize("sort", list(PersonSort))
def test_deleted_persons_never_listed(village_db: Database, village: Village, sort: PersonSort) -> None:
    living = {row["id"] for row in query(village_db, "SELECT id FROM person WHERE deleted = 0")}
    for descending in (False, True):
        ids = search_person_ids(village_db, PersonFilter(), sort, descending)
        assert len(ids) == len(set(ids)) == 8
        assert set(ids) == living
        assert not set(ids) & set(village.deleted_persons)


# -- persons: rows -------------------------------------------------------------------------------


def test_person_rows_of_a_page(village_db: Database, village: Village) -> None:
    siti, slamet = village.person["Siti Aminah"], village.person["Slamet Riyadi"]
    rows = person_rows(village_db, [siti, slamet], today=date(2025, 3, 12))
    assert set(rows) == {siti, slamet}
    row = rows[siti]
    assert (row.id, row.household_id) == (siti, village.household["H1"])
    assert (row.full_name, row.nik, row.sex, row.birth_date) == (
        "Siti Aminah",
        "3329155203900001",
        "P",
        date(1990, 3, 12),
    )
    assert row.age == 35  # her 35th birthday
    assert (row.relationship, row.kk_number, row.dusun, row.rt, row.rw) == (
        "spouse",
        KK_1,
        "Krajan",
        "003",
        "001",
    )
    assert (row.migration_status, row.destination_country, row.destination_label) == (
        "abroad",
        "TW",
        "Taiwan",
    )
    assert row.phone is None
    assert row.village_code == RENGASPENDAWA
    assert (rows[slamet].destination_country, rows[slamet].destination_label) == (None, None)
    assert rows[slamet].age == 39  # born 4 July 1985


@pytest.mark.parametrize(
    ("today", "age"),
    [(date(2025, 3, 11), 34), (date(2025, 3, 12), 35), (date(2025, 12, 31), 35), (date(2026, 1, 1), 35)],
)
def test_person_age_counts_whole_years(village_db: Database, village: Village, today: date, age: int) -> None:
    siti = village.person["Siti Aminah"]
    assert person_rows(village_db, [siti], today=today)[siti].age == age


def test_person_rows_age_defaults_to_today(village_db: Database, village: Village) -> None:
    bagus = village.person["Bagus"]
    born = date(2012, 11, 30)
    expected = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    assert person_rows(village_db, [bagus])[bagus].age == expected


def test_person_rows_skip_deleted_and_unknown_ids(village_db: Database, village: Village) -> None:
    rina = village.person["Rina"]
    rows = person_rows(village_db, [rina, *village.deleted_persons, "0" * 32])
    assert list(rows) == [rina]
    assert person_rows(village_db, []) == {}


def test_latest_placement_country_in_rows(village_db: Database, village: Village) -> None:
    ids = [village.person[name] for name in ("Ahmad Fauzi", "siti rohmah", "Dewi Lestari")]
    rows = person_rows(village_db, ids)
    assert [(rows[i].destination_country, rows[i].destination_label) for i in ids] == [
        ("SA", "Arab Saudi"),
        ("HK", "Hong Kong"),
        ("HK", "Hong Kong"),
    ]


def count_selects(db: Database) -> list[str]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    return statements


def test_rows_take_one_query_per_page(village_db: Database, village: Village) -> None:
    statements = count_selects(village_db)
    person_rows(village_db, list(village.person.values()))
    assert len(statements) == 1
    household_rows(village_db, list(village.household.values()))
    assert len(statements) == 2


# -- households ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, ["H1", "H2", "H3"]),  # H4 was deleted
        ({"text": "siti"}, ["H1", "H2"]),
        ({"text": "RINA"}, ["H3"]),
        ({"text": "lestari dewi"}, ["H3"]),
        ({"text": "sutini"}, []),  # a deleted member does not make her household match
        ({"text": "terhapus"}, []),
        ({"text": "_"}, ["H2"]),
        ({"text": "0202150002"}, ["H2"]),  # KK fragment
        ({"text": "3329-1503"}, ["H3"]),
        ({"text": "5203900"}, ["H1"]),  # a member's NIK fragment
        ({"text": "0404050004"}, []),
        ({"dusun": "Krajan"}, ["H1"]),
        ({"dusun": "Pesantren"}, []),
        ({"migration_status": "returned"}, ["H2", "H3"]),
        ({"migration_status": "abroad"}, ["H1"]),
        ({"destination_country": "HK"}, ["H2", "H3"]),
        ({"destination_country": "TW"}, ["H1"]),
        ({"destination_country": "MY"}, []),
        ({"destination_country": "HK", "migration_status": "prospective"}, ["H2"]),
        ({"village_code": RENGASPENDAWA, "text": "siti"}, ["H1", "H2"]),
        ({"village_code": "33.29.15.2001"}, []),
    ],
)
def test_household_search(
    village_db: Database, village: Village, criteria: dict[str, Any], expected: list[str]
) -> None:
    assert households(village_db, village, **criteria) == expected


HOUSEHOLD_ORDER = {
    HouseholdSort.KK: (["H1", "H2", "H3"], []),
    HouseholdSort.HEAD: (["H2", "H3", "H1"], []),  # Ahmad Fauzi, Dewi Lestari, Slamet Riyadi
    HouseholdSort.DUSUN: (["H2", "H1"], ["H3"]),  # Karangsari, Krajan, none
    HouseholdSort.MEMBERS: (["H3", "H1", "H2"], []),  # 2, 3, 3 (Sutini deleted); ties by KK
    HouseholdSort.ABROAD: (["H2", "H3", "H1"], []),  # 0, 0, 1
}


@pytest.mark.parametrize("sort", list(HouseholdSort))
def test_household_sort_both_directions(village_db: Database, village: Village, sort: HouseholdSort) -> None:
    by_id = {household_id: key for key, household_id in village.household.items()}
    filled, empty = HOUSEHOLD_ORDER[sort]
    ascending = [by_id[i] for i in search_household_ids(village_db, HouseholdFilter(), sort)]
    descending = [
        by_id[i] for i in search_household_ids(village_db, HouseholdFilter(), sort, descending=True)
    ]
    assert ascending == filled + empty
    assert descending == filled[::-1] + empty[::-1]


def test_household_rows(village_db: Database, village: Village) -> None:
    h1, h3 = village.household["H1"], village.household["H3"]
    headless = create_household(village_db, HouseholdInput("3329150505050005", dusun="Krajan")).id
    add(village_db, headless, "Yuni", "P", date(2005, 6, 6), "child")
    rows = household_rows(village_db, [h1, h3, headless, *village.deleted_households])
    assert set(rows) == {h1, h3, headless}
    row = rows[h1]
    assert (row.id, row.kk_number, row.head_name, row.address) == (h1, KK_1, "Slamet Riyadi", "Jl. Melati 1")
    assert (row.dusun, row.rt, row.rw, row.phone) == ("Krajan", "003", "001", "0812-3456-7890")
    assert (row.members, row.abroad, row.village_code) == (3, 1, RENGASPENDAWA)
    assert (rows[h3].head_name, rows[h3].dusun, rows[h3].members, rows[h3].abroad) == (
        "Dewi Lestari",
        None,
        2,
        0,
    )
    assert (rows[headless].head_name, rows[headless].members) == (None, 1)
    assert household_rows(village_db, []) == {}


def test_household_without_head_sorts_last_by_head(village_db: Database, village: Village) -> None:
    headless = create_household(village_db, HouseholdInput("3329150505050005")).id
    add(village_db, headless, "Yuni", "P", date(2005, 6, 6), "child")
    ascending = search_household_ids(village_db, HouseholdFilter(), HouseholdSort.HEAD)
    descending = search_household_ids(village_db, HouseholdFilter(), HouseholdSort.HEAD, descending=True)
    assert ascending[-1] == descending[-1] == headless


def test_deleted_households_never_listed(village_db: Database, village: Village) -> None:
    living = {row["id"] for row in query(village_db, "SELECT id FROM household WHERE deleted = 0")}
    for sort in HouseholdSort:
        for descending in (False, True):
            ids = search_household_ids(village_db, HouseholdFilter(), sort, descending)
            assert len(ids) == len(set(ids))
            assert set(ids) == living
            assert not set(ids) & set(village.deleted_households)


def test_dusun_choices(village_db: Database, village: Village) -> None:
    create_household(village_db, HouseholdInput("3329150505050005", dusun="krajan"))
    create_household(village_db, HouseholdInput("3329150606060006", dusun="Krajan"))
    # Distinct, sorted ignoring case, without empty values or the deleted household's "Pesantren".
    assert dusun_choices(village_db) == ["Karangsari", "Krajan", "krajan"]
    assert dusun_choices(village_db, village_code="33.29.15.2001") == []
