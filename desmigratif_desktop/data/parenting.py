"""Pillar 3, community parenting: what the officer knows of each child, and the sessions held.

The children themselves are persons of the register (under 18, a parent abroad): nothing about who
they are is entered twice. A `ChildProfile` adds only what the register does not hold.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from desmigratif_desktop.data.sync_columns import SyncColumns


class ChildProfile(SyncColumns, table=True):
    """Care details of one child of a migrant worker; one live row per child."""

    __tablename__ = "child_profile"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=32)
    caregiver_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=32)
    caregiver_name: str | None = None  # when the caregiver is not in the register
    caregiver_relationship: str | None = None  # e.g. "Nenek", "Ayah", as the officer writes it
    school: str | None = None
    school_grade: str | None = None
    notes: str | None = None


class ParentingSession(SyncColumns, table=True):
    __tablename__ = "parenting_session"

    village_code: str = Field(max_length=16, index=True)
    session_date: date = Field(index=True)
    topic: str
    facilitator: str | None = None
    place: str | None = None
    notes: str | None = None


class ParentingAttendance(SyncColumns, table=True):
    """A child or a caregiver present at a session; the name is kept as it was on that day."""

    __tablename__ = "parenting_attendance"

    session_id: str = Field(foreign_key="parenting_session.id", index=True, max_length=32)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=32)
    name: str
    role: str = Field(max_length=16)  # enums.AttendeeRole
