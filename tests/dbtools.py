"""Helpers to look into a database from tests, and to prove a refused operation left it as it was."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desmigratif_desktop.data.database import Database


def logical_dump(database: Path) -> list[str]:
    """Every schema statement and row, in order: equal dumps mean equal contents."""
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return list(conn.iterdump())


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def synced_rows(database: Path) -> int:
    """Rows of every table that travels in bundles: the register and the pillars."""
    from sync.tables import synced_models

    with contextlib.closing(sqlite3.connect(database)) as conn:
        return sum(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in synced_models())


def count_rows(database: Path, table: str, where: str = "1") -> int:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def query(db: Database, sql: str, **params: Any) -> list[dict[str, Any]]:
    with db.engine.connect() as connection:
        return [dict(row) for row in connection.execute(text(sql), params).mappings()]


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def execute(db: Database, sql: str, **params: Any) -> None:
    """A raw write, for a test that must set what no service sets (e.g. when a row was recorded)."""
    with db.engine.begin() as connection:
        connection.execute(text(sql), params)
