"""This installation (local, never synced) and the village profile (synced to the district)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desmigratif_desktop.data.sync_columns import SyncColumns

INSTALLATION_ROW_ID = 1


class Installation(SQLModel, table=True):
    """One row: who this installation is, and the counters its change log needs."""

    __tablename__ = "installation"

    id: int = Field(default=INSTALLATION_ROW_ID, primary_key=True)
    device_id: str = Field(max_length=32)
    role: str = Field(max_length=16)
    # A village code (33.29.15.2007) for a village, a regency code (33.29) for a district office.
    region_code: str = Field(max_length=16)
    region_name: str
    officer_name: str
    created_at: datetime
    # Hybrid logical clock state, advanced in the same transaction as every write.
    clock_ms: int = 0
    clock_counter: int = 0
    # Sequence number of the last change-log entry this device wrote.
    last_seq: int = 0


class VillageProfile(SyncColumns, table=True):
    """The village as the district sees it: names from the Kemendagri list, and who signs reports."""

    __tablename__ = "village_profile"

    code: str = Field(max_length=16, index=True)
    name: str
    subdistrict_name: str
    regency_name: str
    province_name: str
    postal_code: str | None = None
    village_head_name: str | None = None
    officer_name: str
    address: str | None = None
    phone: str | None = None
