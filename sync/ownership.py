"""Whose records a bundle may touch: only the village it speaks for, as this installation knows them.

`apply._check` looks at what the signed entries say of themselves; that is not enough for tables that
name no village (a person, a placement…): a trusted village could send a change to another village's
person under its own scope. Here every change applied is traced to its village through the record as
stored here and through its parents (in the same bundle, or as stored here), the chain
`data/scope.py` describes; one that leads elsewhere refuses the whole bundle.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection

from desmigratif_desktop.data.scope import OWN_CODE, PARENTS
from sync.content import Entry
from sync.tables import columns_of

_CHUNK = 900


@cache
def _own_column(entity: str) -> str | None:
    column = OWN_CODE.get(entity, "village_code")
    return column if column in columns_of(entity) else None


class _Villages:
    """The village of records, from the bundle's rows or this database's, looked up once each."""

    def __init__(self, connection: Connection, entries: list[Entry]) -> None:
        self.connection = connection
        self.in_bundle = {entry.row_id: entry.row for entry in entries}  # the latest state wins
        self.stored: dict[tuple[str, str], Any] = {}  # (entity, id) -> its village or parent id
        self._prefetch(entries)

    def _prefetch(self, entries: list[Entry]) -> None:
        ids: dict[str, set[str]] = {}
        for entry in entries:
            ids.setdefault(entry.entity, set()).add(entry.row_id)
        for entity, row_ids in ids.items():
            self._load(entity, row_ids)

    def _load(self, entity: str, row_ids: Iterable[str]) -> None:
        column = _own_column(entity) or PARENTS[entity][0]
        wanted = [row_id for row_id in row_ids if (entity, row_id) not in self.stored]
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" for _ in chunk)
            found = self.connection.exec_driver_sql(
                f"SELECT id, {column} FROM {entity} WHERE id IN ({marks})", tuple(chunk)
            )
            for row_id, value in found:
                self.stored[(entity, row_id)] = value
            for row_id in chunk:
                self.stored.setdefault((entity, row_id), _ABSENT)

    def stored_village(self, entity: str, row_id: str) -> str | None:
        """The village of the record as stored here; None when it is not here (or its chain breaks)."""
        for _ in range(len(PARENTS) + 1):
            key = (entity, row_id)
            if key not in self.stored:  # a parent outside the bundle: read now, once
                self._load(entity, [row_id])
            value = self.stored[key]
            if value is _ABSENT:
                return None
            if _own_column(entity):
                return str(value)
            entity, row_id = PARENTS[entity][1], value
        return None

    def new_village(self, entity: str, row: dict[str, Any]) -> str | None:
        """The village of a record in the state the bundle gives it, parents taken from the bundle first."""
        for _ in range(len(PARENTS) + 1):
            column = _own_column(entity)
            if column:
                return row.get(column)
            link, parent = PARENTS[entity]
            parent_id = row.get(link)
            if parent_id is None:
                return None
            parent_row = self.in_bundle.get(parent_id)
            if parent_row is None:
                return self.stored_village(parent, parent_id)
            entity, row = parent, parent_row
        return None


_ABSENT = object()


def foreign_change(connection: Connection, entries: list[Entry], village: str) -> Entry | None:
    """The first change that touches a record of another village (or one it cannot be traced to)."""
    villages = _Villages(connection, entries)
    for entry in entries:
        if villages.new_village(entry.entity, entry.row) != village:
            return entry
        stored = villages.stored_village(entry.entity, entry.row_id)
        if stored is not None and stored != village:
            return entry
    return None
