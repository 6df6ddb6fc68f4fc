"""Which village a record belongs to: the change log's `scope`, so a district sends each village its own.

A table with a `village_code` says so itself (the village profile calls it `code`); a child row asks its
parent, up to one that says. A village writes only its own records, so it never needs to ask.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, text

# child table -> (its column naming the parent, the parent table)
PARENTS: dict[str, tuple[str, str]] = {
    "person": ("household_id", "household"),
    "placement": ("person_id", "person"),
    "case_action": ("case_id", "case_record"),
    "business_turnover": ("business_id", "business"),
    "business_support": ("business_id", "business"),
    "child_profile": ("person_id", "person"),
    "parenting_attendance": ("session_id", "parenting_session"),
    "socialisation_attendee": ("event_id", "socialisation_event"),
    "cooperative_member": ("cooperative_id", "cooperative"),
    "cooperative_month": ("cooperative_id", "cooperative"),
}
OWN_CODE = {"village_profile": "code"}  # a table naming its village otherwise


def scope_of(connection: Connection, table: str, row: Mapping[str, Any]) -> str | None:
    """The village code of `row` of `table`; None when the chain of parents is broken."""
    for _ in range(len(PARENTS) + 1):  # a chain is never longer than the map
        column = OWN_CODE.get(table, "village_code")
        if column in row:
            return row[column]
        if table not in PARENTS:
            return None
        link, parent = PARENTS[table]
        parent_id = row.get(link)
        if parent_id is None:
            return None
        found = connection.execute(text(f"SELECT * FROM {parent} WHERE id = :id"), {"id": parent_id})
        parent_row = found.mappings().first()
        if parent_row is None:
            return None
        table, row = parent, parent_row
    return None
