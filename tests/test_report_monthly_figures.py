"""The monthly report's PDF says what the database says: text read back out of the file, figures checked.

Expected values come from the hand-built month (tests/test_monthly_figures.py) or from SQL written
here, never from the code that makes the report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count, format_rupiah
from desmigratif_desktop.months import month_of
from desmigratif_desktop.reports.documents import monthly_report
from desmigratif_desktop.services.demo import add_demo_data
from tests.dbtools import scalar
from tests.month_scenario import LATER, MARCH, build_march


def report_lines(db: Database, month: str, out: Path, today: date | None = None) -> list[str]:
    monthly_report(db, month, out, today=today)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def row(lines: list[str], label: str, cells: int) -> list[str]:
    """The cells printed after a row's label (a table row reads label, then its cells, line by line)."""
    at = lines.index(label)
    return lines[at + 1 : at + 1 + cells]


def test_a_past_month_prints_the_register_as_it_stood(village_db: Database, tmp_path: Path) -> None:
    lines = report_lines(build_march(village_db), MARCH, tmp_path / "maret.pdf", today=LATER)
    assert "Periode: Maret 2025" in lines
    assert row(lines, "Calon PMI", 3) == ["0", "1", "1"]
    assert row(lines, "PMI di luar negeri", 3) == ["1", "1", "2"]
    assert row(lines, "PMI purna", 3) == ["1", "1", "2"]
    assert row(lines, "Anggota keluarga", 3) == ["1", "1", "2"]
    assert row(lines, "Keberangkatan PMI", 1) == ["1"]
    assert row(lines, "Kepulangan PMI", 1) == ["1"]
    assert row(lines, "Korea Selatan", 1) == ["1"] and row(lines, "Taiwan", 1) == ["1"]
    assert format_rupiah(1_500_000) in lines  # March's turnover, not April's 2.000.000
    assert format_rupiah(2_000_000) not in lines


def test_this_month_prints_what_sql_counts(village_db: Database, tmp_path: Path) -> None:
    add_demo_data(village_db, 300, seed=7)
    month = month_of(date.today())
    lines = report_lines(village_db, month, tmp_path / "bulan-ini.pdf")

    def count(sql: str, **params: object) -> str:
        return format_count(int(scalar(village_db, sql, **params)))

    per_status = "SELECT count(*) FROM person WHERE deleted IS NOT 1 AND migration_status = :s AND sex = :x"
    for label, status in (
        ("Calon PMI", "prospective"),
        ("PMI di luar negeri", "abroad"),
        ("PMI purna", "returned"),
    ):
        assert row(lines, label, 2) == [
            count(per_status, s=status, x="L"),
            count(per_status, s=status, x="P"),
        ]
    assert count("SELECT count(*) FROM household WHERE deleted IS NOT 1") in row(
        lines, next(line for line in lines if line.startswith("Rumah tangga PMI (per")), 1
    )
    first = f"{month}-01"
    departures = count(
        "SELECT count(*) FROM placement WHERE deleted IS NOT 1"
        " AND departure_date >= :f AND departure_date <= :t",
        f=first,
        t=date.today().isoformat(),
    )
    assert row(lines, "Keberangkatan PMI", 1) == [departures]
    contacts = count(
        "SELECT count(*) FROM service_contact WHERE deleted IS NOT 1 AND contact_date >= :f", f=first
    )
    assert row(lines, "Jumlah kontak", 1) == [contacts]
    cases_total = lines[len(lines) - 1 - lines[::-1].index("Jumlah") :][1:4]  # the cases table's total row
    new_cases = count(
        "SELECT count(*) FROM case_record WHERE deleted IS NOT 1 AND reported_date >= :f", f=first
    )
    open_cases = count(
        "SELECT count(*) FROM case_record WHERE deleted IS NOT 1 AND status IN ('open', 'in_progress')"
    )
    assert cases_total[:2] == [new_cases, open_cases]


def test_an_empty_month_gives_a_clean_report(village_db: Database, tmp_path: Path) -> None:
    lines = report_lines(village_db, "2024-01", tmp_path / "kosong.pdf")
    assert "Periode: Januari 2024" in lines
    assert row(lines, "PMI di luar negeri", 3) == ["0", "0", "0"]
    assert any("Belum ada data" in line for line in lines)
    pages = len(PdfReader(tmp_path / "kosong.pdf").pages)
    assert any(f"Halaman {pages} dari {pages}" in line for line in lines)
    assert "Mengetahui," in lines
