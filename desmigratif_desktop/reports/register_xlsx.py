"""The register as an Excel workbook for the district office: one sheet "Daftar PMI", streamed.

openpyxl's write-only mode writes each row as it comes, so 15,000 persons cost no more memory than a
few hundred: the rows arrive in chunks from `report_rows.register_lines` and leave at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.months import long_date
from desmigratif_desktop.reports.output import Progress, no_progress, report_file
from desmigratif_desktop.reports.pdf_style import region_line
from desmigratif_desktop.reports.xlsx_style import (
    BOLD_FONT,
    DATE_FORMAT,
    HEADER_BORDER,
    HEADER_FILL,
    NOTE_FONT,
    TEXT_FORMAT,
    TITLE_FONT,
    WRAP,
    as_typed,
    describe_workbook,
    print_on_a4,
)
from desmigratif_desktop.services.monthly_figures import Letterhead
from desmigratif_desktop.services.report_rows import RegisterLine

SHEET_TITLE = "Daftar PMI"
TITLE = "DAFTAR PEKERJA MIGRAN INDONESIA (PMI)"
HEADER_ROW = 6  # rows 1-4: title, region, printed date and count, filter; row 5 blank
EMPTY_NOTE = "Tidak ada PMI yang sesuai untuk didaftar."


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in Excel's character units
    number_format: str | None = None  # None: the value's natural type, no styled cell needed


COLUMNS = (
    Column("No", 6),
    Column("Nama", 28),
    Column("NIK", 19, TEXT_FORMAT),
    Column("Jenis kelamin", 9),
    Column("Tanggal lahir", 12, DATE_FORMAT),
    Column("Umur", 6),
    Column("Nomor KK", 19, TEXT_FORMAT),
    Column("Alamat", 46),  # "Gg. Mawar No. 84, Dusun Tegalsari, RT 006/RW 005"
    Column("Status", 18),
    Column("Negara tujuan", 18),
    Column("Sektor", 32),
    Column("Tanggal berangkat", 12, DATE_FORMAT),
    Column("Tanggal pulang", 12, DATE_FORMAT),
    Column("Prosedural", 11),
    Column("Telepon", 15, TEXT_FORMAT),
)
LAST_COLUMN = get_column_letter(len(COLUMNS))
# Rows and the first two columns (No, Nama) stay in view: scrolling right still shows whose row it is.
FROZEN_AT = f"C{HEADER_ROW + 1}"


def write_register_xlsx(
    chunks: Iterable[list[RegisterLine]],
    total: int,
    letterhead: Letterhead,
    out: Path,
    *,
    printed_on: date,
    filter_description: str | None = None,
    progress: Progress = no_progress,
) -> None:
    """Stream the register into `out` (.xlsx); `total` is the caller's count, for the title and progress."""
    with report_file(out, ".xlsx") as handle:
        workbook = Workbook(write_only=True)
        describe_workbook(workbook, "Daftar PMI")
        sheet = workbook.create_sheet(SHEET_TITLE)
        try:
            _prepare(sheet)
            _write_title(sheet, letterhead, total, printed_on, filter_description)
            written = _write_lines(sheet, chunks, total, progress)
            _finish(sheet, written)
            workbook.save(handle)
        except BaseException:
            _discard_spool(sheet)
            raise


def _prepare(sheet: WriteOnlyWorksheet) -> None:
    """What a streamed sheet writes before its rows: column widths and the frozen panes."""
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = FROZEN_AT
    sheet.row_dimensions[1].height = 20
    sheet.row_dimensions[HEADER_ROW].height = 30  # two lines: "Tanggal / berangkat"
    print_on_a4(sheet, landscape=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _write_title(
    sheet: WriteOnlyWorksheet,
    letterhead: Letterhead,
    total: int,
    printed_on: date,
    filter_description: str | None,
) -> None:
    sheet.append([_styled(sheet, TITLE, font=TITLE_FONT)])
    sheet.append([_styled(sheet, region_line(letterhead))])
    sheet.append([f"Dicetak {long_date(printed_on)}; jumlah {format_count(total)} orang"])
    sheet.append([_styled(sheet, f"Saringan: {filter_description}")] if filter_description else [])
    sheet.append([])
    sheet.append([_header_cell(sheet, column.header) for column in COLUMNS])


def _write_lines(
    sheet: WriteOnlyWorksheet, chunks: Iterable[list[RegisterLine]], total: int, progress: Progress
) -> int:
    written = 0
    progress(0, total)
    for chunk in chunks:
        for line in chunk:
            written += 1
            sheet.append(_row(sheet, written, line))
        progress(written, max(total, written))
    return written


def _finish(sheet: WriteOnlyWorksheet, written: int) -> None:
    """The autofilter covers the header and the rows; an empty list says so below the header."""
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{LAST_COLUMN}{HEADER_ROW + written}"
    if written == 0:
        sheet.append([_styled(sheet, EMPTY_NOTE, font=NOTE_FONT)])


def _row(sheet: WriteOnlyWorksheet, number: int, line: RegisterLine) -> list[Any]:
    values = (
        number,
        line.full_name,
        line.nik,
        line.sex,
        line.birth_date,
        line.age,
        line.kk_number,
        line.address,
        line.status,
        line.country or None,
        line.sector or None,
        line.departure_date,
        line.return_date,
        _yes_no(line.procedural),
        line.phone or None,
    )
    return [
        _styled(sheet, value, number_format=column.number_format)
        if isinstance(value, str) or (column.number_format and value is not None)
        else value
        for column, value in zip(COLUMNS, values, strict=True)
    ]


def _yes_no(value: bool | None) -> str | None:
    if value is None:
        return None
    return "Ya" if value else "Tidak"


def _styled(
    sheet: WriteOnlyWorksheet, value: Any, *, number_format: str | None = None, font: Any = None
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet)
    as_typed(cell, value)
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def _header_cell(sheet: WriteOnlyWorksheet, header: str) -> WriteOnlyCell:
    cell = _styled(sheet, header, font=BOLD_FONT)
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = WRAP
    return cell


def _discard_spool(sheet: WriteOnlyWorksheet) -> None:
    """A failed export must not leave the rows spooled in the system's temporary folder until exit:
    they hold personal data (UU PDP). openpyxl keeps the spool file on the sheet's private writer."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    with contextlib.suppress(Exception):
        sheet.close()  # ends the row stream first, or it later writes into a closed file
    with contextlib.suppress(Exception):
        writer.cleanup()
