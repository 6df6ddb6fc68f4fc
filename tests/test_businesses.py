"""Productive businesses (pillar 2) on a real SQLite file: the rules, the change log, the counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import StillNeededError, ValidationError
from desmigratif_desktop.months import add_months, month_of, months_ending
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services import business_figures as figures
from desmigratif_desktop.services import businesses as svc
from desmigratif_desktop.services.bulk import HouseholdEntry, MemberEntry, add_households_bulk
from desmigratif_desktop.services.business_list import BusinessFilter, business_rows
from desmigratif_desktop.services.business_money import (
    SupportInput,
    add_support,
    business_supports,
    business_turnovers,
    delete_support,
    delete_turnover,
    record_turnover,
    suggested_month,
    turnover_trend,
)
from desmigratif_desktop.services.businesses import BusinessInput
from desmigratif_desktop.services.demo_businesses import add_businesses_demo
from desmigratif_desktop.services.demo_pillars import add_pillars_demo
from desmigratif_desktop.services.households import HouseholdInput
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement
from tests.conftest import make_nik
from tests.dbtools import logical_dump, query, scalar
from tests.factories import add_neighbour, make_family

TODAY = date.today()
THIS_MONTH = month_of(TODAY)
LAST_MONTH = add_months(THIS_MONTH, -1)
STARTED = TODAY - timedelta(days=400)


def kerupuk(owner: str, **changes: object) -> BusinessInput:
    data = BusinessInput(
        name="Kerupuk Bawang Bu Siti",
        sector="food_processing",
        owner_person_id=owner,
        start_date=STARTED,
        workers=2,
        products="kerupuk bawang, rengginang",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.fixture
def family(village_db: Database) -> dict[str, str]:
    return make_family(village_db)


@pytest.fixture
def business(village_db: Database, family: dict[str, str]) -> str:
    return svc.create_business(village_db, kerupuk(family["wife"])).id


def problems_of(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems if p.is_error}


def log_entries(db: Database, table: str, row_id: str) -> list[str]:
    rows = query(
        db, "SELECT op FROM change_log WHERE entity = :t AND row_id = :r ORDER BY seq", t=table, r=row_id
    )
    return [row["op"] for row in rows]


# -- the business ----------------------------------------------------------------------------------


def test_a_business_is_stored_with_its_change_log(village_db: Database, business: str) -> None:
    row = query(village_db, "SELECT * FROM business WHERE id = :id", id=business)[0]
    assert row["name"] == "Kerupuk Bawang Bu Siti"
    assert row["village_code"] == "33.29.15.2007"
    assert row["status"] == "active" and row["workers"] == 2 and row["stopped_date"] is None
    assert log_entries(village_db, "business", business) == ["insert"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Nama usaha wajib diisi."),
        ({"sector": ""}, "sector", "Bidang usaha wajib diisi."),
        ({"sector": "mining"}, "sector", "Bidang usaha 'mining' tidak ada dalam daftar pilihan."),
        ({"owner_person_id": None}, "owner_person_id", "Pemilik usaha wajib diisi."),
        ({"start_date": None}, "start_date", "Tanggal mulai usaha wajib diisi."),
        ({"start_date": TODAY + timedelta(days=1)}, "start_date", "Tanggal mulai usaha tidak boleh melewati"),
        ({"workers": -1}, "workers", "Jumlah pekerja tidak boleh negatif."),
        ({"status": "bankrupt"}, "status", "Status usaha 'bankrupt' tidak ada dalam daftar pilihan."),
        ({"status": "stopped"}, "stopped_date", "Tanggal berhenti wajib diisi"),
        (
            {"status": "stopped", "stopped_date": STARTED - timedelta(days=1)},
            "stopped_date",
            "Tanggal berhenti tidak boleh sebelum tanggal mulai usaha.",
        ),
        (
            {"status": "stopped", "stopped_date": TODAY + timedelta(days=1)},
            "stopped_date",
            "Tanggal berhenti tidak boleh melewati hari ini.",
        ),
        ({"phone": "12"}, "phone", "Nomor telepon tidak valid"),
    ],
)
def test_a_business_breaking_a_rule_is_refused_and_nothing_is_written(
    village_db: Database, family: dict[str, str], changes: dict[str, object], field: str, message: str
) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as error:
        svc.create_business(village_db, kerupuk(family["wife"], **changes))
    assert problems_of(error)[field].startswith(message)
    assert logical_dump(village_db.paths.database) == before


def test_the_owner_must_be_a_living_registered_person(village_db: Database, family: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as error:
        svc.create_business(village_db, kerupuk("no-such-person"))
    assert "tidak ada di daftar" in problems_of(error)["owner_person_id"]
    assert scalar(village_db, "SELECT count(*) FROM business") == 0


def test_an_owner_outside_the_target_group_is_a_warning_not_a_refusal(
    village_db: Database, family: dict[str, str]
) -> None:
    warsito = add_neighbour(village_db)  # never abroad, nobody in his household abroad
    saved = svc.create_business(village_db, kerupuk(warsito))
    assert [w.code for w in saved.warnings] == ["not_target_group"]
    assert "Warsito bukan PMI purna" in saved.warnings[0].message
    assert scalar(village_db, "SELECT owner_person_id FROM business") == warsito
    # Siti works abroad, so her household is a migrant household: no warning.
    assert svc.create_business(village_db, kerupuk(family["wife"])).warnings == []


def test_a_business_cannot_start_before_its_owner_was_born_and_a_child_owner_is_warned_about(
    village_db: Database, family: dict[str, str]
) -> None:
    born = TODAY - timedelta(days=10 * 365)
    child = PersonInput(make_nik(born, "L", 77), "Bagus", "L", born, "child")
    bagus = add_person(village_db, family["household"], child).id
    with pytest.raises(ValidationError) as error:
        svc.create_business(village_db, kerupuk(bagus, start_date=born - timedelta(days=1)))
    assert problems_of(error)["start_date"].startswith("Tanggal mulai usaha sebelum Bagus lahir")
    assert scalar(village_db, "SELECT count(*) FROM business") == 0
    saved = svc.create_business(village_db, kerupuk(bagus, start_date=TODAY - timedelta(days=30)))
    assert "owner_minor" in [w.code for w in saved.warnings]


def test_a_returned_worker_owner_gets_no_warning(village_db: Database, family: dict[str, str]) -> None:
    warsito = add_neighbour(village_db)
    went, came = TODAY - timedelta(days=1500), TODAY - timedelta(days=300)
    add_placement(village_db, warsito, PlacementInput("MY", "plantation", went, return_date=came))
    assert svc.create_business(village_db, kerupuk(warsito)).warnings == []


def test_a_stopped_business_keeps_its_stop_date_and_an_active_one_drops_it(
    village_db: Database, business: str, family: dict[str, str]
) -> None:
    stopped = TODAY - timedelta(days=30)
    svc.update_business(village_db, business, kerupuk(family["wife"], status="stopped", stopped_date=stopped))
    assert scalar(village_db, "SELECT stopped_date FROM business") == stopped.isoformat()
    svc.update_business(village_db, business, kerupuk(family["wife"], stopped_date=stopped))
    assert scalar(village_db, "SELECT stopped_date FROM business") is None
    assert log_entries(village_db, "business", business) == ["insert", "update", "update"]


def test_deleting_a_business_tombstones_its_turnover_and_support(village_db: Database, business: str) -> None:
    turnover = record_turnover(village_db, business, LAST_MONTH, 4_500_000).id
    support = add_support(village_db, business, SupportInput(TODAY, "training", "Disnaker Kabupaten")).id
    svc.delete_business(village_db, business)
    for table, row_id in (
        ("business", business),
        ("business_turnover", turnover),
        ("business_support", support),
    ):
        assert scalar(village_db, f"SELECT deleted FROM {table} WHERE id = :id", id=row_id) == 1
        assert log_entries(village_db, table, row_id)[-1] == "delete"
    assert svc.get_business(village_db, business) is None
    assert business_rows(village_db) == []


def test_the_owner_of_a_business_cannot_be_deleted(
    village_db: Database, business: str, family: dict[str, str]
) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(StillNeededError) as error:
        delete_person(village_db, family["wife"])
    assert "Siti Aminah" in error.value.message and "Kerupuk Bawang Bu Siti" in error.value.message
    assert logical_dump(village_db.paths.database) == before


def test_after_handing_the_business_on_the_old_owner_can_be_deleted(
    village_db: Database, business: str, family: dict[str, str]
) -> None:
    warsito = add_neighbour(village_db)
    svc.update_business(village_db, business, kerupuk(warsito))
    delete_person(village_db, family["wife"])
    assert scalar(village_db, "SELECT deleted FROM person WHERE id = :id", id=family["wife"]) == 1
    assert scalar(village_db, "SELECT owner_person_id FROM business") == warsito
    assert business_rows(village_db)[0].owner_name == "Warsito"


def test_a_business_cannot_be_handed_to_a_deleted_person(
    village_db: Database, business: str, family: dict[str, str]
) -> None:
    warsito = add_neighbour(village_db)
    delete_person(village_db, warsito)
    with pytest.raises(ValidationError) as error:
        svc.update_business(village_db, business, kerupuk(warsito))
    assert "owner_person_id" in problems_of(error)
    assert scalar(village_db, "SELECT owner_person_id FROM business") == family["wife"]


def test_start_and_stop_dates_must_stay_around_recorded_turnover(
    village_db: Database, business: str, family: dict[str, str]
) -> None:
    record_turnover(village_db, business, month_of(STARTED), 1_000_000)
    record_turnover(village_db, business, LAST_MONTH, 2_000_000)
    with pytest.raises(ValidationError) as error:
        svc.update_business(
            village_db, business, kerupuk(family["wife"], start_date=TODAY - timedelta(days=60))
        )
    assert "usaha tidak mungkin mulai sesudahnya" in problems_of(error)["start_date"]
    early_stop = kerupuk(family["wife"], status="stopped", stopped_date=STARTED + timedelta(days=40))
    with pytest.raises(ValidationError) as error:
        svc.update_business(village_db, business, early_stop)
    assert "usaha tidak mungkin berhenti sebelumnya" in problems_of(error)["stopped_date"]


# -- turnover --------------------------------------------------------------------------------------


def test_recording_a_month_again_corrects_the_one_live_row(village_db: Database, business: str) -> None:
    first = record_turnover(village_db, business, LAST_MONTH, 4_500_000).id
    again = record_turnover(village_db, business, LAST_MONTH, 5_250_000).id
    assert again == first
    rows = query(village_db, "SELECT amount, deleted FROM business_turnover")
    assert rows == [{"amount": 5_250_000, "deleted": 0}]
    assert log_entries(village_db, "business_turnover", first) == ["insert", "update"]
    record_turnover(village_db, business, LAST_MONTH, 5_250_000)  # the same figure: nothing to sync
    assert log_entries(village_db, "business_turnover", first) == ["insert", "update"]


def test_a_deleted_month_can_be_recorded_anew(village_db: Database, business: str) -> None:
    first = record_turnover(village_db, business, LAST_MONTH, 4_500_000).id
    delete_turnover(village_db, first)
    second = record_turnover(village_db, business, LAST_MONTH, 3_000_000).id
    assert second != first
    assert [(t.month, t.amount) for t in business_turnovers(village_db, business)] == [
        (LAST_MONTH, 3_000_000)
    ]


@pytest.mark.parametrize(
    ("month", "amount", "field", "message"),
    [
        (None, 1_000_000, "month", "Bulan wajib diisi."),
        ("2026-13", 1_000_000, "month", "Tulis bulan sebagai bb-tttt"),
        (
            add_months(THIS_MONTH, 1),
            1_000_000,
            "month",
            "Omzet tidak bisa dicatat untuk bulan yang belum tiba.",
        ),
        (add_months(month_of(STARTED), -1), 1_000_000, "month", "Usaha baru mulai"),
        (LAST_MONTH, None, "amount", "Omzet wajib diisi."),
        (LAST_MONTH, -5, "amount", "Omzet tidak boleh negatif."),
    ],
)
def test_turnover_breaking_a_rule_is_refused(
    village_db: Database, business: str, month: str | None, amount: int | None, field: str, message: str
) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as error:
        record_turnover(village_db, business, month, amount)
    assert problems_of(error)[field].startswith(message)
    assert logical_dump(village_db.paths.database) == before


def test_no_turnover_after_the_business_stopped(
    village_db: Database, business: str, family: dict[str, str]
) -> None:
    stopped = TODAY - timedelta(days=100)
    svc.update_business(village_db, business, kerupuk(family["wife"], status="stopped", stopped_date=stopped))
    with pytest.raises(ValidationError) as error:
        record_turnover(village_db, business, LAST_MONTH, 1_000_000)
    assert "Usaha berhenti" in problems_of(error)["month"]
    assert record_turnover(village_db, business, month_of(stopped), 1_000_000).warnings == []


def test_a_huge_turnover_is_a_warning(village_db: Database, business: str) -> None:
    saved = record_turnover(village_db, business, LAST_MONTH, 2_000_000_000)
    assert [w.code for w in saved.warnings] == ["implausible"]


def test_the_trend_has_every_month_oldest_first(village_db: Database, business: str) -> None:
    record_turnover(village_db, business, LAST_MONTH, 2_000_000)
    record_turnover(village_db, business, add_months(THIS_MONTH, -3), 1_500_000)
    trend = turnover_trend(village_db, business, months=4)
    assert trend == [
        (add_months(THIS_MONTH, -3), 1_500_000),
        (add_months(THIS_MONTH, -2), None),
        (LAST_MONTH, 2_000_000),
        (THIS_MONTH, None),
    ]


def test_the_suggested_month_is_the_next_one_to_record() -> None:
    today = date(2026, 11, 23)
    started = {"start_date": date(2026, 3, 5), "stopped_date": None}
    assert suggested_month(None, started, today) == "2026-10"  # last month: this one is not over
    assert suggested_month("2026-07", started, today) == "2026-08"
    assert suggested_month("2026-10", started, today) == "2026-10"
    assert suggested_month(None, {**started, "stopped_date": date(2026, 6, 30)}, today) == "2026-06"
    assert suggested_month(None, {"start_date": date(2026, 11, 2), "stopped_date": None}, today) == "2026-11"


def test_months_arithmetic_crosses_years() -> None:
    assert add_months("2026-01", -1) == "2025-12"
    assert add_months("2025-12", 1) == "2026-01"
    assert months_ending("2026-02", 3) == ["2025-12", "2026-01", "2026-02"]


# -- support ---------------------------------------------------------------------------------------


def test_support_history_newest_first(village_db: Database, business: str) -> None:
    add_support(
        village_db, business, SupportInput(TODAY - timedelta(days=90), "training", "Disnaker Kabupaten")
    )
    capital = SupportInput(TODAY - timedelta(days=10), "capital", "KUR BRI", "Pinjaman modal", 15_000_000)
    capital_id = add_support(village_db, business, capital).id
    history = business_supports(village_db, business)
    assert [(s.support_type, s.provider, s.amount) for s in history] == [
        ("capital", "KUR BRI", 15_000_000),
        ("training", "Disnaker Kabupaten", None),
    ]
    delete_support(village_db, capital_id)
    assert [s.support_type for s in business_supports(village_db, business)] == ["training"]
    assert log_entries(village_db, "business_support", capital_id) == ["insert", "delete"]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (SupportInput(None, "training", "Disnaker"), "support_date", "Tanggal wajib diisi."),
        (
            SupportInput(TODAY + timedelta(days=1), "training", "Disnaker"),
            "support_date",
            "Tanggal tidak boleh",
        ),
        (SupportInput(TODAY, "", "Disnaker"), "support_type", "Jenis dukungan wajib diisi."),
        (SupportInput(TODAY, "gift", "Disnaker"), "support_type", "Jenis dukungan 'gift' tidak ada"),
        (SupportInput(TODAY, "training", "  "), "provider", "Pemberi dukungan wajib diisi."),
        (SupportInput(TODAY, "capital", "KUR BRI", amount=-1), "amount", "Jumlah bantuan modal tidak boleh"),
        (
            SupportInput(TODAY, "training", "Disnaker", amount=500_000),
            "amount",
            "Jumlah (rupiah) hanya diisi",
        ),
    ],
)
def test_support_breaking_a_rule_is_refused(
    village_db: Database, business: str, data: SupportInput, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        add_support(village_db, business, data)
    assert problems_of(error)[field].startswith(message)
    assert scalar(village_db, "SELECT count(*) FROM business_support") == 0


def test_capital_without_an_amount_is_allowed(village_db: Database, business: str) -> None:
    add_support(village_db, business, SupportInput(TODAY, "capital", "BUMDes"))
    assert scalar(village_db, "SELECT amount FROM business_support") is None


# -- the list and the counts -----------------------------------------------------------------------


@pytest.fixture
def three(village_db: Database, family: dict[str, str]) -> dict[str, str]:
    warsito = add_neighbour(village_db)
    ids = {
        "kerupuk": svc.create_business(village_db, kerupuk(family["wife"])).id,
        "bengkel": svc.create_business(
            village_db,
            kerupuk(warsito, name="Bengkel Motor Jaya", sector="repair", workers=1, products="servis"),
        ).id,
        "warung": svc.create_business(
            village_db,
            kerupuk(
                warsito,
                name="Warung Makan Barokah",
                sector="culinary",
                workers=3,
                products="nasi rames",
                status="stopped",
                stopped_date=TODAY - timedelta(days=20),
            ),
        ).id,
    }
    record_turnover(village_db, ids["kerupuk"], add_months(THIS_MONTH, -2), 3_000_000)
    record_turnover(village_db, ids["kerupuk"], LAST_MONTH, 3_500_000)
    record_turnover(village_db, ids["bengkel"], LAST_MONTH, 6_000_000)
    record_turnover(village_db, ids["warung"], add_months(THIS_MONTH, -2), 2_000_000)
    return ids


def test_the_list_shows_owner_and_latest_turnover(village_db: Database, three: dict[str, str]) -> None:
    rows = business_rows(village_db)
    assert [r.name for r in rows] == ["Bengkel Motor Jaya", "Kerupuk Bawang Bu Siti", "Warung Makan Barokah"]
    kerupuk_row = rows[1]
    assert (kerupuk_row.owner_name, kerupuk_row.last_month, kerupuk_row.last_amount) == (
        "Siti Aminah",
        LAST_MONTH,
        3_500_000,
    )
    assert rows[2].last_month == add_months(THIS_MONTH, -2)


@pytest.mark.parametrize(
    ("where", "names"),
    [
        (BusinessFilter(status="stopped"), ["Warung Makan Barokah"]),
        (BusinessFilter(sector="repair"), ["Bengkel Motor Jaya"]),
        (BusinessFilter(text="warsito"), ["Bengkel Motor Jaya", "Warung Makan Barokah"]),
        (BusinessFilter(text="RENGGINANG"), ["Kerupuk Bawang Bu Siti"]),
        (BusinessFilter(text="motor jaya"), ["Bengkel Motor Jaya"]),
        (BusinessFilter(text="warsito nasi"), ["Warung Makan Barokah"]),
        (BusinessFilter(text="50%"), []),
        (BusinessFilter(text="warsito", status="active"), ["Bengkel Motor Jaya"]),
    ],
)
def test_the_list_filters(
    village_db: Database, three: dict[str, str], where: BusinessFilter, names: list[str]
) -> None:
    assert [r.name for r in business_rows(village_db, where)] == names


def test_the_counts(village_db: Database, three: dict[str, str], family: dict[str, str]) -> None:
    svc.delete_business(village_db, svc.create_business(village_db, kerupuk(family["wife"])).id)
    with village_db.read() as connection:
        assert figures.count_businesses(connection) == 3
        assert figures.count_active_businesses(connection) == 2
        assert figures.workers_employed(connection) == 3  # the stopped warung's workers do not count
        assert figures.turnover_in_month(connection, LAST_MONTH) == 9_500_000
        assert figures.turnover_in_month(connection, add_months(THIS_MONTH, -2)) == 5_000_000
        assert figures.turnover_in_month(connection, "2001-01") == 0
        assert figures.businesses_by_sector(connection) == [
            ("food_processing", "Pengolahan makanan dan minuman", 1),
            ("repair", "Bengkel dan servis", 1),
        ]
        assert figures.turnover_by_month(connection, add_months(THIS_MONTH, -2), THIS_MONTH) == [
            (add_months(THIS_MONTH, -2), 5_000_000, 2),
            (LAST_MONTH, 9_500_000, 2),
        ]


def test_counts_of_an_empty_village(village_db: Database) -> None:
    with village_db.read() as connection:
        assert figures.count_businesses(connection) == 0
        assert figures.workers_employed(connection) == 0
        assert figures.turnover_in_month(connection, LAST_MONTH) == 0
        assert figures.businesses_by_sector(connection) == []


def test_checks_run_without_a_database_as_the_officer_types() -> None:
    codes = {lookups.BUSINESS_SECTOR: frozenset({"food_processing"})}
    checks, row = svc.business_checks(kerupuk("p1", name="  Kerupuk   Bu Siti "), codes)
    assert checks.problems == []
    assert row["name"] == "Kerupuk Bu Siti"


# -- training data ---------------------------------------------------------------------------------


def _register(db: Database, households: int, first_serial: int) -> set[str]:
    """Households of three kinds: a returned head, a wife abroad, nobody abroad; returns their ids."""
    entries = []
    for n in range(first_serial, first_serial + households):
        head_birth, wife_birth = date(1980, 1 + n % 12, 1 + n % 28), date(1984, 1 + n % 12, 1 + n % 28)
        head_stays, wife_stays = [], []
        if n % 3 == 0:
            went, came = TODAY - timedelta(days=1400), TODAY - timedelta(days=500 + n % 200)
            head_stays.append(PlacementInput("MY", "plantation", went, return_date=came))
        elif n % 3 == 1:
            wife_stays.append(PlacementInput("HK", "domestic_worker", TODAY - timedelta(days=300)))
        head = PersonInput(make_nik(head_birth, "L", n), f"Kepala {n}", "L", head_birth, "head")
        wife = PersonInput(make_nik(wife_birth, "P", n), f"Istri {n}", "P", wife_birth, "spouse")
        kk = f"332915010120{n:04d}"
        entries.append(
            HouseholdEntry(
                HouseholdInput(kk, dusun="Krajan"),
                [MemberEntry(head, head_stays), MemberEntry(wife, wife_stays)],
            )
        )
    before = set(query_ids(db))
    add_households_bulk(db, entries)
    return set(query_ids(db)) - before


def query_ids(db: Database) -> list[str]:
    return [row["id"] for row in query(db, "SELECT id FROM household")]


def test_training_data_passes_the_rules_and_adds_up(village_db: Database) -> None:
    new = _register(village_db, 300, 1)
    counts = add_pillars_demo(village_db, "33.29.15.2007", new, 7, TODAY, [add_businesses_demo])
    stored = {
        "businesses": scalar(village_db, "SELECT count(*) FROM business"),
        "business_turnovers": scalar(village_db, "SELECT count(*) FROM business_turnover"),
        "business_supports": scalar(village_db, "SELECT count(*) FROM business_support"),
    }
    assert counts == stored
    assert 15 <= counts["businesses"] <= 45  # about one household in ten
    logged = scalar(village_db, "SELECT count(*) FROM change_log WHERE entity LIKE 'business%'")
    assert logged == sum(counts.values())
    with village_db.read() as connection:
        active = figures.count_active_businesses(connection)
    assert 0.6 <= active / counts["businesses"] <= 0.95
    owners = query(
        village_db,
        "SELECT p.migration_status, p.household_id FROM business b JOIN person p ON p.id = b.owner_person_id",
    )
    assert {o["household_id"] for o in owners} <= new
    assert all(o["migration_status"] in ("returned", "none") for o in owners)
    two_years_ago = (TODAY - timedelta(days=731)).isoformat()
    assert scalar(village_db, "SELECT min(start_date) FROM business") >= two_years_ago
    assert scalar(village_db, "SELECT max(start_date) FROM business") <= TODAY.isoformat()
    assert scalar(village_db, "SELECT max(month) FROM business_turnover") <= LAST_MONTH  # months over
    assert scalar(village_db, "SELECT max(support_date) FROM business_support") <= TODAY.isoformat()
    twice = "SELECT count(*) FROM business_turnover GROUP BY business_id, month HAVING count(*) > 1"
    assert query(village_db, twice) == []
    amount_not_capital = (
        "SELECT count(*) FROM business_support WHERE amount IS NOT NULL AND support_type != 'capital'"
    )
    assert scalar(village_db, amount_not_capital) == 0
    first_rows = query(village_db, "SELECT * FROM business ORDER BY id")

    more = _register(village_db, 100, 301)  # the officer adds training data a second time
    again = add_pillars_demo(village_db, "33.29.15.2007", more, 8, TODAY, [add_businesses_demo])
    assert scalar(village_db, "SELECT count(*) FROM business") == counts["businesses"] + again["businesses"]
    first_ids = {row["id"] for row in first_rows}
    assert [
        row for row in query(village_db, "SELECT * FROM business ORDER BY id") if row["id"] in first_ids
    ] == (first_rows)
    added = query(
        village_db, "SELECT p.household_id FROM business b JOIN person p ON p.id = b.owner_person_id"
    )
    assert sum(row["household_id"] in more for row in added) == again["businesses"]
