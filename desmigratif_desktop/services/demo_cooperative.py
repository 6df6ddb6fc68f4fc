"""Training data for pillar 4: the village cooperative, its members and 18 months of figures.

Members are mostly women and returned workers (the programme's aim: remittances made productive),
plus a few people from outside the register. The monthly figures follow the members: simpanan pokok
when someone joins, simpanan wajib from everyone each month, noisy sukarela, and loans that are
repaid in instalments so the amount outstanding never drops below zero. A second run adds members
but never a second cooperative, nor a second row for a month already recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, select

from desmigratif_desktop.data.cooperative import Cooperative, CooperativeMember, CooperativeMonth
from desmigratif_desktop.data.enums import MigrationStatus, Sex
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.months import month_bounds, months_ending, previous_month
from desmigratif_desktop.reference.regions import find_village
from desmigratif_desktop.resources import resource_path
from desmigratif_desktop.services.cooperative import CooperativeInput, cooperative_checks, live_cooperative
from desmigratif_desktop.services.cooperative_members import MemberInput, highest_member_number, member_checks
from desmigratif_desktop.services.cooperative_months import MonthInput, month_checks
from desmigratif_desktop.services.demo_pillars import DemoContext, RegisteredPerson
from desmigratif_desktop.services.register_queries import alive

_MEMBER = table_of(CooperativeMember)
_MONTH = table_of(CooperativeMonth)

MONTHS = 18
MEMBER_SHARE = (0.15, 0.25)  # of the new households' adults
FORMER_SHARE = 0.10
OUTSIDERS_PER_HUNDRED = 4  # members from outside the register, per hundred registered members
DEMO_DAYS = 2 * 365  # dates within the last two years


@dataclass
class _Member:
    person_id: str | None
    joined: date
    left: date | None


def add_cooperative_demo(recorder: ChangeRecorder, context: DemoContext) -> dict[str, int]:
    adults = [p for p in context.new_persons() if p.age(context.today) >= 18]
    if not adults:
        return {"cooperatives": 0, "cooperative_members": 0, "cooperative_months": 0}
    connection = recorder.connection
    cooperative = live_cooperative(connection, context.village_code)
    created = 0
    if cooperative is None:
        cooperative = recorder.insert_many(Cooperative, [_cooperative_row(context, adults)])[0]
        created = 1
    existing, highest_number = _existing_members(connection, cooperative["id"])
    new_rows = _member_rows(context, adults, cooperative, existing, highest_number)
    recorder.insert_many(CooperativeMember, new_rows)
    members = existing + [_Member(row["person_id"], row["joined_date"], row["left_date"]) for row in new_rows]
    month_rows = _month_rows(connection, context, cooperative, members)
    recorder.insert_many(CooperativeMonth, month_rows)
    return {
        "cooperatives": created,
        "cooperative_members": len(new_rows),
        "cooperative_months": len(month_rows),
    }


def _cooperative_row(context: DemoContext, adults: list[RegisteredPerson]) -> dict[str, Any]:
    rng, today = context.rng, context.today
    village = find_village(context.village_code).name
    founded = today - timedelta(days=rng.randint(2 * 365, 5 * 365))
    returned_women = [
        p for p in adults if p.sex == Sex.FEMALE and p.migration_status == MigrationStatus.RETURNED
    ]
    chair = rng.choice(returned_women or adults)
    data = CooperativeInput(
        name=f"Koperasi Desmigratif {village}",
        legal_number=f"AHU-{rng.randint(1000, 99999):07d}.AH.01.26.TAHUN {founded.year}",
        founding_date=founded,
        address=f"Balai Desa {village}",
        chairperson=chair.full_name,
    )
    return {**_passed(*cooperative_checks(data, today)), "village_code": context.village_code}


def _existing_members(connection: Connection, cooperative_id: str) -> tuple[list[_Member], int]:
    """The live members, and the highest member number in use (new members continue after it)."""
    query = select(_MEMBER.c.person_id, _MEMBER.c.joined_date, _MEMBER.c.left_date).where(
        _MEMBER.c.cooperative_id == cooperative_id, alive(_MEMBER)
    )
    members = [
        _Member(row.person_id, row.joined_date or date.min, row.left_date)
        for row in connection.execute(query)
    ]
    return members, highest_member_number(connection, cooperative_id)[0]


def _member_rows(
    context: DemoContext,
    adults: list[RegisteredPerson],
    cooperative: dict[str, Any],
    existing: list[_Member],
    highest_number: int,
) -> list[dict[str, Any]]:
    rng, today = context.rng, context.today
    already = {m.person_id for m in existing if m.person_id}
    chosen = _choose_members([p for p in adults if p.id not in already], rng.uniform(*MEMBER_SHARE), context)
    entries = [MemberInput(joined_date=None, person_id=p.id, name=p.full_name, sex=p.sex) for p in chosen]
    for _ in range(round(len(chosen) * OUTSIDERS_PER_HUNDRED / 100)):
        entries.append(_outsider(context))
    founded: date = cooperative["founding_date"] or today - timedelta(days=DEMO_DAYS)
    earliest = max(founded, today - timedelta(days=DEMO_DAYS))
    for entry in entries:
        entry.joined_date = earliest + timedelta(days=rng.randint(0, (today - earliest).days))
        if rng.random() < FORMER_SHARE:
            entry.left_date = entry.joined_date + timedelta(
                days=rng.randint(0, (today - entry.joined_date).days)
            )
    entries.sort(key=lambda e: (e.joined_date, e.name or ""))  # numbered in the order they joined
    rows = []
    for n, entry in enumerate(entries, start=highest_number + 1):
        entry.member_number = f"{n:04d}"
        row = _passed(*member_checks(entry, cooperative["founding_date"], today))
        rows.append({**row, "cooperative_id": cooperative["id"]})
    return rows


def _choose_members(
    candidates: list[RegisteredPerson], share: float, context: DemoContext
) -> list[RegisteredPerson]:
    """Women and returned workers join more readily; those abroad now less (a relative saves for them)."""

    def weight(person: RegisteredPerson) -> float:
        w = 2.0 if person.sex == Sex.FEMALE else 1.0
        if person.migration_status == MigrationStatus.RETURNED:
            w *= 2.5
        elif person.migration_status == MigrationStatus.ABROAD:
            w *= 0.5
        return w

    total = sum(weight(p) for p in candidates) or 1.0
    scale = share * len(candidates) / total
    return [p for p in candidates if context.rng.random() < min(1.0, weight(p) * scale)]


def _outsider(context: DemoContext) -> MemberInput:
    names, rng = _names(), context.rng
    sex = rng.choice([Sex.FEMALE, Sex.FEMALE, Sex.MALE])
    first = rng.choice(names["female" if sex == Sex.FEMALE else "male"])
    second = rng.choice(names["second_female" if sex == Sex.FEMALE else "second_male"])
    return MemberInput(joined_date=None, name=f"{first} {second}", sex=sex)


@cache
def _names() -> dict[str, Any]:
    return json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _month_rows(
    connection: Connection, context: DemoContext, cooperative: dict[str, Any], members: list[_Member]
) -> list[dict[str, Any]]:
    """The last 18 full months not yet recorded (and not before the founding), in calendar order."""
    rng, today = context.rng, context.today
    recorded = set(
        connection.execute(
            select(_MONTH.c.month).where(_MONTH.c.cooperative_id == cooperative["id"], alive(_MONTH))
        ).scalars()
    )
    founded = cooperative["founding_date"]
    months = [m for m in _last_full_months(today, MONTHS) if m not in recorded]
    months = [m for m in months if founded is None or m >= f"{founded:%Y-%m}"]
    principal = rng.choice([50_000, 100_000])
    mandatory = rng.choice([10_000, 15_000, 20_000, 25_000])
    units = rng.randint(1, 2)
    outstanding = 0
    saved = 0
    rows = []
    for month in months:
        start, end = _month_bounds(month)
        active = sum(1 for m in members if m.joined <= end and (m.left is None or m.left >= start))
        joined = sum(1 for m in members if start <= m.joined <= end)
        savings = (
            joined * principal,
            _round(active * mandatory * rng.uniform(0.85, 1.0), 1_000),  # not everyone pays every month
            _round(active * rng.lognormvariate(9.6, 0.6), 5_000),  # about Rp15.000 a member, some months more
        )
        saved += sum(savings)
        # Loans come out of the savings not lent yet, and are repaid in instalments of ~6-12% a month.
        given = (
            _round(max(0, saved - outstanding) * rng.uniform(0.1, 0.35), 500_000) if rng.random() < 0.8 else 0
        )
        repaid = min(outstanding, _round(outstanding * rng.uniform(0.06, 0.12), 50_000))
        outstanding += given - repaid
        if units < 3 and rng.random() < 0.06:
            units += 1
        figures = MonthInput(*savings, loans_given=given, loans_repaid=repaid, business_units=units)
        checked = _passed(*month_checks(month, figures, today, founded))
        rows.append({**checked, "cooperative_id": cooperative["id"]})
    return rows


def _last_full_months(today: date, count: int) -> list[str]:
    """The `count` months before this one, oldest first."""
    return months_ending(previous_month(today), count)


def _month_bounds(month: str) -> tuple[date, date]:
    """Its first and last day."""
    first, following = month_bounds(month)
    return first, following - timedelta(days=1)


def _round(amount: float, step: int) -> int:
    return round(amount / step) * step


def _passed(checks: Any, row: dict[str, Any]) -> dict[str, Any]:
    """Demo rows go through the same checks as typed ones; a refusal here is a bug in the generator."""
    if checks.errors:
        raise KnownError(f"Data latihan koperasi tidak lolos pemeriksaan: {checks.errors[0].message}")
    return row
