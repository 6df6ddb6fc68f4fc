"""At a district office every figure can be asked for one village: the village's own figures, no more.

Two villages' training data reach the district through real bundles. Expected values are each village's
figures computed in its own database (where nothing is filtered), or SQL written here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from desmigratif_desktop.data.businesses import BusinessTurnover
from desmigratif_desktop.data.cooperative import CooperativeMember
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.parenting import ParentingAttendance
from desmigratif_desktop.data.register import Person, Placement
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.dashboard import dashboard_figures
from desmigratif_desktop.services.register_queries import PersonFilter, alive
from desmigratif_desktop.services.report_filters import describe_filter
from desmigratif_desktop.services.village_scope import in_village
from tests.dbtools import scalar
from tests.district_helpers import KAMAL, RENGASPENDAWA, demo_district

District = tuple[DataPaths, dict[str, DataPaths]]


@pytest.fixture(scope="module")
def brebes(tmp_path_factory: pytest.TempPathFactory) -> District:
    return demo_district(tmp_path_factory.mktemp("brebes"))


@pytest.fixture
def district(brebes: District) -> Iterator[Database]:
    with Database.open(brebes[0]) as db:
        yield db


def test_a_villages_beranda_at_the_district_equals_its_own(brebes: District, district: Database) -> None:
    today = date.today()
    for code, paths in brebes[1].items():
        with Database.open(paths) as village:
            own = dashboard_figures(village, today)
        at_district = dashboard_figures(district, today, village_code=code)
        # the district logs only what it writes itself, so its recent changes are its own
        assert replace(at_district, recent_changes=[]) == replace(own, recent_changes=[]), code
        assert own.households == 60 and own.abroad > 0


def test_without_a_village_the_district_counts_them_all(brebes: District, district: Database) -> None:
    today = date.today()
    whole = dashboard_figures(district, today)
    assert (
        whole.households == scalar(district, "SELECT count(*) FROM household WHERE deleted IS NOT 1") == 120
    )
    parts = [dashboard_figures(district, today, village_code=code) for code in (RENGASPENDAWA, KAMAL)]
    for name in ("households", "persons", "prospective", "abroad", "returned", "open_cases"):
        assert getattr(whole, name) == sum(getattr(part, name) for part in parts), name
    for name in (
        "businesses_active",
        "children",
        "cooperative_members",
        "savings_total",
        "loans_outstanding",
    ):
        assert getattr(whole.pillars, name) == sum(getattr(part.pillars, name) for part in parts), name


def test_a_villages_rows_of_child_tables_are_found_through_their_parents(district: Database) -> None:
    """Placements, turnover, members and attendance carry no village code: their parents say whose."""
    through_parents = {
        Placement: "SELECT count(*) FROM placement x JOIN person p ON p.id = x.person_id "
        "JOIN household h ON h.id = p.household_id WHERE h.village_code = :v",
        BusinessTurnover: "SELECT count(*) FROM business_turnover x JOIN business b ON b.id = x.business_id "
        "WHERE b.village_code = :v",
        CooperativeMember: "SELECT count(*) FROM cooperative_member x "
        "JOIN cooperative c ON c.id = x.cooperative_id WHERE c.village_code = :v",
        ParentingAttendance: "SELECT count(*) FROM parenting_attendance x "
        "JOIN parenting_session s ON s.id = x.session_id WHERE s.village_code = :v",
    }
    with district.read() as connection:
        for model, sql in through_parents.items():
            table = table_of(model)
            for code in (RENGASPENDAWA, KAMAL):
                found = connection.execute(
                    select(func.count()).select_from(table).where(in_village(table, code))
                ).scalar_one()
                assert found == scalar(district, sql, v=code) > 0, (table.name, code)


def test_no_village_adds_nothing_to_a_query() -> None:
    """A village's own figures run exactly the queries they ran before the filter existed."""
    person = table_of(Person)
    plain = (
        select(func.count()).select_from(person).where(alive(person), person.c.birth_date <= date(2026, 1, 1))
    )
    narrowed = plain.where(in_village(person, None))
    dialect = sqlite.dialect()
    assert str(narrowed.compile(dialect=dialect)) == str(plain.compile(dialect=dialect))


def test_one_village_is_a_subquery_on_its_households() -> None:
    sql = str(select(table_of(Person).c.id).where(in_village(table_of(Person), KAMAL)).compile())
    assert "household.village_code" in sql and "person.household_id IN" in sql


def test_a_village_code_of_nobody_counts_nothing(district: Database) -> None:
    figures = dashboard_figures(district, date.today(), village_code="33.29.15.2002")
    assert (figures.households, figures.persons, figures.abroad, figures.by_country) == (0, 0, 0, [])


def test_a_printed_list_of_one_village_names_it(district: Database) -> None:
    assert describe_filter(district, PersonFilter(village_code=KAMAL)) == "Desa: Kamal (33.29.15.2001)"
    assert describe_filter(district, PersonFilter(village_code="33.29.15.2002")) == "Kode desa: 33.29.15.2002"
