"""The figures on the Beranda (dashboard), and later in the monthly report: queries, no formatting.

Counts follow the tombstones (a deleted row never counts). Every figure is "as of" a day, so the
monthly report (`services/monthly_figures.py`) asks the same queries for a month's last day and this
month's report always agrees with the Beranda. The headline prospective/abroad/returned counts are the
persons' status on that day (`services/register_figures.py`); "abroad" by country and by sector counts
the same persons: a placement that has begun and not ended on that day. At a district office every
figure can be asked for one village (`village_code`; None: the whole regency).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, or_, select

from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import ChangeOp, MigrationStatus, ReviewStatus
from desmigratif_desktop.data.reference_tables import ReferenceItem
from desmigratif_desktop.data.register import Person, Placement
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import last_day, month_bounds, month_of, months_ending, shown_month
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.case_figures import open_cases_on
from desmigratif_desktop.services.pillar_figures import PillarFigures, pillar_figures
from desmigratif_desktop.services.register_figures import (
    count_households,
    persons_by_status_and_sex,
    status_total,
)
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.village_scope import in_village

_PERSON = table_of(Person)
_PLACEMENT = table_of(Placement)
_LOG = table_of(ChangeLogEntry)
_REFERENCE = table_of(ReferenceItem)

MONTHS = 12
RECENT_CHANGES = 10


class LabelledCount(NamedTuple):
    code: str
    label: str  # Indonesian, from the reference list (the code when the list lacks it)
    count: int


class MonthFigures(NamedTuple):
    month: str  # YYYY-MM
    departures: int
    returns: int


class RecentChange(NamedTuple):
    created_at: datetime  # UTC
    entity: str  # table name: household, person, placement, case_record…
    op: str  # ChangeOp
    description: str  # Indonesian, e.g. "Data Siti Aminah diubah"


@dataclass(frozen=True)
class DashboardFigures:
    households: int
    persons: int
    prospective: int
    abroad: int
    returned: int
    by_country: list[LabelledCount]  # persons abroad now, most first
    by_sector: list[LabelledCount]
    monthly: list[MonthFigures]  # the last 12 calendar months, oldest first, ending with today's
    open_cases: int
    recent_changes: list[RecentChange]  # newest first
    pillars: PillarFigures


def dashboard_figures(
    db: Database, today: date | None = None, *, village_code: str | None = None
) -> DashboardFigures:
    """Today's figures; at a district office those of one village when `village_code` is given."""
    today = today or date.today()
    village = village_code
    with db.read() as connection:
        statuses = persons_by_status_and_sex(connection, today, village_code=village)
        return DashboardFigures(
            households=count_households(connection, village_code=village),
            persons=sum(statuses.values()),
            prospective=status_total(statuses, MigrationStatus.PROSPECTIVE),
            abroad=status_total(statuses, MigrationStatus.ABROAD),
            returned=status_total(statuses, MigrationStatus.RETURNED),
            by_country=abroad_by(connection, lookups.COUNTRY, today, village_code=village),
            by_sector=abroad_by(connection, lookups.SECTOR, today, village_code=village),
            monthly=monthly_movements(connection, month_of(today), today, village_code=village),
            open_cases=open_cases_on(connection, today, village_code=village),
            recent_changes=recent_changes(connection, village_code=village),
            pillars=pillar_figures(connection, today, village_code=village),
        )


# -- abroad on a day -----------------------------------------------------------------------------


def abroad_by(
    connection: Connection, category: str, today: date, *, village_code: str | None = None
) -> list[LabelledCount]:
    """Persons abroad on `today` (a placement begun and not ended), by its country or its sector."""
    placement, person, reference = _PLACEMENT, _PERSON, _REFERENCE
    code = placement.c.destination_country if category == lookups.COUNTRY else placement.c.sector
    label = func.coalesce(reference.c.label_id, code)
    count = func.count(placement.c.person_id.distinct())
    query = (
        select(code, label, count)
        .select_from(
            placement.join(person, person.c.id == placement.c.person_id).outerjoin(
                reference, (reference.c.category == category) & (reference.c.code == code)
            )
        )
        .where(
            alive(placement),
            alive(person),
            person.c.birth_date <= today,
            or_(placement.c.return_date.is_(None), placement.c.return_date > today),
            placement.c.departure_date <= today,
            in_village(person, village_code),
        )
        .group_by(code, label)
        .order_by(count.desc(), label, code)
    )
    return [LabelledCount(code, label, count) for code, label, count in connection.execute(query)]


# -- per month -----------------------------------------------------------------------------------


def monthly_movements(
    connection: Connection, last_month: str, until: date, *, village_code: str | None = None
) -> list[MonthFigures]:
    """Departures and returns per month over the 12 months ending with `last_month`; zeros included.

    Only dates up to `until` count: a departure planned for later this month has not happened yet.
    """
    months = months_ending(last_month, MONTHS)
    first_day = month_bounds(months[0])[0]
    end = min(until, last_day(last_month))
    departures = _per_month(connection, _PLACEMENT.c.departure_date, first_day, end, village_code)
    returns = _per_month(connection, _PLACEMENT.c.return_date, first_day, end, village_code)
    return [MonthFigures(month, departures.get(month, 0), returns.get(month, 0)) for month in months]


def _per_month(
    connection: Connection, column: Any, first_day: date, last_day: date, village_code: str | None
) -> dict[str, int]:
    month = func.strftime("%Y-%m", column)
    query = (
        select(month, func.count())
        .where(
            alive(_PLACEMENT),
            column >= first_day,
            column <= last_day,
            in_village(_PLACEMENT, village_code),
        )
        .group_by(month)
    )
    return dict(connection.execute(query).all())


# -- recent changes ------------------------------------------------------------------------------

_VERBS: dict[str, str] = {
    ChangeOp.INSERT: "ditambahkan",
    ChangeOp.UPDATE: "diubah",
    ChangeOp.DELETE: "dihapus",
}


def recent_changes(
    connection: Connection, limit: int = RECENT_CHANGES, *, village_code: str | None = None
) -> list[RecentChange]:
    """The newest change-log entries, each described in a short Indonesian sentence.

    With `village_code`, the entries about that village's records (the log's `scope`)."""
    log = _LOG
    query = (
        select(log.c.created_at, log.c.entity, log.c.op, log.c.payload)
        .order_by(log.c.created_at.desc(), log.c.seq.desc())
        .limit(limit)
    )
    if village_code is not None:
        query = query.where(log.c.scope == village_code)
    entries = [
        (created_at, entity, op, json.loads(payload))
        for created_at, entity, op, payload in connection.execute(query)
    ]
    names = _person_names(connection, {row.get("person_id") for _, _, _, row in entries} - {None})
    labels = _labels(connection)
    return [
        RecentChange(created_at, entity, op, describe_change(entity, op, row, names, labels))
        for created_at, entity, op, row in entries
    ]


def describe_change(
    entity: str, op: str, row: dict[str, Any], names: dict[str, str], labels: dict[tuple[str, str], str]
) -> str:
    """E.g. "Rumah tangga KK 3329150101200001 ditambahkan", "Data Siti Aminah diubah", "Kasus dihapus"."""
    verb = _VERBS.get(op, "diubah")
    person = names.get(row.get("person_id") or "")
    if entity == "household":
        return f"Rumah tangga KK {row.get('kk_number', '')} {verb}"
    if entity == "person":
        name = row.get("full_name", "")
        return f"Anggota {name} {verb}" if op == ChangeOp.INSERT else f"Data {name} {verb}"
    if entity == "placement":
        country = row.get("destination_country") or ""
        where = labels.get((lookups.COUNTRY, country), country)
        who = f" {person}" if person else ""
        return f"Penempatan{who} ke {where} {verb}"
    if entity == "case_record":
        case_type = labels.get((lookups.CASE_TYPE, row.get("case_type") or ""))
        who = f" {person}" if person else ""
        kind = f" ({case_type})" if case_type else ""
        return f"Kasus{who}{kind} {verb}"
    if entity == "case_action":
        return f"Tindak lanjut kasus {verb}"
    if entity == "village_profile":
        return " ".join(part for part in ("Profil desa", row.get("name"), verb) if part)
    describe = _PILLAR_ENTITIES.get(entity)
    if describe is not None:
        return f"{describe(row, person)} {verb}"
    return f"Data {entity} {verb}"


def _month(row: dict[str, Any]) -> str:
    return shown_month(str(row.get("month") or ""))


def _quoted(value: object) -> str:
    return f"“{value}”" if value else ""


# The four pillars' records, as a sentence's subject: (row, name of the person it is about) -> text.
_PILLAR_ENTITIES: dict[str, Callable[[dict[str, Any], str | None], str]] = {
    "service_contact": lambda row, person: (
        f"Kontak layanan {person or row.get('visitor_name') or ''}".strip()
    ),
    "socialisation_event": lambda row, _: f"Sosialisasi {_quoted(row.get('topic'))}".strip(),
    "socialisation_attendee": lambda row, _: f"Peserta sosialisasi {row.get('name') or ''}".strip(),
    "business": lambda row, _: f"Usaha {_quoted(row.get('name'))}".strip(),
    "business_turnover": lambda row, _: f"Omzet usaha bulan {_month(row)}",
    "business_support": lambda row, _: "Dukungan usaha",
    "child_profile": lambda row, person: f"Data pengasuhan anak {person or ''}".strip(),
    "parenting_session": lambda row, _: f"Sesi parenting {_quoted(row.get('topic'))}".strip(),
    "parenting_attendance": lambda row, _: f"Kehadiran parenting {row.get('name') or ''}".strip(),
    "cooperative": lambda row, _: f"Koperasi {row.get('name') or ''}".strip(),
    "cooperative_member": lambda row, _: f"Anggota koperasi {row.get('name') or ''}".strip(),
    "cooperative_month": lambda row, _: f"Data bulanan koperasi {_month(row)}",
    "household_review": lambda row, _: (
        "Permintaan perbaikan rumah tangga"
        if row.get("status") == ReviewStatus.NEEDS_CORRECTION
        else "Verifikasi rumah tangga"
    ),
}


def _person_names(connection: Connection, person_ids: set[str]) -> dict[str, str]:
    if not person_ids:
        return {}
    person = _PERSON  # deleted persons too: a change about them still names them
    query = select(person.c.id, person.c.full_name).where(person.c.id.in_(sorted(person_ids)))
    return dict(connection.execute(query).all())


def _labels(connection: Connection) -> dict[tuple[str, str], str]:
    reference = _REFERENCE
    query = select(reference.c.category, reference.c.code, reference.c.label_id).where(
        reference.c.category.in_((lookups.COUNTRY, lookups.CASE_TYPE))
    )
    return {(category, code): label for category, code, label in connection.execute(query)}
