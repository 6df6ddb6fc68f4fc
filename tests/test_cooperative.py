"""Pillar 4, the village cooperative: its profile, members and monthly figures, on a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import accumulate

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.services import demo
from desmigratif_desktop.services.cooperative import (
    CooperativeInput,
    MonthFigures,
    cooperative_month_figures,
    cooperative_savings_total,
    count_cooperative_members,
    get_cooperative,
    loans_outstanding,
    save_cooperative,
)
from desmigratif_desktop.services.cooperative_members import (
    MemberFilter,
    MemberInput,
    add_member,
    delete_member,
    member_rows,
    suggest_member_number,
    update_member,
)
from desmigratif_desktop.services.cooperative_months import (
    MonthInput,
    delete_month,
    month_rows,
    record_month,
    totals,
)
from desmigratif_desktop.services.demo_cooperative import add_cooperative_demo
from desmigratif_desktop.services.persons import delete_person
from tests.dbtools import logical_dump, query, scalar
from tests.factories import add_neighbour, make_family

TODAY = date.today()
FOUNDED = TODAY - timedelta(days=3 * 365)
THIS_MONTH = f"{TODAY:%Y-%m}"


def month_before(month: str, count: int = 1) -> str:
    index = int(month[:4]) * 12 + int(month[5:]) - 1 - count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


LAST_MONTH = month_before(THIS_MONTH)


def fields_of(raised: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in raised.value.problems if p.is_error}


@pytest.fixture
def cooperative(village_db: Database) -> str:
    data = CooperativeInput(name="Koperasi Migran Sejahtera", founding_date=FOUNDED)
    return save_cooperative(village_db, data).id


def joined(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


# -- the cooperative -------------------------------------------------------------------------------


def test_the_village_has_one_cooperative_saved_again_it_is_updated(village_db: Database) -> None:
    assert get_cooperative(village_db) is None
    legal = " AHU-0001234.AH.01.26.TAHUN 2019 "
    first = save_cooperative(
        village_db, CooperativeInput(name="  Koperasi  Desmigratif ", legal_number=legal)
    )
    found = get_cooperative(village_db)
    assert found is not None and found.id == first.id
    assert (found.name, found.legal_number) == ("Koperasi Desmigratif", "AHU-0001234.AH.01.26.TAHUN 2019")
    second = save_cooperative(village_db, CooperativeInput(name="Koperasi Migran Sejahtera"))
    assert second.id == first.id
    rows = query(village_db, "SELECT name, legal_number, village_code FROM cooperative")
    assert rows == [
        {"name": "Koperasi Migran Sejahtera", "legal_number": None, "village_code": "33.29.15.2007"}
    ]
    assert scalar(village_db, "SELECT count(*) FROM change_log WHERE entity = 'cooperative'") == 2


def test_a_cooperative_needs_a_name_and_a_founding_date_not_in_the_future(village_db: Database) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as raised:
        save_cooperative(village_db, CooperativeInput(name=" ", founding_date=TODAY + timedelta(days=1)))
    assert fields_of(raised) == {"name", "founding_date"}
    assert "Nama koperasi wajib diisi." in raised.value.message
    assert logical_dump(village_db.paths.database) == before


def test_the_district_office_does_not_record_a_cooperative(district_db: Database) -> None:
    with pytest.raises(KnownError, match="petugas desa"):
        save_cooperative(district_db, CooperativeInput(name="Koperasi"))


# -- members --------------------------------------------------------------------------------------


def test_a_registered_member_takes_name_and_sex_from_the_register(
    village_db: Database, cooperative: str
) -> None:
    family = make_family(village_db)
    member = add_member(
        village_db, MemberInput(joined_date=joined(30), person_id=family["wife"], name="typed", sex="L")
    ).id
    row = query(village_db, "SELECT * FROM cooperative_member")[0]
    assert (row["id"], row["name"], row["sex"], row["cooperative_id"]) == (
        member,
        "Siti Aminah",
        "P",
        cooperative,
    )
    assert row["member_number"] is None


def test_members_need_a_cooperative_first(village_db: Database) -> None:
    with pytest.raises(KnownError, match="belum dicatat"):
        add_member(village_db, MemberInput(joined_date=TODAY, name="Karsinah", sex="P"))


def test_another_person_needs_a_name_and_a_sex(village_db: Database, cooperative: str) -> None:
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=TODAY, name="", sex=None))
    assert fields_of(raised) == {"name", "sex"}
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=TODAY, name="Karsinah", sex="X"))
    assert fields_of(raised) == {"sex"}
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=TODAY, from_register=True))
    assert fields_of(raised) == {"person_id"}
    assert scalar(village_db, "SELECT count(*) FROM cooperative_member") == 0


def test_the_same_registered_person_is_refused_while_a_member(village_db: Database, cooperative: str) -> None:
    family = make_family(village_db)
    first = add_member(
        village_db, MemberInput(joined_date=joined(400), person_id=family["wife"], member_number="7")
    )
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=joined(10), person_id=family["wife"]))
    assert fields_of(raised) == {"person_id"}
    assert "Siti Aminah sudah tercatat sebagai anggota (nomor anggota 7)." in raised.value.message
    # Once she has left, she may join again, as a new membership; and a deleted membership never clashes.
    update_member(
        village_db,
        first.id,
        MemberInput(
            joined_date=joined(400), person_id=family["wife"], member_number="7", left_date=joined(100)
        ),
    )
    again = add_member(village_db, MemberInput(joined_date=joined(10), person_id=family["wife"]))
    delete_member(village_db, again.id)
    add_member(village_db, MemberInput(joined_date=joined(5), person_id=family["wife"]))
    assert scalar(village_db, "SELECT count(*) FROM cooperative_member WHERE NOT deleted") == 2


def test_a_member_number_belongs_to_one_live_member(village_db: Database, cooperative: str) -> None:
    first = add_member(
        village_db, MemberInput(joined_date=TODAY, name="Karsinah", sex="P", member_number="0001")
    )
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=TODAY, name="Tarsim", sex="L", member_number=" 0001 "))
    assert "Nomor anggota 0001 sudah dipakai oleh Karsinah." in raised.value.message
    update_member(
        village_db, first.id, MemberInput(joined_date=TODAY, name="Karsinah", sex="P", member_number="0001")
    )
    assert suggest_member_number(village_db) == "0002"
    delete_member(village_db, first.id)
    add_member(village_db, MemberInput(joined_date=TODAY, name="Tarsim", sex="L", member_number="0001"))


def test_joining_and_leaving_dates(village_db: Database, cooperative: str) -> None:
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=TODAY + timedelta(days=1), name="Karsinah", sex="P"))
    assert fields_of(raised) == {"joined_date"}
    with pytest.raises(ValidationError) as raised:
        add_member(village_db, MemberInput(joined_date=None, name="Karsinah", sex="P"))
    assert fields_of(raised) == {"joined_date"}
    with pytest.raises(ValidationError) as raised:
        add_member(
            village_db, MemberInput(joined_date=joined(10), left_date=joined(20), name="Karsinah", sex="P")
        )
    assert fields_of(raised) == {"left_date"}
    # Before the founding: a founder's date may be older than the deed; a warning, and it is saved.
    saved = add_member(
        village_db, MemberInput(joined_date=FOUNDED - timedelta(days=5), name="Karsinah", sex="P")
    )
    assert [p.code for p in saved.warnings] == ["before_founding"]
    assert scalar(village_db, "SELECT count(*) FROM cooperative_member") == 1


def test_the_member_list_filters_current_and_former_members(village_db: Database, cooperative: str) -> None:
    family = make_family(village_db)
    add_member(village_db, MemberInput(joined_date=joined(300), person_id=family["wife"], member_number="2"))
    add_member(village_db, MemberInput(joined_date=joined(300), name="Tarsim", sex="L", member_number="10"))
    add_member(
        village_db, MemberInput(joined_date=joined(300), left_date=joined(3), name="Karsinah", sex="P")
    )
    leaving = MemberInput(
        joined_date=joined(300), left_date=TODAY + timedelta(days=20), name="Warsini", sex="P"
    )
    assert [p.code for p in add_member(village_db, leaving).warnings] == ["future"]

    def names(which: str, text: str = "") -> list[str]:
        return [row.name for row in member_rows(village_db, text, which)]

    assert names(MemberFilter.CURRENT) == ["Siti Aminah", "Tarsim", "Warsini"]  # numbers in numeric order
    assert names(MemberFilter.FORMER) == ["Karsinah"]
    assert names(MemberFilter.ALL, "si") == ["Siti Aminah", "Tarsim", "Karsinah", "Warsini"]
    assert names(MemberFilter.ALL, "SITI amin") == ["Siti Aminah"]
    assert names(MemberFilter.ALL, "%") == []
    with village_db.read() as connection:
        assert count_cooperative_members(connection) == 3  # Warsini counts until the day she leaves
        assert count_cooperative_members(connection, TODAY + timedelta(days=30)) == 2


def test_deleting_the_person_keeps_the_membership_by_name(village_db: Database, cooperative: str) -> None:
    """`person_links`: membership is history. The stored name stays and the member still counts."""
    add_member(village_db, MemberInput(joined_date=joined(30), person_id=add_neighbour(village_db)))
    family = make_family(village_db)
    member = add_member(village_db, MemberInput(joined_date=joined(30), person_id=family["wife"])).id
    delete_person(village_db, family["wife"])
    with village_db.read() as connection:
        assert count_cooperative_members(connection) == 2
    rows = {row.name: row for row in member_rows(village_db)}
    assert rows["Siti Aminah"].registered and not rows["Siti Aminah"].in_register
    assert rows["Warsito"].in_register
    # Still editable: the leaving date is recorded; name and sex stay as stored.
    update_member(
        village_db, member, MemberInput(joined_date=joined(30), person_id=family["wife"], left_date=TODAY)
    )
    assert query(
        village_db, f"SELECT name, sex, left_date FROM cooperative_member WHERE id = '{member}'"
    ) == [{"name": "Siti Aminah", "sex": "P", "left_date": TODAY.isoformat()}]


# -- months ---------------------------------------------------------------------------------------


def test_recording_a_month_twice_keeps_one_live_row(village_db: Database, cooperative: str) -> None:
    record_month(village_db, LAST_MONTH, MonthInput(savings_mandatory=1_000_000, business_units=1))
    again = record_month(village_db, LAST_MONTH, MonthInput(savings_mandatory=1_250_000, business_units=2))
    rows = query(
        village_db, "SELECT id, savings_mandatory, business_units FROM cooperative_month WHERE NOT deleted"
    )
    assert rows == [{"id": again.id, "savings_mandatory": 1_250_000, "business_units": 2}]
    assert scalar(village_db, "SELECT count(*) FROM cooperative_month") == 1
    delete_month(village_db, LAST_MONTH)
    assert month_rows(village_db) == []
    assert scalar(village_db, "SELECT count(*) FROM cooperative_month WHERE deleted") == 1


def test_more_repaid_than_ever_lent_is_saved_with_a_warning(village_db: Database, cooperative: str) -> None:
    """Repayments of loans made before recording began: the officer is told why the balance is minus."""
    saved = record_month(village_db, LAST_MONTH, MonthInput(loans_repaid=5_000_000))
    assert [w.code for w in saved.warnings] == ["repaid_beyond_given"]
    assert totals(village_db).loans_outstanding == -5_000_000  # shown as recorded, not hidden
    fixed = record_month(village_db, LAST_MONTH, MonthInput(loans_given=8_000_000, loans_repaid=5_000_000))
    assert fixed.warnings == []


def test_a_month_is_checked_before_anything_is_written(village_db: Database, cooperative: str) -> None:
    before = logical_dump(village_db.paths.database)
    next_month = f"{(TODAY.replace(day=28) + timedelta(days=5)):%Y-%m}"
    for month, figures, field in [
        (next_month, MonthInput(), "month"),
        ("2026-13", MonthInput(), "month"),
        (LAST_MONTH, MonthInput(loans_given=-5), "loans_given"),
        (LAST_MONTH, MonthInput(savings_voluntary=1.5), "savings_voluntary"),  # type: ignore[arg-type]
        (LAST_MONTH, MonthInput(business_units=-1), "business_units"),
    ]:
        with pytest.raises(ValidationError) as raised:
            record_month(village_db, month, figures)
        assert fields_of(raised) == {field}, month
    assert logical_dump(village_db.paths.database) == before


def test_months_need_a_cooperative(village_db: Database) -> None:
    with pytest.raises(KnownError, match="belum dicatat"):
        record_month(village_db, LAST_MONTH, MonthInput())


def test_totals_are_the_sums_of_the_live_months(village_db: Database, cooperative: str) -> None:
    figures = [
        (month_before(THIS_MONTH, 3), MonthInput(500_000, 1_200_000, 300_000, 2_000_000, 0, 1)),
        (month_before(THIS_MONTH, 2), MonthInput(100_000, 1_300_000, None, 0, 250_000, 2)),
        (LAST_MONTH, MonthInput(0, 1_300_000, 75_000, 1_000_000, 400_000, 2, "Lebaran")),
        (month_before(THIS_MONTH, 4), MonthInput(9_999_999)),  # deleted below: never counted
    ]
    for month, data in figures:
        record_month(village_db, month, data)
    delete_month(village_db, month_before(THIS_MONTH, 4))
    sums = query(
        village_db,
        "SELECT sum(savings_principal) AS p, sum(savings_mandatory) AS m, sum(savings_voluntary) AS v, "
        "sum(loans_given) AS g, sum(loans_repaid) AS r FROM cooperative_month WHERE NOT deleted",
    )[0]
    found = totals(village_db)
    assert (found.savings_principal, found.savings_mandatory, found.savings_voluntary) == (
        sums["p"],
        sums["m"],
        sums["v"],
    )
    assert found.savings == sums["p"] + sums["m"] + sums["v"] == 4_775_000
    assert (found.loans_given, found.loans_repaid, found.loans_outstanding) == (3_000_000, 650_000, 2_350_000)
    assert (found.latest_month, found.business_units) == (LAST_MONTH, 2)
    assert [row.month for row in month_rows(village_db)] == [
        LAST_MONTH,
        *(month_before(THIS_MONTH, n) for n in (2, 3)),
    ]
    with village_db.read() as connection:
        assert cooperative_savings_total(connection) == 4_775_000
        assert loans_outstanding(connection) == 2_350_000
        assert cooperative_month_figures(connection, LAST_MONTH) == MonthFigures(
            0, 1_300_000, 75_000, 1_000_000, 400_000, 2
        )
        assert cooperative_month_figures(connection, THIS_MONTH) == MonthFigures()


def test_figures_are_zero_before_anything_is_recorded(village_db: Database) -> None:
    assert totals(village_db).savings == 0 and totals(village_db).latest_month is None
    assert month_rows(village_db) == [] and member_rows(village_db) == []
    with village_db.read() as connection:
        assert (count_cooperative_members(connection), cooperative_savings_total(connection)) == (0, 0)
        assert loans_outstanding(connection) == 0


# -- demo -----------------------------------------------------------------------------------------


def test_demo_makes_a_plausible_cooperative_and_a_second_run_adds_only_members(
    village_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "PILLAR_GENERATORS", [add_cooperative_demo])
    first = demo.add_demo_data(village_db, 150, seed=3).pillars
    assert first["cooperatives"] == 1 and first["cooperative_months"] == 18
    cooperative = get_cooperative(village_db)
    assert cooperative is not None and cooperative.name == "Koperasi Desmigratif Rengaspendawa"
    assert cooperative.founding_date is not None and cooperative.founding_date <= TODAY - timedelta(
        days=2 * 365
    )
    adults = scalar(village_db, f"SELECT count(*) FROM person WHERE birth_date <= '{TODAY.year - 18}-01-01'")
    assert 0.1 * adults < first["cooperative_members"] < 0.3 * adults
    members = query(
        village_db,
        "SELECT m.*, p.sex AS person_sex FROM cooperative_member m LEFT JOIN person p ON p.id = m.person_id",
    )
    women = sum(1 for m in members if m["sex"] == "P")
    assert women > len(members) / 2
    assert any(m["person_id"] is None for m in members) and any(m["left_date"] for m in members)
    assert all(m["person_sex"] in (None, m["sex"]) for m in members)
    assert all(m["joined_date"] <= TODAY.isoformat() for m in members)

    months = query(village_db, "SELECT * FROM cooperative_month ORDER BY month")
    assert [m["month"] for m in months][-1] == LAST_MONTH
    outstanding = list(accumulate(m["loans_given"] - m["loans_repaid"] for m in months))
    assert min(outstanding) >= 0 and outstanding[-1] > 0
    assert all(1 <= m["business_units"] <= 3 and m["savings_mandatory"] > 0 for m in months)

    second = demo.add_demo_data(village_db, 40, seed=4).pillars
    assert (
        second["cooperatives"] == 0
        and second["cooperative_months"] == 0
        and second["cooperative_members"] > 0
    )
    assert scalar(village_db, "SELECT count(*) FROM cooperative") == 1
    assert scalar(village_db, "SELECT count(DISTINCT month) FROM cooperative_month") == 18
    numbers = [int(n) for n in query_numbers(village_db)]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))  # the second run continued the numbering
    per_person = scalar(
        village_db,
        "SELECT max(n) FROM (SELECT count(*) AS n FROM cooperative_member "
        "WHERE person_id IS NOT NULL GROUP BY person_id)",
    )
    assert per_person == 1


def query_numbers(db: Database) -> list[str]:
    return [row["member_number"] for row in query(db, "SELECT member_number FROM cooperative_member")]
