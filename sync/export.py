"""`sync export`: one bundle per trusted peer, with every change it has not yet acknowledged.

A village's only peer is its district office; a district office writes one bundle per village device
it trusts (or only for `--to VILLAGE_CODE`), carrying its reviews and corrections of that village's
records. Every bundle also acknowledges what arrived from that peer, so even one with no changes is
worth carrying. Nothing is marked as sent: only the peer's acknowledgement settles an entry, so a lost
stick costs nothing (the next bundle carries the same changes again).
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from desmigratif_desktop.atomic_file import atomic_write
from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.installation import Installation
from desmigratif_desktop.data.sync_state import BundleRecord, ReceivedRange
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import DiskFullError, KnownError, from_os_error
from sync import content, envelope
from sync.keys import KeyPair
from sync.peers import Peer, active_peers
from sync.ranges import of

BUNDLE_SUFFIX = ".dmsync"
_LOG = table_of(ChangeLogEntry)
_RECEIVED = table_of(ReceivedRange)
_BUNDLE = table_of(BundleRecord)
Progress = Any  # Callable[[int, int], None]


@dataclass(frozen=True)
class Exported:
    path: Path
    peer: Peer
    bundle_id: str
    entries: int
    acknowledgements: int  # ranges of the peer's changes this bundle confirms


def export_bundles(
    db: Database,
    keys: KeyPair,
    out_dir: Path,
    to: str | None = None,
    now: datetime | None = None,
    progress: Progress = None,
) -> list[Exported]:
    own = db.require_installation()
    peers = _recipients(db, own.role, to)
    written: list[Exported] = []
    for done, peer in enumerate(peers):
        if progress:
            progress(done, len(peers))
        written.append(_export_one(db, keys, own, peer, out_dir, now))
    if progress:
        progress(len(peers), len(peers))
    return written


def _recipients(db: Database, role: str, to: str | None) -> list[Peer]:
    peers = active_peers(db)
    if to is not None:
        if role != Role.DISTRICT:
            raise KnownError("--to hanya untuk Dinas: desa selalu mengirim ke Dinasnya.", "Hapus --to.")
        peers = [peer for peer in peers if peer.region_code == to.strip()]
        if not peers:
            raise KnownError(
                f"Tidak ada perangkat tepercaya untuk desa {to}.",
                "Lihat daftar desa tepercaya dengan `desmigratif keys list`.",
            )
    if not peers:
        partner = "Dinas kabupaten/kota" if role == Role.VILLAGE else "desa"
        raise KnownError(
            f"Belum ada {partner} yang dipercaya; bundel belum dapat dibuat.",
            "Tukarkan kartu identitas dulu (Sinkronisasi › Identitas dan perangkat tepercaya; di baris "
            "perintah: keys export dan keys trust), lalu ekspor lagi.",
        )
    return peers


def _export_one(
    db: Database, keys: KeyPair, own: Installation, peer: Peer, out_dir: Path, now: datetime | None
) -> Exported:
    created = now or datetime.now(UTC)
    bundle_id = uuid.uuid4().hex
    with db.read() as connection:
        lines, ranges, counts = _pending_lines(connection, own.role, peer)
        acks = _acknowledgements(connection, peer.peer_id)
        skipped = _not_for(connection, peer) if own.role == Role.DISTRICT else []
    manifest = content.Manifest(
        bundle_id=bundle_id,
        created_at=created.isoformat(),
        source={
            "peer_id": keys.peer_id,
            "role": own.role,
            "region_code": own.region_code,
            "region_name": own.region_name,
        },
        recipient=peer.peer_id,
        entries=len(lines),
        ranges=ranges,
        counts=counts,
        acks=acks,
        skipped=skipped,
    )
    sealed = envelope.seal(content.pack(manifest, lines), keys, peer.peer_id, peer.encryption_key)
    path = out_dir / _file_name(own.region_code, peer, created, bundle_id)
    _write(path, sealed)
    with db.write() as recorder:
        recorder.connection.execute(
            insert(_BUNDLE).values(
                bundle_id=bundle_id,
                direction="out",
                peer_id=peer.peer_id,
                file_name=path.name,
                created_at=created,
                recorded_at=datetime.now(UTC),
                entries=len(lines),
                summary=json.dumps({"ranges": ranges, "counts": counts, "acks": acks}),
            )
        )
    return Exported(path, peer, bundle_id, len(lines), sum(len(ack["ranges"]) for ack in acks))


def _pending_lines(
    connection: Connection, role: str, peer: Peer
) -> tuple[list[str], list[dict[str, Any]], dict[str, int]]:
    """The entry lines this peer has not acknowledged, in each device's order, and what they cover."""
    log = _LOG
    query = (
        select(
            log.c.device_id,
            log.c.seq,
            log.c.entity,
            log.c.row_id,
            log.c.op,
            log.c.version,
            log.c.base_version,
            log.c.scope,
            log.c.created_at,
            log.c.payload,
        )
        .where(log.c.acknowledged.is_(False))
        .order_by(log.c.device_id, log.c.seq)
    )
    if role == Role.DISTRICT:
        query = query.where(log.c.scope == peer.region_code)  # each village gets its own records only
    lines: list[str] = []
    seqs: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for row in connection.execute(query):
        *meta, created_at, payload = row
        stamp = created_at.isoformat() if isinstance(created_at, datetime) else str(created_at)
        lines.append(content.entry_line((*meta, stamp), payload))
        seqs.setdefault(row[0], []).append(row[1])
        counts[row[2]] = counts.get(row[2], 0) + 1
    ranges = [
        {"device_id": device, "first": first, "last": last}
        for device, numbers in seqs.items()
        for first, last in of(numbers)
    ]
    return lines, ranges, counts


def _acknowledgements(connection: Connection, peer_id: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        select(_RECEIVED.c.device_id, _RECEIVED.c.first_seq, _RECEIVED.c.last_seq)
        .where(_RECEIVED.c.peer_id == peer_id)
        .order_by(_RECEIVED.c.device_id, _RECEIVED.c.first_seq)
    )
    acks: dict[str, list[tuple[int, int]]] = {}
    for device_id, first, last in rows:
        acks.setdefault(device_id, []).append((first, last))
    return [{"device_id": device, "ranges": ranges} for device, ranges in acks.items()]


def _not_for(connection: Connection, peer: Peer) -> list[dict[str, Any]]:
    """The district's change numbers that belong to other villages (or to none): the village is told,
    so that it does not wait for them as if a bundle had been lost."""
    log = _LOG
    query = (
        select(log.c.device_id, log.c.seq)
        .where(or_(log.c.scope.is_(None), log.c.scope != peer.region_code))
        .order_by(log.c.device_id, log.c.seq)
    )
    seqs: dict[str, list[int]] = {}
    for device_id, seq in connection.execute(query):
        seqs.setdefault(device_id, []).append(seq)
    return [{"device_id": device, "ranges": of(numbers)} for device, numbers in seqs.items()]


def _file_name(own_code: str, peer: Peer, created: datetime, bundle_id: str) -> str:
    stamp = created.astimezone().strftime("%Y%m%d-%H%M%S")
    return f"desmigratif_{own_code}_ke_{peer.region_code}_{stamp}_{bundle_id[:8]}{BUNDLE_SUFFIX}"


def _write(path: Path, data: bytes) -> None:
    """Refused up front when the stick is too small; written under a temporary name, then renamed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(path.parent).free
        if free < len(data) + (1 << 20):
            raise KnownError(
                f"Ruang kosong di {path.parent} tinggal {free // 1024:,} KiB; bundel perlu "
                f"{len(data) // 1024 + 1:,} KiB. Bundel tidak dibuat.",
                "Kosongkan ruang di flashdisk atau pilih folder lain, lalu ekspor lagi.",
            )
        with atomic_write(path) as handle:
            handle.write(data)
    except OSError as error:
        known = from_os_error(error)
        if isinstance(known, DiskFullError):
            raise KnownError(
                f"Penyimpanan di {path.parent} penuh; bundel tidak dibuat.",
                "Kosongkan ruang di flashdisk atau pilih folder lain, lalu ekspor lagi.",
            ) from error
        raise known from error
