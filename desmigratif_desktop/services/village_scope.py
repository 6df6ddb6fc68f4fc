"""One village's rows in a database that holds many: the district's filter by village.

A district office imports the bundles of all its villages, so its tables hold the rows of many. A
table with a `village_code` says whose a row is; a child row (a person, a placement, a business's
turnover…) belongs to its parent's village, found through the same chain of parents the change log's
`scope` follows (`data/scope.py`). Every figure function takes `village_code`: None counts every row
(a village's own database, or the whole regency), a code only that village's rows.

With None nothing is added to a query (SQLAlchemy drops a `true()` inside AND), so a village's figures
and their query plans stay exactly what they were. With a code, a child table is filtered by
`parent_id IN (SELECT id FROM parent WHERE …)`, which SQLite answers through the indexes on
`village_code` and on the link columns.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, FromClause, Select, select, true
from sqlmodel import SQLModel

from desmigratif_desktop.data import models  # noqa: F401  (every table registered in the metadata)
from desmigratif_desktop.data.scope import OWN_CODE, PARENTS


def in_village(table: FromClause, village_code: str | None) -> ColumnElement[bool]:
    """A WHERE clause over `table` (or an alias of it): its rows of the village; every row for None."""
    if village_code is None:
        return true()
    name = _table_name(table)
    column = OWN_CODE.get(name, "village_code")
    if column in table.c:
        return table.c[column] == village_code
    if name not in PARENTS:
        raise ValueError(f"{name} has no village: neither a village column nor a parent")
    link, parent = PARENTS[name]
    return table.c[link].in_(village_ids(parent, village_code))


def village_ids(table_name: str, village_code: str) -> Select[tuple[str]]:
    """The ids of the village's rows of `table_name` (deleted ones too: the callers count the living)."""
    table = SQLModel.metadata.tables[table_name]
    return select(table.c.id).where(in_village(table, village_code))


def _table_name(table: FromClause) -> str:
    original = getattr(table, "element", table)  # an alias names the table it stands for
    return str(original.name)  # type: ignore[attr-defined]
