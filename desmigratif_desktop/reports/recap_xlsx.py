"""The district's recapitulation as an Excel workbook: the PDF's table, numbers kept as numbers.

One sheet: the title, the period, then a row per village (its code kept as text) and the total row
written as values, so it shows in any viewer; the header row is frozen and filtered, as a district
officer sorts and adds up in Excel.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desmigratif_desktop.months import long_date, month_name
from desmigratif_desktop.reports.pdf_style import region_line
from desmigratif_desktop.reports.recap_pdf import TITLE_TEXT, recap_title
from desmigratif_desktop.reports.xlsx_style import (
    COUNT_FORMAT,
    TEXT_FORMAT,
    SheetCursor,
    describe_workbook,
    print_on_a4,
    save_workbook,
)
from desmigratif_desktop.services.recap import FIGURE_NAMES, Recap, RecapFigures

SHEET_NAME = "Rekapitulasi"
NAME_COLUMNS = ("No", "Kode desa", "Kecamatan", "Desa")
FIGURE_HEADERS = (
    "Rumah tangga PMI",
    "Calon PMI",
    "PMI di luar negeri",
    "PMI purna",
    "Berangkat (bulan ini)",
    "Pulang (bulan ini)",
    "Kasus baru",
    "Kasus berjalan",
    "Usaha produktif aktif",
    "Anak PMI",
    "Anggota koperasi",
)
assert len(FIGURE_HEADERS) == len(FIGURE_NAMES), "a header per figure"
WIDTHS = (6, 15, 18, 22, *(12 for _ in FIGURE_HEADERS))


def write_recap_xlsx(recap: Recap, out: Path) -> None:
    workbook = Workbook()
    describe_workbook(workbook, recap_title(recap))
    sheet = workbook.active
    sheet.title = SHEET_NAME
    print_on_a4(sheet, landscape=True)
    cursor = SheetCursor(sheet, WIDTHS)
    _head(cursor, recap)
    _table(cursor, recap)
    _notes(cursor, recap)
    save_workbook(workbook, out)


def _head(cursor: SheetCursor, recap: Recap) -> None:
    cursor.title(f"{TITLE_TEXT} {recap.letterhead.regency_name.upper()}")
    running = "" if recap.complete else f" (bulan belum berakhir: keadaan s.d. {long_date(recap.as_of)})"
    cursor.line(f"Periode: {month_name(recap.month)}{running}")
    cursor.line(region_line(recap.letterhead))
    cursor.line(f"Keadaan per {long_date(recap.as_of)}; berangkat, pulang dan kasus baru dalam bulan itu.")
    cursor.skip()


def _table(cursor: SheetCursor, recap: Recap) -> None:
    formats = (None, TEXT_FORMAT, None, None, *(COUNT_FORMAT for _ in FIGURE_NAMES))
    rows = [
        (number, row.village.code, row.village.subdistrict_name, row.village.name, *_figures(row.figures))
        for number, row in enumerate(recap.rows, start=1)
    ]
    header_row = cursor.row
    cursor.table(
        (*NAME_COLUMNS, *FIGURE_HEADERS),
        rows,
        formats,
        total=("Jumlah", None, None, None, *_figures(recap.total)),
    )
    cursor.sheet.freeze_panes = cursor.sheet.cell(row=header_row + 1, column=len(NAME_COLUMNS) + 1)
    if rows:
        last_column = cursor.sheet.cell(row=header_row, column=len(formats)).column_letter
        cursor.sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + len(rows)}"


def _notes(cursor: SheetCursor, recap: Recap) -> None:
    cursor.skip()
    if not recap.rows:
        cursor.note(
            "Belum ada data desa yang diterima Dinas. Data desa sampai ke Dinas melalui sinkronisasi."
        )
    cursor.note(
        "Angka setiap desa sama dengan laporan bulanan desa tersebut, dihitung dari data yang sudah diterima "
        f"Dinas melalui sinkronisasi sampai {long_date(recap.generated_on)}."
    )
    cursor.note(f"Koordinator Desmigratif: {recap.letterhead.officer_name}")


def _figures(figures: RecapFigures) -> tuple[int, ...]:
    return tuple(getattr(figures, name) for name in FIGURE_NAMES)
