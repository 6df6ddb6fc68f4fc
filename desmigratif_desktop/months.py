"""Calendar months as the data stores them ("YYYY-MM") and as officers write them (mm-yyyy).

One place for month arithmetic: turnover, cooperative figures, the dashboard and the reports all
count months the same way.
"""

from __future__ import annotations

import re
from datetime import date

_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


def month_of(day: date) -> str:
    return f"{day:%Y-%m}"


def is_month(text: str | None) -> bool:
    return text is not None and _MONTH.fullmatch(text) is not None


def shown_month(month: str) -> str:
    """ "2026-03" as the officer writes it: 03-2026 (anything else unchanged)."""
    return f"{month[5:7]}-{month[:4]}" if len(month) == 7 else month


def add_months(month: str, count: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_ending(last: str, count: int) -> list[str]:
    """`count` calendar months up to and including `last`, oldest first."""
    return [add_months(last, n - count + 1) for n in range(count)]


def previous_month(today: date) -> str:
    return add_months(month_of(today), -1)


def month_bounds(month: str) -> tuple[date, date]:
    """ "YYYY-MM" -> its first day and the first day of the next month."""
    return date.fromisoformat(f"{month}-01"), date.fromisoformat(f"{add_months(month, 1)}-01")


MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def month_name(month: str) -> str:
    """ "2026-10" as a report's period: Oktober 2026."""
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"


def short_month_name(month: str) -> str:
    """ "2026-10" under a chart's bar: Okt 26 (Agustus is "Agu", as Indonesian calendars print it)."""
    short = {"Agustus": "Agu"}.get(MONTH_NAMES[int(month[5:7]) - 1], MONTH_NAMES[int(month[5:7]) - 1][:3])
    return f"{short} {month[2:4]}"


def long_date(day: date) -> str:
    """A date in a letter or a signature block: 23 November 2026."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def last_day(month: str) -> date:
    return date.fromordinal(month_bounds(month)[1].toordinal() - 1)
