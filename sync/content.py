"""What a bundle carries inside its envelope: a manifest, then the change entries, compressed.

    content = manifest length (4 bytes) | manifest (JSON) | zlib(entries, one JSON array per line)

An entry line is [device_id, seq, entity, row_id, op, version, base_version, scope, created_at, row]:
the change-log entry as the sender wrote it, the row being the whole record as stored. Reading checks
the shape of everything, decompresses no more than the manifest declared (and never beyond
MAX_PAYLOAD_BYTES), and checks the payload's hash before a single entry is parsed.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sync.errors import BundleRefusedError

MAX_MANIFEST_BYTES = 1 << 20
MAX_PAYLOAD_BYTES = 512 << 20  # 512 MiB of entries: a district's 50 villages are about 15 MiB each
_LENGTH = struct.Struct(">I")
_HEX32 = re.compile(r"[0-9a-f]{32}")
OPS = frozenset({"insert", "update", "delete"})
MAX_ID, MAX_VERSION = 32, 64  # the columns' lengths in the tables


class Entry(NamedTuple):
    """One change as it travels (a tuple: made over a million times at a district, cheaply)."""

    device_id: str
    seq: int
    entity: str
    row_id: str
    op: str
    version: str
    base_version: str | None
    scope: str | None
    created_at: str
    row: dict[str, Any]

    def line(self) -> str:
        return json.dumps(
            [
                self.device_id,
                self.seq,
                self.entity,
                self.row_id,
                self.op,
                self.version,
                self.base_version,
                self.scope,
                self.created_at,
                self.row,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )


def entry_line(meta: tuple[Any, ...], row_json: str) -> str:
    """An entry's line from change-log columns and the stored payload text, without decoding the row."""
    head = json.dumps(list(meta), ensure_ascii=False, separators=(",", ":"))
    return f"{head[:-1]},{row_json}]"


@dataclass
class Manifest:
    bundle_id: str
    created_at: str
    source: dict[str, str]  # peer_id, role, region_code, region_name
    recipient: str
    entries: int
    ranges: list[dict[str, Any]]  # {"device_id", "first", "last"} of the entries carried
    counts: dict[str, int]
    acks: list[dict[str, Any]]  # {"device_id", "ranges": [[first, last], …]} received from the recipient
    # Numbers of the sender's devices that will never come to this recipient (a district numbers its
    # changes across all its villages; each village gets only its own): not a gap, nothing to wait for.
    skipped: list[dict[str, Any]] = field(default_factory=list)
    payload_sha256: str = ""
    payload_bytes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "source": self.source,
            "recipient": self.recipient,
            "entries": self.entries,
            "ranges": self.ranges,
            "counts": self.counts,
            "acks": self.acks,
            "skipped": self.skipped,
            "payload_sha256": self.payload_sha256,
            "payload_bytes": self.payload_bytes,
        }


def pack(manifest: Manifest, lines: Iterable[str]) -> bytes:
    payload = "\n".join(lines).encode("utf-8")
    manifest.payload_sha256 = hashlib.sha256(payload).hexdigest()
    manifest.payload_bytes = len(payload)
    head = json.dumps(manifest.as_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _LENGTH.pack(len(head)) + head + zlib.compress(payload, 6)


def unpack(content: bytes, name: str) -> tuple[Manifest, list[Entry]]:
    """The manifest and entries of a bundle whose signature was already checked."""
    try:
        (length,) = _LENGTH.unpack_from(content)
        if length > MAX_MANIFEST_BYTES or 4 + length > len(content):
            raise ValueError("manifest length")
        manifest = _manifest(json.loads(content[4 : 4 + length].decode("utf-8")))
    except (ValueError, KeyError, TypeError, struct.error) as error:
        raise _malformed(name) from error
    payload = _inflate(content[4 + length :], manifest.payload_bytes, name)
    if hashlib.sha256(payload).hexdigest() != manifest.payload_sha256:
        raise _malformed(name)
    try:
        entries = list(_entries(payload))
    except (ValueError, TypeError, IndexError) as error:
        raise _malformed(name) from error
    if len(entries) != manifest.entries:
        raise _malformed(name)
    return manifest, entries


def _inflate(compressed: bytes, declared: int, name: str) -> bytes:
    if declared > MAX_PAYLOAD_BYTES:
        raise BundleRefusedError(
            f"{name} menyatakan isi sebesar {declared // (1 << 20)} MiB, melebihi batas aman "
            f"{MAX_PAYLOAD_BYTES // (1 << 20)} MiB; tidak dibuka.",
            "Minta pengirim membuat bundel yang lebih kecil (ekspor lebih sering).",
        )
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, declared + 1)  # one byte more tells a lie at once
    except zlib.error as error:
        raise _malformed(name) from error
    if len(payload) != declared or inflater.unconsumed_tail or not inflater.eof:
        raise BundleRefusedError(
            f"Isi {name} tidak sesuai dengan ukuran yang dinyatakan; tidak dibuka.",
            "Minta pengirim membuat bundel yang baru.",
        )
    return payload


def _manifest(raw: Any) -> Manifest:
    if not isinstance(raw, dict):
        raise TypeError("manifest")
    source = raw["source"]
    if not isinstance(source, dict) or not all(
        isinstance(source.get(key), str) for key in ("peer_id", "role", "region_code", "region_name")
    ):
        raise TypeError("source")
    manifest = Manifest(
        bundle_id=_text(raw["bundle_id"]),
        created_at=_text(raw["created_at"]),
        source={key: source[key] for key in ("peer_id", "role", "region_code", "region_name")},
        recipient=_text(raw["recipient"]),
        entries=_count(raw["entries"]),
        ranges=[_range(item) for item in _list(raw["ranges"])],
        counts={_text(key): _count(value) for key, value in dict(raw["counts"]).items()},
        acks=[_ack(item) for item in _list(raw["acks"])],
        skipped=[_ack(item) for item in _list(raw["skipped"])],
        payload_sha256=_text(raw["payload_sha256"]),
        payload_bytes=_count(raw["payload_bytes"]),
    )
    if not _HEX32.fullmatch(manifest.bundle_id):
        raise ValueError("bundle id")
    if datetime.fromisoformat(manifest.created_at).tzinfo is None:  # raises ValueError when unreadable
        raise ValueError("creation time without a zone")
    return manifest


def _entries(payload: bytes) -> Iterator[Entry]:
    if not payload:
        return
    # One parse of all lines as a JSON array: a line never holds a raw newline (JSON escapes it), and
    # one call costs far less than one per line at a district's hundreds of thousands of entries.
    for item in json.loads(b"[" + payload.replace(b"\n", b",") + b"]"):
        device_id, seq, entity, row_id, op, version, base, scope, created_at, row = item
        # Inline type checks: this loop runs once per change, over a million times at a district.
        if not (
            type(row) is dict
            and type(seq) is int
            and seq > 0
            and op in OPS
            and type(device_id) is str
            and type(entity) is str
            and type(row_id) is str
            and type(version) is str
            and type(created_at) is str
            and (base is None or type(base) is str)
            and (scope is None or type(scope) is str)
            and len(device_id) <= MAX_ID
            and len(row_id) <= MAX_ID
            and len(version) <= MAX_VERSION
        ):
            raise ValueError("entry")
        yield Entry(device_id, seq, entity, row_id, op, version, base, scope, created_at, row)


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise TypeError("text")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("count")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("list")
    return value


def _range(item: Any) -> dict[str, Any]:
    return {
        "device_id": _text(item["device_id"]),
        "first": _count(item["first"]),
        "last": _count(item["last"]),
    }


def _ack(item: Any) -> dict[str, Any]:
    ranges = [(_count(pair[0]), _count(pair[1])) for pair in _list(item["ranges"])]
    return {"device_id": _text(item["device_id"]), "ranges": ranges}


def _malformed(name: str) -> BundleRefusedError:
    return BundleRefusedError(
        f"Isi {name} tidak dapat dibaca: formatnya tidak sesuai.",
        "Minta pengirim membuat bundel yang baru dengan versi aplikasi yang sama.",
    )
