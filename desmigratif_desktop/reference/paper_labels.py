"""The closed sets' labels on paper. Reports are official documents: always in Bahasa Indonesia,
whatever language the officer chose for the screens (those labels are in `ui/labels.py`)."""

from __future__ import annotations

from desmigratif_desktop.data.enums import (
    BusinessStatus,
    CaseStatus,
    MigrationStatus,
    PlacementScheme,
    ServiceType,
    Sex,
    SupportType,
)

SEX = {Sex.MALE: "Laki-laki", Sex.FEMALE: "Perempuan"}
SEX_SHORT = {Sex.MALE: "L", Sex.FEMALE: "P"}
MIGRATION_STATUS = {
    MigrationStatus.PROSPECTIVE: "Calon PMI",
    MigrationStatus.ABROAD: "PMI di luar negeri",
    MigrationStatus.RETURNED: "PMI purna",
    MigrationStatus.NONE: "Anggota keluarga",
}
SCHEME = {
    PlacementScheme.P3MI: "P3MI",
    PlacementScheme.P_TO_P: "P to P",
    PlacementScheme.G_TO_G: "G to G",
    PlacementScheme.INDIVIDUAL: "Perseorangan",
}
CASE_STATUS = {
    CaseStatus.OPEN: "Baru",
    CaseStatus.IN_PROGRESS: "Dalam proses",
    CaseStatus.RESOLVED: "Selesai",
    CaseStatus.CLOSED: "Ditutup",
}
SERVICE_TYPE = {
    ServiceType.JOB_INFORMATION: "Informasi lowongan kerja",
    ServiceType.DOCUMENT_REQUIREMENTS: "Persyaratan dokumen",
    ServiceType.SAFE_MIGRATION: "Konsultasi migrasi aman",
    ServiceType.COMPLAINT: "Pengaduan",
    ServiceType.REFERRAL: "Rujukan",
    ServiceType.DOCUMENT_FACILITATION: "Fasilitasi dokumen",
}
BUSINESS_STATUS = {BusinessStatus.ACTIVE: "Aktif", BusinessStatus.STOPPED: "Berhenti"}
SUPPORT_TYPE = {
    SupportType.TRAINING: "Pelatihan",
    SupportType.MENTORING: "Pendampingan",
    SupportType.CAPITAL: "Bantuan modal",
    SupportType.MARKETING: "Pemasaran",
}


def label(labels: dict[str, str], code: str | None) -> str:
    return labels.get(code or "", code or "")
