"""Backups with SQLite's online backup API (consistent while the app writes), rotation, and restore."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desmigratif_desktop.errors import InvalidBackupError
from desmigratif_desktop.ids import new_id
from desmigratif_desktop.paths import DataPaths

# How many automatic backups of each kind are kept; the oldest beyond that are removed.
RETENTION = {"daily": 7, "pre-migration": 5}
# The database a restore replaced is kept too, but never pruned: it is the user's data.
REPLACED = "replaced"
DAMAGED = "damaged"  # a replaced database SQLite could not read, moved aside as it was


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    role: str
    region_code: str
    region_name: str
    officer_name: str
    households: int
    persons: int

    def describe(self) -> str:
        return (
            f"{self.region_name} ({self.region_code}), petugas {self.officer_name}: "
            f"{self.households} rumah tangga, {self.persons} orang"
        )


def backup_database(source: Path, out: Path) -> Path:
    """Copy a live database to `out`, written under a temporary name and renamed when complete."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A backup is one self-contained file, whatever journal mode the source uses.
            dst.execute("PRAGMA journal_mode=DELETE")
        _fsync(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out)
    _fsync(out.parent)
    return out


def automatic_backup(paths: DataPaths, reason: str, now: datetime | None = None) -> Path:
    saved = backup_database(paths.database, paths.backups / f"{reason}-{_stamp(now)}.db")
    prune(paths, reason)
    return saved


def daily_backup_if_due(paths: DataPaths, now: datetime | None = None) -> Path | None:
    """One backup a day while the app is used: none is made if today's already exists."""
    now = now or datetime.now()
    if not paths.database.exists() or any(paths.backups.glob(f"daily-{now:%Y%m%d}-*.db")):
        return None
    return automatic_backup(paths, "daily", now)


def automatic_backups(paths: DataPaths, reason: str) -> list[Path]:
    """Newest first; the timestamp in the name orders them."""
    return sorted(paths.backups.glob(f"{reason}-*.db"), reverse=True)


def last_backup_time(paths: DataPaths) -> datetime | None:
    """When the newest automatic or replaced-database backup was written, for the status bar."""
    found = list(paths.backups.glob("*.db")) if paths.backups.is_dir() else []
    return datetime.fromtimestamp(max(path.stat().st_mtime for path in found)) if found else None


def prune(paths: DataPaths, reason: str) -> None:
    keep = RETENTION.get(reason)
    if keep is None:
        return
    for old in automatic_backups(paths, reason)[keep:]:
        old.unlink(missing_ok=True)


def inspect_backup(file: Path) -> BackupInfo:
    """Check that `file` is an intact backup of this app, and say whose data it holds."""
    from desmigratif_desktop.data.migrate import head_revision, known_revisions

    if not file.is_file():
        raise InvalidBackupError(
            f"Berkas cadangan {file} tidak ditemukan.", "Periksa nama dan letak berkasnya."
        )
    not_ours = InvalidBackupError(
        f"Berkas {file} bukan cadangan Desmigratif Desktop yang utuh.",
        "Pilih berkas cadangan lain (folder 'backups' di folder data menyimpan cadangan otomatis).",
    )
    try:
        with contextlib.closing(sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            # integrity_check, not quick_check: a changed byte in an index page passes the quicker one.
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise not_ours
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision == (head_revision(),) and not _has_every_column(conn):
                raise not_ours
            install = conn.execute(
                "SELECT role, region_code, region_name, officer_name FROM installation"
            ).fetchone()
            households = conn.execute("SELECT count(*) FROM household WHERE NOT deleted").fetchone()[0]
            persons = conn.execute("SELECT count(*) FROM person WHERE NOT deleted").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise not_ours from exc
    if revision is None or install is None:
        raise not_ours
    if revision[0] not in known_revisions():
        raise InvalidBackupError(
            f"Cadangan {file} dibuat oleh versi aplikasi yang lebih baru.",
            "Pasang versi aplikasi terbaru dulu.",
        )
    return BackupInfo(file, revision[0], *install, households=households, persons=persons)


def _has_every_column(conn: sqlite3.Connection) -> bool:
    """A backup at today's schema has every table and column the app reads, under its own name (a
    changed byte in the schema's text can rename one and still pass the integrity check)."""
    from sqlmodel import SQLModel

    import desmigratif_desktop.data.models  # noqa: F401  (fills SQLModel.metadata)

    conn.execute("SELECT name, sql FROM sqlite_master").fetchall()  # the schema's text is readable
    for table in SQLModel.metadata.sorted_tables:
        found = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        if not {column.name for column in table.columns} <= found:
            return False
    return True


def restore_backup(paths: DataPaths, file: Path, *, damaged: bool = False) -> Path | None:
    """Replace the database with a checked backup; the replaced database is kept in backups/.

    Returns where the replaced database was kept (None when there was none). A readable database is
    copied aside and then overwritten through the backup API, one transaction: a power cut leaves
    one database or the other. A damaged one is moved aside by rename, untouched.

    The restored installation writes its next changes under a new device id, with a clock no older
    than the replaced database's: the changes made after the backup was taken may already have been
    sent, and their sequence numbers and versions must never be reused for different changes.
    """
    inspect_backup(file)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    set_aside = _set_damaged_aside if damaged else _set_current_aside
    kept, replaced_clock = set_aside(paths, _stamp())
    with (
        contextlib.closing(sqlite3.connect(file)) as src,
        contextlib.closing(sqlite3.connect(paths.database)) as dst,
    ):
        src.backup(dst)
        with dst:
            _start_new_device(dst, replaced_clock)
        dst.execute("PRAGMA journal_mode=WAL")
    return kept


def _set_current_aside(paths: DataPaths, stamp: str) -> tuple[Path | None, tuple[int, int]]:
    if not paths.database.exists():
        return None, (0, 0)
    try:
        kept = backup_database(paths.database, paths.backups / f"{REPLACED}-{stamp}.db")
    except sqlite3.DatabaseError:
        return _move_aside(paths.database, paths.backups / f"{DAMAGED}-{stamp}.db"), (0, 0)
    with contextlib.closing(sqlite3.connect(kept)) as conn:
        try:
            clock = conn.execute("SELECT clock_ms, clock_counter FROM installation").fetchone()
        except sqlite3.DatabaseError:  # a data dir that was never set up
            clock = None
    return kept, tuple(clock) if clock else (0, 0)  # type: ignore[return-value]


def _set_damaged_aside(paths: DataPaths, stamp: str) -> tuple[Path | None, tuple[int, int]]:
    """A database that failed its check is moved aside as it is, never copied or written to; its clock
    is read if it still can be, so the restored installation's versions stay later than its own."""
    if not paths.database.exists():
        return None, (0, 0)
    clock: tuple[int, int] = (0, 0)
    with contextlib.suppress(sqlite3.DatabaseError, TypeError):
        uri = f"{paths.database.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            clock = tuple(conn.execute("SELECT clock_ms, clock_counter FROM installation").fetchone())  # type: ignore[assignment]
    return _move_aside(paths.database, paths.backups / f"{DAMAGED}-{stamp}.db"), clock


def _move_aside(database: Path, target: Path) -> Path:
    """Keep a file SQLite cannot read exactly as it is, with its WAL files, for whoever can rescue it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{target}{suffix}"))
    database.replace(target)
    return target


def _start_new_device(conn: sqlite3.Connection, replaced_clock: tuple[int, int]) -> None:
    restored_ms, restored_counter = conn.execute(
        "SELECT clock_ms, clock_counter FROM installation"
    ).fetchone()
    clock = max((restored_ms, restored_counter), replaced_clock)
    conn.execute(
        "UPDATE installation SET device_id = ?, last_seq = 0, clock_ms = ?, clock_counter = ?",
        (new_id(), *clock),
    )


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def _fsync(path: Path) -> None:
    """Flush to the device: a stick pulled or power cut right after must not leave a torn file."""
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if path.is_dir() else 0)
    try:
        fd = os.open(path, flags)
    except OSError:  # directories cannot be opened on Windows; the rename is still atomic there
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
