"""Closed sets the code branches on (their Indonesian labels belong to the screens that show them).

Open-ended lists (countries, sectors, relationships, case types…) are reference data instead
(`desmigratif_desktop.reference.lookups`), so a district can ship a newer list without a release.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VILLAGE = "village"
    DISTRICT = "district"


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"


class MigrationStatus(StrEnum):
    NONE = "none"
    PROSPECTIVE = "prospective"
    ABROAD = "abroad"
    RETURNED = "returned"


class PlacementScheme(StrEnum):
    P3MI = "p3mi"  # through a licensed placement company
    P_TO_P = "p_to_p"  # employer to employer, with government facilitation
    G_TO_G = "g_to_g"  # government to government (e.g. Korea EPS, Japan)
    INDIVIDUAL = "individual"  # perseorangan


class CaseStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class ReviewStatus(StrEnum):
    """The district office's check of a household (verifikasi)."""

    VERIFIED = "verified"
    NEEDS_CORRECTION = "needs_correction"


class ChangeOp(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class ServiceType(StrEnum):
    """What a migration-service contact was about (pilar 1, layanan migrasi)."""

    JOB_INFORMATION = "job_information"
    DOCUMENT_REQUIREMENTS = "document_requirements"
    SAFE_MIGRATION = "safe_migration"
    COMPLAINT = "complaint"
    REFERRAL = "referral"
    DOCUMENT_FACILITATION = "document_facilitation"


class BusinessStatus(StrEnum):
    ACTIVE = "active"
    STOPPED = "stopped"


class SupportType(StrEnum):
    """Support a productive business received (pilar 2, usaha produktif)."""

    TRAINING = "training"
    MENTORING = "mentoring"
    CAPITAL = "capital"
    MARKETING = "marketing"


class AttendeeRole(StrEnum):
    """Who attended a parenting session (pilar 3): a child or the child's caregiver."""

    CHILD = "child"
    CAREGIVER = "caregiver"
