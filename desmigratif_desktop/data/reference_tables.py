"""Reference data (countries, sectors, relationships, case types…): read-only and versioned."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class ReferenceItem(SQLModel, table=True):
    __tablename__ = "reference_item"

    category: str = Field(primary_key=True, max_length=32)
    code: str = Field(primary_key=True, max_length=32)
    label_id: str
    label_en: str
    sort_order: int = 0
    active: bool = True


class ReferenceSet(SQLModel, table=True):
    """Which version of each category is loaded, so a newer shipped list replaces an older one."""

    __tablename__ = "reference_set"

    category: str = Field(primary_key=True, max_length=32)
    version: int
