"""Headline counts of an installation (`stats`, and later the dashboard)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from desmigratif_desktop.data.cases import Case
from desmigratif_desktop.data.changelog import ChangeLogEntry
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import CaseStatus, MigrationStatus, Role
from desmigratif_desktop.data.register import Household, Person, Placement
from desmigratif_desktop.data.sync_state import BundleRecord
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.services import business_figures, cooperative, migration_services, parenting
from desmigratif_desktop.services.children import count_children


def collect_stats(db: Database) -> dict[str, Any]:
    installation = db.require_installation()
    households, persons, placements = table_of(Household), table_of(Person), table_of(Placement)
    cases, log = table_of(Case), table_of(ChangeLogEntry)
    with db.read() as connection:

        def count(table: Any, *where: Any) -> int:
            return int(connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

        by_status = dict(
            connection.execute(
                select(persons.c.migration_status, func.count())
                .where(~persons.c.deleted)
                .group_by(persons.c.migration_status)
            ).all()
        )
        is_village = installation.role == Role.VILLAGE
        return {
            "village_code": installation.region_code if is_village else None,
            "district_code": installation.region_code[:5],
            "role": installation.role,
            "region_name": installation.region_name,
            "officer": installation.officer_name,
            "households": count(households, ~households.c.deleted),
            "persons": count(persons, ~persons.c.deleted),
            "migrants": {
                "prospective": by_status.get(MigrationStatus.PROSPECTIVE, 0),
                "abroad": by_status.get(MigrationStatus.ABROAD, 0),
                "returned": by_status.get(MigrationStatus.RETURNED, 0),
            },
            "placements": count(placements, ~placements.c.deleted),
            "cases": count(cases, ~cases.c.deleted),
            "open_cases": count(
                cases, ~cases.c.deleted, cases.c.status.in_([CaseStatus.OPEN, CaseStatus.IN_PROGRESS])
            ),
            **_pillar_counts(connection),
            "pending_changes": count(log, ~log.c.acknowledged),
        }


def status_facts(db: Database) -> dict[str, Any]:
    """What the status bar shows after every save: who and where, the changes not yet sent, the last sync.

    Only these, in one query: `collect_stats` counts every table, which the status bar does not need.
    """
    installation = db.require_installation()
    log, bundles = table_of(ChangeLogEntry), table_of(BundleRecord)
    pending = select(func.count()).select_from(log).where(~log.c.acknowledged).scalar_subquery()
    last_bundle = select(func.max(bundles.c.recorded_at)).scalar_subquery()
    with db.read() as connection:
        pending_changes, last_sync = connection.execute(select(pending, last_bundle)).one()
        return {
            "region_name": installation.region_name,
            "officer": installation.officer_name,
            "pending_changes": int(pending_changes),
            "last_sync": _as_utc(last_sync),
        }


def _as_utc(stored: datetime | str | None) -> datetime | None:
    """A bundle's time as stored (naive UTC; text from an aggregate) as an aware datetime."""
    if stored is None:
        return None
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _pillar_counts(connection: Connection) -> dict[str, int]:
    """The four pillars, as `stats --json` promises them (issue 4)."""
    return {
        "service_contacts": migration_services.count_service_contacts(connection),
        "socialisation_events": migration_services.count_socialisation_events(connection),
        "businesses": business_figures.count_businesses(connection),
        "children": count_children(connection, date.today()),
        "parenting_sessions": parenting.count_parenting_sessions(connection),
        "cooperative_members": cooperative.count_cooperative_members(connection),
    }
