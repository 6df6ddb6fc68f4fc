"""The only way synced rows are written: stamp the sync columns and append to the change log, in one go.

A `ChangeRecorder` lives inside one write transaction (`Database.write()`); the service layer calls it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlmodel import SQLModel

from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.clock import HybridClock
from desmigratif_desktop.data.enums import ChangeOp, Role
from desmigratif_desktop.data.installation import INSTALLATION_ROW_ID, Installation
from desmigratif_desktop.data.row_codec import Encoded, RowCodec, codec_for
from desmigratif_desktop.data.scope import scope_of
from desmigratif_desktop.data.sync_columns import new_id
from desmigratif_desktop.errors import NotFoundError

Row = dict[str, Any]

_INSTALLATION = Installation.__table__  # type: ignore[attr-defined]


def table_of(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


class ChangeRecorder:
    def __init__(self, connection: Connection, installation: Mapping[str, Any]) -> None:
        self.connection = connection
        self.device_id: str = installation["device_id"]
        self.clock = HybridClock(self.device_id, installation["clock_ms"], installation["clock_counter"])
        self._last_seq: int = installation["last_seq"]
        # A village's every record is its own; a district office looks up each record's village.
        self._own_scope: str | None = (
            installation["region_code"] if installation["role"] == Role.VILLAGE else None
        )

    def insert(self, model: type[SQLModel], values: Mapping[str, Any]) -> Row:
        return self.insert_many(model, [values])[0]

    def insert_many(self, model: type[SQLModel], rows: Iterable[Mapping[str, Any]]) -> list[Row]:
        """Rows encoded once; one executemany for the rows and one for their change-log entries."""
        now = _utc_now()
        codec = codec_for(model)
        stamped = [self._stamp(dict(values), now, created=True) for values in rows]
        encoded = [codec.encode(row) for row in stamped]
        if encoded:
            self.connection.exec_driver_sql(codec.insert_sql, encoded)
            self._append(codec, encoded, ChangeOp.INSERT, now, [None] * len(encoded))
        return stamped

    def update(self, model: type[SQLModel], row_id: str, changes: Mapping[str, Any]) -> Row:
        current = self.current(model, row_id)
        return self._rewrite(model, {**current, **changes}, ChangeOp.UPDATE, current["version"])

    def tombstone(self, model: type[SQLModel], row_id: str) -> Row:
        current = self.current(model, row_id)
        return self._rewrite(model, {**current, "deleted": True}, ChangeOp.DELETE, current["version"])

    def restore(self, model: type[SQLModel], row_id: str, values: Mapping[str, Any]) -> Row:
        """Write a whole earlier state of a row again, tombstoned or not (a sync conflict settled by
        keeping the version that lost, which may be the one before a delete)."""
        current = self.current(model, row_id, include_deleted=True)
        return self._rewrite(model, {**current, **values}, ChangeOp.UPDATE, current["version"])

    def current(self, model: type[SQLModel], row_id: str, include_deleted: bool = False) -> Row:
        table = table_of(model)
        found = self.connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if found is None or (found["deleted"] and not include_deleted):
            raise NotFoundError(f"Data tidak ditemukan ({table.name} {row_id}).", "Mungkin sudah dihapus.")
        return dict(found)

    def save_clock(self) -> None:
        """Persist the clock and sequence; called once, just before the transaction commits."""
        self.connection.execute(
            update(_INSTALLATION)
            .where(_INSTALLATION.c.id == INSTALLATION_ROW_ID)
            .values(clock_ms=self.clock.ms, clock_counter=self.clock.counter, last_seq=self._last_seq)
        )

    def _rewrite(self, model: type[SQLModel], row: Row, op: ChangeOp, base_version: str) -> Row:
        now = _utc_now()
        codec = codec_for(model)
        row = self._stamp(row, now, created=False)
        encoded = codec.encode(row)
        self.connection.exec_driver_sql(codec.update_sql, codec.update_params(encoded))
        self._append(codec, [encoded], op, now, [base_version])
        return row

    def _scope(self, codec: RowCodec, values: Encoded) -> str | None:
        if self._own_scope is not None:
            return self._own_scope
        return scope_of(self.connection, codec.table_name, dict(zip(codec.columns, values, strict=True)))

    def _stamp(self, row: Row, now: datetime, *, created: bool) -> Row:
        if created:
            if "id" not in row:
                row["id"] = new_id()
            row["created_at"] = now
            row.setdefault("deleted", False)
        row["updated_at"] = now
        row["version"] = self.clock.tick()
        row["device_id"] = self.device_id
        return row

    def _append(
        self,
        codec: RowCodec,
        encoded: list[Encoded],
        op: ChangeOp,
        now: datetime,
        bases: list[str | None],
    ) -> None:
        """One change-log entry per row: the row exactly as stored, as JSON, with the version it
        replaced and the village it belongs to."""
        logged_at = _LOG_CODEC.encode({"created_at": now})[_LOG_CREATED_AT]
        id_at, version_at = codec.columns.index("id"), codec.columns.index("version")
        entries = []
        for values, base_version in zip(encoded, bases, strict=True):
            self._last_seq += 1
            entries.append(
                (
                    self.device_id,
                    self._last_seq,
                    codec.table_name,
                    values[id_at],
                    op.value,
                    values[version_at],
                    codec.payload(values),
                    base_version,
                    self._scope(codec, values),
                    logged_at,
                    0,
                )
            )
        self.connection.exec_driver_sql(_LOG_INSERT, entries)


_LOG_CODEC = codec_for(ChangeLogEntry)
_LOG_CREATED_AT = _LOG_CODEC.columns.index("created_at")
_LOG_COLUMNS = (
    "device_id",
    "seq",
    "entity",
    "row_id",
    "op",
    "version",
    "payload",
    "base_version",
    "scope",
    "created_at",
    "acknowledged",
)
assert _LOG_CODEC.columns == _LOG_COLUMNS, "change_log columns changed: update ChangeRecorder._append"
_LOG_INSERT = _LOG_CODEC.insert_sql


def _utc_now() -> datetime:
    return datetime.now(UTC)
