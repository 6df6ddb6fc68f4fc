"""Who counts as a child of a migrant worker: derived from the register, never entered twice.

A child is a live person under 18 in a household where one of their parents works abroad now.
The register records relationships to the head of family, so "parent" is read from them:
- an *anak* (child of the head): the head or the head's spouse;
- a *cucu* (grandchild): the head's children and children-in-law, the grandchild's parents' generation.
A child whose parent comes home leaves the list; their profile and attendance stay as history.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, or_, select

from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.data.register import Person, Placement
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.services.village_scope import in_village

CHILD_AGE_LIMIT = 18
PARENTS_OF = {"child": ("head", "spouse"), "grandchild": ("child", "child_in_law")}

_PERSON = table_of(Person)
_PLACEMENT = table_of(Placement)


def adult_cutoff(today: date) -> date:
    """Born after this date means under 18 today (29 February counts from 28 February)."""
    try:
        return today.replace(year=today.year - CHILD_AGE_LIMIT)
    except ValueError:
        return today.replace(year=today.year - CHILD_AGE_LIMIT, day=28)


def is_child_of_migrant(today: date) -> ColumnElement[bool]:
    """A WHERE clause over `person` (the table itself, not an alias) selecting the children now."""
    parent = _PERSON.alias("parent")
    return _child_whose_parent_is_abroad(today, parent, parent.c.migration_status == MigrationStatus.ABROAD)


def child_of_migrant_on(on: date) -> ColumnElement[bool]:
    """The same rule on a past day (a session's date): under 18 then, with a parent abroad then.

    "Abroad then" is read from the parent's placements: one covering the day; or, for a parent whose
    stay is recorded only as a status (no placement at all), the status "abroad".
    """
    parent = _PERSON.alias("parent_then")
    stay, any_stay = _PLACEMENT.alias("stay"), _PLACEMENT.alias("any_stay")
    abroad_that_day = or_(
        exists().where(
            stay.c.person_id == parent.c.id,
            stay.c.deleted.is_not(True),
            stay.c.departure_date <= on,
            or_(stay.c.return_date.is_(None), stay.c.return_date > on),
        ),
        and_(
            parent.c.migration_status == MigrationStatus.ABROAD,
            ~exists().where(any_stay.c.person_id == parent.c.id, any_stay.c.deleted.is_not(True)),
        ),
    )
    return _child_whose_parent_is_abroad(on, parent, abroad_that_day)


def _child_whose_parent_is_abroad(on: date, parent: Any, abroad: ColumnElement[bool]) -> ColumnElement[bool]:
    child = _PERSON
    parent_abroad = {
        relationship: exists().where(
            parent.c.household_id == child.c.household_id,
            parent.c.deleted.is_not(True),
            parent.c.relationship.in_(parents),
            abroad,
        )
        for relationship, parents in PARENTS_OF.items()
    }
    return and_(
        child.c.deleted.is_not(True),
        child.c.birth_date <= on,
        child.c.birth_date > adult_cutoff(on),
        or_(*(and_(child.c.relationship == rel, found) for rel, found in parent_abroad.items())),
    )


def children_of_migrants(today: date) -> Select[tuple[str]]:
    """Ids of the children, youngest last (by birth date)."""
    return select(_PERSON.c.id).where(is_child_of_migrant(today)).order_by(_PERSON.c.birth_date)


def children_as_of(on: date, today: date) -> ColumnElement[bool]:
    """The children on `on`: today's rule for today (what the lists show), the past-day rule before it."""
    return is_child_of_migrant(today) if on >= today else child_of_migrant_on(on)


def count_children(
    connection: Connection, today: date, on: date | None = None, *, village_code: str | None = None
) -> int:
    """The children on `on` (today by default); at a district office, of one village when given."""
    children = children_as_of(on or today, today)
    query = select(func.count()).select_from(_PERSON).where(children, in_village(_PERSON, village_code))
    return int(connection.execute(query).scalar_one())
