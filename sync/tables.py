"""The synced tables a bundle may carry, by name, with the model and column set of each."""

from __future__ import annotations

from functools import cache

from sqlmodel import SQLModel

from desmigratif_desktop.data import models  # noqa: F401  (every table registered)
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.sync_columns import SyncColumns

DISTRICT_ONLY = frozenset({"household_review"})  # only the district office writes these


@cache
def synced_models() -> dict[str, type[SQLModel]]:
    found: dict[str, type[SQLModel]] = {}
    pending = list(SyncColumns.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        table = getattr(model, "__table__", None)
        if table is not None:
            found[table.name] = model
    return found


@cache
def columns_of(entity: str) -> frozenset[str]:
    return frozenset(column.name for column in synced_models()[entity].__table__.columns)  # type: ignore[attr-defined]


def may_send(role: str, entity: str) -> bool:
    """What each side writes: a village never sends the district's own tables."""
    return entity in synced_models() and (role == Role.DISTRICT or entity not in DISTRICT_ONLY)


ENTITY_LABELS = {
    "household": "Rumah tangga",
    "person": "Anggota rumah tangga",
    "placement": "Penempatan",
    "case_record": "Kasus",
    "case_action": "Tindak lanjut kasus",
    "village_profile": "Profil desa",
    "household_review": "Verifikasi rumah tangga",
    "service_contact": "Kontak layanan migrasi",
    "socialisation_event": "Sosialisasi",
    "socialisation_attendee": "Peserta sosialisasi",
    "business": "Usaha produktif",
    "business_turnover": "Omzet usaha",
    "business_support": "Dukungan usaha",
    "child_profile": "Profil anak",
    "parenting_session": "Sesi parenting",
    "parenting_attendance": "Kehadiran sesi parenting",
    "cooperative": "Koperasi",
    "cooperative_member": "Anggota koperasi",
    "cooperative_month": "Data bulanan koperasi",
}
