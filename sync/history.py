"""The bundles written and applied here (`sync_bundle`), newest first, for the history screen. Read only.

Times are stored as naive UTC (SQLite keeps no zone); they come back here as aware UTC datetimes, so a
screen can show them in local time without guessing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.sync_state import BundleRecord, SyncPeer
from desmigratif_desktop.data.write import table_of

_BUNDLE = table_of(BundleRecord)
_PEER = table_of(SyncPeer)
SENT, RECEIVED = "out", "in"
DEFAULT_LIMIT = 200  # a year of weekly exchanges with a few villages; older ones stay in the table


@dataclass(frozen=True)
class BundleEvent:
    bundle_id: str
    direction: str  # SENT or RECEIVED
    peer_name: str  # the other installation's region; its peer id if it is no longer known
    file_name: str
    created_at: datetime  # made on the sending side (UTC)
    recorded_at: datetime  # written or applied here (UTC)
    entries: int
    summary: dict[str, Any]  # as stored: ranges and counts, and for a received bundle what applying did

    @property
    def acknowledged_ranges(self) -> int:
        """For a bundle sent: how many ranges of the peer's changes it confirmed."""
        return sum(len(ack.get("ranges", [])) for ack in self.summary.get("acks", []))

    def outcome(self, key: str) -> int:
        """For a bundle received: applied, held, already, conflicts or acknowledged (0 when absent)."""
        value = self.summary.get(key, 0)
        return value if isinstance(value, int) else 0


def bundle_history(db: Database, limit: int = DEFAULT_LIMIT) -> list[BundleEvent]:
    query = (
        select(_BUNDLE, _PEER.c.region_name)
        .join(_PEER, _PEER.c.peer_id == _BUNDLE.c.peer_id, isouter=True)
        .order_by(_BUNDLE.c.recorded_at.desc())
        .limit(limit)
    )
    with db.read() as connection:
        return [_event(row) for row in connection.execute(query)]


def _event(row: Any) -> BundleEvent:
    try:
        summary = json.loads(row.summary)
    except (TypeError, ValueError):
        summary = {}  # an unreadable summary still leaves the bundle in the history
    return BundleEvent(
        bundle_id=row.bundle_id,
        direction=row.direction,
        peer_name=row.region_name or row.peer_id,
        file_name=row.file_name,
        created_at=as_utc(row.created_at),
        recorded_at=as_utc(row.recorded_at),
        entries=row.entries,
        summary=summary if isinstance(summary, dict) else {},
    )


def as_utc(value: datetime | str) -> datetime:
    """A stored time (naive UTC, or ISO text) as an aware UTC datetime."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
