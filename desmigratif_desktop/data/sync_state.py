"""What sync keeps about the other installations (DESIGN §5). Local tables: they never travel.

- `sync_peer`: the installations this one trusts, with their public keys (and revocation).
- `sync_received`: which change-log sequence numbers of each writing device have arrived, as ranges;
  a return bundle acknowledges them, and a hole in them is a bundle that has not arrived.
- `sync_held`: entries that arrived after such a hole, kept until the hole is filled, so a device's
  changes are applied in the order they were made (a person never before their household).
- `sync_bundle`: the bundles written and applied, for the history screen and `sync status`.
- `sync_conflict`: both versions of a record two sides changed without seeing each other's change.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class SyncPeer(SQLModel, table=True):
    __tablename__ = "sync_peer"

    peer_id: str = Field(primary_key=True, max_length=32)  # from the signing key: see sync/keys.py
    role: str = Field(max_length=16)
    region_code: str = Field(max_length=16, index=True)
    region_name: str
    officer_name: str
    fingerprint: str = Field(max_length=32)  # what two officers read to each other by phone
    signing_key: str  # raw Ed25519 public key, base64
    encryption_key: str  # raw X25519 public key, base64
    trusted_at: datetime
    revoked_at: datetime | None = None


class ReceivedRange(SQLModel, table=True):
    """Sequence numbers `first_seq`..`last_seq` of `device_id` have arrived (from `peer_id`)."""

    __tablename__ = "sync_received"

    device_id: str = Field(primary_key=True, max_length=32)
    first_seq: int = Field(primary_key=True)
    last_seq: int
    peer_id: str = Field(max_length=32, index=True)


class HeldEntry(SQLModel, table=True):
    __tablename__ = "sync_held"

    device_id: str = Field(primary_key=True, max_length=32)
    seq: int = Field(primary_key=True)
    peer_id: str = Field(max_length=32)
    entry: str  # the change entry as it arrived, JSON


class BundleRecord(SQLModel, table=True):
    __tablename__ = "sync_bundle"

    bundle_id: str = Field(primary_key=True, max_length=32)
    direction: str = Field(max_length=8)  # "out" or "in"
    peer_id: str = Field(max_length=32, index=True)
    file_name: str
    created_at: datetime  # when the bundle was made (on the sending side)
    recorded_at: datetime  # when it was written or applied here
    entries: int
    summary: str  # JSON: sequence ranges per device, counts per entity, acknowledgements


class SyncConflict(SQLModel, table=True):
    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True, max_length=32)
    peer_id: str = Field(max_length=32, index=True)  # the installation whose bundle brought the clash
    entity: str = Field(max_length=32)
    row_id: str = Field(max_length=32, index=True)
    kept_version: str = Field(max_length=64)  # the deterministic winner: the later clock version
    kept_payload: str
    other_version: str = Field(max_length=64)
    other_payload: str  # the version that was not kept, whole, so it can be chosen instead
    detected_at: datetime
    resolved_at: datetime | None = None
    resolution: str | None = Field(default=None, max_length=16)  # "kept", "other", "changed_again"
