"""NIKs held by living persons in more than one village: what only the district office can see.

A NIK identifies one person in all of Indonesia, so the same NIK in two villages' registers means a
typing mistake, a person registered twice (moved, married into another village), or a borrowed identity:
the district checks each with the villages. Within one village the services already refuse a
duplicate; across villages nobody could check before the district holds them together.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Household, Person
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.villages import require_district, village_names

_PERSON = table_of(Person)
_HOUSEHOLD = table_of(Household)


@dataclass(frozen=True)
class Holder:
    """One person holding a NIK that another village's register holds too."""

    person_id: str
    full_name: str
    household_id: str
    kk_number: str
    village_code: str
    village_name: str


@dataclass(frozen=True)
class DuplicateNik:
    nik: str
    holders: list[Holder]  # by village code, then name

    @property
    def villages(self) -> int:
        return len({holder.village_code for holder in self.holders})


def duplicate_niks(db: Database) -> list[DuplicateNik]:
    """Every NIK of living persons (in living households) found in two villages or more, by NIK."""
    require_district(
        db,
        "Daftar NIK ganda antardesa hanya ada di instalasi Dinas, yang memegang data semua desa.",
        "Di desa, NIK yang sama tidak bisa didaftarkan dua kali; Dinas memeriksa NIK ganda antardesa.",
    )
    person, household = _PERSON, _HOUSEHOLD
    living = person.join(household, household.c.id == person.c.household_id)
    shared = (
        select(person.c.nik)
        .select_from(living)
        .where(alive(person), alive(household))
        .group_by(person.c.nik)
        .having(func.count(household.c.village_code.distinct()) > 1)
    )
    query = (
        select(
            person.c.nik,
            person.c.id,
            person.c.full_name,
            household.c.id,
            household.c.kk_number,
            household.c.village_code,
        )
        .select_from(living)
        .where(alive(person), alive(household), person.c.nik.in_(shared))
        .order_by(person.c.nik, household.c.village_code, person.c.full_name, person.c.id)
    )
    names = village_names(db)
    found: dict[str, list[Holder]] = {}
    with db.read() as connection:
        for nik, person_id, name, household_id, kk, village in connection.execute(query):
            holder = Holder(person_id, name, household_id, kk, village, names.get(village, village))
            found.setdefault(nik, []).append(holder)
    return [DuplicateNik(nik, holders) for nik, holders in found.items()]
