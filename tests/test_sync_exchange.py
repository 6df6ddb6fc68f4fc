"""Exactly once, in any order, nothing lost (DESIGN §5): repeated, overlapping, out-of-order and missing
bundles, held entries, acknowledgements, and the district's own changes going back to each village."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desmigratif_desktop.services.households import HouseholdInput, update_household
from sync.status import sync_status
from tests.dbtools import logical_dump
from tests.sync_helpers import (
    Node,
    add_family,
    cli,
    clone,
    count,
    log_lines,
    make_district,
    make_village,
    merged,
    opened,
    records,
    regency_villages,
    seal_bundle,
    trust_each_other,
    trusted_pair,
)


def test_importing_the_same_bundle_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    village_paths, district_paths = trusted_pair(tmp_path)
    with opened(village_paths, district_paths) as (village, district):
        for serial in (1, 2, 3):
            add_family(village.db, village.region_code, serial)
        (bundle,) = village.export(tmp_path / "usb")
        (first,) = district.receive(bundle)
        after_first = logical_dump(district.paths.database)
        (second,) = district.receive(bundle)
        after_second = logical_dump(district.paths.database)

    assert first.applied == first.entries == 7  # the village profile, three households, three persons
    assert not first.repeated_bundle
    assert second.repeated_bundle
    assert (second.applied, second.already, second.held, second.conflicts) == (0, 7, 0, 0)
    assert after_second == after_first
    assert records(district_paths.database) == records(village_paths.database)


def test_overlapping_bundles_in_any_order_give_the_same_final_state(tmp_path: Path) -> None:
    """Three exports, each carrying everything not yet acknowledged (so each overlaps the one before),
    delivered in every order, some twice: every district ends with exactly the village's records."""
    village_paths, district_paths = trusted_pair(tmp_path)
    bundles: list[Path] = []
    with opened(village_paths) as (village,):
        for round_ in range(3):
            for serial in range(2):
                add_family(village.db, village.region_code, 10 * round_ + serial + 1)
            bundles += village.export(tmp_path / f"usb{round_}")
    first, second, third = bundles
    orders = {
        "in-order": [first, second, third],
        "reversed": [third, second, first],
        "middle-first-with-duplicates": [second, first, second, third, first],
        "last-only-then-rest": [third, first, second],
    }
    finals = {}
    for name, order in orders.items():
        copy = clone(district_paths, tmp_path / name)
        with opened(copy) as (district,):
            results = district.receive(*order)
        finals[name] = records(copy.database)
        assert sum(result.applied for result in results) == 1 + 6 + 6  # profile, 6 households, 6 persons
        assert all(result.held == 0 and result.conflicts == 0 for result in results)
    village_records = records(village_paths.database)
    assert all(final == village_records for final in finals.values())


def split_bundles(village: Node, district: Node, out: Path, parts: int) -> list[tuple[Path, int, int]]:
    """The village's changes as consecutive slices, each a bundle signed with the village's real key:
    (bundle, first seq, last seq). A lost stick is one slice that does not arrive."""
    lines = log_lines(village.db)
    size = -(-len(lines) // parts)
    out.mkdir(parents=True, exist_ok=True)
    found = []
    for number, start in enumerate(range(0, len(lines), size)):
        chunk = lines[start : start + size]
        path = out / f"slice-{number}.dmsync"
        path.write_bytes(seal_bundle(village, district, chunk))
        found.append((path, json.loads(chunk[0])[1], json.loads(chunk[-1])[1]))
    return found


def test_a_missing_range_is_reported_until_it_arrives_and_what_waited_then_applies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village_paths, district_paths = trusted_pair(tmp_path)
    with opened(village_paths, district_paths) as (village, district):
        for serial in range(1, 7):
            add_family(village.db, village.region_code, serial)
        (one, first_1, last_1), (two, first_2, last_2), (three, first_3, last_3) = split_bundles(
            village, district, tmp_path / "usb", parts=3
        )
        device = village.device_id
        (applied_one,) = district.receive(one)
        (held_three,) = district.receive(three)
    assert (first_1, first_2, first_3) == (1, last_1 + 1, last_2 + 1)
    assert applied_one.applied == last_1
    assert (held_three.applied, held_three.held) == (0, last_3 - last_2)

    # The district is told, by device and range, what has not arrived; the later changes wait.
    code, out, err = cli(capsys, "--data-dir", str(district_paths.data_dir), "sync", "status", "--json")
    assert code == 0, err
    (peer,) = json.loads(out)["peers"]
    assert peer["gaps"] == [{"device_id": device, "first": first_2, "last": last_2}]
    assert peer["held_changes"] == last_3 - last_2
    code, out, _ = cli(capsys, "--data-dir", str(district_paths.data_dir), "sync", "status")
    assert f"belum diterima: perubahan {first_2}–{last_2} dari Desa Rengaspendawa" in out
    held_rows = count(district_paths.database, "SELECT count(*) FROM person")
    assert held_rows < 6  # the persons of the third slice are not applied out of order

    with opened(district_paths) as (district,):
        (filled,) = district.receive(two)
    assert filled.released == last_3 - last_2  # the held slice applies behind the one that was missing
    assert filled.applied == last_3 - first_2 + 1
    code, out, _ = cli(capsys, "--data-dir", str(district_paths.data_dir), "sync", "status", "--json")
    (peer,) = json.loads(out)["peers"]
    assert peer["gaps"] == [] and peer["held_changes"] == 0
    assert records(district_paths.database) == records(village_paths.database)


def test_acknowledgements_make_the_village_stop_resending(tmp_path: Path) -> None:
    village_paths, district_paths = trusted_pair(tmp_path)
    with opened(village_paths, district_paths) as (village, district):
        for serial in (1, 2):
            add_family(village.db, village.region_code, serial)
        (lost,) = village.export(tmp_path / "lost")  # this stick never arrives
        (again,) = village.export(tmp_path / "usb1")
        assert content_entries(village, lost) == content_entries(village, again) == 5
        district.receive(again)

        (answer,) = district.export(tmp_path / "usb2")
        (acknowledged,) = village.receive(answer)
        assert acknowledged.acknowledged == 5
        assert sync_status(village.db, village.keys)["pending_changes"] == 0
        (nothing_new,) = village.export(tmp_path / "usb3")
        assert content_entries(village, nothing_new) == 0

        add_family(village.db, village.region_code, 3)
        (only_new,) = village.export(tmp_path / "usb4")
        assert content_entries(village, only_new) == 2
        (result,) = district.receive(only_new)
        assert (result.applied, result.already) == (2, 0)
        status = sync_status(village.db, village.keys)
        assert status["peers"][0]["acknowledged_seq"] == {village.device_id: 5}
    assert records(district_paths.database) == records(village_paths.database)


def content_entries(village: Node, bundle: Path) -> int:
    """How many change entries a bundle this village wrote carries, from its own history of bundles."""
    with sqlite3.connect(village.paths.database) as conn:
        (entries,) = conn.execute(
            "SELECT entries FROM sync_bundle WHERE direction = 'out' AND file_name = ?", (bundle.name,)
        ).fetchone()
    return int(entries)


def test_the_district_sends_each_village_its_own_corrections(tmp_path: Path) -> None:
    """The district corrects a household of one village, then one of another: each village receives
    its own correction (and only its own), and nothing is reported missing."""
    first_code, second_code = regency_villages(2)
    first_paths, second_paths = make_village(tmp_path, first_code), make_village(tmp_path, second_code)
    district_paths = make_district(tmp_path)
    trust_each_other(first_paths, district_paths)
    trust_each_other(second_paths, district_paths)
    with opened(first_paths, second_paths, district_paths) as (first, second, district):
        first_household, _ = add_family(first.db, first_code, 1)
        second_household, _ = add_family(second.db, second_code, 2)
        district.receive(*first.export(tmp_path / "a"), *second.export(tmp_path / "b"))
        for household_id, village in ((second_household, second), (first_household, first)):
            with sqlite3.connect(village.paths.database) as conn:
                (kk,) = conn.execute(
                    "SELECT kk_number FROM household WHERE id = ?", (household_id,)
                ).fetchone()
            update_household(district.db, household_id, HouseholdInput(kk, notes="koreksi dinas"))
        for village in (first, second):
            village.receive(
                *district.export(tmp_path / f"back-{village.region_code}", to=village.region_code)
            )

        for village in (first, second):
            notes = count(
                village.paths.database, "SELECT count(*) FROM household WHERE notes = 'koreksi dinas'"
            )
            status = sync_status(village.db, village.keys)
            assert (village.region_code, notes) == (village.region_code, 1)
            assert status["peers"][0]["gaps"] == [], (village.region_code, status["peers"][0]["gaps"])
            assert status["peers"][0]["held_changes"] == 0
    union = merged(records(paths.database) for paths in (first_paths, second_paths))
    assert records(district_paths.database) == union
