"""Every figure of the monthly report (laporan bulanan), computed with the dashboard's own queries.

The report describes one calendar month. "Stock" figures are as of the month's last day (`as_of`), or
as of today while the month is still running, so this month's report and the Beranda always agree.
"Flow" figures count what happened inside the month, up to `as_of`.

A stock is what the register knows now about that day (see `register_figures.py`): a household entered
late counts in the months it was there; only "new registrations" go by the day a row was recorded. A
deleted row never counts: deleting corrects a mistake, it is not an event. No formatting here:
`reports/` turns these into paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role, ServiceType, Sex, SupportType
from desmigratif_desktop.data.installation import VillageProfile
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.months import is_month, last_day, month_bounds, month_name, month_of
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.reference import paper_labels as labels
from desmigratif_desktop.reference.regions import find_regency, find_village
from desmigratif_desktop.services import (
    business_figures,
    case_figures,
    children,
    cooperative,
    migration_services,
    parenting,
)
from desmigratif_desktop.services.dashboard import LabelledCount, MonthFigures, abroad_by, monthly_movements
from desmigratif_desktop.services.register_figures import (
    STATUSES,
    count_households,
    persons_by_status_and_sex,
    registered_in_month,
    status_sex,
)
from desmigratif_desktop.services.register_queries import alive

_PROFILE = table_of(VillageProfile)


@dataclass(frozen=True)
class Letterhead:
    """Who the report comes from and who signs it."""

    district: bool  # a district office's installation: the regency is the region
    region_code: str
    village_name: str  # empty for a district office
    subdistrict_name: str  # kecamatan; empty for a district office
    regency_name: str  # kabupaten/kota, e.g. "Kabupaten Brebes"
    province_name: str
    officer_name: str
    village_head_name: str | None = None  # signs "Mengetahui, Kepala Desa"
    address: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class StatusBySex:
    """One row of the register's stock table: a migration status, men and women."""

    status: str  # MigrationStatus: prospective, abroad, returned, none (family members)
    label: str  # Indonesian: Calon PMI, PMI di luar negeri, PMI purna, Anggota keluarga
    male: int
    female: int

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class RegisterSection:
    households: int  # at as_of
    stock: list[StatusBySex]  # the four statuses, always all four, in that order
    new_households: int  # registered in the month
    new_persons: int
    departures: int  # placements departing in the month
    returns: int  # placements ending in the month
    by_country: list[LabelledCount]  # abroad at as_of, most first
    by_sector: list[LabelledCount]
    monthly: list[MonthFigures]  # 12 months ending with the report's month, oldest first

    @property
    def persons(self) -> int:
        return sum(row.total for row in self.stock)


@dataclass(frozen=True)
class ServicesSection:
    """Pilar 1, Layanan Migrasi."""

    contacts: int  # in the month
    contacts_by_type: list[LabelledCount]  # all six service types, zeros included, in the enum's order
    non_procedural_signs: int  # contacts in the month showing signs of non-procedural departure
    follow_ups_due: int  # at as_of
    socialisation_events: int  # in the month
    attendees_male: int
    attendees_female: int


@dataclass(frozen=True)
class BusinessesSection:
    """Pilar 2, Usaha Produktif."""

    businesses: int  # started by as_of, active or stopped
    active: int  # at as_of
    new_businesses: int  # started in the month
    stopped: int  # stopped in the month
    workers_employed: int  # by the active businesses, besides their owners
    by_sector: list[LabelledCount]  # active businesses
    turnover: int  # rupiah, the month
    businesses_reporting: int  # businesses with a turnover recorded for the month
    support_by_type: list[LabelledCount]  # support given in the month, all four types, zeros included
    capital_support: int  # rupiah of capital support given in the month


@dataclass(frozen=True)
class ParentingSection:
    """Pilar 3, Community Parenting."""

    children: int  # children of migrant workers at as_of
    children_with_profile: int
    sessions: int  # in the month
    children_reached: int  # distinct children at the month's sessions
    caregivers_reached: int


@dataclass(frozen=True)
class CooperativeSection:
    """Pilar 4, Koperasi. Savings are what was paid in; withdrawals are not recorded (see the report)."""

    name: str | None  # None: no cooperative recorded
    members: int  # at as_of
    month_recorded: bool  # the officer entered this month's figures
    savings_principal: int  # paid in during the month
    savings_mandatory: int
    savings_voluntary: int
    loans_given: int
    loans_repaid: int
    business_units: int
    savings_to_date: int  # everything paid in up to and including the month
    loans_outstanding: int  # loans given minus repaid, up to and including the month

    @property
    def savings(self) -> int:
        return self.savings_principal + self.savings_mandatory + self.savings_voluntary


@dataclass(frozen=True)
class CaseTypeRow:
    code: str
    label: str
    new: int
    in_progress: int
    resolved: int


@dataclass(frozen=True)
class CasesSection:
    new: int  # reported in the month
    in_progress: int  # reported by as_of and not resolved by then
    resolved: int  # resolved in the month
    by_type: list[CaseTypeRow] = field(default_factory=list)  # types with any of the three


@dataclass(frozen=True)
class MonthlyFigures:
    month: str  # YYYY-MM
    as_of: date  # the month's last day, or today while the month runs
    complete: bool  # False while the month is still running
    generated_on: date
    letterhead: Letterhead
    register: RegisterSection
    services: ServicesSection
    businesses: BusinessesSection
    parenting: ParentingSection
    cooperative: CooperativeSection
    cases: CasesSection


# -- computing them ------------------------------------------------------------------------------


def report_period(month: str, today: date) -> tuple[date, bool]:
    """(as_of, complete): the month's last day, or today while the month still runs."""
    end = last_day(month)
    return (end, True) if end < today else (today, False)


def monthly_figures(db: Database, month: str, today: date | None = None) -> MonthlyFigures:
    """The report's figures for `month` ("YYYY-MM"); the month must have begun (see `check_report_month`)."""
    today = today or date.today()
    check_report_month(month, today)
    as_of, complete = report_period(month, today)
    letterhead = letterhead_of(db)
    with db.read() as connection:
        return MonthlyFigures(
            month=month,
            as_of=as_of,
            complete=complete,
            generated_on=today,
            letterhead=letterhead,
            register=_register(connection, month, as_of),
            services=_services(connection, month, as_of),
            businesses=_businesses(connection, month, as_of),
            parenting=_parenting(connection, month, as_of, today),
            cooperative=_cooperative(connection, month, as_of, letterhead),
            cases=_cases(connection, month, as_of),
        )


EARLIEST_REPORT_MONTH = "2000-01"  # Desmigratif began in 2016; placements in the register go back further


def check_report_month(month: str, today: date) -> None:
    """A malformed month, or one that has not begun, is refused with a message saying what to type."""
    if not is_month(month):
        raise KnownError(
            f"Bulan laporan “{month}” tidak dikenali.",
            "Tulis bulan sebagai TAHUN-BULAN, misalnya 2026-10 untuk Oktober 2026.",
        )
    if month > month_of(today):
        raise KnownError(
            f"Bulan {month_name(month)} belum tiba; laporannya belum bisa dibuat.",
            f"Pilih bulan ini ({month_name(month_of(today))}) atau bulan sebelumnya.",
        )
    if month < EARLIEST_REPORT_MONTH:  # a typo such as 0026-11; the calendar code stops at year 1
        raise KnownError(
            f"Bulan laporan “{month}” terlalu lama.",
            f"Laporan bulanan dapat dibuat untuk bulan sejak {month_name(EARLIEST_REPORT_MONTH)}.",
        )


def letterhead_of(db: Database) -> Letterhead:
    installation = db.require_installation()
    if installation.role == Role.DISTRICT:
        regency = find_regency(installation.region_code)
        return Letterhead(
            district=True,
            region_code=installation.region_code,
            village_name="",
            subdistrict_name="",
            regency_name=regency.name,
            province_name=regency.province_name,
            officer_name=installation.officer_name,
        )
    with db.read() as connection:
        profile = (
            connection.execute(
                select(_PROFILE).where(_PROFILE.c.code == installation.region_code, alive(_PROFILE))
            )
            .mappings()
            .first()
        )
    if profile is None:  # a village installation always has one; read the region list if it is gone
        village = find_village(installation.region_code)
        profile = {
            "name": village.name,
            "subdistrict_name": village.subdistrict_name,
            "regency_name": village.regency_name,
            "province_name": village.province_name,
            "officer_name": installation.officer_name,
        }
    return Letterhead(
        district=False,
        region_code=installation.region_code,
        village_name=profile["name"],
        subdistrict_name=profile["subdistrict_name"],
        regency_name=profile["regency_name"],
        province_name=profile["province_name"],
        officer_name=installation.officer_name,  # who prints it, as Pengaturan shows
        village_head_name=profile.get("village_head_name"),
        address=profile.get("address"),
        phone=profile.get("phone"),
    )


def _register(connection: Connection, month: str, as_of: date) -> RegisterSection:
    counts = persons_by_status_and_sex(connection, as_of)
    stock = [
        StatusBySex(
            status,
            labels.MIGRATION_STATUS[status],
            status_sex(counts, status, Sex.MALE),
            status_sex(counts, status, Sex.FEMALE),
        )
        for status in STATUSES
    ]
    new_households, new_persons = registered_in_month(connection, month, as_of)
    monthly = monthly_movements(connection, month, as_of)
    return RegisterSection(
        households=count_households(connection),
        stock=stock,
        new_households=new_households,
        new_persons=new_persons,
        departures=monthly[-1].departures,
        returns=monthly[-1].returns,
        by_country=abroad_by(connection, lookups.COUNTRY, as_of),
        by_sector=abroad_by(connection, lookups.SECTOR, as_of),
        monthly=monthly,
    )


def _services(connection: Connection, month: str, as_of: date) -> ServicesSection:
    by_type = migration_services.contacts_by_service_type(connection, month)
    first = month_bounds(month)[0]
    male, female = migration_services.socialisation_attendees(connection, first, as_of)
    return ServicesSection(
        contacts=migration_services.contacts_in_month(connection, month),
        contacts_by_type=[
            LabelledCount(kind.value, labels.SERVICE_TYPE[kind], by_type.get(kind.value, 0))
            for kind in ServiceType
        ],
        non_procedural_signs=migration_services.non_procedural_signs_in_month(connection, month),
        follow_ups_due=migration_services.follow_ups_due(connection, as_of),
        socialisation_events=migration_services.socialisation_events_between(connection, first, as_of),
        attendees_male=male,
        attendees_female=female,
    )


def _businesses(connection: Connection, month: str, as_of: date) -> BusinessesSection:
    support = business_figures.support_in_month(connection, month, as_of)
    reporting = business_figures.turnover_by_month(connection, month, month)
    return BusinessesSection(
        businesses=business_figures.count_businesses(connection, as_of),
        active=business_figures.count_active_businesses(connection, as_of),
        new_businesses=business_figures.businesses_started_in(connection, month, as_of),
        stopped=business_figures.businesses_stopped_in(connection, month, as_of),
        workers_employed=business_figures.workers_employed(connection, as_of),
        by_sector=[
            LabelledCount(code, label, n)
            for code, label, n in business_figures.businesses_by_sector(connection, as_of)
        ],
        turnover=business_figures.turnover_in_month(connection, month),
        businesses_reporting=reporting[0][2] if reporting else 0,
        support_by_type=[
            LabelledCount(kind.value, labels.SUPPORT_TYPE[kind], support.get(kind.value, (0, 0))[0])
            for kind in SupportType
        ],
        capital_support=sum(amount for _n, amount in support.values()),
    )


def _parenting(connection: Connection, month: str, as_of: date, today: date) -> ParentingSection:
    first = month_bounds(month)[0]
    return ParentingSection(
        children=children.count_children(connection, today, on=as_of),
        children_with_profile=parenting.count_children_with_profile(connection, today, on=as_of),
        sessions=parenting.sessions_since(connection, first, as_of),
        children_reached=parenting.children_reached_since(connection, first, as_of),
        caregivers_reached=parenting.caregivers_reached_since(connection, first, as_of),
    )


def _cooperative(
    connection: Connection, month: str, as_of: date, letterhead: Letterhead
) -> CooperativeSection:
    found = None if letterhead.district else cooperative.live_cooperative(connection, letterhead.region_code)
    month_sums = cooperative.cooperative_month_figures(connection, month)
    to_date = cooperative.cooperative_sums_to(connection, month)
    return CooperativeSection(
        name=found["name"] if found else None,
        members=cooperative.count_cooperative_members(connection, as_of),
        month_recorded=cooperative.month_recorded(connection, month),
        savings_principal=month_sums.savings_principal,
        savings_mandatory=month_sums.savings_mandatory,
        savings_voluntary=month_sums.savings_voluntary,
        loans_given=month_sums.loans_given,
        loans_repaid=month_sums.loans_repaid,
        business_units=month_sums.business_units,
        savings_to_date=to_date.savings,
        loans_outstanding=to_date.loans_given - to_date.loans_repaid,
    )


def _cases(connection: Connection, month: str, as_of: date) -> CasesSection:
    return CasesSection(
        new=case_figures.cases_reported_in(connection, month, as_of),
        in_progress=case_figures.open_cases_on(connection, as_of),
        resolved=case_figures.cases_resolved_in(connection, month, as_of),
        by_type=[
            CaseTypeRow(row.code, row.label, row.new, row.in_progress, row.resolved)
            for row in case_figures.cases_by_type(connection, month, as_of)
        ],
    )
