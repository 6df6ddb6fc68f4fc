"""Numbers as Indonesians write them: 1.234 (and, for reports, Rp1.500.000; for disks, 14,2 GB)."""

from __future__ import annotations

import re

# ASCII digits only ("²" is a digit to str.isdigit() but not to int()), and at most 18 of them past any
# leading zeros: Rp999.999.999.999.999.999 still fits SQLite's 64-bit INTEGER, one more digit may not.
_WHOLE_RUPIAH = re.compile(r"0*[0-9]{1,18}")


def format_count(value: int) -> str:
    """Thousands separated by dots: 12018 -> 12.018."""
    return f"{value:,}".replace(",", ".")


def format_bytes(size: int) -> str:
    """A size as Windows' Explorer shows it, with a decimal comma: 14,2 GB; 980 KB; 0 KB."""
    units = ("KB", "MB", "GB", "TB")
    value = max(size, 0) / 1024
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    if value >= 100 or unit == 0:  # 512 MB, not 512,0 MB; KB in whole numbers
        return f"{format_count(round(value))} {units[unit]}"
    return f"{value:.1f}".replace(".", ",") + f" {units[unit]}"


def format_rupiah(value: int) -> str:
    """Whole rupiah as on an Indonesian form: 1500000 -> Rp1.500.000."""
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{format_count(abs(value))}"


def parse_rupiah(text: str) -> int | None:
    """What an officer types for an amount: "1.500.000", "Rp 1.500.000", "1500000"; None if not one.

    Dots and spaces group thousands in Indonesian; a comma starts the (ignored-if-zero) sen.
    """
    cleaned = text.strip().removeprefix("Rp").removeprefix("rp").replace(".", "").replace(" ", "")
    whole, _, cents = cleaned.partition(",")
    if not _WHOLE_RUPIAH.fullmatch(whole) or (cents and cents.strip("0")):
        return None
    return int(whole)
