"""Lookup lists (countries, sectors, relationships, education, marital status, case types).

They ship as versioned JSON in `resources/reference/`; the database holds the newest version it has
seen, so a district can later send a newer list in a bundle without a new release.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select

from desmigratif_desktop.data.reference_tables import ReferenceItem, ReferenceSet
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.resources import resource_path

COUNTRY = "country"
SECTOR = "sector"
RELATIONSHIP = "relationship"
EDUCATION = "education"
MARITAL_STATUS = "marital_status"
CASE_TYPE = "case_type"
BUSINESS_SECTOR = "business_sector"
CATEGORIES = (COUNTRY, SECTOR, RELATIONSHIP, EDUCATION, MARITAL_STATUS, CASE_TYPE, BUSINESS_SECTOR)

HEAD_OF_FAMILY = "head"


@dataclass(frozen=True)
class LookupList:
    category: str
    version: int
    items: tuple[ReferenceItem, ...]


@cache
def shipped(category: str) -> LookupList:
    """The list as shipped with this release, to fill the database with."""
    data = json.loads(_shipped_file(category).read_text(encoding="utf-8"))
    items = tuple(
        ReferenceItem(
            category=category, code=item["code"], label_id=item["id"], label_en=item["en"], sort_order=n
        )
        for n, item in enumerate(data["items"])
    )
    return LookupList(category, int(data["version"]), items)


def _shipped_file(category: str) -> Path:
    return resource_path("reference", f"{category}.json")


def ensure_reference_data(connection: Connection) -> None:
    """Load every shipped list whose version is newer than the one in the database."""
    sets = table_of(ReferenceSet)
    stored = dict(connection.execute(select(sets.c.category, sets.c.version)).all())
    for category in CATEGORIES:
        lookup = shipped(category)
        if stored.get(category, 0) >= lookup.version:
            continue
        replace_list(connection, lookup)


def replace_list(connection: Connection, lookup: LookupList) -> None:
    items, sets = table_of(ReferenceItem), table_of(ReferenceSet)
    connection.execute(delete(items).where(items.c.category == lookup.category))
    connection.execute(insert(items), [item.model_dump() for item in lookup.items])
    connection.execute(delete(sets).where(sets.c.category == lookup.category))
    connection.execute(insert(sets), [{"category": lookup.category, "version": lookup.version}])


def load_codes(connection: Connection) -> dict[str, frozenset[str]]:
    """The active codes of every list, for validation."""
    items = table_of(ReferenceItem)
    rows = connection.execute(select(items.c.category, items.c.code).where(items.c.active)).all()
    codes: dict[str, set[str]] = {category: set() for category in CATEGORIES}
    for category, code in rows:
        codes.setdefault(category, set()).add(code)
    return {category: frozenset(found) for category, found in codes.items()}
