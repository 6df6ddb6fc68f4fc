"""Who counts as a child of a migrant worker: derived from the register, never entered twice.

A child is a live person under 18 in a household where one of their parents works abroad now.
The register records relationships to the head of family, so "parent" is read from them:
- an *anak* (child of the head): the head or the head's spouse;
- a *cucu* (grandchild): the head's children and children-in-law, the grandchild's parents' generation.
A child whose parent comes home leaves the list; their profile and attendance stay as history.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, or_, select

from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import table_of

CHILD_AGE_LIMIT = 18
PARENTS_OF = {"child": ("head", "spouse"), "grandchild": ("child", "child_in_law")}

_PERSON = table_of(Person)


def adult_cutoff(today: date) -> date:
    """Born after this date means under 18 today (29 February counts from 28 February)."""
    try:
        return today.replace(year=today.year - CHILD_AGE_LIMIT)
    except ValueError:
        return today.replace(year=today.year - CHILD_AGE_LIMIT, day=28)


def is_child_of_migrant(today: date) -> ColumnElement[bool]:
    """A WHERE clause over `person` (the table itself, not an alias) selecting the children."""
    child = _PERSON
    parent = _PERSON.alias("parent")
    abroad_parent = {
        relationship: exists().where(
            parent.c.household_id == child.c.household_id,
            parent.c.deleted.is_not(True),
            parent.c.migration_status == MigrationStatus.ABROAD,
            parent.c.relationship.in_(parents),
        )
        for relationship, parents in PARENTS_OF.items()
    }
    return and_(
        child.c.deleted.is_not(True),
        child.c.birth_date > adult_cutoff(today),
        or_(*(and_(child.c.relationship == rel, found) for rel, found in abroad_parent.items())),
    )


def children_of_migrants(today: date) -> Select[tuple[str]]:
    """Ids of the children, youngest last (by birth date)."""
    return select(_PERSON.c.id).where(is_child_of_migrant(today)).order_by(_PERSON.c.birth_date)


def count_children(connection: Connection, today: date) -> int:
    query = select(func.count()).select_from(_PERSON).where(is_child_of_migrant(today))
    return int(connection.execute(query).scalar_one())
