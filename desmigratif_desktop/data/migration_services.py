"""Pillar 1, the migration service centre (pusat layanan migrasi): contacts and socialisation events."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from desmigratif_desktop.data.sync_columns import SyncColumns


class ServiceContact(SyncColumns, table=True):
    """One person served at the service centre: a registered person, or a visitor named as given."""

    __tablename__ = "service_contact"

    village_code: str = Field(max_length=16, index=True)
    contact_date: date = Field(index=True)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=32)
    visitor_name: str | None = None  # when the person is not in the register
    visitor_sex: str | None = Field(default=None, max_length=1)  # enums.Sex
    service_type: str = Field(max_length=32)  # enums.ServiceType
    question: str | None = None  # what the person asked or reported
    outcome: str | None = None
    follow_up_date: date | None = None
    # Signs of a non-procedural (irregular) departure: the officer acts, and may open a case.
    non_procedural_signs: bool = False
    case_id: str | None = Field(default=None, foreign_key="case_record.id", max_length=32)
    notes: str | None = None


class SocialisationEvent(SyncColumns, table=True):
    """A socialisation (sosialisasi) on safe migration: attendees counted by sex, names optional."""

    __tablename__ = "socialisation_event"

    village_code: str = Field(max_length=16, index=True)
    event_date: date = Field(index=True)
    topic: str
    place: str | None = None
    speaker: str | None = None  # narasumber
    attendees_male: int = 0
    attendees_female: int = 0
    notes: str | None = None


class SocialisationAttendee(SyncColumns, table=True):
    """A named attendee of a socialisation event; the name is kept even if the person leaves the register."""

    __tablename__ = "socialisation_attendee"

    event_id: str = Field(foreign_key="socialisation_event.id", index=True, max_length=32)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=32)
    name: str
    sex: str = Field(max_length=1)  # enums.Sex
