"""A process killed during `sync import` leaves the bundle applied whole or not at all (DESIGN §5, §7).

The real command runs as a subprocess on a bundle of a few thousand entries and is killed with SIGKILL
at a random moment of its work, again and again. Each time the database must pass SQLite's integrity
check and hold all of the bundle's rows or none of them, and importing the same file again completes it.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desmigratif_desktop.cli import main
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.demo import add_demo_data
from tests.dbtools import integrity, synced_rows
from tests.sync_helpers import clone, opened, records, trusted_pair

HOUSEHOLDS = 250  # about 3,000 rows, each a change entry
KILLS = 10
POLL_S = 0.005


def sync_state_rows(database: Path) -> tuple[int, int, int]:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("sync_bundle", "sync_received", "sync_held")
        )


def start_import(district: DataPaths, bundle: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desmigratif_desktop",
            "--data-dir",
            str(district.data_dir),
            "sync",
            "import",
            str(bundle),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for_open(process: subprocess.Popen[bytes], database: Path) -> None:
    """Until the command has opened the database (its -wal file appears) or has ended."""
    wal = database.with_name(database.name + "-wal")
    while not wal.exists() and process.poll() is None:
        time.sleep(POLL_S)


def wait_for_commit(process: subprocess.Popen[bytes], database: Path) -> None:
    """Until the first pages reach the -wal file: the command reads before that, and the import's
    transaction keeps its pages in memory until it commits."""
    wal = database.with_name(database.name + "-wal")
    while process.poll() is None and (not wal.exists() or wal.stat().st_size == 0):
        time.sleep(POLL_S)


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> tuple[DataPaths, DataPaths, Path, int]:
    """A village of 250 demo households, its district (trusted, still empty), and the village's bundle."""
    root = tmp_path_factory.mktemp("kill")
    village_paths, district_paths = trusted_pair(root)
    with opened(village_paths) as (village,):
        add_demo_data(village.db, HOUSEHOLDS, seed=3)
        (bundle,) = village.export(root / "usb")
    expected = synced_rows(village_paths.database)
    return village_paths, district_paths, bundle, expected


def test_a_killed_import_applies_all_or_nothing_and_a_second_import_completes_it(
    scene: tuple[DataPaths, DataPaths, Path, int], tmp_path: Path
) -> None:
    village, template, bundle, expected = scene
    assert expected > 2500

    # How long the import itself takes here, and how long the command works once it has opened the
    # database (the import comes last, after start-up work such as loading the sync modules).
    timing = clone(template, tmp_path / "timing")
    with opened(timing) as (node,):
        started = time.monotonic()
        node.receive(bundle)
        importing = time.monotonic() - started
    whole = clone(template, tmp_path / "whole")
    process = start_import(whole, bundle)
    wait_for_open(process, whole.database)
    opened_at = time.monotonic()
    wait_for_commit(process, whole.database)
    committing = time.monotonic() - opened_at
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    window = time.monotonic() - opened_at
    assert synced_rows(whole.database) == expected

    rng = random.Random(20261202)
    outcomes: list[str] = []
    for attempt in range(KILLS):
        district = clone(template, tmp_path / f"attempt-{attempt}")
        process = start_import(district, bundle)
        wait_for_open(process, district.database)
        # Every other kill aims at the import's own stretch, which ends when the commit starts.
        if attempt % 2 == 0:
            time.sleep(rng.uniform(0, window))
        else:
            time.sleep(rng.uniform(max(0.0, committing - 1.5 * importing), committing + 0.02))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)

        assert integrity(district.database) == "ok", attempt
        present = synced_rows(district.database)
        assert present in (0, expected), (attempt, present, expected)
        # The bookkeeping went with the rows: the bundle recorded and its range received, or neither.
        assert sync_state_rows(district.database) == ((1, 1, 0) if present else (0, 0, 0)), attempt
        outcomes.append("all" if present else "none")

        # Importing the same file again completes what the killed process left undone.
        assert main(["--data-dir", str(district.data_dir), "sync", "import", str(bundle)]) == 0
        assert records(district.database) == records(village.database), attempt
        shutil.rmtree(district.data_dir)
    print(
        f"killed imports: {outcomes.count('none')} left nothing, {outcomes.count('all')} had committed "
        f"(after opening: commit at {committing:.2f} s, end at {window:.2f} s; import {importing:.2f} s)"
    )
