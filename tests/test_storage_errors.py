"""A full disk or a database another program is writing: the officer reads what happened and what to
do, in Indonesian, and the database is exactly as before (issue 7, item 3)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from desmigratif_desktop.cli import main
from desmigratif_desktop.data import engine
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import DatabaseLockedError, DiskFullError
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import HouseholdInput, create_household
from tests.dbtools import logical_dump
from tests.factories import make_family

LARANGAN_KK = "3329150101200001"


def page_count(database: Path) -> int:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])


def cap_every_connection_at(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Every new connection may grow the file to `pages` pages and no further: a disk that is full."""
    configure = engine._configure_connection

    def no_room_left(connection: sqlite3.Connection, record: object) -> None:
        configure(connection, record)
        connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine, "_configure_connection", no_room_left)


def test_a_full_disk_refuses_the_save_and_changes_nothing(
    data_paths: DataPaths, village_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own "database or disk is full", made by capping the file a little above its size: room
    for opening (statistics), none for 200 households."""
    make_family(village_db)
    village_db.close()
    cap = page_count(data_paths.database) + 30
    cap_every_connection_at(monkeypatch, cap)
    with Database.open(data_paths) as db:
        after_open = logical_dump(data_paths.database)
        with pytest.raises(DiskFullError) as raised:
            add_demo_data(db, 200, seed=2)
    assert "penuh" in raised.value.message and "Kosongkan" in raised.value.hint
    monkeypatch.undo()
    assert logical_dump(data_paths.database) == after_open  # opening analysed; the save wrote nothing


def test_a_database_another_program_is_writing_is_reported_plainly(
    data_paths: DataPaths, village_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)  # the app waits 5 s; the test needn't
    village_db.close()
    before = logical_dump(data_paths.database)
    with contextlib.closing(sqlite3.connect(data_paths.database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with Database.open(data_paths) as db, pytest.raises(DatabaseLockedError) as raised:
            create_household(db, HouseholdInput(kk_number=LARANGAN_KK))
        other.execute("ROLLBACK")
    assert "sedang dipakai" in raised.value.message
    assert logical_dump(data_paths.database) == before


def test_the_command_line_says_the_disk_is_full_and_exits_1(
    data_paths: DataPaths,
    village_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    village_db.close()
    before = logical_dump(data_paths.database)
    cap = page_count(data_paths.database)
    cap_every_connection_at(monkeypatch, cap)
    code = main(["--data-dir", str(data_paths.data_dir), "demo", "--households", "100"])
    err = capsys.readouterr().err
    assert code == 1 and "penuh" in err and "Traceback" not in err
    monkeypatch.undo()
    assert logical_dump(data_paths.database) == before
