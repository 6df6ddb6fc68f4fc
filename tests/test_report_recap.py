"""The recapitulation on paper and in Excel, read back out of the files; and its command line.

The district holds the hand-built March 2025 of Rengaspendawa and one Kamal family (district_helpers);
the expected figures are the ones tests/test_recap.py states by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.months import month_name, month_of
from desmigratif_desktop.reports.documents import recap_report, recap_spreadsheet
from desmigratif_desktop.reports.recap_pdf import write_recap_pdf
from desmigratif_desktop.services.monthly_figures import letterhead_of
from desmigratif_desktop.services.recap import Recap, RecapFigures, RecapRow
from desmigratif_desktop.services.villages import Village
from tests.dbtools import logical_dump
from tests.district_helpers import KAMAL, RENGASPENDAWA, march_district
from tests.month_scenario import LATER, MARCH
from tests.test_cli import run

RENGAS_ROW = ["1", "1", "2", "2", "1", "1", "1", "2", "1", "0", "0"]
KAMAL_ROW = ["1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]
TOTAL_ROW = ["2", "1", "2", "2", "1", "1", "1", "2", "1", "0", "0"]


@pytest.fixture
def brebes(district_db: Database, tmp_path: Path) -> Database:
    return march_district(district_db, tmp_path)


def lines_of(path: Path) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def after(lines: list[str], label: str, cells: int) -> list[str]:
    at = lines.index(label)
    return lines[at + 1 : at + 1 + cells]


def test_the_pdf_has_the_letterhead_a_row_per_village_the_total_and_the_signatures(
    brebes: Database, tmp_path: Path
) -> None:
    out = recap_report(brebes, MARCH, tmp_path / "rekap.pdf", today=LATER)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # A4 landscape
    lines = lines_of(out)
    for expected in (
        "PEMERINTAH KABUPATEN BREBES",
        "DINAS TENAGA KERJA",
        "REKAPITULASI DATA DESA MIGRAN PRODUKTIF (DESMIGRATIF)",
        "KABUPATEN BREBES",
        "Periode: Maret 2025",
        "PMI per 31-03-2025",
        "Koordinator Desmigratif",
        "Budi Santoso",
        "Mengetahui,",
        "Kepala Dinas Tenaga Kerja Kabupaten Brebes",
        "Brebes, 1 Agustus 2025",
        "Halaman 1 dari 1",
    ):
        assert expected in lines, expected
    assert "Bulan belum berakhir" not in " ".join(lines)
    assert after(lines, "Kamal", 11) == KAMAL_ROW
    assert after(lines, "Rengaspendawa", 11) == RENGAS_ROW
    assert after(lines, "Jumlah", 11) == TOTAL_ROW
    assert lines.index("Kamal") < lines.index("Rengaspendawa") < lines.index("Jumlah")


def test_the_running_month_says_so(brebes: Database, tmp_path: Path) -> None:
    out = recap_report(brebes, month_of(date.today()), tmp_path / "rekap.pdf")
    assert "Bulan belum berakhir" in " ".join(lines_of(out))


def test_no_village_data_yet_prints_a_clean_page_that_says_so(district_db: Database, tmp_path: Path) -> None:
    out = recap_report(district_db, "2026-01", tmp_path / "rekap.pdf", today=date(2026, 3, 1))
    text = " ".join(lines_of(out))
    assert "Belum ada data desa yang diterima Dinas" in text
    assert "Halaman 1 dari 1" in text and "Koordinator Desmigratif" in text


def test_a_long_recap_repeats_its_header_on_every_page(district_db: Database, tmp_path: Path) -> None:
    """Sixty villages (a large regency): the layout alone, from figures made here."""
    rows = [
        RecapRow(
            Village(f"33.29.{n // 10:02d}.{2000 + n}", f"Desa Nomor {n}", f"Kecamatan {n // 10}"),
            RecapFigures(n, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0),
        )
        for n in range(1, 61)
    ]
    total = RecapFigures(sum(range(1, 61)), 60, 120, 180, 0, 0, 0, 0, 0, 0, 0)
    recap = Recap(
        "2026-01", date(2026, 1, 31), True, date(2026, 3, 1), letterhead_of(district_db), rows, total
    )
    out = tmp_path / "panjang.pdf"
    write_recap_pdf(recap, out)
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Halaman {number} dari {len(pages)}" in text
        if "Desa Nomor" in text:
            assert "Kecamatan" in text and "Anggota" in text, number  # the header rows came along
    assert after(lines_of(out), "Jumlah", 4) == ["1.830", "60", "120", "180"]
    last = pages[-1].extract_text()
    assert "Keterangan" in last and "Koordinator Desmigratif" in last  # notes and signatures stay together


def test_the_workbook_keeps_codes_as_text_and_figures_as_numbers(brebes: Database, tmp_path: Path) -> None:
    out = recap_spreadsheet(brebes, MARCH, tmp_path / "rekap.xlsx", today=LATER)
    sheet = openpyxl.load_workbook(out)["Rekapitulasi"]
    assert "KABUPATEN BREBES" in sheet["A1"].value
    assert sheet.page_setup.orientation == "landscape"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header_at = next(n for n, row in enumerate(values) if row[0] == "No")
    header = values[header_at]
    assert header[:5] == ["No", "Kode desa", "Kecamatan", "Desa", "Rumah tangga PMI"]
    kamal, rengas, total = values[header_at + 1 : header_at + 4]
    assert kamal[:4] == [1, KAMAL, "Larangan", "Kamal"]
    assert rengas[:4] == [2, RENGASPENDAWA, "Larangan", "Rengaspendawa"]
    assert rengas[4:15] == [int(n) for n in RENGAS_ROW]
    assert kamal[4:15] == [int(n) for n in KAMAL_ROW]
    assert total[0] == "Jumlah" and total[4:15] == [int(n) for n in TOTAL_ROW]
    code_cell = sheet.cell(row=header_at + 2, column=2)
    assert code_cell.data_type == "s" and code_cell.number_format == "@"
    assert sheet.cell(row=header_at + 3, column=5).number_format == "#,##0"
    assert sheet.freeze_panes == f"E{header_at + 2}"
    assert any(month_name(MARCH) in str(row[0]) for row in values[:header_at])


def test_the_command_line_writes_both_at_a_district(
    capsys: pytest.CaptureFixture[str], brebes: Database, tmp_path: Path
) -> None:
    data_dir = str(brebes.paths.data_dir)
    month = month_of(date.today())
    pdf, xlsx = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx"
    code, printed, err = run(
        capsys, "--data-dir", data_dir, "report", "recap", "--month", month, "--out", str(pdf)
    )
    assert code == 0, err
    assert f"Rekapitulasi {month_name(month)} tersimpan: {pdf}" in printed
    assert "Rengaspendawa" in " ".join(lines_of(pdf))
    code, printed, err = run(
        capsys, "--data-dir", data_dir, "export", "recap", "--month", month, "--out", str(xlsx)
    )
    assert code == 0, err
    assert openpyxl.load_workbook(xlsx)["Rekapitulasi"]["A1"].value.startswith("REKAPITULASI")


@pytest.mark.parametrize("command", [("report", "recap", ".pdf"), ("export", "recap", ".xlsx")])
def test_a_village_is_refused_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], village_db: Database, tmp_path: Path, command: tuple[str, str, str]
) -> None:
    verb, kind, suffix = command
    out = tmp_path / f"rekap{suffix}"
    before = logical_dump(village_db.paths.database)
    code, printed, err = run(
        capsys,
        "--data-dir",
        str(village_db.paths.data_dir),
        verb,
        kind,
        "--month",
        "2026-01",
        "--out",
        str(out),
    )
    assert code == 1 and printed == ""
    assert "Rekapitulasi per desa dibuat oleh Dinas, bukan di instalasi desa." in err
    assert not out.exists()
    assert logical_dump(village_db.paths.database) == before
