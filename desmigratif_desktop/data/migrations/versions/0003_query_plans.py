"""Indexes for good query plans: drop the tombstone indexes, index the change log by time.

Nearly every row has deleted = 0, so an index on it cannot narrow anything; without statistics
SQLite nevertheless chose it and scanned whole tables (24 ms per saved person at 100,000 persons).
The dashboard's recent changes read the newest change-log entries, which needs created_at indexed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED_TABLES = ("household", "person", "placement", "case_record", "case_action", "village_profile")


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)
    op.create_index("ix_change_log_created_at", "change_log", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_change_log_created_at", table_name="change_log")
    for table in SYNCED_TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["deleted"])
