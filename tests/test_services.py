"""The service layer on a real SQLite file: validated, change-logged writes to the register."""

from __future__ import annotations

import json
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, NotFoundError, ValidationError
from desmigratif_desktop.services.bulk import HouseholdEntry, MemberEntry, add_households_bulk
from desmigratif_desktop.services.cases import (
    CaseActionInput,
    CaseInput,
    add_case_action,
    delete_case,
    open_case,
    update_case,
)
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import (
    HouseholdInput,
    create_household,
    delete_household,
    get_household,
    update_household,
)
from desmigratif_desktop.services.persons import (
    PersonInput,
    add_person,
    delete_person,
    get_person,
    update_person,
)
from desmigratif_desktop.services.placements import (
    PlacementInput,
    add_placement,
    advance_due_departures,
    delete_placement,
    record_return,
    update_placement,
)
from desmigratif_desktop.services.stats import collect_stats
from tests.conftest import RENGASPENDAWA, make_nik
from tests.dbtools import query, scalar

TODAY = date.today()
KK_1 = "3329150101200001"
KK_2 = "3329150202150002"
TABLES = ("household", "person", "placement", "case_record", "case_action", "change_log")
HUSBAND_BIRTH = date(1985, 7, 4)
WIFE_BIRTH = date(1990, 3, 12)
CHILD_BIRTH = date(2012, 11, 30)


# -- helpers -----------------------------------------------------------------------------------


def row_of(db: Database, table: str, row_id: str) -> dict[str, Any]:
    rows = query(db, f"SELECT * FROM {table} WHERE id = :id", id=row_id)
    assert len(rows) == 1
    return rows[0]


def counts(db: Database) -> dict[str, int]:
    return {table: scalar(db, f"SELECT count(*) FROM {table}") for table in TABLES}


def snapshot(db: Database) -> dict[str, Any]:
    """Everything a failed write must leave alone: row counts, the log, and the clock and sequence."""
    installation = query(db, "SELECT clock_ms, clock_counter, last_seq FROM installation")[0]
    return {**counts(db), **installation}


def log(db: Database, since: int = 0) -> list[dict[str, Any]]:
    return query(db, "SELECT * FROM change_log WHERE seq > :since ORDER BY seq", since=since)


def last_seq(db: Database) -> int:
    return int(scalar(db, "SELECT coalesce(max(seq), 0) FROM change_log"))


def assert_payload_is_row(db: Database, entry: dict[str, Any]) -> None:
    """The payload is the full row exactly as SQLite stores it (ISO text dates, booleans as 0/1)."""
    row = row_of(db, entry["entity"], entry["row_id"])
    assert json.loads(entry["payload"]) == row
    assert row["version"] == entry["version"]


def assert_log_consistent(db: Database) -> None:
    """Gapless increasing seq, increasing versions, and each row's latest entry equals the row now."""
    entries = log(db)
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert all(a["version"] < b["version"] for a, b in pairwise(entries))
    device_id = scalar(db, "SELECT device_id FROM installation")
    assert {e["device_id"] for e in entries} == {device_id}
    assert scalar(db, "SELECT last_seq FROM installation") == len(entries)
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        latest[(entry["entity"], entry["row_id"])] = entry
    for entry in latest.values():
        assert_payload_is_row(db, entry)


def household(kk: str = KK_1, **overrides: Any) -> HouseholdInput:
    return HouseholdInput(kk_number=kk, **overrides)


def member(
    birth: date,
    sex: str,
    relationship: str,
    name: str = "Anggota",
    serial: int = 1,
    nik: str | None = None,
    **overrides: Any,
) -> PersonInput:
    return PersonInput(
        nik=nik or make_nik(birth, sex, serial),
        full_name=name,
        sex=sex,
        birth_date=birth,
        relationship=relationship,
        **overrides,
    )


def abroad(departure: date, **overrides: Any) -> PlacementInput:
    values: dict[str, Any] = {
        "destination_country": "TW",
        "sector": "caregiver",
        "departure_date": departure,
        "placement_agency": "PT Sinar Jaya",
        "passport_number": "C1234567",
    }
    values.update(overrides)
    return PlacementInput(**values)


def family(db: Database) -> dict[str, str]:
    """A household with a husband (head), his wife (working in Taiwan) and a child."""
    household_id = create_household(db, household(rt="3", rw="1")).id
    head = add_person(db, household_id, member(HUSBAND_BIRTH, "L", "head", "Slamet Riyadi")).id
    wife = add_person(db, household_id, member(WIFE_BIRTH, "P", "spouse", "Siti Aminah")).id
    child = add_person(db, household_id, member(CHILD_BIRTH, "L", "child", "Bagus")).id
    placement = add_placement(db, wife, abroad(TODAY - timedelta(days=400))).id
    return {"household": household_id, "head": head, "wife": wife, "child": child, "placement": placement}


def problems_of(raised: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in raised.value.problems if p.is_error]


# -- creating ----------------------------------------------------------------------------------


def test_create_household_writes_normalised_row_and_logs_it(village_db: Database) -> None:
    before = last_seq(village_db)
    saved = create_household(
        village_db,
        household(
            "3329-1501-0120-0001",
            address="  Jl. Raya   Rengaspendawa No. 5 ",
            dusun="Krajan",
            rt="3",
            rw="12",
            phone="0812 3456 7890",
        ),
    )
    row = row_of(village_db, "household", saved.id)
    assert row["kk_number"] == KK_1
    assert row["village_code"] == RENGASPENDAWA
    assert (row["rt"], row["rw"]) == ("003", "012")
    assert row["phone"] == "0812-3456-7890"
    assert row["address"] == "Jl. Raya Rengaspendawa No. 5"
    assert row["deleted"] == 0
    assert saved.warnings == []

    entries = log(village_db, since=before)
    assert [(e["seq"], e["entity"], e["row_id"], e["op"]) for e in entries] == [
        (before + 1, "household", saved.id, "insert")
    ]
    assert entries[0]["acknowledged"] == 0
    assert_payload_is_row(village_db, entries[0])
    assert json.loads(entries[0]["payload"])["kk_number"] == KK_1


def test_household_with_members_and_placement(village_db: Database) -> None:
    before = last_seq(village_db)
    ids = family(village_db)

    persons = query(
        village_db,
        "SELECT id, nik, full_name, sex, birth_date, relationship, migration_status, household_id "
        "FROM person ORDER BY birth_date",
    )
    assert [(p["full_name"], p["relationship"], p["migration_status"]) for p in persons] == [
        ("Slamet Riyadi", "head", "none"),
        ("Siti Aminah", "spouse", "abroad"),
        ("Bagus", "child", "none"),
    ]
    assert {p["household_id"] for p in persons} == {ids["household"]}
    assert persons[1]["nik"] == "3329155203900001"
    assert persons[1]["birth_date"] == "1990-03-12"

    placement = row_of(village_db, "placement", ids["placement"])
    assert placement["person_id"] == ids["wife"]
    assert placement["destination_country"] == "TW"
    assert placement["return_date"] is None
    assert placement["departure_date"] == (TODAY - timedelta(days=400)).isoformat()

    entries = log(village_db, since=before)
    assert [(e["entity"], e["op"]) for e in entries] == [
        ("household", "insert"),
        ("person", "insert"),
        ("person", "insert"),
        ("person", "insert"),
        ("placement", "insert"),
        ("person", "update"),  # the wife's migration status follows her placement
    ]
    assert entries[-1]["row_id"] == ids["wife"]
    assert json.loads(entries[-1]["payload"])["migration_status"] == "abroad"
    assert_log_consistent(village_db)


def test_every_logged_payload_is_the_row_at_that_moment(village_db: Database) -> None:
    household_id = create_household(village_db, household(rt="1")).id
    payloads = [json.loads(log(village_db)[-1]["payload"])]
    for rt in ("2", "3"):
        update_household(village_db, household_id, household(rt=rt))
        payloads.append(json.loads(log(village_db)[-1]["payload"]))
    assert [p["rt"] for p in payloads] == ["001", "002", "003"]
    assert len({p["version"] for p in payloads}) == 3
    assert len({p["created_at"] for p in payloads}) == 1


def test_rows_and_log_entries_commit_together(village_db: Database) -> None:
    """When the log entry cannot be written, the row is not written either."""
    with village_db.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER refuse_log BEFORE INSERT ON change_log "
                "BEGIN SELECT RAISE(ABORT, 'log refused'); END"
            )
        )
    before = snapshot(village_db)
    with pytest.raises(DBAPIError):
        create_household(village_db, household())
    assert snapshot(village_db) == before


def test_sequence_and_versions_continue_across_writes_and_reopen(village_db: Database) -> None:
    family(village_db)
    with Database.open(village_db.paths) as reopened:
        create_household(reopened, household(KK_2))
    assert_log_consistent(village_db)
    assert len(log(village_db)) == 1 + 7  # village profile, the family, the second household


# -- updating ----------------------------------------------------------------------------------


def test_update_household_changes_row_and_logs_update(village_db: Database) -> None:
    saved = create_household(village_db, household(rt="3", dusun="Krajan"))
    created = row_of(village_db, "household", saved.id)
    before = last_seq(village_db)

    result = update_household(
        village_db, saved.id, household(rt="7", dusun="Karanganyar", phone="+6281234567890")
    )

    assert result.id == saved.id
    row = row_of(village_db, "household", saved.id)
    assert (row["rt"], row["dusun"], row["phone"]) == ("007", "Karanganyar", "0812-3456-7890")
    assert row["created_at"] == created["created_at"]
    assert row["version"] > created["version"]
    assert row["updated_at"] >= created["updated_at"]
    entries = log(village_db, since=before)
    assert [(e["entity"], e["row_id"], e["op"]) for e in entries] == [("household", saved.id, "update")]
    assert_payload_is_row(village_db, entries[0])
    assert scalar(village_db, "SELECT count(*) FROM household") == 1


def test_update_person_changes_row_and_logs_update(village_db: Database) -> None:
    ids = family(village_db)
    before = last_seq(village_db)
    update_person(
        village_db,
        ids["child"],
        member(CHILD_BIRTH, "L", "child", "Bagus Setiawan", education="primary", phone="0857 1111 2222"),
    )
    row = row_of(village_db, "person", ids["child"])
    assert (row["full_name"], row["education"], row["phone"]) == (
        "Bagus Setiawan",
        "primary",
        "0857-1111-2222",
    )
    entries = log(village_db, since=before)
    assert [(e["entity"], e["row_id"], e["op"]) for e in entries] == [("person", ids["child"], "update")]
    assert_payload_is_row(village_db, entries[0])


def test_update_of_missing_row_is_not_found(village_db: Database) -> None:
    before = snapshot(village_db)
    with pytest.raises(NotFoundError):
        update_household(village_db, "0" * 32, household())
    assert snapshot(village_db) == before


# -- deleting ----------------------------------------------------------------------------------


def test_delete_household_tombstones_members_and_placements(village_db: Database) -> None:
    ids = family(village_db)
    other = create_household(village_db, household(KK_2)).id
    outsider = add_person(village_db, other, member(date(1970, 1, 1), "L", "head", "Tetangga")).id
    before = last_seq(village_db)

    delete_household(village_db, ids["household"])

    assert scalar(village_db, "SELECT count(*) FROM household") == 2
    assert row_of(village_db, "household", ids["household"])["deleted"] == 1
    for key in ("head", "wife", "child"):
        assert row_of(village_db, "person", ids[key])["deleted"] == 1
    assert row_of(village_db, "placement", ids["placement"])["deleted"] == 1
    assert row_of(village_db, "household", other)["deleted"] == 0
    assert row_of(village_db, "person", outsider)["deleted"] == 0

    entries = log(village_db, since=before)
    assert {e["op"] for e in entries} == {"delete"}
    assert sorted((e["entity"], e["row_id"]) for e in entries) == sorted(
        [
            ("household", ids["household"]),
            ("person", ids["head"]),
            ("person", ids["wife"]),
            ("person", ids["child"]),
            ("placement", ids["placement"]),
        ]
    )
    assert all(json.loads(e["payload"])["deleted"] == 1 for e in entries)
    assert_log_consistent(village_db)
    assert get_household(village_db, ids["household"]) is None
    assert get_person(village_db, ids["wife"]) is None


def test_deleted_household_cannot_be_deleted_or_updated_again(village_db: Database) -> None:
    household_id = create_household(village_db, household()).id
    delete_household(village_db, household_id)
    before = snapshot(village_db)
    with pytest.raises(NotFoundError):
        delete_household(village_db, household_id)
    with pytest.raises(NotFoundError):
        update_household(village_db, household_id, household())
    assert snapshot(village_db) == before


def test_delete_person_tombstones_only_their_placements(village_db: Database) -> None:
    ids = family(village_db)
    before = last_seq(village_db)
    delete_person(village_db, ids["wife"])
    assert row_of(village_db, "person", ids["wife"])["deleted"] == 1
    assert row_of(village_db, "placement", ids["placement"])["deleted"] == 1
    assert row_of(village_db, "person", ids["head"])["deleted"] == 0
    assert row_of(village_db, "household", ids["household"])["deleted"] == 0
    entries = log(village_db, since=before)
    assert [(e["entity"], e["op"]) for e in entries] == [("placement", "delete"), ("person", "delete")]


def test_nik_and_kk_of_deleted_rows_can_be_registered_again(village_db: Database) -> None:
    ids = family(village_db)
    delete_household(village_db, ids["household"])
    again = create_household(village_db, household()).id
    person = add_person(village_db, again, member(WIFE_BIRTH, "P", "head", "Siti Aminah")).id
    assert row_of(village_db, "person", person)["nik"] == make_nik(WIFE_BIRTH, "P")
    assert scalar(village_db, "SELECT count(*) FROM household WHERE kk_number = :kk", kk=KK_1) == 2


# -- refusing bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (household("123"), [("kk_number", "kk_format")]),
        (household(""), [("kk_number", "required")]),
        (household("9929150101200001"), [("kk_number", "kk_province")]),
        (household(rt="1000"), [("rt", "rt_rw_format")]),
        (household(rw="abc"), [("rw", "rt_rw_format")]),
        (household(phone="12345"), [("phone", "phone_format")]),
    ],
)
def test_invalid_household_is_refused_and_nothing_written(
    village_db: Database, data: HouseholdInput, expected: list[tuple[str, str]]
) -> None:
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        create_household(village_db, data)
    assert problems_of(raised) == expected
    assert snapshot(village_db) == before


def test_household_with_superscript_rt_is_refused_not_a_crash(village_db: Database) -> None:
    # A pasted "²" counts as a digit for str.isdigit() but not for int(): it must be a ValidationError.
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        create_household(village_db, household(rt="²"))
    assert problems_of(raised) == [("rt", "rt_rw_format")]
    assert snapshot(village_db) == before


def test_invalid_person_is_refused_naming_every_field(village_db: Database) -> None:
    household_id = create_household(village_db, household()).id
    before = snapshot(village_db)
    bad = PersonInput(
        nik="33291512",
        full_name="  ",
        sex="L",
        birth_date=TODAY + timedelta(days=2),
        relationship="tetangga",
        education="phd",
    )
    with pytest.raises(ValidationError) as raised:
        add_person(village_db, household_id, bad)
    assert {field for field, _ in problems_of(raised)} == {
        "nik",
        "full_name",
        "birth_date",
        "relationship",
        "education",
    }
    assert snapshot(village_db) == before


def test_invalid_update_leaves_the_row_as_it_was(village_db: Database) -> None:
    ids = family(village_db)
    row = row_of(village_db, "person", ids["child"])
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        update_person(village_db, ids["child"], member(CHILD_BIRTH, "L", "child", "x" * 101))
    assert problems_of(raised) == [("full_name", "too_long")]
    assert row_of(village_db, "person", ids["child"]) == row
    assert snapshot(village_db) == before


def test_duplicate_nik_in_village_is_refused_pointing_at_the_owner(village_db: Database) -> None:
    ids = family(village_db)
    other = create_household(village_db, household(KK_2)).id
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        add_person(village_db, other, member(WIFE_BIRTH, "P", "head", "Siti A."))
    duplicate = [p for p in raised.value.problems if p.code == "duplicate_nik"]
    assert len(duplicate) == 1
    assert duplicate[0].field == "nik"
    assert duplicate[0].related_id == ids["wife"]
    assert "Siti Aminah" in duplicate[0].message
    assert snapshot(village_db) == before


def test_duplicate_nik_typed_with_separators_is_still_a_duplicate(village_db: Database) -> None:
    ids = family(village_db)
    nik = make_nik(WIFE_BIRTH, "P")
    spaced = f"{nik[:6]} {nik[6:12]}.{nik[12:]}"
    with pytest.raises(ValidationError) as raised:
        add_person(village_db, ids["household"], member(WIFE_BIRTH, "P", "child", nik=spaced))
    assert [(p.code, p.related_id) for p in raised.value.problems if p.is_error] == [
        ("duplicate_nik", ids["wife"])
    ]


def test_person_may_keep_their_own_nik_on_update(village_db: Database) -> None:
    ids = family(village_db)
    update_person(village_db, ids["wife"], member(WIFE_BIRTH, "P", "spouse", "Siti Aminah Lestari"))
    assert row_of(village_db, "person", ids["wife"])["full_name"] == "Siti Aminah Lestari"


def test_duplicate_kk_is_refused(village_db: Database) -> None:
    first = create_household(village_db, household()).id
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        create_household(village_db, household("3329 1501 0120 0001"))
    assert [(p.field, p.code, p.related_id) for p in raised.value.problems] == [
        ("kk_number", "duplicate_kk", first)
    ]
    assert snapshot(village_db) == before


def test_update_to_another_households_kk_is_refused(village_db: Database) -> None:
    first = create_household(village_db, household()).id
    second = create_household(village_db, household(KK_2)).id
    update_household(village_db, second, household(KK_2, rt="5"))  # its own KK is fine
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        update_household(village_db, second, household(KK_1))
    assert [(p.code, p.related_id) for p in raised.value.problems] == [("duplicate_kk", first)]
    assert snapshot(village_db) == before
    assert row_of(village_db, "household", second)["kk_number"] == KK_2


def test_second_head_of_family_is_refused(village_db: Database) -> None:
    ids = family(village_db)
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        add_person(village_db, ids["household"], member(date(1950, 2, 2), "L", "head", "Kakek"))
    assert problems_of(raised) == [("relationship", "second_head")]
    with pytest.raises(ValidationError) as raised:
        update_person(village_db, ids["child"], member(CHILD_BIRTH, "L", "head", "Bagus"))
    assert problems_of(raised) == [("relationship", "second_head")]
    assert snapshot(village_db) == before
    # The head editing their own record stays head.
    update_person(village_db, ids["head"], member(HUSBAND_BIRTH, "L", "head", "Slamet R."))
    assert row_of(village_db, "person", ids["head"])["relationship"] == "head"


def test_nik_birth_date_mismatch_is_saved_with_a_warning(village_db: Database) -> None:
    household_id = create_household(village_db, household()).id
    recorded_birth = date(1990, 3, 13)  # the NIK says 12 March
    saved = add_person(
        village_db, household_id, member(recorded_birth, "P", "head", nik=make_nik(WIFE_BIRTH, "P"))
    )
    assert [(w.field, w.code, w.is_error) for w in saved.warnings] == [
        ("nik", "nik_birth_date_mismatch", False)
    ]
    row = row_of(village_db, "person", saved.id)
    assert (row["nik"], row["birth_date"]) == (make_nik(WIFE_BIRTH, "P"), "1990-03-13")
    assert log(village_db)[-1]["row_id"] == saved.id


def test_nik_sex_mismatch_is_saved_with_a_warning(village_db: Database) -> None:
    household_id = create_household(village_db, household()).id
    saved = add_person(
        village_db, household_id, member(WIFE_BIRTH, "L", "head", nik=make_nik(WIFE_BIRTH, "P"))
    )
    assert [w.code for w in saved.warnings] == ["nik_sex_mismatch"]
    assert row_of(village_db, "person", saved.id)["sex"] == "L"


def test_person_in_missing_household_is_not_found(village_db: Database) -> None:
    before = snapshot(village_db)
    with pytest.raises(NotFoundError):
        add_person(village_db, "f" * 32, member(WIFE_BIRTH, "P", "head"))
    assert snapshot(village_db) == before


# -- placements --------------------------------------------------------------------------------


def status_of(db: Database, person_id: str) -> str:
    return str(scalar(db, "SELECT migration_status FROM person WHERE id = :id", id=person_id))


def test_return_makes_the_worker_returned(village_db: Database) -> None:
    ids = family(village_db)
    assert status_of(village_db, ids["wife"]) == "abroad"
    before = last_seq(village_db)
    back = TODAY - timedelta(days=10)
    record_return(village_db, ids["placement"], back)
    assert row_of(village_db, "placement", ids["placement"])["return_date"] == back.isoformat()
    assert status_of(village_db, ids["wife"]) == "returned"
    entries = log(village_db, since=before)
    assert [(e["entity"], e["op"]) for e in entries] == [("placement", "update"), ("person", "update")]
    assert_log_consistent(village_db)


def test_second_open_placement_is_refused(village_db: Database) -> None:
    ids = family(village_db)
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        add_placement(village_db, ids["wife"], abroad(TODAY - timedelta(days=30), destination_country="HK"))
    assert problems_of(raised) == [("departure_date", "placement_open")]
    assert snapshot(village_db) == before


def test_new_placement_after_return_is_allowed(village_db: Database) -> None:
    ids = family(village_db)
    record_return(village_db, ids["placement"], TODAY - timedelta(days=100))
    add_placement(village_db, ids["wife"], abroad(TODAY - timedelta(days=20), destination_country="HK"))
    assert status_of(village_db, ids["wife"]) == "abroad"
    assert scalar(village_db, "SELECT count(*) FROM placement WHERE person_id = :id", id=ids["wife"]) == 2


def test_past_placement_keeps_a_worker_abroad(village_db: Database) -> None:
    ids = family(village_db)
    add_placement(
        village_db,
        ids["wife"],
        abroad(date(2015, 1, 5), destination_country="MY", return_date=date(2017, 1, 5)),
    )
    assert status_of(village_db, ids["wife"]) == "abroad"


def test_future_departure_makes_a_prospective_worker(village_db: Database) -> None:
    ids = family(village_db)
    saved = add_placement(
        village_db, ids["head"], abroad(TODAY + timedelta(days=30), destination_country="KR")
    )
    assert saved.warnings == []
    assert status_of(village_db, ids["head"]) == "prospective"
    # Going abroad while a departure is still planned is a second open placement.
    with pytest.raises(ValidationError):
        add_placement(village_db, ids["head"], abroad(TODAY - timedelta(days=1)))


def test_placement_dates_are_checked(village_db: Database) -> None:
    ids = family(village_db)
    departure = TODAY - timedelta(days=400)
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        record_return(village_db, ids["placement"], departure - timedelta(days=1))
    assert problems_of(raised) == [("return_date", "date_order")]
    with pytest.raises(ValidationError) as raised:
        record_return(village_db, ids["placement"], TODAY + timedelta(days=1))
    assert problems_of(raised) == [("return_date", "future")]
    with pytest.raises(ValidationError) as raised:
        add_placement(
            village_db,
            ids["head"],
            abroad(date(2020, 5, 1), return_date=date(2020, 4, 1), contract_end_date=date(2019, 1, 1)),
        )
    assert sorted(problems_of(raised)) == [("contract_end_date", "date_order"), ("return_date", "date_order")]
    with pytest.raises(ValidationError) as raised:
        add_placement(village_db, ids["head"], abroad(date(2020, 5, 1), destination_country="XX"))
    assert problems_of(raised) == [("destination_country", "unknown_choice")]
    assert snapshot(village_db) == before
    assert status_of(village_db, ids["wife"]) == "abroad"


def test_placement_warnings_are_returned(village_db: Database) -> None:
    ids = family(village_db)
    saved = add_placement(
        village_db,
        ids["head"],
        abroad(date(2010, 1, 1), return_date=date(2012, 1, 1), passport_number="12345", bpjs_number="999"),
    )
    assert sorted(w.code for w in saved.warnings) == ["bpjs_inconsistent", "passport_format"]
    assert row_of(village_db, "placement", saved.id)["passport_number"] == "12345"


def test_update_placement_to_reopen_while_another_is_open_is_refused(village_db: Database) -> None:
    ids = family(village_db)
    old = add_placement(
        village_db,
        ids["wife"],
        abroad(date(2015, 1, 5), destination_country="MY", return_date=date(2017, 1, 5)),
    ).id
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        update_placement(village_db, old, abroad(date(2015, 1, 5), destination_country="MY"))
    assert problems_of(raised) == [("departure_date", "placement_open")]
    assert snapshot(village_db) == before


def test_delete_placement_is_a_tombstone(village_db: Database) -> None:
    ids = family(village_db)
    record_return(village_db, ids["placement"], TODAY - timedelta(days=5))
    second = add_placement(village_db, ids["wife"], abroad(TODAY + timedelta(days=40))).id
    assert status_of(village_db, ids["wife"]) == "prospective"
    before = last_seq(village_db)
    delete_placement(village_db, second)
    assert row_of(village_db, "placement", second)["deleted"] == 1
    assert status_of(village_db, ids["wife"]) == "returned"
    assert [(e["entity"], e["op"]) for e in log(village_db, since=before)] == [
        ("placement", "delete"),
        ("person", "update"),
    ]


def test_deleting_the_only_placement_takes_the_worker_off_the_abroad_count(village_db: Database) -> None:
    ids = family(village_db)
    assert collect_stats(village_db)["migrants"]["abroad"] == 1
    delete_placement(village_db, ids["placement"])
    assert status_of(village_db, ids["wife"]) == "none"
    assert collect_stats(village_db)["migrants"] == {"prospective": 0, "abroad": 0, "returned": 0}


def test_a_prospective_worker_stays_prospective_when_a_planned_departure_is_dropped(
    village_db: Database,
) -> None:
    household_id = create_household(village_db, household()).id
    person = add_person(
        village_db, household_id, member(WIFE_BIRTH, "P", "head", "Sri", migration_status="prospective")
    ).id
    planned = add_placement(village_db, person, abroad(TODAY + timedelta(days=30))).id
    delete_placement(village_db, planned)
    assert status_of(village_db, person) == "prospective"


def test_bulk_keeps_an_abroad_status_given_without_placement_details(village_db: Database) -> None:
    entry = HouseholdEntry(
        household(),
        [MemberEntry(member(WIFE_BIRTH, "P", "head", "Sri", migration_status="abroad"))],
    )
    add_households_bulk(village_db, [entry])
    assert scalar(village_db, "SELECT migration_status FROM person WHERE full_name = 'Sri'") == "abroad"


def test_editing_a_workers_phone_keeps_the_status_their_placement_gives(village_db: Database) -> None:
    ids = family(village_db)
    edited = member(
        WIFE_BIRTH, "P", "spouse", "Siti Aminah", phone="0812 3456 7890"
    )  # status left at default
    update_person(village_db, ids["wife"], edited)
    assert status_of(village_db, ids["wife"]) == "abroad"
    assert collect_stats(village_db)["migrants"]["abroad"] == 1


def test_a_planned_departure_that_has_come_makes_the_worker_abroad(village_db: Database) -> None:
    household_id = create_household(village_db, household()).id
    person = add_person(village_db, household_id, member(WIFE_BIRTH, "P", "head", "Sri")).id
    departure = TODAY + timedelta(days=10)
    add_placement(village_db, person, abroad(departure))
    assert status_of(village_db, person) == "prospective"
    assert advance_due_departures(village_db, today=departure - timedelta(days=1)) == 0
    before = last_seq(village_db)
    assert advance_due_departures(village_db, today=departure) == 1
    assert status_of(village_db, person) == "abroad"
    assert [(e["entity"], e["op"]) for e in log(village_db, since=before)] == [("person", "update")]


# -- cases -------------------------------------------------------------------------------------


def a_case(person_id: str | None = None, **overrides: Any) -> CaseInput:
    values: dict[str, Any] = {
        "case_type": "unpaid_wages",
        "reported_date": TODAY - timedelta(days=60),
        "description": "Gaji tiga bulan belum dibayar",
        "person_id": person_id,
        "reporter_name": "Slamet",
    }
    values.update(overrides)
    return CaseInput(**values)


def test_case_open_act_resolve(village_db: Database) -> None:
    ids = family(village_db)
    case_id = open_case(village_db, a_case(ids["wife"], placement_id=ids["placement"])).id
    row = row_of(village_db, "case_record", case_id)
    assert (row["status"], row["village_code"], row["person_id"]) == ("open", RENGASPENDAWA, ids["wife"])

    action_id = add_case_action(
        village_db, case_id, CaseActionInput(TODAY - timedelta(days=50), "Laporan ke BP3MI", "Petugas")
    ).id
    assert row_of(village_db, "case_action", action_id)["case_id"] == case_id
    assert row_of(village_db, "case_record", case_id)["status"] == "in_progress"

    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        update_case(village_db, case_id, a_case(ids["wife"], status="resolved"))
    assert problems_of(raised) == [("resolved_date", "required")]
    assert snapshot(village_db) == before

    update_case(village_db, case_id, a_case(ids["wife"], status="resolved", resolved_date=TODAY))
    row = row_of(village_db, "case_record", case_id)
    assert (row["status"], row["resolved_date"]) == ("resolved", TODAY.isoformat())

    # A further action on a finished case does not reopen it.
    add_case_action(village_db, case_id, CaseActionInput(TODAY, "Kunjungan ke keluarga"))
    assert row_of(village_db, "case_record", case_id)["status"] == "resolved"
    assert_log_consistent(village_db)


def test_case_action_before_the_report_is_refused(village_db: Database) -> None:
    ids = family(village_db)
    case_id = open_case(village_db, a_case(ids["wife"])).id
    before = snapshot(village_db)
    with pytest.raises(ValidationError) as raised:
        add_case_action(village_db, case_id, CaseActionInput(TODAY - timedelta(days=61), "Terlalu awal"))
    assert problems_of(raised) == [("action_date", "date_order")]
    assert snapshot(village_db) == before
    assert row_of(village_db, "case_record", case_id)["status"] == "open"


def test_case_about_unknown_person_or_someone_elses_placement_is_refused(village_db: Database) -> None:
    ids = family(village_db)
    before = snapshot(village_db)
    with pytest.raises(NotFoundError):
        open_case(village_db, a_case("e" * 32))
    with pytest.raises(ValidationError) as raised:
        open_case(village_db, a_case(ids["head"], placement_id=ids["placement"]))
    assert problems_of(raised) == [("placement_id", "placement_person")]
    assert snapshot(village_db) == before


def test_cases_stay_when_the_person_is_deleted(village_db: Database) -> None:
    ids = family(village_db)
    case_id = open_case(village_db, a_case(ids["wife"])).id
    delete_household(village_db, ids["household"])
    assert row_of(village_db, "case_record", case_id)["deleted"] == 0
    delete_case(village_db, case_id)
    assert row_of(village_db, "case_record", case_id)["deleted"] == 1
    assert log(village_db)[-1]["op"] == "delete"


def test_case_of_deleted_person_can_still_be_resolved(village_db: Database) -> None:
    """Cases stay when their person is deleted, as a record of the office's work: they must still close."""
    ids = family(village_db)
    case_id = open_case(village_db, a_case(ids["wife"])).id
    delete_household(village_db, ids["household"])
    add_case_action(village_db, case_id, CaseActionInput(TODAY, "Kunjungan ke keluarga"))
    assert row_of(village_db, "case_record", case_id)["status"] == "in_progress"
    update_case(village_db, case_id, a_case(ids["wife"], status="resolved", resolved_date=TODAY))
    row = row_of(village_db, "case_record", case_id)
    assert (row["status"], row["person_id"]) == ("resolved", ids["wife"])


# -- district installation ---------------------------------------------------------------------


def test_district_installation_cannot_register_households(district_db: Database) -> None:
    before = snapshot(district_db)
    with pytest.raises(KnownError) as raised:
        create_household(district_db, household())
    assert not isinstance(raised.value, ValidationError)
    with pytest.raises(KnownError):
        open_case(district_db, a_case())
    with pytest.raises(KnownError):
        add_demo_data(district_db, 2)
    assert snapshot(district_db) == before
    assert before["household"] == 0


def test_district_stats_are_empty(district_db: Database) -> None:
    stats = collect_stats(district_db)
    assert stats["role"] == "district"
    assert stats["village_code"] is None
    assert stats["district_code"] == "33.29"
    assert (stats["households"], stats["persons"], stats["placements"], stats["cases"]) == (0, 0, 0, 0)
    assert stats["pending_changes"] == 0


# -- statistics --------------------------------------------------------------------------------


def test_stats_match_the_database(village_db: Database) -> None:
    ids = family(village_db)
    add_demo_data(village_db, 40, seed=3)  # after the family, so its NIKs and KKs are avoided
    open_case(village_db, a_case(ids["wife"]))
    delete_person(village_db, ids["wife"])  # abroad: she must drop out of the migrant counts
    some_household = scalar(
        village_db, "SELECT id FROM household WHERE deleted = 0 AND id != :id", id=ids["household"]
    )
    delete_household(village_db, some_household)

    stats = collect_stats(village_db)

    def count(sql: str) -> int:
        return int(scalar(village_db, sql))

    assert stats["role"] == "village"
    assert stats["village_code"] == RENGASPENDAWA
    assert stats["district_code"] == "33.29"
    assert stats["officer"] == "Siti Aminah"
    assert stats["households"] == count("SELECT count(*) FROM household WHERE deleted = 0")
    assert stats["persons"] == count("SELECT count(*) FROM person WHERE deleted = 0")
    assert stats["placements"] == count("SELECT count(*) FROM placement WHERE deleted = 0")
    assert stats["cases"] == count("SELECT count(*) FROM case_record WHERE deleted = 0")
    assert stats["open_cases"] == count(
        "SELECT count(*) FROM case_record WHERE deleted = 0 AND status IN ('open', 'in_progress')"
    )
    assert stats["pending_changes"] == count("SELECT count(*) FROM change_log WHERE acknowledged = 0")
    for status in ("prospective", "abroad", "returned"):
        expected = count(f"SELECT count(*) FROM person WHERE deleted = 0 AND migration_status = '{status}'")
        assert stats["migrants"][status] == expected
    # The deletions above must show: 41 households were registered, one was deleted.
    assert stats["households"] == 40
    assert stats["persons"] < count("SELECT count(*) FROM person")
    assert stats["migrants"]["abroad"] >= 1


def test_bulk_refuses_a_household_with_two_heads_and_writes_nothing(village_db: Database) -> None:
    before = snapshot(village_db)
    entry = HouseholdEntry(
        household(),
        [
            MemberEntry(member(HUSBAND_BIRTH, "L", "head", "Slamet", serial=1)),
            MemberEntry(member(WIFE_BIRTH, "P", "head", "Siti", serial=2)),
        ],
    )
    with pytest.raises(ValidationError) as raised:
        add_households_bulk(village_db, [entry])
    assert problems_of(raised) == [("relationship", "invalid")]
    assert "Kepala Keluarga" in raised.value.message
    assert snapshot(village_db) == before


def test_deleting_a_case_tombstones_its_follow_up_actions(village_db: Database) -> None:
    ids = family(village_db)
    case_id = open_case(village_db, a_case(ids["wife"])).id
    action = add_case_action(
        village_db, case_id, CaseActionInput(TODAY - timedelta(days=3), "Lapor ke BP3MI")
    ).id
    delete_case(village_db, case_id)
    assert row_of(village_db, "case_action", action)["deleted"] == 1
    assert row_of(village_db, "case_record", case_id)["deleted"] == 1
    deletes = "SELECT count(*) FROM change_log WHERE row_id = :id AND op = 'delete'"
    assert scalar(village_db, deletes, id=action) == 1


def test_bulk_is_all_or_nothing_across_chunks(village_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desmigratif_desktop.services import bulk

    monkeypatch.setattr(bulk, "CHUNK_SIZE", 2)
    before = snapshot(village_db)
    entries = [
        HouseholdEntry(
            household(f"33291501012{n:05d}"), [MemberEntry(member(WIFE_BIRTH, "P", "head", serial=n + 1))]
        )
        for n in range(5)
    ]
    entries[4].members[0].person.nik = entries[0].members[0].person.nik  # a duplicate three chunks later
    seen: list[tuple[int, int]] = []
    with pytest.raises(ValidationError) as raised:
        add_households_bulk(
            village_db, iter(entries), progress=lambda done, total: seen.append((done, total)), total=5
        )
    assert problems_of(raised) == [("nik", "duplicate_nik")]
    assert "Rumah tangga ke-5" in raised.value.message
    assert snapshot(village_db) == before
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5)]  # the chunks before the error were written, then undone
