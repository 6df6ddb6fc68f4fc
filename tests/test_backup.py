"""Automatic and manual backups: consistent while the app writes, rotated, and restorable."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desmigratif_desktop.data.backup import (
    RETENTION,
    automatic_backups,
    backup_database,
    daily_backup_if_due,
    inspect_backup,
    restore_backup,
)
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import InvalidBackupError
from desmigratif_desktop.services.demo import add_demo_data
from tests.dbtools import count_rows, logical_dump


def test_a_backup_taken_during_a_write_holds_only_committed_data(
    village_db: Database, tmp_path: Path
) -> None:
    add_demo_data(village_db, 10)
    out = tmp_path / "cadangan.db"
    with village_db.engine.connect() as writer:
        writer.execution_options(sqlite_begin="IMMEDIATE")
        with writer.begin():
            writer.execute(text("UPDATE person SET full_name = 'BELUM DISIMPAN'"))
            backup_database(village_db.paths.database, out)
            writer.rollback()
    with closing(sqlite3.connect(out)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM person WHERE full_name = 'BELUM DISIMPAN'").fetchone() == (
            0,
        )
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (10,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not out.with_name(out.name + ".partial").exists()


def test_inspect_backup_says_whose_data_it_is(village_db: Database, tmp_path: Path) -> None:
    add_demo_data(village_db, 7)
    out = backup_database(village_db.paths.database, tmp_path / "c.db")
    info = inspect_backup(out)
    assert info.region_code == "33.29.15.2007"
    assert info.officer_name == "Siti Aminah"
    assert info.households == 7
    assert "Rengaspendawa" in info.describe()


def test_a_truncated_backup_is_refused(village_db: Database, tmp_path: Path) -> None:
    add_demo_data(village_db, 30)
    out = backup_database(village_db.paths.database, tmp_path / "c.db")
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    before = logical_dump(village_db.paths.database)
    with pytest.raises(InvalidBackupError):
        restore_backup(village_db.paths, out)
    assert logical_dump(village_db.paths.database) == before


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(
    village_db: Database, tmp_path: Path
) -> None:
    add_demo_data(village_db, 5)
    out = backup_database(village_db.paths.database, tmp_path / "c.db")
    add_demo_data(village_db, 3, seed=9)
    kept = restore_backup(village_db.paths, out)
    assert count_rows(village_db.paths.database, "household") == 5
    assert kept is not None and count_rows(kept, "household") == 8
    # The running app's connections see the restored data too.
    with village_db.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM household")).scalar() == 5


def test_one_daily_backup_a_day(village_db: Database) -> None:
    morning = datetime(2026, 11, 20, 8, 0)
    assert daily_backup_if_due(village_db.paths, morning) is not None
    assert daily_backup_if_due(village_db.paths, morning + timedelta(hours=5)) is None
    assert daily_backup_if_due(village_db.paths, morning + timedelta(days=1)) is not None
    assert len(automatic_backups(village_db.paths, "daily")) == 2


def test_daily_backups_are_rotated_keeping_the_newest(village_db: Database) -> None:
    first = datetime(2026, 10, 1, 9, 0)
    days = RETENTION["daily"] + 3
    for n in range(days):
        daily_backup_if_due(village_db.paths, first + timedelta(days=n))
    kept = automatic_backups(village_db.paths, "daily")
    assert len(kept) == RETENTION["daily"]
    newest = first + timedelta(days=days - 1)
    assert kept[0].name.startswith(f"daily-{newest:%Y%m%d}")
    assert not any(path.name.startswith(f"daily-{first:%Y%m%d}") for path in kept)


def test_no_daily_backup_without_a_database(data_paths) -> None:  # type: ignore[no-untyped-def]
    assert daily_backup_if_due(data_paths) is None
    assert not data_paths.data_dir.exists()


def test_after_a_restore_no_sequence_number_is_reused_for_a_different_change(
    village_db: Database, tmp_path: Path
) -> None:
    """Changes made after the backup may already be at the district: their (device, seq) stay theirs."""
    add_demo_data(village_db, 3)
    saved = backup_database(village_db.paths.database, tmp_path / "c.db")
    add_demo_data(village_db, 3, seed=2)  # made after the backup: lost by the restore, maybe sent already
    with closing(sqlite3.connect(village_db.paths.database)) as conn:
        logged = conn.execute("SELECT device_id, seq, row_id, version FROM change_log").fetchall()
    replaced = {(device, seq): row_id for device, seq, row_id, _ in logged}
    newest_replaced_version = max(version for *_, version in logged)

    restore_backup(village_db.paths, saved)
    add_demo_data(village_db, 3, seed=3)

    with closing(sqlite3.connect(village_db.paths.database)) as conn:
        after = conn.execute("SELECT device_id, seq, row_id, version FROM change_log").fetchall()
        device = conn.execute("SELECT device_id FROM installation").fetchone()[0]
    assert device not in {key[0] for key in replaced}
    clashes = [(d, s) for d, s, row_id, _ in after if (d, s) in replaced and replaced[(d, s)] != row_id]
    assert clashes == []
    new_entries = sorted((s, v) for d, s, _, v in after if d == device)
    assert [s for s, _ in new_entries] == list(range(1, len(new_entries) + 1))
    # The new writer's versions sort after everything the replaced database had written.
    assert min(v[:20] for _, v in new_entries) > newest_replaced_version[:20]


def test_restore_over_a_damaged_database_keeps_the_damaged_file(village_db: Database, tmp_path: Path) -> None:
    add_demo_data(village_db, 4)
    saved = backup_database(village_db.paths.database, tmp_path / "c.db")
    village_db.close()
    database = village_db.paths.database
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"rusak " * 1000)

    kept = restore_backup(village_db.paths, saved)

    assert kept is not None and kept.name.startswith("damaged-")
    assert kept.read_bytes() == b"rusak " * 1000
    assert count_rows(database, "household") == 4
    assert not list(village_db.paths.backups.glob("*.partial"))
