"""Registry schema: installation, village profile, households, persons, placements, cases, change log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_change_log_pending", ["seq"], unique=False, sqlite_where=sa.text("acknowledged = 0")
        )

    op.create_table(
        "household",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("kk_number", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("dusun", sa.String(), nullable=True),
        sa.Column("rt", sa.String(length=3), nullable=True),
        sa.Column("rw", sa.String(length=3), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_kk_number"), ["kk_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_village_code"), ["village_code"], unique=False)

    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("region_code", sa.String(length=16), nullable=False),
        sa.Column("region_name", sa.String(), nullable=False),
        sa.Column("officer_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("clock_ms", sa.Integer(), nullable=False),
        sa.Column("clock_counter", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "village_profile",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("subdistrict_name", sa.String(), nullable=False),
        sa.Column("regency_name", sa.String(), nullable=False),
        sa.Column("province_name", sa.String(), nullable=False),
        sa.Column("postal_code", sa.String(), nullable=True),
        sa.Column("village_head_name", sa.String(), nullable=True),
        sa.Column("officer_name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("village_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_village_profile_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_village_profile_deleted"), ["deleted"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_id", sa.String(length=32), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_place", sa.String(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("relationship", sa.String(length=32), nullable=False),
        sa.Column("education", sa.String(length=32), nullable=True),
        sa.Column("occupation", sa.String(), nullable=True),
        sa.Column("marital_status", sa.String(length=32), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("migration_status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_full_name"), ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_migration_status"), ["migration_status"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_nik"), ["nik"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("destination_country", sa.String(length=8), nullable=False),
        sa.Column("sector", sa.String(length=32), nullable=False),
        sa.Column("job_title", sa.String(), nullable=True),
        sa.Column("employer", sa.String(), nullable=True),
        sa.Column("scheme", sa.String(length=16), nullable=False),
        sa.Column("placement_agency", sa.String(), nullable=True),
        sa.Column("departure_date", sa.Date(), nullable=False),
        sa.Column("contract_end_date", sa.Date(), nullable=True),
        sa.Column("return_date", sa.Date(), nullable=True),
        sa.Column("procedural", sa.Boolean(), nullable=False),
        sa.Column("passport_number", sa.String(length=16), nullable=True),
        sa.Column("bpjs_member", sa.Boolean(), nullable=False),
        sa.Column("bpjs_number", sa.String(length=20), nullable=True),
        sa.Column("siskop2mi_id", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_departure_date"), ["departure_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_placement_destination_country"), ["destination_country"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_placement_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_return_date"), ["return_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_sector"), ["sector"], unique=False)

    op.create_table(
        "case_record",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("placement_id", sa.String(length=32), nullable=True),
        sa.Column("case_type", sa.String(length=32), nullable=False),
        sa.Column("reported_date", sa.Date(), nullable=False),
        sa.Column("reporter_name", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolved_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_record_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_reported_date"), ["reported_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_village_code"), ["village_code"], unique=False)

    op.create_table(
        "case_action",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("action_date", sa.Date(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_action_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_action_deleted"), ["deleted"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_action_deleted"))
        batch_op.drop_index(batch_op.f("ix_case_action_case_id"))

    op.drop_table("case_action")
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_record_village_code"))
        batch_op.drop_index(batch_op.f("ix_case_record_status"))
        batch_op.drop_index(batch_op.f("ix_case_record_reported_date"))
        batch_op.drop_index(batch_op.f("ix_case_record_person_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_deleted"))

    op.drop_table("case_record")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_sector"))
        batch_op.drop_index(batch_op.f("ix_placement_return_date"))
        batch_op.drop_index(batch_op.f("ix_placement_person_id"))
        batch_op.drop_index(batch_op.f("ix_placement_destination_country"))
        batch_op.drop_index(batch_op.f("ix_placement_departure_date"))
        batch_op.drop_index(batch_op.f("ix_placement_deleted"))

    op.drop_table("placement")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_nik"))
        batch_op.drop_index(batch_op.f("ix_person_migration_status"))
        batch_op.drop_index(batch_op.f("ix_person_household_id"))
        batch_op.drop_index(batch_op.f("ix_person_full_name"))
        batch_op.drop_index(batch_op.f("ix_person_deleted"))

    op.drop_table("person")
    with op.batch_alter_table("village_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_village_profile_deleted"))
        batch_op.drop_index(batch_op.f("ix_village_profile_code"))

    op.drop_table("village_profile")
    op.drop_table("installation")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_village_code"))
        batch_op.drop_index(batch_op.f("ix_household_kk_number"))
        batch_op.drop_index(batch_op.f("ix_household_deleted"))

    op.drop_table("household")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_pending", sqlite_where=sa.text("acknowledged = 0"))

    op.drop_table("change_log")
