"""The cooperative's monthly figures: savings paid in, loans given and repaid, business units running.

One live row per calendar month: recording a month again replaces its figures. Balances (total
savings, loans outstanding) are sums over the months (`totals`), never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from desmigratif_desktop.data.cooperative import CooperativeMonth
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.write import table_of
from desmigratif_desktop.errors import NotFoundError
from desmigratif_desktop.months import is_month
from desmigratif_desktop.services.cooperative import (
    AMOUNT_FIELDS,
    live_cooperative,
    month_sums,
    require_cooperative,
)
from desmigratif_desktop.services.register_queries import alive
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import Checks, Problem, Severity, clean_text, require

_MONTH = table_of(CooperativeMonth)

AMOUNT_LABELS = {
    "savings_principal": "Simpanan pokok",
    "savings_mandatory": "Simpanan wajib",
    "savings_voluntary": "Simpanan sukarela",
    "loans_given": "Pinjaman diberikan",
    "loans_repaid": "Pinjaman dikembalikan",
}


@dataclass
class MonthInput:
    """That month's figures in whole rupiah; an empty amount (None) means nothing came in or went out."""

    savings_principal: int | None = 0
    savings_mandatory: int | None = 0
    savings_voluntary: int | None = 0
    loans_given: int | None = 0
    loans_repaid: int | None = 0
    business_units: int | None = 0
    notes: str | None = None


def month_checks(
    month: str | None,
    data: MonthInput,
    today: date | None = None,
    founding_date: date | None = None,
    already_recorded: bool = False,
) -> tuple[Checks, dict[str, Any]]:
    """`already_recorded`: the form is about to replace a month on record, which it says as a warning."""
    checks = Checks()
    today = today or date.today()
    if require(checks, "month", month, "Bulan"):
        assert month is not None
        if not is_month(month):
            checks.error("month", "format", "Bulan harus ditulis bulan-tahun, misalnya 08-2026.")
        elif month > f"{today:%Y-%m}":
            checks.error("month", "future", "Bulan tidak boleh melewati bulan ini.")
        elif founding_date and month < f"{founding_date:%Y-%m}":
            checks.warn(
                "month",
                "before_founding",
                f"Bulan ini sebelum koperasi berdiri ({founding_date:%d-%m-%Y}). Periksa lagi; "
                "data tetap bisa disimpan.",
            )
        elif already_recorded:
            checks.warn("month", "recorded", "Bulan ini sudah tercatat: menyimpan akan mengganti angkanya.")
    row: dict[str, Any] = {"month": month}
    for field_name, what in [*AMOUNT_LABELS.items(), ("business_units", "Jumlah unit usaha")]:
        row[field_name] = _whole_number(checks, field_name, getattr(data, field_name), what)
    row["notes"] = clean_text(data.notes)
    return checks, row


def _whole_number(checks: Checks, field_name: str, value: object, what: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        checks.error(field_name, "not_whole", f"{what} harus bilangan bulat.")
        return 0
    if value < 0:
        checks.error(field_name, "negative", f"{what} tidak boleh negatif.")
    return value


def record_month(db: Database, month: str, data: MonthInput) -> Saved:
    """Create the month, or replace the figures of the one already recorded."""
    with db.write() as recorder:
        cooperative = require_cooperative(recorder, db)
        checks, row = month_checks(month, data, founding_date=cooperative["founding_date"])
        warnings = checks.raise_if_errors()
        existing = _month_ids(recorder.connection, cooperative["id"], month)
        if not existing:
            saved_id = recorder.insert(CooperativeMonth, {**row, "cooperative_id": cooperative["id"]})["id"]
        else:
            saved_id = existing[0]
            recorder.update(CooperativeMonth, saved_id, row)
            for duplicate in existing[1:]:  # the same month entered on two devices, met by sync
                recorder.tombstone(CooperativeMonth, duplicate)
        warnings += _repaid_beyond_given(recorder.connection, cooperative["id"])
    return Saved(saved_id, warnings)


def _repaid_beyond_given(connection: Connection, cooperative_id: str) -> list[Problem]:
    """More repaid than ever lent means loans made before the first recorded month: saved, but said."""
    sums = month_sums(connection, _MONTH.c.cooperative_id == cooperative_id)
    if sums.loans_repaid <= sums.loans_given:
        return []
    message = (
        "Jumlah angsuran yang tercatat melebihi jumlah pinjaman yang tercatat, sehingga sisa pinjaman "
        "menjadi minus. Jika ada pinjaman dari sebelum pencatatan, catat sebagai pinjaman diberikan "
        "pada bulan pertama."
    )
    return [Problem("loans_repaid", "repaid_beyond_given", message, Severity.WARNING)]


def delete_month(db: Database, month: str) -> None:
    with db.write() as recorder:
        cooperative = require_cooperative(recorder, db)
        existing = _month_ids(recorder.connection, cooperative["id"], month)
        if not existing:
            raise NotFoundError(f"Bulan {month} tidak tercatat.", "Mungkin sudah dihapus.")
        for month_id in existing:
            recorder.tombstone(CooperativeMonth, month_id)


def _month_ids(connection: Connection, cooperative_id: str, month: str) -> list[str]:
    query = (
        select(_MONTH.c.id)
        .where(_MONTH.c.cooperative_id == cooperative_id, _MONTH.c.month == month, alive(_MONTH))
        .order_by(_MONTH.c.created_at, _MONTH.c.id)
    )
    return list(connection.execute(query).scalars())


@dataclass(frozen=True)
class MonthRow:
    id: str
    month: str  # YYYY-MM
    savings_principal: int
    savings_mandatory: int
    savings_voluntary: int
    loans_given: int
    loans_repaid: int
    business_units: int
    notes: str | None

    @property
    def savings(self) -> int:
        return self.savings_principal + self.savings_mandatory + self.savings_voluntary


def month_rows(db: Database) -> list[MonthRow]:
    """The village cooperative's months, newest first."""
    columns = [_MONTH.c[name] for name in ("id", "month", *AMOUNT_FIELDS, "business_units", "notes")]
    with db.read() as connection:
        cooperative = _village_cooperative(db, connection)
        if cooperative is None:
            return []
        query = (
            select(*columns)
            .where(_MONTH.c.cooperative_id == cooperative["id"], alive(_MONTH))
            .order_by(_MONTH.c.month.desc(), _MONTH.c.created_at)
        )
        return [MonthRow(*row) for row in connection.execute(query)]


def get_month(db: Database, month: str) -> MonthRow | None:
    return next((row for row in month_rows(db) if row.month == month), None)


@dataclass(frozen=True)
class CooperativeTotals:
    savings_principal: int
    savings_mandatory: int
    savings_voluntary: int
    loans_given: int
    loans_repaid: int
    latest_month: str | None  # YYYY-MM of the newest month recorded
    business_units: int  # running in the latest month

    @property
    def savings(self) -> int:
        return self.savings_principal + self.savings_mandatory + self.savings_voluntary

    @property
    def loans_outstanding(self) -> int:
        return self.loans_given - self.loans_repaid


def totals(db: Database) -> CooperativeTotals:
    """Balances of the village cooperative: savings by kind and overall, loans given, repaid, outstanding."""
    with db.read() as connection:
        cooperative = _village_cooperative(db, connection)
        if cooperative is None:
            return CooperativeTotals(0, 0, 0, 0, 0, None, 0)
        of_this_one = _MONTH.c.cooperative_id == cooperative["id"]
        sums = month_sums(connection, of_this_one)
        latest = connection.execute(
            select(_MONTH.c.month, _MONTH.c.business_units)
            .where(of_this_one, alive(_MONTH))
            .order_by(_MONTH.c.month.desc(), _MONTH.c.updated_at.desc())
            .limit(1)
        ).first()
    return CooperativeTotals(
        sums.savings_principal,
        sums.savings_mandatory,
        sums.savings_voluntary,
        sums.loans_given,
        sums.loans_repaid,
        latest[0] if latest else None,
        latest[1] if latest else 0,
    )


def _village_cooperative(db: Database, connection: Connection) -> dict[str, Any] | None:
    return live_cooperative(connection, db.require_installation().region_code)
