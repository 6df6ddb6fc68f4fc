"""Training data: realistic, valid, unique, deterministic, and change-logged like any other write."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

from desmigratif_desktop.data import models  # noqa: F401  (every table on the metadata)
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.bulk import BulkResult
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.setup import initialise_village
from desmigratif_desktop.services.validation import Checks, check_nik
from tests.conftest import BREBES, LARANGAN_NIK_PREFIX, RENGASPENDAWA
from tests.dbtools import query, scalar

TODAY = date.today()
# Every synced table the demo fills: the register, cases and the four pillars (village_profile is init's).
SYNCED = tuple(
    name
    for name, table in SQLModel.metadata.tables.items()
    if "deleted" in table.c and name != "village_profile"
)


def persons(db: Database) -> list[dict[str, Any]]:
    return query(db, "SELECT * FROM person WHERE deleted = 0")


def placements(db: Database) -> list[dict[str, Any]]:
    return query(db, "SELECT * FROM placement WHERE deleted = 0")


def open_village(path: Path) -> Database:
    paths = DataPaths(path)
    initialise_village(paths, RENGASPENDAWA, "Siti Aminah")
    return Database.open(paths)


def expected_nik_date_digits(birth: date, sex: str) -> str:
    """DDMMYY of the published NIK rule: women have 40 added to the day."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"


def years_between(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


@dataclass
class Demo:
    db: Database
    result: BulkResult


@pytest.fixture(scope="module", params=[(60, 11), (300, 7)], ids=["60-households", "300-households"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    households, seed = request.param
    with open_village(tmp_path_factory.mktemp("demo") / "data") as db:
        yield Demo(db, add_demo_data(db, households, seed=seed))


# -- what was written --------------------------------------------------------------------------


def test_counts_returned_match_the_database(demo: Demo) -> None:
    db, result = demo.db, demo.result
    assert result.households in (60, 300)
    assert scalar(db, "SELECT count(*) FROM household") == result.households
    assert scalar(db, "SELECT count(*) FROM person") == result.persons
    assert scalar(db, "SELECT count(*) FROM placement") == result.placements
    # contacts showing signs of a non-procedural departure open cases of their own
    service_cases = result.pillars["service_cases"]
    assert scalar(db, "SELECT count(*) FROM case_record") == result.cases + service_cases
    assert result.persons >= 2 * result.households  # families, not single people
    assert result.warnings == []


def test_every_household_is_in_the_village_with_one_head(demo: Demo) -> None:
    db = demo.db
    assert query(db, "SELECT DISTINCT village_code FROM household") == [{"village_code": RENGASPENDAWA}]
    heads = query(
        db,
        "SELECT h.id, count(p.id) AS heads FROM household h "
        "LEFT JOIN person p ON p.household_id = h.id AND p.relationship = 'head' GROUP BY h.id",
    )
    assert {h["heads"] for h in heads} == {1}
    kks = [r["kk_number"] for r in query(db, "SELECT kk_number FROM household")]
    assert len(set(kks)) == len(kks)
    assert all(len(kk) == 16 and kk.isdigit() and kk.startswith(LARANGAN_NIK_PREFIX) for kk in kks)


def test_every_nik_passes_with_no_error_and_no_warning(demo: Demo) -> None:
    failures = []
    for person in persons(demo.db):
        checks = Checks()
        check_nik(checks, person["nik"], date.fromisoformat(person["birth_date"]), person["sex"])
        if checks.problems:
            failures.append((person["nik"], person["birth_date"], person["sex"], checks.problems))
    assert failures == []


def test_every_nik_follows_the_published_rule(demo: Demo) -> None:
    for person in persons(demo.db):
        nik, birth = person["nik"], date.fromisoformat(person["birth_date"])
        assert len(nik) == 16 and nik.isdigit(), nik
        assert nik[:4] == BREBES.replace(".", ""), nik  # issued in the same regency
        assert nik[6:12] == expected_nik_date_digits(birth, person["sex"]), (nik, birth, person["sex"])
        assert nik[12:] != "0000", nik
        if person["relationship"] == "head":
            assert nik.startswith(LARANGAN_NIK_PREFIX), nik  # the head lives in the village's sub-district


def test_niks_are_unique(demo: Demo) -> None:
    niks = [p["nik"] for p in persons(demo.db)]
    assert len(niks) == len(set(niks))


def test_people_and_dates_are_plausible(demo: Demo) -> None:
    people = {p["id"]: p for p in persons(demo.db)}
    for person in people.values():
        assert date(1900, 1, 1) <= date.fromisoformat(person["birth_date"]) <= TODAY
        assert person["sex"] in ("L", "P")
    for stay in placements(demo.db):
        departure = date.fromisoformat(stay["departure_date"])
        birth = date.fromisoformat(people[stay["person_id"]]["birth_date"])
        assert years_between(birth, departure) >= 18, "a migrant worker must be an adult when leaving"
        if stay["return_date"] is not None:
            assert departure <= date.fromisoformat(stay["return_date"]) <= TODAY
        if stay["contract_end_date"] is not None:
            assert date.fromisoformat(stay["contract_end_date"]) >= departure


def test_nobody_is_in_two_placements_at_once(demo: Demo) -> None:
    by_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for stay in placements(demo.db):
        by_person[stay["person_id"]].append(stay)
    for stays in by_person.values():
        stays.sort(key=lambda s: s["departure_date"])
        assert sum(s["return_date"] is None for s in stays) <= 1
        for earlier, later in pairwise(stays):
            assert earlier["return_date"] is not None
            assert earlier["return_date"] <= later["departure_date"]


def test_migration_status_agrees_with_placements(demo: Demo) -> None:
    """Abroad: an open placement that has started; prospective: none started; returned: all closed."""
    by_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for stay in placements(demo.db):
        by_person[stay["person_id"]].append(stay)
    today = TODAY.isoformat()
    for person in persons(demo.db):
        stays = by_person.get(person["id"], [])
        started_open = [s for s in stays if s["return_date"] is None and s["departure_date"] <= today]
        planned = [s for s in stays if s["return_date"] is None and s["departure_date"] > today]
        status = person["migration_status"]
        if status == "abroad":
            assert len(started_open) == 1
        elif status == "prospective":
            # A planned departure, or the officer's own choice while nothing is recorded yet.
            assert started_open == []
            assert planned or not stays
        elif status == "returned":
            assert stays and all(s["return_date"] is not None for s in stays)
        else:
            assert status == "none"
            assert stays == []


def test_the_mix_looks_like_a_migrant_village(demo: Demo) -> None:
    db = demo.db
    statuses = Counter(p["migration_status"] for p in persons(db))
    assert {"prospective", "abroad", "returned"} <= set(statuses)
    assert statuses["none"] > statuses["abroad"]  # most members are family at home
    countries = Counter(s["destination_country"] for s in placements(db))
    assert {"MY", "TW", "HK"} <= set(countries)
    assert len(countries) >= 5
    per_person = Counter(s["person_id"] for s in placements(db))
    assert any(n > 1 for n in per_person.values()), "some workers should have gone abroad more than once"
    women_abroad = scalar(db, "SELECT count(*) FROM person WHERE migration_status = 'abroad' AND sex = 'P'")
    assert women_abroad > 0


@pytest.mark.parametrize("demo", [(300, 7)], indirect=True, ids=["300-households"])
def test_some_placements_are_non_procedural(demo: Demo) -> None:
    stays = placements(demo.db)
    non_procedural = [s for s in stays if s["procedural"] == 0]
    assert 0 < len(non_procedural) < len(stays) / 4


def test_cases_are_consistent(demo: Demo) -> None:
    db = demo.db
    cases = query(db, "SELECT * FROM case_record")
    actions = query(db, "SELECT * FROM case_action")
    action_count = Counter(a["case_id"] for a in actions)
    cases_by_id = {c["id"]: c for c in cases}
    person_ids = {p["id"] for p in persons(db)}
    for case in cases:
        assert case["person_id"] in person_ids
        assert case["reported_date"] <= TODAY.isoformat()
        if case["status"] in ("resolved", "closed"):
            assert case["resolved_date"] is not None and case["resolved_date"] >= case["reported_date"]
        if case["status"] == "in_progress":
            assert action_count[case["id"]] >= 1
    for action in actions:
        assert action["action_date"] >= cases_by_id[action["case_id"]]["reported_date"]


# -- the change log ----------------------------------------------------------------------------


def test_one_log_entry_per_inserted_row(demo: Demo) -> None:
    db = demo.db
    entries = query(db, "SELECT seq, entity, row_id, op, version, payload FROM change_log ORDER BY seq")
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert {e["op"] for e in entries} == {"insert"}
    by_entity = Counter(e["entity"] for e in entries)
    for table in SYNCED:
        assert by_entity[table] == scalar(db, f"SELECT count(*) FROM {table}"), table
    assert by_entity["village_profile"] == 1
    assert len(entries) == 1 + sum(scalar(db, f"SELECT count(*) FROM {table}") for table in SYNCED)
    assert len({(e["entity"], e["row_id"]) for e in entries}) == len(entries)
    assert all(a["version"] < b["version"] for a, b in pairwise(entries))
    assert scalar(db, "SELECT last_seq FROM installation") == len(entries)


def test_logged_payloads_are_the_stored_rows(demo: Demo) -> None:
    db = demo.db
    for table in ("person", "placement"):
        rows = {r["id"]: r for r in query(db, f"SELECT * FROM {table}")}
        logged = query(db, "SELECT row_id, payload FROM change_log WHERE entity = :t", t=table)
        assert {e["row_id"] for e in logged} == set(rows)
        for entry in logged:
            assert json.loads(entry["payload"]) == rows[entry["row_id"]]


# -- determinism and repeated runs -------------------------------------------------------------


def names_and_niks(db: Database) -> list[tuple[str, str, str]]:
    return sorted((p["nik"], p["full_name"], p["birth_date"]) for p in persons(db))


def test_same_seed_gives_the_same_people_on_two_installations(tmp_path: Path) -> None:
    with open_village(tmp_path / "one") as first, open_village(tmp_path / "two") as second:
        add_demo_data(first, 25, seed=42)
        add_demo_data(second, 25, seed=42)
        people = names_and_niks(first)
        assert len(people) >= 50
        assert people == names_and_niks(second)
        kks = "SELECT kk_number FROM household ORDER BY kk_number"
        assert query(first, kks) == query(second, kks)
        # The ids are new on each installation; the people are not.
        ids = "SELECT id FROM person"
        assert not {r["id"] for r in query(first, ids)} & {r["id"] for r in query(second, ids)}


def test_another_seed_gives_other_people(tmp_path: Path) -> None:
    with open_village(tmp_path / "one") as first, open_village(tmp_path / "two") as second:
        add_demo_data(first, 25, seed=1)
        add_demo_data(second, 25, seed=2)
        assert names_and_niks(first) != names_and_niks(second)


def test_running_demo_twice_adds_new_people_without_duplicate_niks(village_db: Database) -> None:
    first = add_demo_data(village_db, 30, seed=5)
    second = add_demo_data(village_db, 30, seed=5)  # the same seed: the same birth dates again
    niks = [p["nik"] for p in persons(village_db)]
    assert len(niks) == first.persons + second.persons
    assert len(set(niks)) == len(niks)
    kks = [r["kk_number"] for r in query(village_db, "SELECT kk_number FROM household")]
    assert len(kks) == 60
    assert len(set(kks)) == 60
    for person in persons(village_db):
        checks = Checks()
        check_nik(checks, person["nik"], date.fromisoformat(person["birth_date"]), person["sex"])
        assert checks.problems == []
    entries = scalar(village_db, "SELECT count(*) FROM change_log")
    assert entries == 1 + sum(scalar(village_db, f"SELECT count(*) FROM {table}") for table in SYNCED)


def test_demo_with_no_households_writes_nothing(village_db: Database) -> None:
    before = scalar(village_db, "SELECT count(*) FROM change_log")
    result = add_demo_data(village_db, 0)
    assert (result.households, result.persons, result.placements, result.cases) == (0, 0, 0, 0)
    assert scalar(village_db, "SELECT count(*) FROM change_log") == before
    assert scalar(village_db, "SELECT count(*) FROM household") == 0
