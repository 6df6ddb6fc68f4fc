"""A register filter in words, printed under a list's title so the paper says what it lists."""

from __future__ import annotations

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.reference import paper_labels as labels
from desmigratif_desktop.services.choices import lookup_choices
from desmigratif_desktop.services.register_queries import PersonFilter
from desmigratif_desktop.services.villages import village_names


def describe_filter(db: Database, filter: PersonFilter | None) -> str | None:
    """E.g. "Status: PMI di luar negeri; Negara tujuan: Taiwan; Pencarian: “siti”"; None without a filter."""
    if filter is None:
        return None
    parts = []
    if filter.migration_status:
        parts.append(f"Status: {labels.label(labels.MIGRATION_STATUS, filter.migration_status)}")
    if filter.dusun:
        parts.append(f"Dusun: {filter.dusun}")
    if filter.destination_country:
        countries = dict(lookup_choices(db, lookups.COUNTRY))
        country = countries.get(filter.destination_country, filter.destination_country)
        parts.append(f"Negara tujuan: {country}")
    if filter.village_code:
        name = village_names(db).get(filter.village_code)
        parts.append(f"Desa: {name} ({filter.village_code})" if name else f"Kode desa: {filter.village_code}")
    if filter.text.strip():
        parts.append(f"Pencarian: “{filter.text.strip()}”")
    return "; ".join(parts) if parts else "Semua anggota rumah tangga terdaftar"
