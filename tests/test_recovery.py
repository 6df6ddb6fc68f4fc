"""Start-up checks and recovery (issue 7): a damaged database is explained, never written over, and the
newest good backup is offered; a second window on the same data is refused with a plain message."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop import app
from desmigratif_desktop.app import instance_lock, run
from desmigratif_desktop.data.backup import automatic_backup
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.health import check_database_file
from desmigratif_desktop.errors import DatabaseCorruptError
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.recovery import newest_good_backup
from desmigratif_desktop.ui.main_window import MainWindow
from tests.dbtools import count_rows
from tests.gui_helpers import when_dialog_opens


def damage(database: Path) -> bytes:
    """Overwrite the pages in the middle of the file, as a torn write on a failing disk would; the first
    pages (the schema, the installation row) stay readable, so only a real check finds the damage."""
    data = bytearray(database.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = bytes((i * 37) % 251 for i in range(3 * page))
    database.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def damaged(village_db: Database) -> tuple[DataPaths, bytes, int]:
    """A village of 40 households with yesterday's backup, then 10 more households, then damage."""
    add_demo_data(village_db, 40, seed=5)
    automatic_backup(village_db.paths, "daily")
    add_demo_data(village_db, 10, seed=6)
    paths = village_db.paths
    village_db.close()
    with sqlite3.connect(paths.database) as conn:  # everything in the main file, nothing left in a WAL
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return paths, damage(paths.database), 40


def test_the_start_up_check_finds_damage_the_open_does_not(damaged: tuple[DataPaths, bytes, int]) -> None:
    paths, _, _ = damaged
    with pytest.raises(DatabaseCorruptError) as raised:
        check_database_file(paths.database)
    assert "rusak" in raised.value.message


def test_a_damaged_backup_is_not_offered(damaged: tuple[DataPaths, bytes, int]) -> None:
    paths, _, households = damaged
    (good,) = list(paths.backups.glob("daily-*.db"))
    newer = paths.backups / "daily-29991231-235959.db"
    newer.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # newest by name and time, but cut
    found = newest_good_backup(paths)
    assert found is not None and found.path == good and found.households == households


def test_a_damaged_database_offers_the_newest_backup_and_keeps_the_damaged_file(
    qtbot: QtBot, damaged: tuple[DataPaths, bytes, int]
) -> None:
    paths, damaged_bytes, households = damaged
    shown: list[str] = []

    def restore(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        when_dialog_opens(lambda done: (shown.append(done.text()), done.accept()), skip=box)  # type: ignore[attr-defined]
        box.findChild(QPushButton, "restore_newest").click()

    window = MainWindow(paths)
    qtbot.addWidget(window)
    when_dialog_opens(restore)
    with qtbot.waitSignal(window.database_ready, timeout=30_000):
        window.open_database_in_background()
    assert "cannot be read" in shown[0] and f"{households} households" in shown[0]
    assert "restored" in shown[1]
    assert window.db is not None and count_rows(paths.database, "household") == households
    (kept,) = list(paths.backups.glob("damaged-*.db"))
    assert kept.read_bytes() == damaged_bytes  # aside exactly as it was
    window.db.close()


def test_closing_the_recovery_box_changes_nothing(
    qtbot: QtBot, damaged: tuple[DataPaths, bytes, int]
) -> None:
    paths, damaged_bytes, _ = damaged
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    window = MainWindow(paths)
    qtbot.addWidget(window)
    when_dialog_opens(lambda box: box.findChild(QPushButton, "close_app").click())
    with qtbot.waitSignal(window.database_failed, timeout=30_000):
        window.open_database_in_background()
    assert window.db is None
    assert paths.database.read_bytes() == damaged_bytes
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before


def test_a_second_window_on_the_same_data_is_refused(
    qtbot: QtBot, village_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    # and the Indonesian translator, which would stay on the shared QApplication for the next tests
    monkeypatch.setattr(app, "install_translator", lambda *_args: None)
    first = instance_lock(village_db.paths)
    assert first is not None
    assert instance_lock(village_db.paths) is None
    shown: list[str] = []
    when_dialog_opens(lambda box: (shown.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    assert run(village_db.paths) == 1
    assert "already open" in shown[0] and str(village_db.paths.data_dir) in shown[0]
    first.unlock()
    again = instance_lock(village_db.paths)
    assert again is not None  # the first window closed: the next one opens
    again.unlock()


def test_a_database_another_program_is_writing_is_not_called_damaged(village_db: Database) -> None:
    """A lock is not damage: the start-up check leaves it to the open, which says the data is in use."""
    village_db.close()
    with sqlite3.connect(village_db.paths.database, isolation_level=None) as other:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        check_database_file(village_db.paths.database)  # no DatabaseCorruptError
        other.execute("ROLLBACK")
