"""Choices for combo boxes: reference lists and closed sets, labelled in the user's language."""

from __future__ import annotations

from sqlalchemy import select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.reference_tables import ReferenceItem
from desmigratif_desktop.data.write import table_of

Choice = tuple[str, str]  # (code, label)


def lookup_choices(db: Database, category: str, language: str = "id") -> list[Choice]:
    items = table_of(ReferenceItem)
    label = items.c.label_en if language == "en" else items.c.label_id
    query = (
        select(items.c.code, label)
        .where(items.c.category == category, items.c.active)
        .order_by(items.c.sort_order)
    )
    with db.read() as connection:
        return [(code, text) for code, text in connection.execute(query)]


def reference_codes(db: Database) -> dict[str, frozenset[str]]:
    """Active codes of every list, for forms that validate as the officer types."""
    from desmigratif_desktop.reference.lookups import load_codes

    with db.read() as connection:
        return load_codes(connection)
