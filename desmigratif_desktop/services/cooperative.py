"""Pillar 4, the village cooperative (koperasi): its profile, and the headline counts of the pillar.

A village has one cooperative. Its members are in `cooperative_members`, its monthly figures in
`cooperative_months`; the balances counted here are sums over those months, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from desmigratif_desktop.data.cooperative import Cooperative, CooperativeMember, CooperativeMonth
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.data.write import ChangeRecorder, table_of
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import Checks, check_not_future, clean_text, require_name
from desmigratif_desktop.services.village_scope import in_village

_COOPERATIVE = table_of(Cooperative)
_MEMBER = table_of(CooperativeMember)
_MONTH = table_of(CooperativeMonth)

SAVINGS_FIELDS = ("savings_principal", "savings_mandatory", "savings_voluntary")
AMOUNT_FIELDS = (*SAVINGS_FIELDS, "loans_given", "loans_repaid")


# -- the cooperative -----------------------------------------------------------------------------


@dataclass
class CooperativeInput:
    name: str
    legal_number: str | None = None  # nomor badan hukum, e.g. "AHU-0001234.AH.01.26.TAHUN 2019"
    founding_date: date | None = None
    address: str | None = None
    chairperson: str | None = None
    notes: str | None = None


def cooperative_checks(data: CooperativeInput, today: date | None = None) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    name = clean_text(data.name)
    require_name(checks, "name", name, "Nama koperasi")
    check_not_future(checks, "founding_date", data.founding_date, "Tanggal berdiri", today or date.today())
    row = {
        "name": name,
        # Legal numbers come in several official styles: kept as written, only trimmed.
        "legal_number": clean_text(data.legal_number),
        "founding_date": data.founding_date,
        "address": clean_text(data.address),
        "chairperson": clean_text(data.chairperson),
        "notes": clean_text(data.notes),
    }
    return checks, row


def save_cooperative(db: Database, data: CooperativeInput) -> Saved:
    """Record the village's cooperative, or update it: there is never a second one."""
    village_code = _village_code(db)
    with db.write() as recorder:
        checks, row = cooperative_checks(data)
        warnings = checks.raise_if_errors()
        existing = live_cooperative(recorder.connection, village_code)
        if existing is None:
            saved_id = recorder.insert(Cooperative, {**row, "village_code": village_code})["id"]
        else:
            saved_id = recorder.update(Cooperative, existing["id"], row)["id"]
    return Saved(saved_id, warnings)


def get_cooperative(db: Database) -> Cooperative | None:
    installation = db.require_installation()
    with db.read() as connection:
        found = live_cooperative(connection, installation.region_code)
    return None if found is None else Cooperative(**found)


def live_cooperative(connection: Connection, village_code: str) -> dict[str, Any] | None:
    """The village's cooperative; should two arrive by sync, the first recorded one is the village's."""
    query = (
        select(_COOPERATIVE)
        .where(_COOPERATIVE.c.village_code == village_code, alive(_COOPERATIVE))
        .order_by(_COOPERATIVE.c.created_at, _COOPERATIVE.c.id)
        .limit(1)
    )
    found = connection.execute(query).mappings().first()
    return dict(found) if found else None


def require_cooperative(recorder: ChangeRecorder, db: Database) -> dict[str, Any]:
    found = live_cooperative(recorder.connection, _village_code(db))
    if found is None:
        raise KnownError(
            "Koperasi desa belum dicatat.", "Isi dan simpan profil koperasi lebih dulu di halaman Koperasi."
        )
    return found


def _village_code(db: Database) -> str:
    installation = db.require_installation()
    if installation.role != Role.VILLAGE:
        raise KnownError(
            "Koperasi dicatat oleh petugas desa, bukan di instalasi dinas.",
            "Data koperasi desa sampai ke dinas melalui sinkronisasi.",
        )
    return installation.region_code


def is_current_member(today: date) -> ColumnElement[bool]:
    """Joined by `today`, and no left date or one still to come (a member leaving counts until that day)."""
    joined = or_(_MEMBER.c.joined_date.is_(None), _MEMBER.c.joined_date <= today)
    return and_(joined, or_(_MEMBER.c.left_date.is_(None), _MEMBER.c.left_date > today))


# -- counts for the dashboard, `stats` and the monthly report -------------------------------------


@dataclass(frozen=True)
class MonthFigures:
    """What came in and went out in one month, in whole rupiah (zeros for a month not recorded)."""

    savings_principal: int = 0
    savings_mandatory: int = 0
    savings_voluntary: int = 0
    loans_given: int = 0
    loans_repaid: int = 0
    business_units: int = 0

    @property
    def savings(self) -> int:
        return self.savings_principal + self.savings_mandatory + self.savings_voluntary


def count_cooperative_members(
    connection: Connection, today: date | None = None, *, village_code: str | None = None
) -> int:
    """Current members of the live cooperatives (at a district office, of one village's when given)."""
    query = (
        select(func.count())
        .select_from(_MEMBER)
        .join(_COOPERATIVE, _COOPERATIVE.c.id == _MEMBER.c.cooperative_id)
        .where(
            alive(_MEMBER),
            alive(_COOPERATIVE),
            is_current_member(today or date.today()),
            in_village(_COOPERATIVE, village_code),
        )
    )
    return int(connection.execute(query).scalar_one())


def of_village(village_code: str | None) -> ColumnElement[bool]:
    """For `month_sums`: the months of the village's cooperative (every cooperative's for None)."""
    return in_village(_COOPERATIVE, village_code)


def month_sums(connection: Connection, *where: ColumnElement[bool]) -> MonthFigures:
    """The sums of the live months of live cooperatives matching `where` (units summed too)."""
    columns = (*AMOUNT_FIELDS, "business_units")
    query = (
        select(*(func.coalesce(func.sum(_MONTH.c[name]), 0) for name in columns))
        .join(_COOPERATIVE, _COOPERATIVE.c.id == _MONTH.c.cooperative_id)
        .where(alive(_MONTH), alive(_COOPERATIVE), *where)
    )
    return MonthFigures(*(int(value) for value in connection.execute(query).one()))


def cooperative_savings_total(connection: Connection, *, village_code: str | None = None) -> int:
    """All savings ever paid in (pokok + wajib + sukarela); withdrawals are not recorded by month."""
    return month_sums(connection, of_village(village_code)).savings


def loans_outstanding(connection: Connection, *, village_code: str | None = None) -> int:
    sums = month_sums(connection, of_village(village_code))
    return sums.loans_given - sums.loans_repaid


def cooperative_month_figures(
    connection: Connection, month: str, *, village_code: str | None = None
) -> MonthFigures:
    return month_sums(connection, _MONTH.c.month == month, of_village(village_code))


def cooperative_sums_to(
    connection: Connection, month: str, *, village_code: str | None = None
) -> MonthFigures:
    """Everything recorded up to and including `month`: savings paid in to date, loans given and repaid."""
    return month_sums(connection, _MONTH.c.month <= month, of_village(village_code))


def month_recorded(connection: Connection, month: str, *, village_code: str | None = None) -> bool:
    query = (
        select(func.count())
        .select_from(_MONTH)
        .join(_COOPERATIVE, _COOPERATIVE.c.id == _MONTH.c.cooperative_id)
        .where(alive(_MONTH), alive(_COOPERATIVE), _MONTH.c.month == month, of_village(village_code))
    )
    return int(connection.execute(query).scalar_one()) > 0
