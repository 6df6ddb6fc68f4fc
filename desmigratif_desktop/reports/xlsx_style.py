"""What every exported workbook shares: number formats, fonts, print setup, and saving it safely.

Number formats use Excel's locale-neutral codes ("#,##0"): Excel draws the group separator of the
reader's locale, so an Indonesian Windows shows 1.234 and Rp1.500.000 (an English one 1,234). Literal
dots in the code ("#.###.###") would misprint every number of another length.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from desmigratif_desktop.reports.output import report_file

COUNT_FORMAT = "#,##0"
RUPIAH_FORMAT = '"Rp"#,##0;-"Rp"#,##0'
DATE_FORMAT = "dd-mm-yyyy"
TEXT_FORMAT = "@"  # NIK, Nomor KK, phone: identifiers, never numbers (16 digits lose their tail)

TITLE_FONT = Font(bold=True, size=13)
HEADING_FONT = Font(bold=True, size=11)
BOLD_FONT = Font(bold=True)
NOTE_FONT = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="E4E9EE")
TOTAL_FILL = PatternFill("solid", fgColor="F3F4F6")
_LINE = Side(style="thin", color="9AA5B1")
HEADER_BORDER = Border(top=_LINE, bottom=_LINE)
TOTAL_BORDER = Border(top=Side(style="thin", color="222222"))
WRAP = Alignment(wrap_text=True, vertical="center")
RIGHT_WRAP = Alignment(wrap_text=True, vertical="center", horizontal="right")

PAGE_FOOTER = "Halaman &P dari &N"  # Excel fills in the page numbers when printing


def as_typed(cell: Cell | WriteOnlyCell, value: Any) -> None:
    """Put `value` in `cell` so that text stays the text the officer typed.

    openpyxl stores a string starting with "=" as a formula and "#N/A" as an error: a name or address
    typed as =HYPERLINK(…) would become a live formula on the district's computer, able to send a
    neighbour's NIK away. Control characters (pasted from elsewhere) are dropped: Excel refuses them.
    """
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value


def print_on_a4(sheet: Worksheet | WriteOnlyWorksheet, *, landscape: bool) -> None:
    """A4, as wide as the page, footer "Halaman X dari Y": the sheet prints like the PDF reports."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = PAGE_FOOTER


def save_workbook(workbook: Workbook, out: Path) -> None:
    """Write through `report_file`: a failure leaves the old file (or none), never half a workbook."""
    with report_file(out, ".xlsx") as handle:
        workbook.save(handle)


def describe_workbook(workbook: Workbook, title: str) -> None:
    """Document properties Excel shows under File > Info."""
    workbook.properties.title = title
    workbook.properties.creator = "Desmigratif Desktop"
    workbook.properties.language = "id-ID"


class SheetCursor:
    """Writes a report sheet top to bottom: titles, headed tables and label/value lists.

    Column A holds labels, the next columns numbers; a table returns its data rows so a chart can
    point at them.
    """

    def __init__(self, sheet: Worksheet, widths: Sequence[float]) -> None:
        self.sheet = sheet
        self.row = 1
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width

    def title(self, text: str) -> None:
        self._put(1, text, font=TITLE_FONT)
        self.sheet.row_dimensions[self.row].height = 20
        self.row += 1

    def line(self, text: str) -> None:
        self._put(1, text)
        self.row += 1

    def note(self, text: str) -> None:
        self._put(1, text, font=NOTE_FONT)
        self.row += 1

    def skip(self) -> None:
        self.row += 1

    def heading(self, text: str) -> None:
        self.row += 1  # a blank row above every heading
        self._put(1, text, font=HEADING_FONT)
        self.row += 1

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        formats: Sequence[str | None],
        total: Sequence[Any] | None = None,
    ) -> tuple[int, int]:
        """A header, the rows (`formats` per column: None for text), an optional bold total row.

        Returns the first and last data row (without the total)."""
        self._header(header, formats)
        first = self.row
        for values in rows:
            self._put_row(values, formats)
        last = self.row - 1
        if total is not None:
            for cell in self._put_row(total, formats):
                cell.font = BOLD_FONT
                cell.fill = TOTAL_FILL
                cell.border = TOTAL_BORDER
        return first, last

    def pairs(self, rows: Sequence[tuple[str, Any, str | None]], header: Sequence[str] = ()) -> None:
        """Label in column A, one value in B with its own number format (counts and rupiah can mix)."""
        if header:
            self._header(header, (None, *(COUNT_FORMAT for _ in header[1:])))
        for label, value, number_format in rows:
            self._put_row((label, value), (None, number_format))

    def _header(self, header: Sequence[str], formats: Sequence[str | None]) -> None:
        """Shaded, wrapped; a number column's title sits right, above its numbers."""
        for column, (text, number_format) in enumerate(zip(header, formats, strict=True), start=1):
            cell = self._put(column, text, font=BOLD_FONT)
            cell.fill = HEADER_FILL
            cell.border = HEADER_BORDER
            cell.alignment = RIGHT_WRAP if number_format else WRAP
        self.row += 1

    def _put_row(self, values: Sequence[Any], formats: Sequence[str | None]) -> list[Cell]:
        cells = [
            self._put(column, value, number_format=number_format)
            for column, (value, number_format) in enumerate(zip(values, formats, strict=True), start=1)
        ]
        self.row += 1
        return cells

    def _put(
        self, column: int, value: Any, *, font: Font | None = None, number_format: str | None = None
    ) -> Cell:
        cell = self.sheet.cell(row=self.row, column=column)
        as_typed(cell, value)
        if font is not None:
            cell.font = font
        if number_format is not None and value is not None:
            cell.number_format = number_format
        return cell


# Labels fit the longest case and business-sector names; B fits a district's Rp15.000.000.000 (Excel shows
# ##### when a number does not fit).
SECTION_WIDTHS = (46, 18, 14, 14)


def counted_rows(counts: Sequence[tuple[str, str, int]]) -> list[tuple[str, int]]:
    """(code, label, count) rows, e.g. LabelledCount, as (label, count) table rows."""
    return [(label, count) for _code, label, count in counts]


def total_of(rows: Sequence[Sequence[Any]], label: str = "Jumlah") -> tuple[Any, ...]:
    """The total row of a table: each number column summed; a column without numbers stays empty."""
    width = max((len(row) for row in rows), default=1)
    totals: list[Any] = [label]
    for column in range(1, width):
        numbers = [row[column] for row in rows if isinstance(row[column], int)]
        totals.append(sum(numbers) if numbers else None)
    return tuple(totals)
