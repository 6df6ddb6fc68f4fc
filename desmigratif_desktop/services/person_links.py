"""What happens to the pillars' records when a person leaves the register (deleted, as a tombstone).

Deliberate, one rule per link:
- a business needs a living owner: deleting its owner is refused until the business is handed to
  someone else or deleted itself;
- the child's care profile is the child's own (sensitive) data: it goes with the child;
- a caregiver named on a child's profile stays, by name: the profile keeps saying who cares for the child;
- attendance at sessions and events, cooperative membership and service contacts are history: they keep
  the name recorded on the day, so counts and lists stay right.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from desmigratif_desktop.data.businesses import Business
from desmigratif_desktop.data.parenting import ChildProfile
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import StillNeededError

_BUSINESS = table_of(Business)
_CHILD = table_of(ChildProfile)
_PERSON = table_of(Person)


def owned_businesses(connection: Connection, person_id: str) -> list[str]:
    """Names of the live businesses the person owns."""
    query = select(_BUSINESS.c.name).where(_BUSINESS.c.owner_person_id == person_id, ~_BUSINESS.c.deleted)
    return list(connection.execute(query.order_by(_BUSINESS.c.name)).scalars())


def refuse_if_owner(connection: Connection, person_id: str, person_name: str) -> None:
    names = owned_businesses(connection, person_id)
    if names:
        listed = ", ".join(f"“{name}”" for name in names)
        raise StillNeededError(
            f"{person_name} tidak dapat dihapus karena tercatat sebagai pemilik usaha {listed}.",
            "Ganti pemilik usaha itu atau hapus usahanya di halaman Usaha Produktif lebih dulu.",
        )


def release_person(recorder: ChangeRecorder, person: dict[str, object]) -> None:
    """Called inside the write that tombstones `person`, before it is tombstoned."""
    connection = recorder.connection
    person_id = str(person["id"])
    refuse_if_owner(connection, person_id, str(person["full_name"]))
    own = select(_CHILD.c.id).where(_CHILD.c.person_id == person_id, ~_CHILD.c.deleted)
    for profile_id in connection.execute(own).scalars().all():
        recorder.tombstone(ChildProfile, profile_id)
    cared = select(_CHILD.c.id).where(_CHILD.c.caregiver_person_id == person_id, ~_CHILD.c.deleted)
    for profile_id in connection.execute(cared).scalars().all():
        recorder.update(
            ChildProfile, profile_id, {"caregiver_person_id": None, "caregiver_name": person["full_name"]}
        )
