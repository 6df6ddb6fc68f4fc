"""A business's monthly turnover (omzet) and the support it received (training, mentoring, capital…).

Turnover is kept per calendar month ("YYYY-MM"), one live row per business and month: recording a
month again corrects that row (an update in the change log), so a trend never counts a month twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from desmigratif_desktop.data.businesses import Business, BusinessSupport, BusinessTurnover
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import SupportType
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.months import add_months, is_month, month_of, months_ending, shown_month
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import (
    Checks,
    check_choice,
    check_not_future,
    clean_text,
    require,
)

_TURNOVER = table_of(BusinessTurnover)
_SUPPORT = table_of(BusinessSupport)
# A micro business (usaha mikro, PP 7/2021) sells up to Rp2 miliar a year: far more a month is a typo.
IMPLAUSIBLE_MONTHLY_TURNOVER = 1_000_000_000


# -- turnover ------------------------------------------------------------------------------------


def turnover_checks(
    month: str | None, amount: int | None, business: Mapping[str, Any], today: date | None = None
) -> tuple[Checks, dict[str, Any]]:
    """One month's turnover against the business's dates; `business` needs start_date and stopped_date."""
    checks = Checks()
    today = today or date.today()
    if require(checks, "month", month, "Bulan"):
        _check_month(checks, str(month), business, today)
    if require(checks, "amount", amount, "Omzet"):
        assert amount is not None
        if amount < 0:
            checks.error("amount", "negative", "Omzet tidak boleh negatif.")
        elif amount > IMPLAUSIBLE_MONTHLY_TURNOVER:
            checks.warn(
                "amount",
                "implausible",
                "Omzet lebih dari Rp1 miliar sebulan. Periksa lagi jumlahnya; data tetap bisa disimpan.",
            )
    return checks, {"month": month, "amount": amount}


def _check_month(checks: Checks, month: str, business: Mapping[str, Any], today: date) -> None:
    if not is_month(month):
        checks.error("month", "format", "Tulis bulan sebagai bb-tttt, misalnya 08-2026.")
    elif month > month_of(today):
        checks.error("month", "future", "Omzet tidak bisa dicatat untuk bulan yang belum tiba.")
    elif business.get("start_date") and month < month_of(business["start_date"]):
        started = shown_month(month_of(business["start_date"]))
        checks.error(
            "month", "before_start", f"Usaha baru mulai {started}; omzet sebelumnya tidak bisa dicatat."
        )
    elif business.get("stopped_date") and month > month_of(business["stopped_date"]):
        stopped = shown_month(month_of(business["stopped_date"]))
        checks.error("month", "after_stop", f"Usaha berhenti {stopped}; omzet sesudahnya tidak bisa dicatat.")


def suggested_month(latest: str | None, business: Mapping[str, Any], today: date | None = None) -> str:
    """The month an officer most likely records next: the one after the latest recorded, up to last
    month (this one is not over) or the month the business stopped, and not before it started."""
    last = add_months(month_of(today or date.today()), -1)
    if business.get("stopped_date"):
        last = min(last, month_of(business["stopped_date"]))
    month = last if latest is None else min(last, add_months(latest, 1))
    if business.get("start_date"):
        month = max(month, month_of(business["start_date"]))
    return month


def record_turnover(
    db: Database, business_id: str, month: str | None, amount: int | None, today: date | None = None
) -> Saved:
    """The month's turnover: a new row, or the month's live row corrected (never a second one)."""
    with db.write() as recorder:
        business = recorder.current(Business, business_id)
        checks, row = turnover_checks(month, amount, business, today)
        warnings = checks.raise_if_errors()
        existing = recorder.connection.execute(
            select(_TURNOVER.c.id, _TURNOVER.c.amount).where(
                _TURNOVER.c.business_id == business_id, _TURNOVER.c.month == month, alive(_TURNOVER)
            )
        ).first()
        if existing is None:
            saved_id = recorder.insert(BusinessTurnover, {**row, "business_id": business_id})["id"]
        else:
            saved_id = existing.id
            if existing.amount != amount:  # the same figure again changes nothing worth syncing
                recorder.update(BusinessTurnover, saved_id, {"amount": amount})
    return Saved(str(saved_id), warnings)


def delete_turnover(db: Database, turnover_id: str) -> None:
    with db.write() as recorder:
        recorder.tombstone(BusinessTurnover, turnover_id)


@dataclass(frozen=True)
class TurnoverRow:
    id: str
    month: str  # YYYY-MM
    amount: int


def business_turnovers(db: Database, business_id: str) -> list[TurnoverRow]:
    """Every recorded month, newest first."""
    query = (
        select(_TURNOVER.c.id, _TURNOVER.c.month, _TURNOVER.c.amount)
        .where(_TURNOVER.c.business_id == business_id, alive(_TURNOVER))
        .order_by(_TURNOVER.c.month.desc())
    )
    with db.read() as connection:
        return [TurnoverRow(*row) for row in connection.execute(query)]


def turnover_trend(
    db: Database, business_id: str, months: int = 12, today: date | None = None
) -> list[tuple[str, int | None]]:
    """The last `months` calendar months up to this one, oldest first; None where nothing was recorded."""
    wanted = months_ending(month_of(today or date.today()), months)
    recorded = {row.month: row.amount for row in business_turnovers(db, business_id)}
    return [(month, recorded.get(month)) for month in wanted]


@dataclass(frozen=True)
class MonthSpan:
    first: str
    last: str


def turnover_span(connection: Connection, business_id: str) -> MonthSpan | None:
    """The first and last recorded months: the business's dates must stay around them."""
    query = select(func.min(_TURNOVER.c.month), func.max(_TURNOVER.c.month)).where(
        _TURNOVER.c.business_id == business_id, alive(_TURNOVER)
    )
    first, last = connection.execute(query).one()
    return None if first is None else MonthSpan(first, last)


# -- support -------------------------------------------------------------------------------------


@dataclass
class SupportInput:
    support_date: date | None
    support_type: str
    provider: str | None
    description: str | None = None
    amount: int | None = None  # rupiah; capital only


def support_checks(data: SupportInput, today: date | None = None) -> tuple[Checks, dict[str, Any]]:
    checks = Checks()
    if require(checks, "support_date", data.support_date, "Tanggal"):
        check_not_future(checks, "support_date", data.support_date, "Tanggal", today or date.today())
    if require(checks, "support_type", data.support_type, "Jenis dukungan"):
        check_choice(checks, "support_type", data.support_type, tuple(SupportType), "Jenis dukungan")
    provider = clean_text(data.provider)
    require(checks, "provider", provider, "Pemberi dukungan")
    if data.amount is not None:
        if data.support_type != SupportType.CAPITAL:
            checks.error("amount", "not_capital", "Jumlah (rupiah) hanya diisi untuk bantuan modal.")
        elif data.amount < 0:
            checks.error("amount", "negative", "Jumlah bantuan modal tidak boleh negatif.")
    row = {
        "support_date": data.support_date,
        "support_type": data.support_type,
        "provider": provider,
        "description": clean_text(data.description),
        "amount": data.amount,
    }
    return checks, row


def add_support(db: Database, business_id: str, data: SupportInput, today: date | None = None) -> Saved:
    with db.write() as recorder:
        recorder.current(Business, business_id)
        checks, row = support_checks(data, today)
        warnings = checks.raise_if_errors()
        saved = recorder.insert(BusinessSupport, {**row, "business_id": business_id})
    return Saved(saved["id"], warnings)


def delete_support(db: Database, support_id: str) -> None:
    with db.write() as recorder:
        recorder.tombstone(BusinessSupport, support_id)


@dataclass(frozen=True)
class SupportRow:
    id: str
    support_date: date
    support_type: str
    provider: str | None
    description: str | None
    amount: int | None


def business_supports(db: Database, business_id: str) -> list[SupportRow]:
    """The support history, newest first."""
    s = _SUPPORT.c
    query = (
        select(s.id, s.support_date, s.support_type, s.provider, s.description, s.amount)
        .where(s.business_id == business_id, alive(_SUPPORT))
        .order_by(s.support_date.desc(), s.created_at.desc())
    )
    with db.read() as connection:
        return [SupportRow(*row) for row in connection.execute(query)]
