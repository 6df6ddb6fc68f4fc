"""`sync import`: check a bundle whole, then apply it in one transaction, or refuse and change nothing.

Applying keeps DESIGN §5's promises:
- **Exactly once, any order.** A change is known by its writing device and sequence number. One that
  arrived before is skipped; one that arrives after a hole in its device's numbers is held until the
  hole is filled, so each device's changes apply in the order they were made (a person never before
  its household) and a lost stick is reported by name and range (`status.gaps`).
- **Last writer wins, nothing lost.** A record takes the change with the later clock version, so every
  installation ends with the same record whatever the order. When the incoming change and the copy
  here were made without seeing each other (the incoming change's base is not the version here, and
  another device wrote the version here), both versions are kept in `sync_conflict` for review.
- **The clock moves on.** Later local changes order after everything received.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.installation import Installation
from desmigratif_desktop.data.row_codec import codec_for
from desmigratif_desktop.data.sync_state import BundleRecord, HeldEntry, ReceivedRange, SyncConflict
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import from_os_error
from sync import content, envelope, ranges
from sync.content import Entry
from sync.errors import BundleRefusedError
from sync.keys import KeyPair
from sync.ownership import foreign_change
from sync.peers import Peer, find_peer
from sync.tables import columns_of, may_send, synced_models

_LOG = table_of(ChangeLogEntry)
_RECEIVED = table_of(ReceivedRange)
_HELD = table_of(HeldEntry)
_BUNDLE = table_of(BundleRecord)
_CONFLICT = table_of(SyncConflict)
_CHUNK = 900  # ids per IN (...): under SQLite's variable limit
Progress = Callable[[int, int], None]


@dataclass
class Imported:
    path: Path
    bundle_id: str
    sender: str  # the sending installation's region name
    entries: int  # carried by the bundle
    applied: int = 0
    held: int = 0  # waiting for an earlier bundle of the same device
    already: int = 0  # had arrived before
    conflicts: int = 0
    acknowledged: int = 0  # this installation's changes the sender confirmed
    repeated_bundle: bool = False
    released: int = 0  # held entries of earlier bundles applied now that their gap is filled


@dataclass
class _Opened:
    path: Path
    peer: Peer
    manifest: content.Manifest
    entries: list[Entry]


def read_bundle(db: Database, keys: KeyPair, path: Path) -> _Opened:
    """Everything that can refuse a bundle, before any write: the file, the envelope, the content."""
    name = path.name
    try:
        with path.open("rb") as handle:
            data = handle.read(envelope.MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise from_os_error(error) from error
    if len(data) > envelope.MAX_BUNDLE_BYTES:
        raise BundleRefusedError(f"{name} terlalu besar untuk sebuah bundel; tidak dibuka.", "")
    own = db.require_installation()
    with db.read() as connection:
        peers: dict[str, Peer | None] = {}

        def lookup(peer_id: str) -> envelope.Sender | str | None:
            peers[peer_id] = find_peer(connection, peer_id)
            peer = peers[peer_id]
            if peer is None:
                return None
            if not peer.active:
                return f"{name} dari perangkat {peer.fingerprint} ({peer.region_name}) yang sudah dicabut."
            return envelope.Sender(peer.peer_id, peer.signing_key, peer.region_name)

        opened = envelope.open_sealed(data, keys, lookup, name)
    peer = peers[opened.sender.peer_id]
    assert peer is not None  # open_sealed returned: the sender is trusted
    manifest, entries = content.unpack(opened.content, name)
    _check(manifest, entries, peer, own, keys.peer_id, name)
    return _Opened(path, peer, manifest, entries)


def _check(
    manifest: content.Manifest, entries: list[Entry], peer: Peer, own: Installation, own_id: str, name: str
) -> None:
    """The signed content must agree with who signed it, and carry only records the sender may send."""
    if manifest.source["peer_id"] != peer.peer_id or manifest.recipient != own_id:
        raise _refused(name, "isinya tidak cocok dengan pengirim atau penerimanya")
    village = peer.region_code if peer.role == Role.VILLAGE else own.region_code
    for entry in entries:
        if not may_send(peer.role, entry.entity):
            raise _refused(name, f"berisi jenis data “{entry.entity}” yang tidak boleh dikirim pengirimnya")
        if entry.row.keys() != columns_of(entry.entity):
            raise _refused(name, f"bentuk data “{entry.entity}” tidak dikenal versi aplikasi ini")
        row = entry.row
        if (
            row["id"] != entry.row_id
            or row["version"] != entry.version
            or row["device_id"] != entry.device_id
        ):
            raise _refused(name, "isi perubahannya tidak konsisten")
        own_code = row.get("village_code", row.get("code") if entry.entity == "village_profile" else village)
        if entry.scope != village or own_code != village:
            raise _refused(name, f"berisi data desa lain ({entry.scope or own_code}), bukan {village}")


def import_bundle(db: Database, keys: KeyPair, path: Path) -> Imported:
    opened = read_bundle(db, keys, path)
    with db.write() as recorder:
        return _apply_opened(recorder, opened)


def _apply_opened(recorder: ChangeRecorder, opened: _Opened) -> Imported:
    """The whole bundle on the recorder's transaction; a refusal raised here is rolled back by the caller."""
    manifest, peer, path = opened.manifest, opened.peer, opened.path
    result = Imported(path, manifest.bundle_id, peer.region_name, len(opened.entries))
    connection = recorder.connection
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit, all at once
    result.repeated_bundle = _seen(connection, manifest.bundle_id)
    ready = _sort_out(connection, peer.peer_id, opened.entries, manifest.skipped, result)
    village = peer.region_code if peer.role == Role.VILLAGE else own_code(recorder)
    stray = foreign_change(connection, ready, village)
    if stray is not None:
        raise _refused(path.name, f"mengubah data desa lain ({stray.entity}), bukan data {village}")
    _apply(recorder, peer.peer_id, ready, result)
    scope = peer.region_code if peer.role == Role.VILLAGE else None
    result.acknowledged = _acknowledge(connection, manifest.acks, scope)
    if not result.repeated_bundle:
        _record(connection, opened, result)
    return result


def own_code(recorder: ChangeRecorder) -> str:
    row = recorder.connection.execute(select(table_of(Installation).c.region_code)).one()
    return str(row[0])


Outcome = Imported | BundleRefusedError | Exception


def import_bundles(
    db: Database, keys: KeyPair, paths: Iterable[Path], progress: Progress | None = None
) -> list[Outcome]:
    """Each file on its own: a refused one changes nothing and does not stop the others.

    All files share one transaction, each bundle inside its own savepoint, because at a district the
    commit (a synchronous write of every page the bundle touched) costs as much as applying: 50 villages
    in one commit take three quarters of the time of 50 commits. Nothing is reported applied before that
    commit succeeds; if it fails (a full disk, a reference checked only at commit), the files are
    applied again one transaction each, so one bad file cannot hold back the others.
    """
    files = list(paths)
    try:
        outcomes = _import_together(db, keys, files, progress)
    except Exception:  # the shared commit failed: nothing of it was stored
        outcomes = _import_apart(db, keys, files, progress)
    if progress:
        progress(len(files), len(files))
    return outcomes


def _import_together(
    db: Database, keys: KeyPair, files: list[Path], progress: Progress | None
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    with contextlib.ExitStack() as transaction:
        recorder: ChangeRecorder | None = None
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files))
            try:
                opened = read_bundle(db, keys, path)
                if recorder is None:  # opened on the first readable bundle: refused files alone write nothing
                    recorder = transaction.enter_context(db.write())
                with recorder.connection.begin_nested():  # a refusal rolls back this bundle only
                    outcomes.append(_apply_opened(recorder, opened))
            except Exception as error:  # a known error is reported per file; the caller re-raises bugs
                outcomes.append(error)
    return outcomes


def _import_apart(db: Database, keys: KeyPair, files: list[Path], progress: Progress | None) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for done, path in enumerate(files):
        if progress:
            progress(done, len(files))
        try:
            outcomes.append(import_bundle(db, keys, path))
        except Exception as error:
            outcomes.append(error)
    return outcomes


# -- exactly once, in each device's order -------------------------------------------------------


def _seen(connection: Connection, bundle_id: str) -> bool:
    found = connection.execute(select(_BUNDLE.c.bundle_id).where(_BUNDLE.c.bundle_id == bundle_id)).first()
    return found is not None


def _sort_out(
    connection: Connection,
    peer_id: str,
    entries: list[Entry],
    skipped: list[dict[str, Any]],
    result: Imported,
) -> list[Entry]:
    """The entries to apply now, in order; the rest are held or were here already.

    Numbers the sender declares will never come here (`skipped`) count as arrived: they are neither a
    gap nor something to wait for.
    """
    by_device: dict[str, list[Entry]] = {}
    for entry in entries:
        by_device.setdefault(entry.device_id, []).append(entry)
    not_coming = {item["device_id"]: item["ranges"] for item in skipped}
    ready: list[Entry] = []
    for device_id in [*by_device, *(d for d in not_coming if d not in by_device)]:
        arrived = by_device.get(device_id, [])
        received = _received(connection, device_id)
        new = {entry.seq: entry for entry in arrived if not ranges.contains(received, entry.seq)}
        result.already += len(arrived) - len(new)
        settled = ranges.union(received, not_coming.get(device_id, []))
        if not new and settled == received:
            continue
        held = _held(connection, device_id)
        waiting = {**held, **new}
        for seq in _in_order(settled, waiting, held):
            ready.append(waiting.pop(seq))
            result.released += seq in held
        _store_received(connection, peer_id, device_id, settled, new)
        _store_held(connection, peer_id, device_id, held, waiting)
        result.held += sum(1 for seq in waiting if seq in new)
    return ready


def _in_order(settled: ranges.Ranges, waiting: dict[int, Entry], held: dict[int, Entry]) -> list[int]:
    """The waiting numbers that follow, without a hole, what was applied or will never come.

    `settled` also holds the numbers of held changes (they arrived, but wait): those stop the walk
    over a settled range, so they apply in their turn."""
    order: list[int] = []
    expected = 1
    while True:
        if expected in waiting:
            order.append(expected)
            expected += 1
            continue
        end = ranges.end_of(settled, expected)
        if end is None:  # a hole: what follows waits for it
            return order
        later_held = [seq for seq in held if expected < seq <= end]
        expected = min(later_held) if later_held else end + 1


def _received(connection: Connection, device_id: str) -> ranges.Ranges:
    rows = connection.execute(
        select(_RECEIVED.c.first_seq, _RECEIVED.c.last_seq)
        .where(_RECEIVED.c.device_id == device_id)
        .order_by(_RECEIVED.c.first_seq)
    )
    return [(first, last) for first, last in rows]


def _held(connection: Connection, device_id: str) -> dict[int, Entry]:
    rows = connection.execute(select(_HELD.c.seq, _HELD.c.entry).where(_HELD.c.device_id == device_id))
    return {seq: _entry_from_line(line) for seq, line in rows}


def _entry_from_line(line: str) -> Entry:
    device_id, seq, entity, row_id, op, version, base, scope, created_at, row = json.loads(line)
    return Entry(device_id, seq, entity, row_id, op, version, base, scope, created_at, row)


def _store_received(
    connection: Connection, peer_id: str, device_id: str, settled: ranges.Ranges, new: dict[int, Entry]
) -> None:
    merged = ranges.add(settled, new)
    connection.execute(delete(_RECEIVED).where(_RECEIVED.c.device_id == device_id))
    connection.execute(
        insert(_RECEIVED),
        [
            {"device_id": device_id, "first_seq": first, "last_seq": last, "peer_id": peer_id}
            for first, last in merged
        ],
    )


def _store_held(
    connection: Connection, peer_id: str, device_id: str, before: dict[int, Entry], waiting: dict[int, Entry]
) -> None:
    released = [seq for seq in before if seq not in waiting]
    if released:
        connection.execute(delete(_HELD).where(_HELD.c.device_id == device_id, _HELD.c.seq.in_(released)))
    newly = [entry for seq, entry in waiting.items() if seq not in before]
    if newly:
        connection.execute(
            insert(_HELD),
            [
                {"device_id": device_id, "seq": entry.seq, "peer_id": peer_id, "entry": entry.line()}
                for entry in newly
            ],
        )


# -- last writer wins, conflicts kept ---------------------------------------------------------------


@dataclass
class _Local:
    """What this installation holds of one record while a bundle is applied."""

    version: str
    device_id: str
    row: dict[str, Any] | None = None  # the whole row, when already read


@dataclass
class _Batch:
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    settled: set[str] = field(default_factory=set)  # rows whose open conflicts a later change settles


def _apply(recorder: ChangeRecorder, peer_id: str, ready: list[Entry], result: Imported) -> None:
    by_entity: dict[str, list[Entry]] = {}
    for entry in ready:
        by_entity.setdefault(entry.entity, []).append(entry)
    newest = max((entry.version for entry in ready), default=None)
    for entity, entries in by_entity.items():
        _apply_entity(recorder.connection, peer_id, entity, entries, result)
    if newest is not None:
        recorder.clock.observe(newest)


def _apply_entity(
    connection: Connection, peer_id: str, entity: str, entries: list[Entry], result: Imported
) -> None:
    codec = codec_for(synced_models()[entity])
    values_of = itemgetter(*codec.columns)  # the row's values in the table's column order
    local = _local_versions(connection, entity, {entry.row_id for entry in entries})
    open_conflicts = _open_conflict_rows(connection, entity)
    batch = _Batch()
    now = datetime.now(UTC)
    for entry in entries:
        here = local.get(entry.row_id)
        if here is not None and here.version == entry.version:
            continue  # the same change, come another way
        newer = here is None or entry.version > here.version
        if here is not None and here.device_id != entry.device_id and entry.base_version != here.version:
            batch.conflicts.append(_conflict(connection, peer_id, entity, entry, here, newer, now))
        elif newer and entry.row_id in open_conflicts:
            batch.settled.add(entry.row_id)  # a change made after seeing the winner settles the clash
        if newer:
            batch.rows.append(values_of(entry.row))
            local[entry.row_id] = _Local(entry.version, entry.device_id, entry.row)
            result.applied += 1
    if batch.rows:
        connection.exec_driver_sql(_upsert_sql(entity, codec.columns), batch.rows)
    if batch.conflicts:
        connection.execute(insert(_CONFLICT), batch.conflicts)
        result.conflicts += len(batch.conflicts)
    if batch.settled:
        connection.execute(
            update(_CONFLICT)
            .where(_CONFLICT.c.row_id.in_(batch.settled), _CONFLICT.c.resolved_at.is_(None))
            .values(resolved_at=now, resolution="changed_again")
        )


def _conflict(
    connection: Connection,
    peer_id: str,
    entity: str,
    entry: Entry,
    here: _Local,
    incoming_wins: bool,
    now: datetime,
) -> dict[str, Any]:
    local_row = here.row if here.row is not None else _stored_row(connection, entity, entry.row_id)
    kept, other = (entry.row, local_row) if incoming_wins else (local_row, entry.row)
    return {
        "id": uuid.uuid4().hex,
        "peer_id": peer_id,
        "entity": entity,
        "row_id": entry.row_id,
        "kept_version": kept["version"],
        "kept_payload": _json(kept),
        "other_version": other["version"],
        "other_payload": _json(other),
        "detected_at": now,
    }


def _local_versions(connection: Connection, entity: str, row_ids: set[str]) -> dict[str, _Local]:
    found: dict[str, _Local] = {}
    ids = list(row_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" for _ in chunk)
        rows = connection.exec_driver_sql(
            f"SELECT id, version, device_id FROM {entity} WHERE id IN ({marks})", tuple(chunk)
        )
        found.update({row_id: _Local(version, device_id) for row_id, version, device_id in rows})
    return found


def _stored_row(connection: Connection, entity: str, row_id: str) -> dict[str, Any]:
    """The row exactly as stored (ISO dates, 0/1 booleans): the same shape as a change-log payload."""
    row = connection.exec_driver_sql(f"SELECT * FROM {entity} WHERE id = ?", (row_id,)).mappings().one()
    return dict(row)


def _open_conflict_rows(connection: Connection, entity: str) -> set[str]:
    rows = connection.execute(
        select(_CONFLICT.c.row_id).where(_CONFLICT.c.entity == entity, _CONFLICT.c.resolved_at.is_(None))
    )
    return {row_id for (row_id,) in rows}


def _upsert_sql(entity: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    assignments = ", ".join(f"{name} = excluded.{name}" for name in columns if name != "id")
    return (
        f"INSERT INTO {entity} ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {assignments} "
        f"WHERE excluded.version > {entity}.version"
    )


def _json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


# -- acknowledgements and history ------------------------------------------------------------------


def _acknowledge(connection: Connection, acks: list[dict[str, Any]], scope: str | None) -> int:
    """Mark this installation's changes the sender confirms; they are not sent again. A village's
    confirmation covers only that village's records (the numbers it was told to skip are not acks)."""
    settled = 0
    for ack in acks:
        for first, last in ack["ranges"]:
            where = [
                _LOG.c.device_id == ack["device_id"],
                _LOG.c.seq.between(first, last),
                _LOG.c.acknowledged.is_(False),
            ]
            if scope is not None:
                where.append(_LOG.c.scope == scope)
            done = connection.execute(update(_LOG).where(*where).values(acknowledged=True))
            settled += done.rowcount or 0
    return settled


def _record(connection: Connection, opened: _Opened, result: Imported) -> None:
    manifest = opened.manifest
    connection.execute(
        insert(_BUNDLE).values(
            bundle_id=manifest.bundle_id,
            direction="in",
            peer_id=opened.peer.peer_id,
            file_name=opened.path.name,
            created_at=datetime.fromisoformat(manifest.created_at),
            recorded_at=datetime.now(UTC),
            entries=result.entries,
            summary=json.dumps(
                {
                    "ranges": manifest.ranges,
                    "counts": manifest.counts,
                    "applied": result.applied,
                    "held": result.held,
                    "already": result.already,
                    "conflicts": result.conflicts,
                    "acknowledged": result.acknowledged,
                }
            ),
        )
    )


def _refused(name: str, why: str) -> BundleRefusedError:
    return BundleRefusedError(
        f"{name} ditolak: {why}. Tidak ada data yang diubah.",
        "Minta pengirim membuat bundel baru; bila terulang, hubungi pengelola aplikasi.",
    )
