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
