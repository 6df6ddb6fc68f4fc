"""Backups as the screens and the command line use them: save, check, restore, and when the last was made.

The file work lives in `data/backup.py`; this is the service the UI calls, so that a restore also
brings a backup from an older version up to today's schema in the same step.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desmigratif_desktop.data import backup
from desmigratif_desktop.data.backup import BackupInfo
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DataPaths


def save_backup(paths: DataPaths, out: Path) -> Path:
    return backup.backup_database(paths.database, out)


def check_backup(file: Path) -> BackupInfo:
    return backup.inspect_backup(file)


def restore(paths: DataPaths, file: Path, *, damaged: bool = False) -> Path | None:
    """Replace the data with a checked backup and migrate it now; returns where the old data was kept.

    `damaged`: the current file failed its check, so it is moved aside as it is, never copied.
    """
    kept = backup.restore_backup(paths, file, damaged=damaged)
    Database.open(paths).close()
    return kept


def last_backup_time(paths: DataPaths) -> datetime | None:
    return backup.last_backup_time(paths)


__all__ = ["BackupInfo", "check_backup", "last_backup_time", "restore", "save_backup"]
