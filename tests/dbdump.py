"""Helpers to prove that a refused operation left the database exactly as it was."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path


def logical_dump(database: Path) -> list[str]:
    """Every schema statement and row, in order: equal dumps mean equal contents."""
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return list(conn.iterdump())


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_rows(database: Path, table: str, where: str = "1") -> int:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
