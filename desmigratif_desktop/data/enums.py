"""Closed sets the code branches on, each value with its Indonesian label.

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


class ChangeOp(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


LABELS: dict[StrEnum, str] = {
    Role.VILLAGE: "Petugas desa",
    Role.DISTRICT: "Dinas kabupaten/kota",
    Sex.MALE: "Laki-laki",
    Sex.FEMALE: "Perempuan",
    MigrationStatus.NONE: "Bukan PMI (anggota keluarga)",
    MigrationStatus.PROSPECTIVE: "Calon PMI",
    MigrationStatus.ABROAD: "PMI (sedang bekerja di luar negeri)",
    MigrationStatus.RETURNED: "PMI purna",
    PlacementScheme.P3MI: "Melalui P3MI",
    PlacementScheme.P_TO_P: "P to P",
    PlacementScheme.G_TO_G: "G to G",
    PlacementScheme.INDIVIDUAL: "Perseorangan",
    CaseStatus.OPEN: "Baru",
    CaseStatus.IN_PROGRESS: "Dalam penanganan",
    CaseStatus.RESOLVED: "Selesai",
    CaseStatus.CLOSED: "Ditutup",
}


def label(value: StrEnum) -> str:
    return LABELS[value]
