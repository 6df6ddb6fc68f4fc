"""Numbers as Indonesians write them: 1.234 (and, for reports, Rp1.500.000)."""

from __future__ import annotations


def format_count(value: int) -> str:
    """Thousands separated by dots: 12018 -> 12.018."""
    return f"{value:,}".replace(",", ".")


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
    if not whole.isdigit() or (cents and cents.strip("0")):
        return None
    return int(whole)
