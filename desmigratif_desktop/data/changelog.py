"""The change log: every write appends the row's full state here, in the same transaction (DESIGN §5)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel


class ChangeLogEntry(SQLModel, table=True):
    """A change written on this installation: `seq` is gapless per device id.

    The key is (device_id, seq): after a restore the installation writes under a new device id, so
    the sequence numbers it already sent can never be reused for different changes.
    """

    __tablename__ = "change_log"
    # Counting what is not yet acknowledged must stay cheap while the log grows.
    __table_args__ = (
        Index("ix_change_log_pending", "seq", sqlite_where=text("acknowledged = 0")),
        Index("ix_change_log_created_at", "created_at"),  # the dashboard's "recent changes"
    )

    device_id: str = Field(primary_key=True, max_length=32)
    seq: int = Field(primary_key=True)
    entity: str = Field(max_length=32)
    row_id: str = Field(max_length=32)
    op: str = Field(max_length=8)  # enums.ChangeOp
    version: str = Field(max_length=64)
    payload: str  # JSON of the full row after the change
    # The row's version before this change (None for an insert): a receiver whose copy is at another
    # version knows the two sides changed the record without seeing each other's change.
    base_version: str | None = Field(default=None, max_length=64)
    # The village the record belongs to: a district office sends each village only its own records.
    scope: str | None = Field(default=None, max_length=16)
    created_at: datetime
    # Set when the district's bundle confirms it arrived; until then it is re-sent.
    acknowledged: bool = Field(default=False)
