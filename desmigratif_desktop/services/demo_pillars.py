"""Training data for the four pillars, made from the register the demo has just filled.

Each pillar's generator (`demo_<pillar>.py`) gets the same read-only snapshot of the register and
writes its rows through the change recorder, in the one transaction opened here: all or nothing.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Household, Person
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.services.register_queries import age_on, alive


@dataclass(frozen=True)
class RegisteredPerson:
    id: str
    household_id: str
    full_name: str
    sex: str
    birth_date: date
    relationship: str
    migration_status: str
    dusun: str | None

    def age(self, today: date) -> int:
        return age_on(self.birth_date, today)


@dataclass
class DemoContext:
    """What every pillar generator may use; `new_household_ids` are those this demo run added."""

    village_code: str
    today: date
    rng: random.Random
    persons: list[RegisteredPerson]
    new_household_ids: set[str]
    by_household: dict[str, list[RegisteredPerson]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        grouped: dict[str, list[RegisteredPerson]] = defaultdict(list)
        for person in self.persons:
            grouped[person.household_id].append(person)
        self.by_household = dict(grouped)

    def new_persons(self) -> list[RegisteredPerson]:
        return [p for p in self.persons if p.household_id in self.new_household_ids]


PillarGenerator = Callable[[ChangeRecorder, DemoContext], dict[str, int]]


def register_snapshot(db: Database) -> list[RegisteredPerson]:
    person, household = table_of(Person), table_of(Household)
    query = (
        select(
            person.c.id,
            person.c.household_id,
            person.c.full_name,
            person.c.sex,
            person.c.birth_date,
            person.c.relationship,
            person.c.migration_status,
            household.c.dusun,
        )
        .join(household, household.c.id == person.c.household_id)
        .where(alive(person), alive(household))
        .order_by(household.c.created_at, person.c.created_at, person.c.id)
    )
    with db.read() as connection:
        return [RegisteredPerson(*row) for row in connection.execute(query)]


def add_pillars_demo(
    db: Database,
    village_code: str,
    new_household_ids: set[str],
    seed: int,
    today: date,
    generators: list[PillarGenerator],
) -> dict[str, int]:
    """Run each generator on its own random stream (adding one pillar never changes another's data)."""
    persons = register_snapshot(db)
    counts: dict[str, int] = {}
    with db.write() as recorder:
        for n, generate in enumerate(generators):
            rng = random.Random(seed * 1000 + n)
            context = DemoContext(village_code, today, rng, persons, new_household_ids)
            counts.update(generate(recorder, context))
    return counts
