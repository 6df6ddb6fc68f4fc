"""The four pillars: migration services, productive businesses, community parenting, cooperative.

Also the business-sector reference list (loaded by `reference.lookups`, not here).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cooperative",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("legal_number", sa.String(), nullable=True),
        sa.Column("founding_date", sa.Date(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("chairperson", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cooperative_village_code"), ["village_code"], unique=False)

    op.create_table(
        "parenting_session",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("facilitator", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("parenting_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parenting_session_session_date"), ["session_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_parenting_session_village_code"), ["village_code"], unique=False)

    op.create_table(
        "socialisation_event",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("speaker", sa.String(), nullable=True),
        sa.Column("attendees_male", sa.Integer(), nullable=False),
        sa.Column("attendees_female", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("socialisation_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_socialisation_event_event_date"), ["event_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_socialisation_event_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "cooperative_month",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("cooperative_id", sa.String(length=32), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("savings_principal", sa.Integer(), nullable=False),
        sa.Column("savings_mandatory", sa.Integer(), nullable=False),
        sa.Column("savings_voluntary", sa.Integer(), nullable=False),
        sa.Column("loans_given", sa.Integer(), nullable=False),
        sa.Column("loans_repaid", sa.Integer(), nullable=False),
        sa.Column("business_units", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cooperative_month", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperative_month_cooperative_id"), ["cooperative_id"], unique=False
        )

    op.create_table(
        "business",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sector", sa.String(length=32), nullable=False),
        sa.Column("owner_person_id", sa.String(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.Column("products", sa.String(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("stopped_date", sa.Date(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("business", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_business_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_business_owner_person_id"), ["owner_person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_business_sector"), ["sector"], unique=False)
        batch_op.create_index(batch_op.f("ix_business_village_code"), ["village_code"], unique=False)

    op.create_table(
        "child_profile",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("caregiver_person_id", sa.String(length=32), nullable=True),
        sa.Column("caregiver_name", sa.String(), nullable=True),
        sa.Column("caregiver_relationship", sa.String(), nullable=True),
        sa.Column("school", sa.String(), nullable=True),
        sa.Column("school_grade", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["caregiver_person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("child_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_profile_person_id"), ["person_id"], unique=False)

    op.create_table(
        "cooperative_member",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("cooperative_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("member_number", sa.String(), nullable=True),
        sa.Column("joined_date", sa.Date(), nullable=True),
        sa.Column("left_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cooperative_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperative_member_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cooperative_member_person_id"), ["person_id"], unique=False)

    op.create_table(
        "parenting_attendance",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["parenting_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("parenting_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parenting_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_parenting_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "socialisation_attendee",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["socialisation_event.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("socialisation_attendee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_socialisation_attendee_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_socialisation_attendee_person_id"), ["person_id"], unique=False)

    op.create_table(
        "business_support",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("business_id", sa.String(length=32), nullable=False),
        sa.Column("support_date", sa.Date(), nullable=False),
        sa.Column("support_type", sa.String(length=16), nullable=False),
        sa.Column("provider", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["business.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("business_support", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_business_support_business_id"), ["business_id"], unique=False)

    op.create_table(
        "business_turnover",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("business_id", sa.String(length=32), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["business.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("business_turnover", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_business_turnover_business_id"), ["business_id"], unique=False)

    op.create_table(
        "service_contact",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("village_code", sa.String(length=16), nullable=False),
        sa.Column("contact_date", sa.Date(), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("visitor_name", sa.String(), nullable=True),
        sa.Column("visitor_sex", sa.String(length=1), nullable=True),
        sa.Column("service_type", sa.String(length=32), nullable=False),
        sa.Column("question", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("non_procedural_signs", sa.Boolean(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_contact_contact_date"), ["contact_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_contact_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_contact_village_code"), ["village_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_contact_village_code"))
        batch_op.drop_index(batch_op.f("ix_service_contact_person_id"))
        batch_op.drop_index(batch_op.f("ix_service_contact_contact_date"))

    op.drop_table("service_contact")
    with op.batch_alter_table("business_turnover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_turnover_business_id"))

    op.drop_table("business_turnover")
    with op.batch_alter_table("business_support", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_support_business_id"))

    op.drop_table("business_support")
    with op.batch_alter_table("socialisation_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_socialisation_attendee_person_id"))
        batch_op.drop_index(batch_op.f("ix_socialisation_attendee_event_id"))

    op.drop_table("socialisation_attendee")
    with op.batch_alter_table("parenting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parenting_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_parenting_attendance_person_id"))

    op.drop_table("parenting_attendance")
    with op.batch_alter_table("cooperative_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperative_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_cooperative_member_cooperative_id"))

    op.drop_table("cooperative_member")
    with op.batch_alter_table("child_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_profile_person_id"))

    op.drop_table("child_profile")
    with op.batch_alter_table("business", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_village_code"))
        batch_op.drop_index(batch_op.f("ix_business_sector"))
        batch_op.drop_index(batch_op.f("ix_business_owner_person_id"))
        batch_op.drop_index(batch_op.f("ix_business_name"))

    op.drop_table("business")
    with op.batch_alter_table("cooperative_month", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperative_month_cooperative_id"))

    op.drop_table("cooperative_month")
    with op.batch_alter_table("socialisation_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_socialisation_event_village_code"))
        batch_op.drop_index(batch_op.f("ix_socialisation_event_event_date"))

    op.drop_table("socialisation_event")
    with op.batch_alter_table("parenting_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parenting_session_village_code"))
        batch_op.drop_index(batch_op.f("ix_parenting_session_session_date"))

    op.drop_table("parenting_session")
    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperative_village_code"))

    op.drop_table("cooperative")
