"""The columns every synced row carries (DESIGN §4) and the id they are keyed by."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desmigratif_desktop.ids import new_id


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
