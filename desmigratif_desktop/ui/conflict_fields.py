"""A conflict's fields and values in words an officer reads: labels for columns, dates as dd-mm-yyyy,
codes as their labels, and a name for the record (whose household, which person)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from desmigratif_desktop.ui.labels import (
    business_status_choices,
    case_status_choices,
    label_of,
    migration_status_choices,
    scheme_choices,
    sex_choices,
)
from desmigratif_desktop.ui.sync_results import local_time
from sync.conflicts import Conflict
from sync.history import as_utc
from sync.tables import synced_models

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
NAME_COLUMNS = ("full_name", "name", "kk_number", "topic", "member_number", "month", "description")


def field_labels() -> dict[str, str]:
    """The columns a conflict most often shows; any other is shown by its column name."""
    return {
        "address": QCoreApplication.translate("ConflictFields", "Address"),
        "dusun": QCoreApplication.translate("ConflictFields", "Hamlet"),
        "kk_number": QCoreApplication.translate("ConflictFields", "Family card number (KK)"),
        "rt": QCoreApplication.translate("ConflictFields", "RT"),
        "rw": QCoreApplication.translate("ConflictFields", "RW"),
        "phone": QCoreApplication.translate("ConflictFields", "Phone"),
        "notes": QCoreApplication.translate("ConflictFields", "Notes"),
        "nik": QCoreApplication.translate("ConflictFields", "NIK"),
        "full_name": QCoreApplication.translate("ConflictFields", "Full name"),
        "name": QCoreApplication.translate("ConflictFields", "Name"),
        "sex": QCoreApplication.translate("ConflictFields", "Sex"),
        "birth_date": QCoreApplication.translate("ConflictFields", "Date of birth"),
        "birth_place": QCoreApplication.translate("ConflictFields", "Place of birth"),
        "relationship": QCoreApplication.translate("ConflictFields", "Relationship"),
        "education": QCoreApplication.translate("ConflictFields", "Education"),
        "occupation": QCoreApplication.translate("ConflictFields", "Occupation"),
        "marital_status": QCoreApplication.translate("ConflictFields", "Marital status"),
        "migration_status": QCoreApplication.translate("ConflictFields", "Migration status"),
        "destination_country": QCoreApplication.translate("ConflictFields", "Destination country"),
        "sector": QCoreApplication.translate("ConflictFields", "Sector"),
        "employer": QCoreApplication.translate("ConflictFields", "Employer"),
        "job_title": QCoreApplication.translate("ConflictFields", "Job title"),
        "departure_date": QCoreApplication.translate("ConflictFields", "Departure date"),
        "return_date": QCoreApplication.translate("ConflictFields", "Return date"),
        "scheme": QCoreApplication.translate("ConflictFields", "Placement scheme"),
        "status": QCoreApplication.translate("ConflictFields", "Status"),
        "description": QCoreApplication.translate("ConflictFields", "Description"),
        "topic": QCoreApplication.translate("ConflictFields", "Topic"),
        "place": QCoreApplication.translate("ConflictFields", "Place"),
        "month": QCoreApplication.translate("ConflictFields", "Month"),
        "amount": QCoreApplication.translate("ConflictFields", "Amount"),
    }


def field_label(column: str, labels: dict[str, str] | None = None) -> str:
    return (labels or field_labels()).get(column, column.replace("_", " "))


def value_text(entity: str, column: str, value: Any) -> str:
    """A stored value as the screens show it."""
    if value is None or value == "":
        return QCoreApplication.translate("ConflictFields", "(empty)")
    if _is_boolean(entity, column):
        if value:
            return QCoreApplication.translate("ConflictFields", "Yes")
        return QCoreApplication.translate("ConflictFields", "No")
    choices = _choices_for(entity, column)
    if choices is not None:
        return label_of(choices, str(value))
    text = str(value)
    if _DATE.match(text):
        return f"{text[8:10]}-{text[5:7]}-{text[:4]}"
    if _DATETIME.match(text):
        return local_time(as_utc(text))
    return text


def record_name(conflict: Conflict) -> str:
    """What names the record in a list: the person's name, the household's KK, the session's topic…"""
    row = conflict.shown.row
    for column in NAME_COLUMNS:
        value = row.get(column)
        if value:
            return f"KK {value}" if column == "kk_number" else str(value)[:60]
    return conflict.row_id[:8]


def written_when(conflict_version_written_at: str) -> str:
    try:
        return local_time(as_utc(conflict_version_written_at))
    except ValueError:  # an unreadable stamp is still shown as it is
        return conflict_version_written_at


def _is_boolean(entity: str, column: str) -> bool:
    """A yes/no column (stored 0/1), told from the table's own description."""
    table = getattr(synced_models().get(entity), "__table__", None)
    if table is None or column not in table.columns:
        return False
    try:
        return table.columns[column].type.python_type is bool
    except NotImplementedError:  # a type that names no Python type is not a yes/no
        return False


def _choices_for(entity: str, column: str) -> list[tuple[str, str]] | None:
    if column == "sex":
        return sex_choices()
    if column == "migration_status":
        return migration_status_choices()
    if column == "scheme":
        return scheme_choices()
    if column == "status" and entity == "case_record":
        return case_status_choices()
    if column == "status" and entity == "business":
        return business_status_choices()
    return None
