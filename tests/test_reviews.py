"""The district's verification marks and correction requests: written through the change log, carried to
the village by a real bundle, and shown as "changed since" once the village edits the household after them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, NotFoundError, ValidationError
from desmigratif_desktop.services.dashboard import recent_changes
from desmigratif_desktop.services.households import HouseholdInput, update_household
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.services.placements import record_return
from desmigratif_desktop.services.reviews import (
    latest_review,
    request_correction,
    verify_household,
)
from tests.conftest import make_nik
from tests.dbtools import count_rows, logical_dump, query, scalar
from tests.district_helpers import KAMAL, RENGASPENDAWA, carry, open_village, trust_each_other
from tests.factories import KK, add_neighbour, make_family

NOVEMBER_30 = date(2026, 11, 30)


@dataclass
class Pair:
    district: Database
    village: Database
    ids: dict[str, str]  # make_family's household, wife, placement
    stick: Path

    def to_village(self) -> None:
        carry(self.district, self.village, self.stick)

    def to_district(self) -> None:
        carry(self.village, self.district, self.stick)


@pytest.fixture
def pair(district_db: Database, tmp_path: Path) -> Iterator[Pair]:
    """Rengaspendawa with Siti Aminah's household (and Warsito's), its bundle imported at the district."""
    with open_village(tmp_path, RENGASPENDAWA) as village:
        ids = make_family(village)
        add_neighbour(village)
        trust_each_other(village, district_db)
        carry(village, district_db, tmp_path / "stick")
        yield Pair(district_db, village, ids, tmp_path / "stick")


def test_verifying_writes_a_review_into_the_change_log(pair: Pair) -> None:
    household = pair.ids["household"]
    review = verify_household(pair.district, household, today=NOVEMBER_30)
    rows = query(pair.district, "SELECT * FROM household_review")
    assert [
        (r["household_id"], r["village_code"], r["status"], r["note"], r["reviewer_name"], r["reviewed_on"])
        for r in rows
    ] == [(household, RENGASPENDAWA, "verified", None, "Budi Santoso", "2026-11-30")]
    logged = query(pair.district, "SELECT entity, op, row_id, scope, acknowledged FROM change_log")
    assert logged == [
        {
            "entity": "household_review",
            "op": "insert",
            "row_id": review.id,
            "scope": RENGASPENDAWA,
            "acknowledged": 0,
        }
    ]
    assert review.verified and latest_review(pair.district, household) == review


def test_the_latest_review_counts(pair: Pair) -> None:
    household = pair.ids["household"]
    verify_household(pair.district, household, today=NOVEMBER_30)
    request_correction(pair.district, household, "  NIK istri   salah ketik  ", today=NOVEMBER_30)
    latest = latest_review(pair.district, household)
    assert latest is not None
    assert (latest.status, latest.note, latest.verified) == (
        "needs_correction",
        "NIK istri salah ketik",
        False,
    )
    assert (
        count_rows(pair.district.paths.database, "household_review") == 2
    )  # the earlier one stays as history
    verify_household(pair.district, household, today=NOVEMBER_30 + timedelta(days=1))
    again = latest_review(pair.district, household)
    assert again is not None and again.verified and again.reviewed_on == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("note", "words"), [("   ", "Tulis apa yang perlu diperbaiki"), ("x" * 1001, "paling banyak")]
)
def test_a_correction_without_a_usable_note_is_refused_and_changes_nothing(
    pair: Pair, note: str, words: str
) -> None:
    before = logical_dump(pair.district.paths.database)
    with pytest.raises(ValidationError) as refused:
        request_correction(pair.district, pair.ids["household"], note)
    assert words in refused.value.message
    assert logical_dump(pair.district.paths.database) == before


def test_a_village_cannot_review_and_nothing_is_written(village_db: Database) -> None:
    household = make_family(village_db)["household"]
    log_before = count_rows(village_db.paths.database, "change_log")
    with pytest.raises(KnownError) as refused:
        verify_household(village_db, household)
    assert "Verifikasi rumah tangga dilakukan oleh Dinas" in refused.value.message
    with pytest.raises(KnownError):
        request_correction(village_db, household, "Perbaiki NIK")
    assert count_rows(village_db.paths.database, "household_review") == 0
    assert count_rows(village_db.paths.database, "change_log") == log_before


def test_a_household_that_is_not_there_cannot_be_reviewed(district_db: Database) -> None:
    with pytest.raises(NotFoundError) as refused:
        verify_household(district_db, "0" * 32)
    assert "tidak ada lagi" in refused.value.message
    assert count_rows(district_db.paths.database, "household_review") == 0


def test_the_review_reaches_the_village_and_a_later_edit_marks_it_changed_on_both_sides(pair: Pair) -> None:
    household = pair.ids["household"]
    verify_household(pair.district, household, today=NOVEMBER_30)
    pair.to_village()
    at_village = latest_review(pair.village, household)
    assert at_village is not None
    assert (at_village.status, at_village.reviewer_name, at_village.reviewed_on) == (
        "verified",
        "Budi Santoso",
        NOVEMBER_30,
    )
    assert at_village.verified and not at_village.changed_since

    update_household(pair.village, household, HouseholdInput(kk_number=KK, dusun="Karangsari"))
    changed = latest_review(pair.village, household)
    assert changed is not None and changed.changed_since and not changed.verified

    pair.to_district()  # the edit reaches the district: it sees the verification is out of date too
    at_district = latest_review(pair.district, household)
    assert at_district is not None and at_district.changed_since
    verify_household(pair.district, household)  # checked again
    again = latest_review(pair.district, household)
    assert again is not None and again.verified


def test_a_new_member_or_a_return_changes_the_household_too(pair: Pair) -> None:
    household = pair.ids["household"]
    verify_household(pair.district, household)
    request_correction(
        pair.district,
        scalar(pair.village, "SELECT id FROM household WHERE kk_number != :kk", kk=KK),
        "Alamat kosong",
    )
    pair.to_village()
    neighbour = scalar(pair.village, "SELECT id FROM household WHERE kk_number != :kk", kk=KK)
    review = latest_review(pair.village, neighbour)
    assert review is not None and (review.status, review.changed_since) == ("needs_correction", False)

    record_return(pair.village, pair.ids["placement"], date.today())
    after_return = latest_review(pair.village, household)
    assert after_return is not None and after_return.changed_since

    birth = date(2015, 6, 1)
    add_person(
        pair.village,
        neighbour,
        PersonInput(
            nik=make_nik(birth, "L", 7), full_name="Bagus", sex="L", birth_date=birth, relationship="child"
        ),
    )
    corrected = latest_review(pair.village, neighbour)
    assert corrected is not None and corrected.changed_since and corrected.note == "Alamat kosong"


def test_without_a_review_there_is_nothing_to_show(pair: Pair) -> None:
    assert latest_review(pair.village, pair.ids["household"]) is None
    assert latest_review(pair.district, pair.ids["household"]) is None


def test_recent_changes_of_one_village_are_its_reviews(pair: Pair, tmp_path: Path) -> None:
    with open_village(tmp_path, KAMAL) as kamal:
        kamal_household = make_family(kamal)["household"]
        trust_each_other(kamal, pair.district)
        carry(kamal, pair.district, tmp_path / "kamal-stick")
    verify_household(pair.district, pair.ids["household"])
    request_correction(pair.district, kamal_household, "KK belum lengkap")
    with pair.district.read() as connection:
        assert [c.description for c in recent_changes(connection, village_code=KAMAL)] == [
            "Permintaan perbaikan rumah tangga ditambahkan"
        ]
        assert [c.description for c in recent_changes(connection, village_code=RENGASPENDAWA)] == [
            "Verifikasi rumah tangga ditambahkan"
        ]
        assert len(recent_changes(connection)) == 2
