"""Cases and complaints (kasus/pengaduan) and their follow-up actions."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from desmigratif_desktop.data.sync_columns import SyncColumns


class Case(SyncColumns, table=True):
    __tablename__ = "case_record"  # "case" is an SQL keyword

    village_code: str = Field(max_length=16, index=True)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=32)
    placement_id: str | None = Field(default=None, foreign_key="placement.id", max_length=32)
    case_type: str = Field(max_length=32)  # reference: case_type
    reported_date: date = Field(index=True)
    reporter_name: str | None = None
    description: str
    status: str = Field(default="open", max_length=16, index=True)  # enums.CaseStatus
    resolved_date: date | None = None


class CaseAction(SyncColumns, table=True):
    """A follow-up step on a case (tindak lanjut): who did what, when."""

    __tablename__ = "case_action"

    case_id: str = Field(foreign_key="case_record.id", index=True, max_length=32)
    action_date: date
    description: str
    actor: str | None = None
