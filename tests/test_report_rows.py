"""The rows of the printed register and the household profile, on a village built through the services.

Expectations are written out from the data built here, or read with plain SQL (labels of the
reference lists, statuses the services derived); none comes from the functions under test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import NotFoundError
from desmigratif_desktop.services import report_rows
from desmigratif_desktop.services.cases import CaseActionInput, CaseInput, add_case_action, open_case
from desmigratif_desktop.services.households import HouseholdInput, create_household, delete_household
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement, delete_placement
from desmigratif_desktop.services.register_queries import PersonFilter, PersonSort, search_person_ids
from tests.conftest import make_nik
from tests.dbtools import query, scalar

TODAY = date.today()
KK_1 = "3329150101200001"
KK_2 = "3329150202150002"
KK_3 = "3329150303100003"
# The register's status labels, written out as the paper must show them.
STATUS_LABELS = {
    "prospective": "Calon PMI",
    "abroad": "PMI di luar negeri",
    "returned": "PMI purna",
    "none": "Anggota keluarga",
}


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@dataclass
class Village:
    household: dict[str, str] = field(default_factory=dict)  # "H1".. -> id
    person: dict[str, str] = field(default_factory=dict)  # full name -> id
    nik: dict[str, str] = field(default_factory=dict)  # full name -> NIK
    placement: dict[str, str] = field(default_factory=dict)  # "Siti TW".. -> id
    case: dict[str, str] = field(default_factory=dict)


def add(
    db: Database,
    village: Village,
    household: str,
    name: str,
    sex: str,
    birth: date,
    relationship: str,
    **extra: str,
) -> str:
    nik = make_nik(birth, sex, serial=len(village.nik) + 1)
    data = PersonInput(nik=nik, full_name=name, sex=sex, birth_date=birth, relationship=relationship, **extra)
    village.person[name] = add_person(db, village.household[household], data).id
    village.nik[name] = nik
    return village.person[name]


def stay(
    country: str, sector: str, departure: date, returned: date | None = None, **extra: object
) -> PlacementInput:
    return PlacementInput(
        destination_country=country, sector=sector, departure_date=departure, return_date=returned, **extra
    )


def build_village(db: Database) -> Village:
    """H1 (Krajan): Siti abroad in Taiwan, Bambang (family member), Dewi (prospective), Joko (deleted).
    H2 (Sukamaju): Agus returned from Hong Kong (an older stay in Malaysia, a newer one deleted),
    Yanto (prospective, deleted). H3: Tono (prospective), the whole household deleted."""
    v = Village()
    v.household["H1"] = create_household(
        db,
        HouseholdInput(
            kk_number=KK_1, address="Jl. Melati No. 4", dusun="Krajan", rt="1", rw="2", phone="081234567890"
        ),
    ).id
    v.household["H2"] = create_household(db, HouseholdInput(kk_number=KK_2, dusun="Sukamaju")).id
    v.household["H3"] = create_household(db, HouseholdInput(kk_number=KK_3)).id
    siti = add(db, v, "H1", "Siti Aminah", "P", date(1990, 3, 12), "head", education="senior_secondary")
    add(db, v, "H1", "Bambang Wijaya", "L", date(1985, 7, 1), "spouse", occupation="Petani")
    add(db, v, "H1", "Dewi Lestari", "P", date(2005, 2, 2), "child", migration_status="prospective")
    joko = add(db, v, "H1", "Joko Susilo", "L", date(2003, 4, 4), "child", migration_status="prospective")
    v.placement["Siti TW"] = add_placement(
        db,
        siti,
        stay(
            "TW",
            "caregiver",
            ago(400),
            employer="Chen Family",
            placement_agency="PT Sinar Jaya",
            passport_number="C1234567",
            bpjs_member=True,
            contract_end_date=ago(400) + timedelta(days=730),
        ),
    ).id
    agus = add(db, v, "H2", "Agus Salim", "L", date(1980, 1, 1), "head")
    v.placement["Agus MY"] = add_placement(db, agus, stay("MY", "factory", ago(3000), ago(2000))).id
    v.placement["Agus HK"] = add_placement(
        db, agus, stay("HK", "domestic_worker", ago(900), ago(100), procedural=False)
    ).id
    v.placement["Agus KR"] = add_placement(db, agus, stay("KR", "factory", ago(50))).id
    delete_placement(db, v.placement["Agus KR"])
    yanto = add(db, v, "H2", "Yanto", "L", date(2000, 6, 6), "child", migration_status="prospective")
    delete_person(db, yanto)
    add(db, v, "H3", "Tono", "L", date(1995, 5, 5), "head", migration_status="prospective")
    delete_household(db, v.household["H3"])
    v.case["wages"] = open_case(
        db, CaseInput("unpaid_wages", ago(30), "Gaji tiga bulan belum dibayar.", person_id=siti)
    ).id
    add_case_action(db, v.case["wages"], CaseActionInput(ago(20), "Menghubungi P3MI", "Siti Rahayu"))
    add_case_action(db, v.case["wages"], CaseActionInput(ago(25), "Kunjungan ke keluarga", None))
    v.case["contact"] = open_case(
        db, CaseInput("lost_contact", ago(300), "Tidak ada kabar.", person_id=siti)
    ).id
    open_case(db, CaseInput("illness", ago(10), "Sakit di rantau.", person_id=joko))
    delete_person(db, joko)
    return v


@pytest.fixture
def village(village_db: Database) -> Village:
    return build_village(village_db)


def label(db: Database, category: str, code: str) -> str:
    return scalar(
        db, "SELECT label_id FROM reference_item WHERE category = :c AND code = :k", c=category, k=code
    )


def status_of(db: Database, person_id: str) -> str:
    return STATUS_LABELS[scalar(db, "SELECT migration_status FROM person WHERE id = :id", id=person_id)]


def all_lines(db: Database, *args: object, **kwargs: object) -> list[report_rows.RegisterLine]:
    return [line for chunk in report_rows.register_lines(db, *args, **kwargs) for line in chunk]


def niks_of(db: Database, ids: list[str]) -> list[str]:
    niks = {row["id"]: row["nik"] for row in query(db, "SELECT id, nik FROM person")}
    return [niks[i] for i in ids]


# -- the register --------------------------------------------------------------------------------


def test_unfiltered_register_lists_living_migrant_workers_by_name(
    village_db: Database, village: Village
) -> None:
    lines = all_lines(village_db, today=TODAY)

    assert [line.full_name for line in lines] == ["Agus Salim", "Dewi Lestari", "Siti Aminah"]
    assert report_rows.count_register_lines(village_db) == 3


def test_register_line_carries_the_latest_living_placement_with_labels(
    village_db: Database, village: Village
) -> None:
    lines = {line.full_name: line for line in all_lines(village_db, today=TODAY)}

    siti = lines["Siti Aminah"]
    assert siti.nik == village.nik["Siti Aminah"]
    assert siti.sex == "P"
    assert siti.birth_date == date(1990, 3, 12)
    assert siti.age == TODAY.year - 1990 - ((TODAY.month, TODAY.day) < (3, 12))
    assert siti.kk_number == KK_1
    assert siti.address == "Jl. Melati No. 4, Dusun Krajan, RT 001/RW 002"
    assert siti.status == "PMI di luar negeri"
    assert siti.country == label(village_db, "country", "TW")
    assert siti.sector == label(village_db, "sector", "caregiver")
    assert (siti.departure_date, siti.return_date, siti.procedural) == (ago(400), None, True)
    assert siti.phone is None

    agus = lines["Agus Salim"]  # the Korean stay was deleted: Hong Kong is the latest living one
    assert agus.country == label(village_db, "country", "HK")
    assert agus.sector == label(village_db, "sector", "domestic_worker")
    assert (agus.departure_date, agus.return_date, agus.procedural) == (ago(900), ago(100), False)
    assert agus.status == status_of(village_db, village.person["Agus Salim"]) == "PMI purna"
    assert agus.address == "Dusun Sukamaju"

    dewi = lines["Dewi Lestari"]
    assert (dewi.country, dewi.sector, dewi.departure_date, dewi.procedural) == ("", "", None, None)
    assert dewi.status == "Calon PMI"


def test_deleted_persons_and_households_are_not_in_the_register(
    village_db: Database, village: Village
) -> None:
    names = {line.full_name for line in all_lines(village_db, PersonFilter(), today=TODAY)}

    assert names == {"Siti Aminah", "Bambang Wijaya", "Dewi Lestari", "Agus Salim"}
    assert report_rows.count_register_lines(village_db, PersonFilter()) == 4


@pytest.mark.parametrize(
    ("filter", "sort", "descending", "expected"),
    [
        (
            PersonFilter(dusun="Krajan"),
            PersonSort.AGE,
            False,
            ["Dewi Lestari", "Siti Aminah", "Bambang Wijaya"],
        ),
        (
            PersonFilter(text="a"),
            PersonSort.NAME,
            True,
            ["Siti Aminah", "Dewi Lestari", "Bambang Wijaya", "Agus Salim"],
        ),
        (PersonFilter(migration_status="abroad"), PersonSort.NAME, False, ["Siti Aminah"]),
        (PersonFilter(destination_country="HK"), PersonSort.NAME, False, ["Agus Salim"]),
        (PersonFilter(text=KK_2), PersonSort.KK, False, ["Agus Salim"]),
    ],
)
def test_filtered_register_is_the_register_page_list_in_its_order(
    village_db: Database,
    village: Village,
    filter: PersonFilter,
    sort: PersonSort,
    descending: bool,
    expected: list[str],
) -> None:
    lines = all_lines(village_db, filter, sort, descending, TODAY)

    assert [line.full_name for line in lines] == expected
    assert [line.nik for line in lines] == niks_of(
        village_db, search_person_ids(village_db, filter, sort, descending)
    )
    assert report_rows.count_register_lines(village_db, filter) == len(expected)


def test_unfiltered_register_follows_a_household_sort(village_db: Database, village: Village) -> None:
    lines = all_lines(village_db, sort=PersonSort.KK, today=TODAY)

    assert [(line.kk_number, line.full_name) for line in lines] == [
        (KK_1, "Dewi Lestari"),
        (KK_1, "Siti Aminah"),
        (KK_2, "Agus Salim"),
    ]


def test_register_arrives_in_chunks_in_order(
    village_db: Database, village: Village, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_rows, "REGISTER_CHUNK", 2)

    chunks = list(report_rows.register_lines(village_db, PersonFilter(), today=TODAY))

    assert [len(chunk) for chunk in chunks] == [2, 2]
    names = [line.full_name for chunk in chunks for line in chunk]
    assert names == ["Agus Salim", "Bambang Wijaya", "Dewi Lestari", "Siti Aminah"]


def test_empty_register_yields_nothing(village_db: Database) -> None:
    assert list(report_rows.register_lines(village_db)) == []
    assert report_rows.count_register_lines(village_db) == 0


# -- the household profile -----------------------------------------------------------------------


def test_household_profile_has_the_household_and_its_living_members(
    village_db: Database, village: Village
) -> None:
    profile = report_rows.household_profile(village_db, village.household["H1"], TODAY)

    assert (profile.kk_number, profile.head_name, profile.address) == (
        KK_1,
        "Siti Aminah",
        "Jl. Melati No. 4",
    )
    assert (profile.dusun, profile.rt, profile.rw, profile.phone) == (
        "Krajan",
        "001",
        "002",
        "0812-3456-7890",
    )
    assert [m.full_name for m in profile.members] == ["Siti Aminah", "Bambang Wijaya", "Dewi Lestari"]
    siti, bambang, dewi = profile.members
    assert siti.nik == village.nik["Siti Aminah"]
    assert siti.relationship == label(village_db, "relationship", "head")
    assert siti.education == label(village_db, "education", "senior_secondary")
    assert siti.status == "PMI di luar negeri"
    assert bambang.relationship == label(village_db, "relationship", "spouse")
    assert (bambang.education, bambang.occupation, bambang.status) == ("", "Petani", "Anggota keluarga")
    assert dewi.relationship == label(village_db, "relationship", "child")
    assert dewi.age == TODAY.year - 2005 - ((TODAY.month, TODAY.day) < (2, 2))


def test_household_profile_placements_newest_first_without_deleted_ones(
    village_db: Database, village: Village
) -> None:
    h1 = report_rows.household_profile(village_db, village.household["H1"], TODAY)
    h2 = report_rows.household_profile(village_db, village.household["H2"], TODAY)

    (taiwan,) = h1.placements
    assert (taiwan.full_name, taiwan.country) == ("Siti Aminah", label(village_db, "country", "TW"))
    assert (taiwan.employer, taiwan.scheme, taiwan.placement_agency) == (
        "Chen Family",
        "P3MI",
        "PT Sinar Jaya",
    )
    assert (taiwan.departure_date, taiwan.contract_end_date) == (ago(400), ago(400) + timedelta(days=730))
    assert (taiwan.passport_number, taiwan.bpjs_member, taiwan.procedural) == ("C1234567", True, True)
    assert [(p.country, p.departure_date, p.return_date) for p in h2.placements] == [
        (label(village_db, "country", "HK"), ago(900), ago(100)),
        (label(village_db, "country", "MY"), ago(3000), ago(2000)),
    ]


def test_household_profile_cases_newest_first_with_actions_in_date_order(
    village_db: Database, village: Village
) -> None:
    profile = report_rows.household_profile(village_db, village.household["H1"], TODAY)

    # Joko's case left the family file with him (he was deleted).
    assert [(c.full_name, c.case_type, c.reported_date) for c in profile.cases] == [
        ("Siti Aminah", label(village_db, "case_type", "unpaid_wages"), ago(30)),
        ("Siti Aminah", label(village_db, "case_type", "lost_contact"), ago(300)),
    ]
    wages = profile.cases[0]
    assert wages.status == "Dalam proses"  # an action moved it from open to in progress
    assert wages.description == "Gaji tiga bulan belum dibayar."
    assert [(a.action_date, a.description, a.actor) for a in wages.actions] == [
        (ago(25), "Kunjungan ke keluarga", None),
        (ago(20), "Menghubungi P3MI", "Siti Rahayu"),
    ]
    assert profile.cases[1].actions == []


def test_deleted_household_has_no_profile(village_db: Database, village: Village) -> None:
    with pytest.raises(NotFoundError):
        report_rows.household_profile(village_db, village.household["H3"], TODAY)


def test_household_found_by_kk_as_typed(village_db: Database, village: Village) -> None:
    assert report_rows.household_id_by_kk(village_db, KK_1) == village.household["H1"]
    assert report_rows.household_id_by_kk(village_db, "3329 1502 0215 0002") == village.household["H2"]


@pytest.mark.parametrize("kk", ["3329159999999999", KK_3])
def test_unknown_or_deleted_kk_is_refused_naming_it(village_db: Database, village: Village, kk: str) -> None:
    with pytest.raises(NotFoundError) as refused:
        report_rows.household_id_by_kk(village_db, kk)

    assert kk in refused.value.message
    assert "tidak ditemukan" in refused.value.message
