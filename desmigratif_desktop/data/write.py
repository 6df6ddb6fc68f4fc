"""The only way synced rows are written: stamp the sync columns and append to the change log, in one go.

A `ChangeRecorder` lives inside one write transaction (`Database.write()`); the service layer calls it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update
from sqlmodel import SQLModel

from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.clock import HybridClock
from desmigratif_desktop.data.enums import ChangeOp
from desmigratif_desktop.data.installation import INSTALLATION_ROW_ID, Installation
from desmigratif_desktop.data.sync_columns import new_id
from desmigratif_desktop.errors import NotFoundError

Row = dict[str, Any]

_CHANGE_LOG = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_INSTALLATION = Installation.__table__  # type: ignore[attr-defined]


def table_of(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


class ChangeRecorder:
    def __init__(self, connection: Connection, installation: Mapping[str, Any]) -> None:
        self.connection = connection
        self.device_id: str = installation["device_id"]
        self.clock = HybridClock(self.device_id, installation["clock_ms"], installation["clock_counter"])
        self._last_seq: int = installation["last_seq"]
        self._changes_written = 0

    @property
    def changes_written(self) -> int:
        return self._changes_written

    def insert(self, model: type[SQLModel], values: Mapping[str, Any]) -> Row:
        return self.insert_many(model, [values])[0]

    def insert_many(self, model: type[SQLModel], rows: Iterable[Mapping[str, Any]]) -> list[Row]:
        """Bulk insert through SQLAlchemy Core: one executemany for the rows, one for the log."""
        now = _utc_now()
        stamped = [self._stamp(dict(values), now, created=True) for values in rows]
        if stamped:
            self.connection.execute(insert(table_of(model)), stamped)
            self._append(model, stamped, ChangeOp.INSERT, now)
        return stamped

    def update(self, model: type[SQLModel], row_id: str, changes: Mapping[str, Any]) -> Row:
        row = {**self.current(model, row_id), **changes}
        return self._rewrite(model, row, ChangeOp.UPDATE)

    def tombstone(self, model: type[SQLModel], row_id: str) -> Row:
        row = {**self.current(model, row_id), "deleted": True}
        return self._rewrite(model, row, ChangeOp.DELETE)

    def current(self, model: type[SQLModel], row_id: str) -> Row:
        table = table_of(model)
        found = self.connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if found is None or found["deleted"]:
            raise NotFoundError(f"Data tidak ditemukan ({table.name} {row_id}).", "Mungkin sudah dihapus.")
        return dict(found)

    def save_clock(self) -> None:
        """Persist the clock and sequence; called once, just before the transaction commits."""
        self.connection.execute(
            update(_INSTALLATION)
            .where(_INSTALLATION.c.id == INSTALLATION_ROW_ID)
            .values(clock_ms=self.clock.ms, clock_counter=self.clock.counter, last_seq=self._last_seq)
        )

    def _rewrite(self, model: type[SQLModel], row: Row, op: ChangeOp) -> Row:
        now = _utc_now()
        row = self._stamp(row, now, created=False)
        table = table_of(model)
        self.connection.execute(update(table).where(table.c.id == row["id"]).values(row))
        self._append(model, [row], op, now)
        return row

    def _stamp(self, row: Row, now: datetime, *, created: bool) -> Row:
        if created:
            row.setdefault("id", new_id())
            row["created_at"] = now
            row.setdefault("deleted", False)
        row["updated_at"] = now
        row["version"] = self.clock.tick()
        row["device_id"] = self.device_id
        return row

    def _append(self, model: type[SQLModel], rows: list[Row], op: ChangeOp, now: datetime) -> None:
        entity = table_of(model).name
        entries = []
        for row in rows:
            self._last_seq += 1
            entries.append(
                {
                    "seq": self._last_seq,
                    "device_id": self.device_id,
                    "entity": entity,
                    "row_id": row["id"],
                    "op": op.value,
                    "version": row["version"],
                    "payload": json.dumps(row, default=_json_value, ensure_ascii=False, sort_keys=True),
                    "created_at": now,
                    "acknowledged": False,
                }
            )
        self.connection.execute(insert(_CHANGE_LOG), entries)
        self._changes_written += len(entries)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _json_value(value: object) -> str:
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__} in a change-log payload")
