"""The start-up check: is the database file whole? (issue 7; DESIGN §4)

`PRAGMA quick_check` reads every page once and checks each b-tree's structure, without the slower
cross-checks of `integrity_check`: about a tenth of a second for a village of 3,000 households. It runs
read-only, so a damaged file is never written to before the officer decides what to do with it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from desmigratif_desktop.errors import DatabaseCorruptError

log = logging.getLogger(__name__)


def check_database_file(database: Path) -> None:
    """Raise DatabaseCorruptError when the file exists and is not a whole SQLite database."""
    if not database.is_file():
        return  # nothing yet: opening creates it
    problem = _quick_check(database)
    if problem is not None:
        log.error("start-up check failed for %s: %s", database, problem)
        raise DatabaseCorruptError(str(database))


def _quick_check(database: Path) -> str | None:
    # Not mode=ro: a WAL left by a power cut must be read (and is, by a read-write open) to see the
    # last saves; quick_check itself writes nothing.
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=5)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        # Locked, unreadable folder, no permission: not damage. The open that follows says which.
        return None
    except sqlite3.DatabaseError as error:  # "file is not a database", "disk image is malformed"
        return str(error)
    lines = [str(row[0]) for row in result]
    return None if lines == ["ok"] else "; ".join(lines[:5])
