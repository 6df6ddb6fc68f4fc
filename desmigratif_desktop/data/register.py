"""The household register: households, their members, and each member's placements abroad."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from desmigratif_desktop.data.sync_columns import SyncColumns


class Household(SyncColumns, table=True):
    """A migrant-worker household (rumah tangga PMI), identified by its family card (Nomor KK)."""

    __tablename__ = "household"

    village_code: str = Field(max_length=16, index=True)
    kk_number: str = Field(max_length=16, index=True)
    address: str | None = None
    dusun: str | None = None
    rt: str | None = Field(default=None, max_length=3)
    rw: str | None = Field(default=None, max_length=3)
    phone: str | None = None
    notes: str | None = None


class Person(SyncColumns, table=True):
    """A household member (anggota rumah tangga), identified by NIK."""

    __tablename__ = "person"

    household_id: str = Field(foreign_key="household.id", index=True, max_length=32)
    nik: str = Field(max_length=16, index=True)
    full_name: str = Field(index=True)
    sex: str = Field(max_length=1)
    birth_place: str | None = None
    birth_date: date
    relationship: str = Field(max_length=32)  # reference: relationship
    education: str | None = Field(default=None, max_length=32)  # reference: education
    occupation: str | None = None
    marital_status: str | None = Field(default=None, max_length=32)  # reference: marital_status
    phone: str | None = None
    migration_status: str = Field(default="none", max_length=16, index=True)
    notes: str | None = None


class Placement(SyncColumns, table=True):
    """One stay abroad (penempatan); a person may have several over the years."""

    __tablename__ = "placement"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=32)
    destination_country: str = Field(max_length=8, index=True)  # reference: country
    sector: str = Field(max_length=32, index=True)  # reference: sector
    job_title: str | None = None
    employer: str | None = None
    scheme: str = Field(max_length=16)  # enums.PlacementScheme
    placement_agency: str | None = None  # P3MI name when scheme is p3mi
    departure_date: date = Field(index=True)
    contract_end_date: date | None = None
    return_date: date | None = Field(default=None, index=True)
    procedural: bool = True
    passport_number: str | None = Field(default=None, max_length=16)
    bpjs_member: bool = False
    bpjs_number: str | None = Field(default=None, max_length=20)
    siskop2mi_id: str | None = Field(default=None, max_length=32)
    notes: str | None = None


class HouseholdReview(SyncColumns, table=True):
    """The district office's check of a household: verified, or a correction the village should make.

    Written at the district and sent back to the village with its next bundle; the latest one counts.
    """

    __tablename__ = "household_review"

    village_code: str = Field(max_length=16, index=True)
    household_id: str = Field(max_length=32, index=True)  # no foreign key: a review may arrive first
    status: str = Field(max_length=24)  # enums.ReviewStatus
    note: str | None = None  # the correction asked for, in the district officer's words
    reviewer_name: str
    reviewed_on: date
