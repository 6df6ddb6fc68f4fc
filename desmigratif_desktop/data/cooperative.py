"""Pillar 4, the village cooperative (koperasi): the cooperative, its members, its monthly figures."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from desmigratif_desktop.data.sync_columns import SyncColumns


class Cooperative(SyncColumns, table=True):
    __tablename__ = "cooperative"

    village_code: str = Field(max_length=16, index=True)
    name: str
    legal_number: str | None = None  # nomor badan hukum
    founding_date: date | None = None
    address: str | None = None
    chairperson: str | None = None
    notes: str | None = None


class CooperativeMember(SyncColumns, table=True):
    """A member: a person of the register, or someone else named as given. The name is always kept."""

    __tablename__ = "cooperative_member"

    cooperative_id: str = Field(foreign_key="cooperative.id", index=True, max_length=32)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=32)
    name: str
    sex: str | None = Field(default=None, max_length=1)  # enums.Sex
    member_number: str | None = None
    joined_date: date | None = None
    left_date: date | None = None


class CooperativeMonth(SyncColumns, table=True):
    """One calendar month of the cooperative, in whole rupiah: what came in and went out that month.

    Balances (total savings, loans outstanding) are sums over the months, never stored.
    """

    __tablename__ = "cooperative_month"

    cooperative_id: str = Field(foreign_key="cooperative.id", index=True, max_length=32)
    month: str = Field(max_length=7)  # YYYY-MM
    savings_principal: int = 0  # simpanan pokok
    savings_mandatory: int = 0  # simpanan wajib
    savings_voluntary: int = 0  # simpanan sukarela
    loans_given: int = 0
    loans_repaid: int = 0
    business_units: int = 0  # unit usaha running that month
    notes: str | None = None
