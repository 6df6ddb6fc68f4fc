"""Recovery from a damaged database: find the newest backup that is whole, and restore it (issue 7).

The damaged file is never deleted or written to: the restore moves it aside into `backups/` as
`damaged-*.db`, untouched, so that it can still be looked at or rescued by someone who knows how.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desmigratif_desktop.data.backup import BackupInfo, inspect_backup
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.backups import restore

log = logging.getLogger(__name__)
# The automatic backups, newest first within each kind; "replaced-" files are what earlier restores
# put aside (perhaps damaged), so they are never offered.
_RECOVERABLE = ("daily-*.db", "pre-migration-*.db")


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    """The most recently written automatic backup that passes the backup check, or None."""
    if not paths.backups.is_dir():
        return None
    candidates = [file for pattern in _RECOVERABLE for file in paths.backups.glob(pattern)]
    for file in sorted(candidates, key=lambda f: f.stat().st_mtime, reverse=True):
        try:
            return inspect_backup(file)
        except KnownError as error:
            log.warning("backup %s not usable for recovery: %s", file.name, error.message)
    return None


def recover_from(paths: DataPaths, backup: Path) -> Path | None:
    """Restore `backup` over the damaged database; returns where the damaged file was kept."""
    kept = restore(paths, backup, damaged=True)
    log.warning("database restored from %s; the damaged file was kept as %s", backup.name, kept)
    return kept
