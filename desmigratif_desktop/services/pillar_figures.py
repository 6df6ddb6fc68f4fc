"""The four pillars' headline figures, for the Beranda and (issue 5) the monthly report.

Each pillar's service module owns its counting; this module only gathers them in one read. At a
district office `village_code` narrows every figure to one village (None: the whole regency).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from desmigratif_desktop.months import month_of, previous_month
from desmigratif_desktop.services import (
    business_figures,
    children,
    cooperative,
    migration_services,
    parenting,
)


@dataclass(frozen=True)
class PillarFigures:
    month: str  # YYYY-MM: "this month" below
    year_start: date  # "this year" below: since 1 January
    # 1. migration service centre
    contacts_this_month: int
    follow_ups_due: int
    socialisation_events: int  # all recorded
    socialisation_attendees_this_year: int
    # 2. productive businesses
    businesses_active: int
    businesses: int
    workers_employed: int
    turnover_last_month: int  # rupiah, all businesses, the last full month
    last_month: str  # YYYY-MM
    # 3. community parenting
    children: int
    children_with_profile: int
    parenting_sessions_this_year: int
    children_reached_this_year: int
    # 4. cooperative
    cooperative_members: int
    savings_total: int  # rupiah
    loans_outstanding: int  # rupiah


def pillar_figures(connection: Connection, today: date, *, village_code: str | None = None) -> PillarFigures:
    month = month_of(today)
    last_month = previous_month(today)
    year_start = today.replace(month=1, day=1)
    village = village_code
    male, female = migration_services.socialisation_attendees(connection, year_start, village_code=village)
    return PillarFigures(
        month=month,
        year_start=year_start,
        contacts_this_month=migration_services.contacts_in_month(connection, month, village_code=village),
        follow_ups_due=migration_services.follow_ups_due(connection, today, village_code=village),
        socialisation_events=migration_services.count_socialisation_events(connection, village_code=village),
        socialisation_attendees_this_year=male + female,
        businesses_active=business_figures.count_active_businesses(connection, today, village_code=village),
        businesses=business_figures.count_businesses(connection, today, village_code=village),
        workers_employed=business_figures.workers_employed(connection, today, village_code=village),
        turnover_last_month=business_figures.turnover_in_month(connection, last_month, village_code=village),
        last_month=last_month,
        children=children.count_children(connection, today, village_code=village),
        children_with_profile=parenting.count_children_with_profile(connection, today, village_code=village),
        parenting_sessions_this_year=parenting.sessions_since(connection, year_start, village_code=village),
        children_reached_this_year=parenting.children_reached_since(
            connection, year_start, village_code=village
        ),
        cooperative_members=cooperative.count_cooperative_members(connection, today, village_code=village),
        savings_total=cooperative.cooperative_savings_total(connection, village_code=village),
        loans_outstanding=cooperative.loans_outstanding(connection, village_code=village),
    )
