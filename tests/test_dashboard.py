"""The dashboard's figures: counts against plain SQL, months and recent changes against hand-built data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.cases import (
    CaseActionInput,
    CaseInput,
    add_case_action,
    delete_case,
    open_case,
)
from desmigratif_desktop.services.dashboard import LabelledCount, MonthFigures, dashboard_figures
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import (
    HouseholdInput,
    create_household,
    delete_household,
    update_household,
)
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.services.placements import (
    PlacementInput,
    add_placement,
    delete_placement,
    record_return,
)
from tests.conftest import make_nik
from tests.dbtools import query, scalar

TODAY = date.today()
FIXED_TODAY = date(2025, 6, 15)  # the window is July 2024 to June 2025
KK_1 = "3329150101200001"


def add(
    db: Database, household_id: str, name: str, sex: str, birth: date, relationship: str = "child"
) -> str:
    person = PersonInput(
        nik=make_nik(birth, sex), full_name=name, sex=sex, birth_date=birth, relationship=relationship
    )
    return add_person(db, household_id, person).id


def stay(
    country: str, sector: str, departure: date, returned: date | None = None, **extra: Any
) -> PlacementInput:
    return PlacementInput(
        destination_country=country, sector=sector, departure_date=departure, return_date=returned, **extra
    )


def months_back(today: date) -> list[str]:
    """The 12 months ending with today's, oldest first, counted back one month-end at a time."""
    months, day = [], today.replace(day=1)
    for _ in range(12):
        months.append(f"{day:%Y-%m}")
        day = (day - timedelta(days=1)).replace(day=1)
    return months[::-1]


# -- counts against plain SQL --------------------------------------------------------------------


@pytest.fixture
def demo_village(village_db: Database) -> Database:
    """Demo households, with one household, one placement and one case deleted again."""
    add_demo_data(village_db, 60, seed=3)
    abroad_household = scalar(
        village_db,
        "SELECT p.household_id FROM person p WHERE p.migration_status = 'abroad' AND p.deleted = 0 LIMIT 1",
    )
    delete_household(village_db, abroad_household)
    open_placement = scalar(
        village_db, "SELECT id FROM placement WHERE return_date IS NULL AND deleted = 0 LIMIT 1"
    )
    delete_placement(village_db, open_placement)
    for description in ("Keluarga minta informasi.", "Paspor hilang."):
        open_case(village_db, CaseInput("other", TODAY, description))
    open_one = scalar(
        village_db,
        "SELECT id FROM case_record WHERE status IN ('open', 'in_progress') AND deleted = 0 LIMIT 1",
    )
    delete_case(village_db, open_one)
    return village_db


def test_headline_counts_equal_sql(demo_village: Database) -> None:
    db = demo_village
    figures = dashboard_figures(db)

    def persons_with(status: str) -> int:
        return int(
            scalar(db, "SELECT count(*) FROM person WHERE deleted = 0 AND migration_status = :s", s=status)
        )

    assert figures.households == scalar(db, "SELECT count(*) FROM household WHERE deleted = 0")
    assert figures.persons == scalar(db, "SELECT count(*) FROM person WHERE deleted = 0")
    assert figures.prospective == persons_with("prospective")
    assert figures.abroad == persons_with("abroad")
    assert figures.returned == persons_with("returned")
    assert figures.open_cases == scalar(
        db, "SELECT count(*) FROM case_record WHERE deleted = 0 AND status IN ('open', 'in_progress')"
    )
    # The deleted rows exist and are left out.
    assert figures.households < scalar(db, "SELECT count(*) FROM household")
    assert figures.open_cases < scalar(
        db, "SELECT count(*) FROM case_record WHERE status IN ('open', 'in_progress')"
    )
    assert figures.abroad > 0 and figures.open_cases > 0


@pytest.mark.parametrize(("column", "category"), [("destination_country", "country"), ("sector", "sector")])
def test_abroad_by_country_and_sector_equal_sql(demo_village: Database, column: str, category: str) -> None:
    db = demo_village
    rows = query(
        db,
        f"SELECT pl.{column} AS code, r.label_id AS label, count(DISTINCT pl.person_id) AS n "
        "FROM placement pl JOIN person p ON p.id = pl.person_id "
        f"JOIN reference_item r ON r.category = :category AND r.code = pl.{column} "
        "WHERE pl.deleted = 0 AND p.deleted = 0 AND pl.return_date IS NULL AND pl.departure_date <= :today "
        f"GROUP BY pl.{column}",
        category=category,
        today=TODAY.isoformat(),
    )
    expected = {(row["code"], row["label"]): row["n"] for row in rows}
    figures = dashboard_figures(db)
    found = figures.by_country if category == "country" else figures.by_sector
    assert {(item.code, item.label): item.count for item in found} == expected
    counts = [item.count for item in found]
    assert counts == sorted(counts, reverse=True)
    assert len(expected) > 1


def test_monthly_equals_sql(demo_village: Database) -> None:
    db = demo_village
    months = months_back(TODAY)
    start = f"{months[0]}-01"

    def per_month(column: str) -> dict[str, int]:
        rows = query(
            db,
            f"SELECT substr({column}, 1, 7) AS month, count(*) AS n FROM placement "
            f"WHERE deleted = 0 AND {column} >= :start AND {column} <= :today GROUP BY month",
            start=start,
            today=TODAY.isoformat(),
        )
        return {row["month"]: row["n"] for row in rows}

    departures, returns = per_month("departure_date"), per_month("return_date")
    expected = [MonthFigures(m, departures.get(m, 0), returns.get(m, 0)) for m in months]
    assert dashboard_figures(db).monthly == expected
    assert sum(departures.values()) > 0


# -- hand-built placements and a fixed day -------------------------------------------------------


@pytest.fixture
def movements(village_db: Database) -> Database:
    """Placements around the edges of the window July 2024 – June 2025 (see FIXED_TODAY)."""
    db = village_db
    home = create_household(db, HouseholdInput(KK_1)).id
    ani = add(db, home, "Ani", "P", date(1990, 1, 1), "head")
    budi = add(db, home, "Budi", "L", date(1985, 2, 2))
    citra = add(db, home, "Citra", "P", date(1992, 3, 3))
    dedi = add(db, home, "Dedi", "L", date(1980, 4, 4))
    eka = add(db, home, "Eka", "P", date(1994, 5, 5))
    fajar = add(db, home, "Fajar", "L", date(1983, 6, 6))
    gita = add(db, home, "Gita", "P", date(1991, 7, 7))
    add_placement(db, ani, stay("TW", "caregiver", date(2024, 7, 10)))  # July: departure
    add_placement(db, budi, stay("MY", "plantation", date(2024, 3, 1), date(2024, 8, 20)))  # August: return
    add_placement(db, budi, stay("MY", "plantation", date(2024, 9, 5), date(2025, 6, 1)))  # Sept / June
    add_placement(db, citra, stay("HK", "domestic_worker", date(2025, 6, 20)))  # after the day asked
    add_placement(db, dedi, stay("MY", "factory", date(2021, 5, 5), date(2024, 6, 29)))  # before the window
    add_placement(db, dedi, stay("TW", "factory", date(2024, 6, 30)))  # the day before the window
    mistake = add_placement(db, eka, stay("MY", "factory", date(2025, 1, 15))).id
    delete_placement(db, mistake)  # deleted: counts nowhere
    add_placement(db, eka, stay("SA", "domestic_worker", date(2025, 2, 10)))  # February
    add_placement(db, fajar, stay("KR", "factory", date(2025, 6, 15)))  # on the day asked: counts
    add_placement(db, gita, stay("SA", "domestic_worker", date(2022, 1, 1), date(2024, 7, 1)))  # July: return
    return db


def test_monthly_buckets_on_a_fixed_day(movements: Database) -> None:
    monthly = dashboard_figures(movements, today=FIXED_TODAY).monthly
    assert monthly == [
        MonthFigures("2024-07", 1, 1),
        MonthFigures("2024-08", 0, 1),
        MonthFigures("2024-09", 1, 0),
        MonthFigures("2024-10", 0, 0),
        MonthFigures("2024-11", 0, 0),
        MonthFigures("2024-12", 0, 0),
        MonthFigures("2025-01", 0, 0),  # only the deleted departure happened here
        MonthFigures("2025-02", 1, 0),
        MonthFigures("2025-03", 0, 0),
        MonthFigures("2025-04", 0, 0),
        MonthFigures("2025-05", 0, 0),
        MonthFigures("2025-06", 1, 1),  # Fajar left on the day; Citra's departure on the 20th not yet
    ]


def test_months_cross_the_year(movements: Database) -> None:
    monthly = dashboard_figures(movements, today=date(2025, 1, 31)).monthly
    assert [m.month for m in monthly] == [f"2024-{n:02d}" for n in range(2, 13)] + ["2025-01"]
    assert monthly[-1] == MonthFigures("2025-01", 0, 0)
    assert monthly[5] == MonthFigures("2024-07", 1, 1)


def test_abroad_by_country_and_sector_on_a_fixed_day(movements: Database) -> None:
    figures = dashboard_figures(movements, today=FIXED_TODAY)
    # Open and begun by 15 June 2025: Ani and Dedi (Taiwan), Eka (Saudi Arabia), Fajar (Korea).
    assert figures.by_country == [
        LabelledCount("TW", "Taiwan", 2),
        LabelledCount("SA", "Arab Saudi", 1),
        LabelledCount("KR", "Korea Selatan", 1),
    ]
    assert figures.by_sector == [
        LabelledCount("factory", "Manufaktur/pabrik", 2),
        LabelledCount("domestic_worker", "Penata laksana rumah tangga (PLRT)", 1),  # ties by label
        LabelledCount("caregiver", "Perawat lansia (caregiver)", 1),
    ]


def test_nothing_registered(village_db: Database) -> None:
    figures = dashboard_figures(village_db, today=FIXED_TODAY)
    assert (figures.households, figures.persons, figures.prospective, figures.abroad, figures.returned) == (
        0,
        0,
        0,
        0,
        0,
    )
    assert (figures.by_country, figures.by_sector, figures.open_cases) == ([], [], 0)
    assert figures.monthly == [MonthFigures(m, 0, 0) for m in months_back(FIXED_TODAY)]
    name = scalar(village_db, "SELECT name FROM village_profile")
    assert [c.description for c in figures.recent_changes] == [f"Profil desa {name} ditambahkan"]


# -- recent changes ------------------------------------------------------------------------------


def test_recent_changes_newest_first_in_indonesian(village_db: Database) -> None:
    db = village_db
    home = create_household(db, HouseholdInput(KK_1)).id
    siti = add(db, home, "Siti Aminah", "P", date(1990, 3, 12), "spouse")
    placement = add_placement(db, siti, stay("TW", "caregiver", TODAY - timedelta(days=400))).id
    case = open_case(
        db, CaseInput("unpaid_wages", TODAY - timedelta(days=10), "Gaji tiga bulan belum dibayar.", siti)
    ).id
    add_case_action(db, case, CaseActionInput(TODAY - timedelta(days=9), "Menghubungi P3MI"))
    delete_case(db, case)
    update_household(db, home, HouseholdInput(KK_1, dusun="Krajan"))
    record_return(db, placement, TODAY - timedelta(days=5))
    other = open_case(db, CaseInput("other", TODAY, "Keluarga minta informasi.")).id
    delete_case(db, other)

    changes = dashboard_figures(db).recent_changes
    assert [c.description for c in changes] == [
        "Kasus (Lainnya) dihapus",
        "Kasus (Lainnya) ditambahkan",
        "Data Siti Aminah diubah",  # she is back: returned
        "Penempatan Siti Aminah ke Taiwan diubah",
        f"Rumah tangga KK {KK_1} diubah",
        "Kasus Siti Aminah (Gaji tidak dibayar) dihapus",
        "Tindak lanjut kasus dihapus",
        "Kasus Siti Aminah (Gaji tidak dibayar) diubah",  # in progress after the follow-up
        "Tindak lanjut kasus ditambahkan",
        "Kasus Siti Aminah (Gaji tidak dibayar) ditambahkan",
    ]
    assert [(c.entity, c.op) for c in changes[:3]] == [
        ("case_record", "delete"),
        ("case_record", "insert"),
        ("person", "update"),
    ]
    times = [c.created_at for c in changes]
    assert times == sorted(times, reverse=True)
    assert all(isinstance(t, datetime) and t.tzinfo is not None for t in times)
    newest = query(db, "SELECT created_at FROM change_log ORDER BY seq DESC LIMIT 1")[0]["created_at"]
    assert times[0].strftime("%Y-%m-%d %H:%M:%S.%f") == newest


def test_recent_changes_of_a_deleted_household(village_db: Database) -> None:
    db = village_db
    home = create_household(db, HouseholdInput(KK_1)).id
    add(db, home, "Slamet Riyadi", "L", date(1985, 7, 4), "head")
    siti = add(db, home, "Siti Aminah", "P", date(1990, 3, 12), "spouse")
    add_placement(db, siti, stay("HK", "domestic_worker", TODAY - timedelta(days=30)))
    delete_household(db, home)
    descriptions = [c.description for c in dashboard_figures(db).recent_changes]
    assert descriptions[:4] == [
        f"Rumah tangga KK {KK_1} dihapus",
        "Data Siti Aminah dihapus",
        "Penempatan Siti Aminah ke Hong Kong dihapus",
        "Data Slamet Riyadi dihapus",
    ]
    assert descriptions[4:8] == [
        "Data Siti Aminah diubah",
        "Penempatan Siti Aminah ke Hong Kong ditambahkan",
        "Anggota Siti Aminah ditambahkan",
        "Anggota Slamet Riyadi ditambahkan",
    ]
