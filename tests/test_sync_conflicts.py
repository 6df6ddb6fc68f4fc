"""Conflicts (DESIGN §5): when the village and the district office changed the same record without seeing
each other's change, both keep both versions, show the same one (the later clock version), and an
officer's choice of the other version travels as a new change and settles it on both sides."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desmigratif_desktop.services.households import HouseholdInput, delete_household, update_household
from tests.sync_helpers import Node, add_family, cli, opened, records, trusted_pair


def household_row(node: Node, household_id: str) -> dict[str, Any]:
    with sqlite3.connect(node.paths.database) as conn:
        conn.row_factory = sqlite3.Row
        return dict(conn.execute("SELECT * FROM household WHERE id = ?", (household_id,)).fetchone())


def conflicts_of(node: Node) -> list[dict[str, Any]]:
    with sqlite3.connect(node.paths.database) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute("SELECT * FROM sync_conflict ORDER BY detected_at")]


def exchange(village: Node, district: Node, out: Path) -> None:
    """The village's bundle to the district, then the district's answer back."""
    district.receive(*village.export(out / "to-district"))
    village.receive(*district.export(out / "to-village"))


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    """A village and its district, one household both hold, and the household's KK number."""
    village_paths, district_paths = trusted_pair(tmp_path)
    with opened(village_paths, district_paths) as (village, district):
        household, _ = add_family(village.db, village.region_code, 1)
        exchange(village, district, tmp_path / "first")
        kk = household_row(village, household)["kk_number"]
        yield village, district, household, kk


def edit_on_both_sides(pair: Any, district_first: bool) -> tuple[str, str]:
    """The district corrects the household's notes while the village edits them; returns the versions
    (village's, district's). `district_first` decides whose clock is earlier."""
    village, district, household, kk = pair
    edits = [(district, "koreksi dinas"), (village, "catatan desa")]
    for node, notes in edits if district_first else reversed(edits):
        update_household(node.db, household, HouseholdInput(kk, notes=notes))
    return household_row(village, household)["version"], household_row(district, household)["version"]


@pytest.mark.parametrize("district_first", [True, False], ids=["village-later", "district-later"])
def test_both_sides_show_the_later_version_and_keep_the_other(
    pair: Any, tmp_path: Path, district_first: bool
) -> None:
    village, district, household, _kk = pair
    village_version, district_version = edit_on_both_sides(pair, district_first)
    winner, loser = max(village_version, district_version), min(village_version, district_version)
    assert (winner == village_version) is district_first

    exchange(village, district, tmp_path / "second")

    shown = household_row(village, household)
    assert shown == household_row(district, household)
    assert shown["version"] == winner
    assert shown["notes"] == ("catatan desa" if district_first else "koreksi dinas")
    for node in (village, district):
        (conflict,) = conflicts_of(node)
        assert (conflict["entity"], conflict["row_id"]) == ("household", household)
        assert (conflict["kept_version"], conflict["other_version"]) == (winner, loser)
        assert json.loads(conflict["other_payload"])["notes"] == (
            "koreksi dinas" if district_first else "catatan desa"
        )
        assert conflict["resolved_at"] is None
    assert records(village.paths.database) == records(district.paths.database)


def test_the_conflicts_command_says_who_changed_what(
    pair: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village, district, household, _kk = pair
    edit_on_both_sides(pair, district_first=True)
    exchange(village, district, tmp_path / "second")

    code, out, err = cli(capsys, "--data-dir", str(village.paths.data_dir), "sync", "conflicts", "--json")
    assert code == 0, err
    (listed,) = json.loads(out)
    assert listed["row_id"] == household
    assert listed["shown"]["notes"] == "catatan desa" and listed["other"]["notes"] == "koreksi dinas"
    assert "notes" in listed["description"] and "Dinas Kabupaten Brebes" in listed["description"]
    code, out, _ = cli(capsys, "--data-dir", str(district.paths.data_dir), "sync", "conflicts")
    assert code == 0 and "Rumah tangga" in out and "Desa Rengaspendawa" in out


def test_keeping_the_other_version_travels_and_settles_both_sides(
    pair: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The village's later note is shown; the district officer keeps the district's correction instead."""
    village, district, household, _kk = pair
    edit_on_both_sides(pair, district_first=True)
    exchange(village, district, tmp_path / "second")
    (conflict,) = conflicts_of(district)

    code, out, err = cli(
        capsys,
        "--data-dir",
        str(district.paths.data_dir),
        "sync",
        "resolve",
        conflict["id"][:8],
        "--keep",
        "other",
    )
    assert code == 0, err
    assert household_row(district, household)["notes"] == "koreksi dinas"
    # The choice is a new change: it travels to the village with the next bundle and settles it there.
    village.receive(*district.export(tmp_path / "third"))
    district.receive(*village.export(tmp_path / "third-back"))

    shown = household_row(village, household)
    assert shown == household_row(district, household)
    assert shown["notes"] == "koreksi dinas"
    assert [c["resolution"] for c in conflicts_of(district)] == ["other"]
    assert [c["resolution"] for c in conflicts_of(village)] == ["changed_again"]
    assert conflicts_of(village)[0]["resolved_at"] is not None
    for node in (village, district):
        code, out, _ = cli(capsys, "--data-dir", str(node.paths.data_dir), "sync", "status", "--json")
        status = json.loads(out)
        assert status["open_conflicts"] == 0 and status["pending_changes"] == 0


def test_keeping_the_other_version_of_a_record_deleted_meanwhile_restores_it(
    pair: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The district corrects a household; later, not having seen it, the village deletes it. The
    deletion is shown; the district officer keeps the correction: the household is back on both sides."""
    village, district, household, kk = pair
    update_household(district.db, household, HouseholdInput(kk, notes="koreksi dinas"))
    delete_household(village.db, household)
    exchange(village, district, tmp_path / "second")
    assert household_row(district, household)["deleted"] == 1
    conflict = next(c for c in conflicts_of(district) if c["row_id"] == household)

    code, _, err = cli(
        capsys,
        "--data-dir",
        str(district.paths.data_dir),
        "sync",
        "resolve",
        conflict["id"],
        "--keep",
        "other",
    )
    assert code == 0, err
    village.receive(*district.export(tmp_path / "third"))
    for node in (village, district):
        restored = household_row(node, household)
        assert (restored["deleted"], restored["notes"]) == (0, "koreksi dinas")
