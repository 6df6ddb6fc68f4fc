"""NIKs registered in more than one village: found at the district office, with who holds them where.

Each village registers its people through the services (which refuse a NIK twice within one village);
the district gets them through real bundles. Expected values are written by hand or come from SQL here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.services.duplicate_niks import duplicate_niks
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person, delete_person
from tests.conftest import make_nik
from tests.dbtools import query
from tests.district_helpers import (
    KAMAL,
    KARANGBALE,
    RENGASPENDAWA,
    carry,
    demo_district,
    open_village,
    trust_each_other,
)
from tests.factories import WIFE_BIRTH, add_neighbour, make_family
from tests.test_cli import run

SITI_NIK = make_nik(WIFE_BIRTH, "P", 2)  # make_family's Siti Aminah
WARSITO_NIK = make_nik(date(1970, 1, 1), "L", 9)  # add_neighbour's Warsito


def _household(db: Database, kk: str, name: str, nik: str, sex: str = "P") -> tuple[str, str]:
    household = create_household(db, HouseholdInput(kk_number=kk)).id
    person = add_person(
        db,
        household,
        PersonInput(nik=nik, full_name=name, sex=sex, birth_date=WIFE_BIRTH, relationship="head"),
    ).id
    return household, person


@dataclass
class Brebes:
    district: Database
    ids: dict[str, str]


@pytest.fixture
def brebes(district_db: Database, tmp_path: Path) -> Iterator[Brebes]:
    """Siti's NIK in Rengaspendawa and in Kamal; Warsito's in Karangbale too, but that person was deleted."""
    ids: dict[str, str] = {}
    with (
        open_village(tmp_path, RENGASPENDAWA) as rengas,
        open_village(tmp_path, KAMAL) as kamal,
        open_village(tmp_path, KARANGBALE) as karangbale,
    ):
        family = make_family(rengas)
        ids["rengas_household"], ids["rengas_siti"] = family["household"], family["wife"]
        add_neighbour(rengas)
        ids["kamal_household"], ids["kamal_siti"] = _household(
            kamal, "3329152002070001", "Siti Aminah Binti Karta", SITI_NIK
        )
        _household(kamal, "3329152002070002", "Ratna", make_nik(WIFE_BIRTH, "P", 5))
        _, gone = _household(karangbale, "3329152708100001", "Warsito", WARSITO_NIK, "L")
        delete_person(karangbale, gone)  # a mistake the village corrected: no longer a duplicate
        for village in (rengas, kamal, karangbale):
            trust_each_other(village, district_db)
            carry(village, district_db, tmp_path / "stick")
    yield Brebes(district_db, ids)


def test_a_nik_in_two_villages_is_listed_with_both_holders(brebes: Brebes) -> None:
    found = duplicate_niks(brebes.district)
    assert [duplicate.nik for duplicate in found] == [SITI_NIK]
    holders = [
        (h.person_id, h.full_name, h.household_id, h.kk_number, h.village_code, h.village_name)
        for h in found[0].holders
    ]
    assert holders == [  # by village code: Kamal (…2001) before Rengaspendawa (…2007)
        (
            brebes.ids["kamal_siti"],
            "Siti Aminah Binti Karta",
            brebes.ids["kamal_household"],
            "3329152002070001",
            KAMAL,
            "Kamal",
        ),
        (
            brebes.ids["rengas_siti"],
            "Siti Aminah",
            brebes.ids["rengas_household"],
            "3329150101200001",
            RENGASPENDAWA,
            "Rengaspendawa",
        ),
    ]
    assert found[0].villages == 2


def test_a_village_never_sees_the_list(village_db: Database) -> None:
    with pytest.raises(KnownError) as refused:
        duplicate_niks(village_db)
    assert "hanya ada di instalasi Dinas" in refused.value.message


def test_training_data_duplicates_are_what_sql_finds(tmp_path: Path) -> None:
    district_paths, _ = demo_district(tmp_path, households=150)
    with Database.open(district_paths) as district:
        expected = query(
            district,
            "SELECT p.nik, p.id FROM person p JOIN household h ON h.id = p.household_id "
            "WHERE p.deleted IS NOT 1 AND h.deleted IS NOT 1 AND p.nik IN ("
            " SELECT p2.nik FROM person p2 JOIN household h2 ON h2.id = p2.household_id"
            " WHERE p2.deleted IS NOT 1 AND h2.deleted IS NOT 1"
            " GROUP BY p2.nik HAVING count(DISTINCT h2.village_code) > 1)",
        )
        found = duplicate_niks(district)
    assert expected, "the training data of two villages shares some NIKs (a date of birth and serial 0001)"
    assert {(d.nik, h.person_id) for d in found for h in d.holders} == {(r["nik"], r["id"]) for r in expected}
    assert all(len({h.village_code for h in d.holders}) > 1 for d in found)


def test_the_command_line_lists_them_as_text_and_as_json(
    brebes: Brebes, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(brebes.district.paths.data_dir)
    code, printed, err = run(capsys, "--data-dir", data_dir, "report", "duplicates", "--json")
    assert code == 0, err
    listed = json.loads(printed)
    assert [entry["nik"] for entry in listed] == [SITI_NIK]
    assert [(h["full_name"], h["village_code"], h["kk_number"]) for h in listed[0]["holders"]] == [
        ("Siti Aminah Binti Karta", KAMAL, "3329152002070001"),
        ("Siti Aminah", RENGASPENDAWA, "3329150101200001"),
    ]
    code, printed, err = run(capsys, "--data-dir", data_dir, "report", "duplicates")
    assert code == 0, err
    assert SITI_NIK in printed
    assert "Siti Aminah Binti Karta, Desa Kamal (33.29.15.2001), KK 3329152002070001" in printed


def test_the_command_line_refuses_a_village(capsys: pytest.CaptureFixture[str], village_db: Database) -> None:
    code, printed, err = run(capsys, "--data-dir", str(village_db.paths.data_dir), "report", "duplicates")
    assert code == 1 and printed == ""
    assert "hanya ada di instalasi Dinas" in err


def test_no_duplicates_says_so(capsys: pytest.CaptureFixture[str], district_db: Database) -> None:
    code, printed, err = run(capsys, "--data-dir", str(district_db.paths.data_dir), "report", "duplicates")
    assert code == 0, err
    assert "Tidak ada NIK yang terdaftar di lebih dari satu desa." in printed
