"""Labels of the closed sets (enums), in the user's language through Qt's translation tooling.

Each label is a literal QCoreApplication.translate call: the translation tooling finds only those.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import (
    AttendeeRole,
    BusinessStatus,
    CaseStatus,
    MigrationStatus,
    PlacementScheme,
    ServiceType,
    Sex,
    SupportType,
)
from desmigratif_desktop.services.choices import lookup_choices
from desmigratif_desktop.ui.app_settings import language


def sex_choices() -> list[tuple[str, str]]:
    return [
        (Sex.MALE, QCoreApplication.translate("Labels", "Male")),
        (Sex.FEMALE, QCoreApplication.translate("Labels", "Female")),
    ]


def migration_status_choices() -> list[tuple[str, str]]:
    return [
        (MigrationStatus.NONE, QCoreApplication.translate("Labels", "Not a migrant worker (family member)")),
        (MigrationStatus.PROSPECTIVE, QCoreApplication.translate("Labels", "Prospective migrant worker")),
        (MigrationStatus.ABROAD, QCoreApplication.translate("Labels", "Working abroad")),
        (MigrationStatus.RETURNED, QCoreApplication.translate("Labels", "Returned migrant worker")),
    ]


def sex_short_choices() -> list[tuple[str, str]]:
    """For narrow list columns."""
    return [
        (Sex.MALE, QCoreApplication.translate("Labels", "M", "male, one letter")),
        (Sex.FEMALE, QCoreApplication.translate("Labels", "F", "female, one letter")),
    ]


def migration_status_short_choices() -> list[tuple[str, str]]:
    """For narrow list columns."""
    return [
        (MigrationStatus.NONE, QCoreApplication.translate("Labels", "Family")),
        (MigrationStatus.PROSPECTIVE, QCoreApplication.translate("Labels", "Prospective")),
        (MigrationStatus.ABROAD, QCoreApplication.translate("Labels", "Abroad")),
        (MigrationStatus.RETURNED, QCoreApplication.translate("Labels", "Returned")),
    ]


def scheme_choices() -> list[tuple[str, str]]:
    return [
        (PlacementScheme.P3MI, QCoreApplication.translate("Labels", "Through a placement company (P3MI)")),
        (PlacementScheme.P_TO_P, QCoreApplication.translate("Labels", "Private to private (P to P)")),
        (PlacementScheme.G_TO_G, QCoreApplication.translate("Labels", "Government to government (G to G)")),
        (PlacementScheme.INDIVIDUAL, QCoreApplication.translate("Labels", "Individual")),
    ]


def case_status_choices() -> list[tuple[str, str]]:
    return [
        (CaseStatus.OPEN, QCoreApplication.translate("Labels", "New")),
        (CaseStatus.IN_PROGRESS, QCoreApplication.translate("Labels", "In progress")),
        (CaseStatus.RESOLVED, QCoreApplication.translate("Labels", "Resolved")),
        (CaseStatus.CLOSED, QCoreApplication.translate("Labels", "Closed")),
    ]


def service_type_choices() -> list[tuple[str, str]]:
    return [
        (ServiceType.JOB_INFORMATION, QCoreApplication.translate("Labels", "Job information")),
        (ServiceType.DOCUMENT_REQUIREMENTS, QCoreApplication.translate("Labels", "Document requirements")),
        (ServiceType.SAFE_MIGRATION, QCoreApplication.translate("Labels", "Safe migration advice")),
        (ServiceType.COMPLAINT, QCoreApplication.translate("Labels", "Complaint")),
        (ServiceType.REFERRAL, QCoreApplication.translate("Labels", "Referral")),
        (ServiceType.DOCUMENT_FACILITATION, QCoreApplication.translate("Labels", "Document facilitation")),
    ]


def business_status_choices() -> list[tuple[str, str]]:
    return [
        (BusinessStatus.ACTIVE, QCoreApplication.translate("Labels", "Active")),
        (BusinessStatus.STOPPED, QCoreApplication.translate("Labels", "Stopped")),
    ]


def support_type_choices() -> list[tuple[str, str]]:
    return [
        (SupportType.TRAINING, QCoreApplication.translate("Labels", "Training")),
        (SupportType.MENTORING, QCoreApplication.translate("Labels", "Mentoring")),
        (SupportType.CAPITAL, QCoreApplication.translate("Labels", "Capital")),
        (SupportType.MARKETING, QCoreApplication.translate("Labels", "Marketing")),
    ]


def attendee_role_choices() -> list[tuple[str, str]]:
    return [
        (AttendeeRole.CHILD, QCoreApplication.translate("Labels", "Child")),
        (AttendeeRole.CAREGIVER, QCoreApplication.translate("Labels", "Caregiver")),
    ]


def label_of(choices: list[tuple[str, str]], code: str | None) -> str:
    return next((label for value, label in choices if value == code), code or "")


def reference_choices(db: Database, category: str) -> list[tuple[str, str]]:
    """A reference list (countries, sectors…) labelled in the language the officer chose."""
    return lookup_choices(db, category, language(db.paths))
