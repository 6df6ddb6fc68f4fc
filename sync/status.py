"""`sync status`: per peer, the last bundles each way, what it has acknowledged, gaps, open conflicts."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, case, func, select

from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.sync_state import BundleRecord, HeldEntry, ReceivedRange, SyncConflict
from desmigratif_desktop.data.write import table_of
from sync import ranges
from sync.keys import KeyPair
from sync.peers import Peer, list_peers

_LOG = table_of(ChangeLogEntry)
_BUNDLE = table_of(BundleRecord)
_RECEIVED = table_of(ReceivedRange)
_HELD = table_of(HeldEntry)
_CONFLICT = table_of(SyncConflict)


def sync_status(db: Database, keys: KeyPair) -> dict[str, Any]:
    own = db.require_installation()
    peers = list_peers(db)
    with db.read() as connection:
        return {
            "peer_id": keys.peer_id,
            "fingerprint": keys.fingerprint,
            "role": own.role,
            "region_code": own.region_code,
            "pending_changes": _pending(connection, None),
            "open_conflicts": _open_conflicts(connection, None),
            "peers": [_peer_status(connection, own.role, peer) for peer in peers],
        }


def _peer_status(connection: Connection, role: str, peer: Peer) -> dict[str, Any]:
    return {
        "peer_id": peer.peer_id,
        "fingerprint": peer.fingerprint,
        "role": peer.role,
        "region_code": peer.region_code,
        "region_name": peer.region_name,
        "officer_name": peer.officer_name,
        "trusted_at": peer.trusted_at.isoformat(),
        "revoked_at": peer.revoked_at.isoformat() if peer.revoked_at else None,
        "last_sent": _last_bundle(connection, peer.peer_id, "out"),
        "last_received": _last_bundle(connection, peer.peer_id, "in"),
        # what this peer still has to confirm: for a district, only that village's records go to it
        "pending_changes": _pending(connection, peer.region_code if role == Role.DISTRICT else None),
        "acknowledged_seq": _acknowledged(connection, peer.region_code if role == Role.DISTRICT else None),
        "gaps": gaps_from(connection, peer.peer_id),
        "held_changes": _count(connection, _HELD, _HELD.c.peer_id == peer.peer_id),
        "open_conflicts": _open_conflicts(connection, peer.peer_id),
    }


def gaps_from(connection: Connection, peer_id: str) -> list[dict[str, Any]]:
    """Changes of this peer's devices that have not arrived: holes below the highest number received."""
    rows = connection.execute(
        select(_RECEIVED.c.device_id, _RECEIVED.c.first_seq, _RECEIVED.c.last_seq)
        .where(_RECEIVED.c.peer_id == peer_id)
        .order_by(_RECEIVED.c.device_id, _RECEIVED.c.first_seq)
    )
    by_device: dict[str, ranges.Ranges] = {}
    for device_id, first, last in rows:
        by_device.setdefault(device_id, []).append((first, last))
    return [
        {"device_id": device_id, "first": first, "last": last}
        for device_id, held in by_device.items()
        for first, last in ranges.gaps(held)
    ]


def _last_bundle(connection: Connection, peer_id: str, direction: str) -> dict[str, Any] | None:
    row = connection.execute(
        select(_BUNDLE)
        .where(_BUNDLE.c.peer_id == peer_id, _BUNDLE.c.direction == direction)
        .order_by(_BUNDLE.c.recorded_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return {
        "bundle_id": row.bundle_id,
        "file_name": row.file_name,
        "created_at": _iso(row.created_at),
        "recorded_at": _iso(row.recorded_at),
        "entries": row.entries,
        "summary": json.loads(row.summary),
    }


def _pending(connection: Connection, scope: str | None) -> int:
    where = [_LOG.c.acknowledged.is_(False)]
    if scope is not None:
        where.append(_LOG.c.scope == scope)
    return _count(connection, _LOG, *where)


def _acknowledged(connection: Connection, scope: str | None) -> dict[str, int]:
    """Per writing device of this installation: the highest number up to which all is acknowledged."""
    first_open = func.min(case((_LOG.c.acknowledged.is_(False), _LOG.c.seq)))
    query = select(_LOG.c.device_id, func.max(_LOG.c.seq), first_open).group_by(_LOG.c.device_id)
    if scope is not None:
        query = query.where(_LOG.c.scope == scope)
    return {
        device_id: (top if pending is None else pending - 1)
        for device_id, top, pending in connection.execute(query)
    }


def _open_conflicts(connection: Connection, peer_id: str | None) -> int:
    where = [_CONFLICT.c.resolved_at.is_(None)]
    if peer_id is not None:
        where.append(_CONFLICT.c.peer_id == peer_id)
    return _count(connection, _CONFLICT, *where)


def _count(connection: Connection, table: Any, *where: Any) -> int:
    return int(connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def _iso(value: datetime | str) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)
