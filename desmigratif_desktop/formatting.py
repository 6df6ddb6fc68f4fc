"""Numbers as Indonesians write them: 1.234 (and, for reports, Rp1.500.000)."""

from __future__ import annotations


def format_count(value: int) -> str:
    """Thousands separated by dots: 12018 -> 12.018."""
    return f"{value:,}".replace(",", ".")
