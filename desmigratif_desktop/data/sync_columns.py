"""The columns every synced row carries (DESIGN §4) and the id they are keyed by."""

from __future__ import annotations

import os
from datetime import datetime

from sqlmodel import Field, SQLModel


def new_id() -> str:
    """A random (version 4) UUID as 32 hex digits: unique across every village without coordination.

    Built from os.urandom directly: `uuid.uuid4()` costs several times more, and bulk work makes many.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


class SyncColumns(SQLModel):
    """Mixin: id, who wrote the row last and when, its clock version, and the tombstone."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    created_at: datetime
    updated_at: datetime
    # Hybrid logical clock of the last write: orders writes across devices (see data/clock.py).
    version: str = Field(max_length=64)
    device_id: str = Field(max_length=32)
    # Synced rows are never hard-deleted: a tombstone travels to the other side like any change.
    # Not indexed: nearly every row has deleted = 0, and such an index only misleads the planner.
    deleted: bool = Field(default=False)


SYNC_COLUMN_NAMES = ("id", "created_at", "updated_at", "version", "device_id", "deleted")
