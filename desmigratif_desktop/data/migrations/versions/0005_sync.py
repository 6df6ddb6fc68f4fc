"""Sync: peers, received ranges, held entries, bundles, conflicts; household reviews; change-log base and scope.

Existing change-log entries of a village get its code as their scope; their base version is unknown.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 06:09:02.006381
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "household_review",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("household_id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("reviewer_name", sa.String(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_review_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_review_village_code"), ["village_code"], unique=False)

    op.create_table(
        "sync_bundle",
        sa.Column("bundle_id", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("peer_id", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    with op.batch_alter_table("sync_bundle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_bundle_peer_id"), ["peer_id"], unique=False)

    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("peer_id", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("kept_version", sa.String(length=64), nullable=False),
        sa.Column("kept_payload", sa.String(), nullable=False),
        sa.Column("other_version", sa.String(length=64), nullable=False),
        sa.Column("other_payload", sa.String(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_peer_id"), ["peer_id"], unique=False)

    op.create_table(
        "sync_held",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.String(length=32), nullable=False),
        sa.Column("entry", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    op.create_table(
        "sync_peer",
        sa.Column("peer_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=False),
        sa.Column("region_name", sa.String(), nullable=False),
        sa.Column("officer_name", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("signing_key", sa.String(), nullable=False),
        sa.Column("encryption_key", sa.String(), nullable=False),
        sa.Column("trusted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("peer_id"),
    )
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_peer_region_code"), ["region_code"], unique=False)

    op.create_table(
        "sync_received",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "first_seq"),
    )
    with op.batch_alter_table("sync_received", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_received_peer_id"), ["peer_id"], unique=False)

    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("base_version", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("scope", sa.String(length=16), nullable=True))
    op.execute(
        "UPDATE change_log SET scope = (SELECT region_code FROM installation) "
        "WHERE (SELECT role FROM installation) = 'village'"
    )


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_column("scope")
        batch_op.drop_column("base_version")

    with op.batch_alter_table("sync_received", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_received_peer_id"))

    op.drop_table("sync_received")
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_peer_region_code"))

    op.drop_table("sync_peer")
    op.drop_table("sync_held")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_row_id"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_peer_id"))

    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_bundle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_bundle_peer_id"))

    op.drop_table("sync_bundle")
    with op.batch_alter_table("household_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_review_village_code"))
        batch_op.drop_index(batch_op.f("ix_household_review_household_id"))

    op.drop_table("household_review")
