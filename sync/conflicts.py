"""Records two sides changed without seeing each other's change: both versions, and the choice.

The later clock version is shown everywhere (every installation picks the same one); the other is kept
whole here. Keeping the other writes it again as a new change, through the change log, so it travels
and settles the record on the other side too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, select, update

from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.sync_columns import SYNC_COLUMN_NAMES
from desmigratif_desktop.data.sync_state import ReceivedRange, SyncConflict, SyncPeer
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError
from sync.tables import ENTITY_LABELS, synced_models

_CONFLICT = table_of(SyncConflict)
_RECEIVED = table_of(ReceivedRange)
_PEER = table_of(SyncPeer)
_LOG = table_of(ChangeLogEntry)
KEEP_SHOWN, KEEP_OTHER = "kept", "other"


@dataclass(frozen=True)
class Version:
    row: dict[str, Any]
    writer: str  # "instalasi ini" or the region of the installation that wrote it
    written_at: str  # as stored (UTC ISO)


@dataclass(frozen=True)
class Conflict:
    id: str
    entity: str
    row_id: str
    shown: Version  # the deterministic winner
    other: Version
    detected_at: datetime
    resolved_at: datetime | None
    resolution: str | None

    @property
    def label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(column, shown value, other value) for every field that differs, sync columns aside."""
        return [
            (column, self.shown.row.get(column), self.other.row.get(column))
            for column in self.shown.row
            if column not in SYNC_COLUMN_NAMES and self.shown.row.get(column) != self.other.row.get(column)
        ]

    def describe(self) -> str:
        """In plain words (Indonesian, for the command line): who changed what, and when."""
        fields = ", ".join(column for column, _shown, _other in self.differences()) or "status terhapus"
        return (
            f"{self.label}: diubah oleh {self.shown.writer} ({local_time(self.shown.written_at)}) dan oleh "
            f"{self.other.writer} ({local_time(self.other.written_at)}) tanpa saling melihat. "
            f"Berbeda pada: {fields}. Yang ditampilkan: versi {self.shown.writer}."
        )


def local_time(stored: str) -> str:
    """A stored UTC timestamp as this computer's clock shows it, e.g. 02-12-2026 12:16."""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def list_conflicts(db: Database, include_resolved: bool = False) -> list[Conflict]:
    with db.read() as connection:
        query = select(_CONFLICT).order_by(_CONFLICT.c.detected_at.desc())
        if not include_resolved:
            query = query.where(_CONFLICT.c.resolved_at.is_(None))
        writers = _writers(connection)
        return [_conflict(row, writers) for row in connection.execute(query)]


def resolve(db: Database, conflict_id: str, keep: str) -> Conflict:
    """Keep the version shown, or write the other one again as a new change (which then travels)."""
    if keep not in (KEEP_SHOWN, KEEP_OTHER):
        raise KnownError(f"Pilihan “{keep}” tidak dikenal.", "Pilih 'kept' (yang tampil) atau 'other'.")
    found = next((c for c in list_conflicts(db, include_resolved=True) if c.id.startswith(conflict_id)), None)
    if found is None or found.resolved_at is not None:
        raise KnownError(
            f"Konflik {conflict_id} tidak ada atau sudah diselesaikan.",
            "Lihat daftar konflik yang terbuka di menu Sinkronisasi.",
        )
    with db.write() as recorder:
        if keep == KEEP_OTHER:
            model = synced_models()[found.entity]
            values = {k: v for k, v in found.other.row.items() if k not in SYNC_COLUMN_NAMES}
            values["deleted"] = bool(found.other.row.get("deleted"))
            recorder.restore(model, found.row_id, _decoded(model, values))
        recorder.connection.execute(
            update(_CONFLICT)
            .where(_CONFLICT.c.id == found.id)
            .values(resolved_at=datetime.now(UTC), resolution=keep)
        )
    return found


def _decoded(model: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Stored text back to Python values (dates), so the recorder encodes them as it does any write."""
    table = model.__table__
    out: dict[str, Any] = {}
    for name, value in values.items():
        column_type = table.columns[name].type
        if value is not None and isinstance(column_type, DateTime):
            out[name] = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            out[name] = datetime.fromisoformat(value).date()
        else:
            out[name] = value
    return out


def _writers(connection: Connection) -> dict[str, str]:
    """Device id -> who: this installation's own devices, and each peer's devices by its region."""
    received = select(_RECEIVED.c.device_id, _PEER.c.region_name).join(
        _PEER, _PEER.c.peer_id == _RECEIVED.c.peer_id
    )
    names: dict[str, str] = {device_id: region for device_id, region in connection.execute(received)}  # noqa: C416 (rows, not pairs)
    for (device_id,) in connection.execute(select(_LOG.c.device_id).distinct()):
        names[device_id] = "instalasi ini"
    return names


def _conflict(row: Any, writers: dict[str, str]) -> Conflict:
    def version(payload: str) -> Version:
        data = json.loads(payload)
        return Version(
            data, writers.get(data.get("device_id", ""), "perangkat lain"), str(data.get("updated_at"))
        )

    return Conflict(
        id=row.id,
        entity=row.entity,
        row_id=row.row_id,
        shown=version(row.kept_payload),
        other=version(row.other_payload),
        detected_at=row.detected_at,
        resolved_at=row.resolved_at,
        resolution=row.resolution,
    )
