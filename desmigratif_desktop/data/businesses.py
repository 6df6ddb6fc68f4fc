"""Pillar 2, productive businesses (usaha produktif): the business, its monthly turnover, its support."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from desmigratif_desktop.data.sync_columns import SyncColumns


class Business(SyncColumns, table=True):
    """A business of a returned worker or a migrant family, owned by a person of the register."""

    __tablename__ = "business"

    village_code: str = Field(max_length=16, index=True)
    name: str = Field(index=True)
    sector: str = Field(max_length=32, index=True)  # reference: business_sector
    owner_person_id: str = Field(foreign_key="person.id", index=True, max_length=32)
    start_date: date | None = None
    workers: int = 0  # people employed besides the owner
    products: str | None = None
    status: str = Field(default="active", max_length=16)  # enums.BusinessStatus
    stopped_date: date | None = None
    address: str | None = None
    phone: str | None = None
    notes: str | None = None


class BusinessTurnover(SyncColumns, table=True):
    """Turnover (omzet) of one calendar month, in whole rupiah; one live row per business and month."""

    __tablename__ = "business_turnover"

    business_id: str = Field(foreign_key="business.id", index=True, max_length=32)
    month: str = Field(max_length=7)  # YYYY-MM
    amount: int  # rupiah


class BusinessSupport(SyncColumns, table=True):
    """Training, mentoring, capital or marketing support given to a business, by whom and when."""

    __tablename__ = "business_support"

    business_id: str = Field(foreign_key="business.id", index=True, max_length=32)
    support_date: date
    support_type: str = Field(max_length=16)  # enums.SupportType
    provider: str | None = None
    description: str | None = None
    amount: int | None = None  # rupiah, for capital support
