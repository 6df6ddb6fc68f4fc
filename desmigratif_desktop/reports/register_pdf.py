"""The register (daftar PMI) as a PDF: A4 landscape, thousands of rows, the header on every page.

reportlab slows sharply when one Table is split across many pages (each split re-measures the rest),
so the rows are packed into page-sized tables here: every row's height is known before layout
(cells are plain, pre-wrapped strings with a fixed leading), each table fills one page and is
followed by a page break. Nothing is ever split, and time grows linearly with the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.months import long_date
from desmigratif_desktop.reports.output import Progress, no_progress
from desmigratif_desktop.reports.pdf_style import (
    BODY,
    FONT,
    LANDSCAPE,
    MARGIN,
    SMALL,
    SUBTITLE,
    TITLE,
    build_pdf,
    content_width,
    footer_for,
    grid_table,
    letterhead_flowables,
    region_line,
    text,
)
from desmigratif_desktop.services.monthly_figures import Letterhead
from desmigratif_desktop.services.report_rows import RegisterLine

DEFAULT_TITLE = "DAFTAR PEKERJA MIGRAN INDONESIA (PMI)"
FONT_SIZE = 7.5
LEADING = 9.0
PADDING_X = 3.0
PADDING_Y = 2.5
MAX_CELL_LINES = 4  # an address typed as a paragraph still keeps the row a reasonable height
FRAME_PADDING = 6.0  # SimpleDocTemplate's frame pads its content by 6 pt on every side
SAFETY = 2.0  # points kept free on every page, so rounding never pushes a row over the edge
ELLIPSIS = "…"
PRIVACY_NOTE = (
    "Daftar ini memuat data pribadi (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). "
    "Simpan di tempat aman dan jangan disebarluaskan."
)
NOTE = ParagraphStyle("register_note", parent=SMALL, alignment=TA_CENTER, spaceBefore=3)
EMPTY_STYLE = ParagraphStyle("register_empty", parent=BODY, alignment=TA_CENTER, spaceBefore=24)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    right: bool = False
    wraps: bool = True  # False: the values fit by construction (numbers, dates), no need to measure


def register_columns(width: float) -> list[Column]:
    """The columns; the address takes what the fixed ones leave, so the table is exactly `width` wide."""
    fixed = [
        Column("No", 26, right=True, wraps=False),
        Column("Nama", 98),
        Column("NIK", 74, wraps=False),
        Column("L/P", 20, wraps=False),
        Column("Umur", 26, right=True, wraps=False),
        Column("Nomor KK", 74, wraps=False),
        Column("Alamat", 0),
        Column("Status", 66),
        Column("Negara tujuan", 60),
        Column("Sektor", 78),
        Column("Berangkat", 45, wraps=False),
        Column("Pulang", 45, wraps=False),
    ]
    rest = width - sum(column.width for column in fixed)
    return [replace(c, width=rest) if c.header == "Alamat" else c for c in fixed]


def write_register_pdf(
    chunks: Iterable[list[RegisterLine]],
    total: int,
    letterhead: Letterhead,
    out: Path,
    *,
    printed_on: date,
    title: str = DEFAULT_TITLE,
    filter_description: str | None = None,
    progress: Progress = no_progress,
) -> None:
    """Lay the register out, one page-sized table at a time, and write it to `out` safely.

    Progress counts rows: reading and wrapping them is the first half of the work, drawing the pages
    the second (measured: about 40 % and 60 % of the time), so the bar moves steadily from 0 to total.
    """
    width = content_width(LANDSCAPE) - 2 * FRAME_PADDING
    columns = register_columns(width)
    lines = _lines(chunks, lambda read: progress(min(read, total) // 2, total))
    rows = [_cells(number, line, columns) for number, line in enumerate(lines, start=1)]
    count = len(rows)
    total = max(total, count)
    story = _opening(letterhead, title, printed_on, filter_description, count, width)
    if count:
        first_room = _room() - _height_of(story, width)
        halfway = _Halfway(progress, count, total)
        story += _pages(rows, columns, first_room=first_room, progress=halfway)
    else:
        story.append(Paragraph(text(_nobody(filter_description)), EMPTY_STYLE))
    build_pdf(out, story, title=title, footer=footer_for(title, printed_on), pagesize=LANDSCAPE)
    progress(total, total)


def _lines(chunks: Iterable[list[RegisterLine]], read: Callable[[int], None]) -> Iterator[RegisterLine]:
    count = 0
    for chunk in chunks:
        yield from chunk
        count += len(chunk)
        read(count)


@dataclass(frozen=True)
class _Halfway:
    """The second half of the progress: `drawn` of `count` rows laid out."""

    progress: Progress
    count: int
    total: int

    def __call__(self, drawn: int) -> None:
        self.progress((self.count + drawn) * self.total // (2 * self.count), self.total)


def _opening(
    letterhead: Letterhead,
    title: str,
    printed_on: date,
    filter_description: str | None,
    count: int,
    width: float,
) -> list[Flowable]:
    """Page 1's head: the kop surat, the title, where and when, the filter, how many."""
    story: list[Flowable] = [*letterhead_flowables(letterhead, width), Paragraph(text(title), TITLE)]
    story.append(Paragraph(text(region_line(letterhead)), SUBTITLE))
    story.append(Paragraph(text(f"Keadaan per {long_date(printed_on)}"), SUBTITLE))
    if filter_description:
        story.append(Paragraph(text(f"Saringan: {filter_description}"), SUBTITLE))
    story.append(Paragraph(text(f"Jumlah: {format_count(count)} orang"), SUBTITLE))
    if count:  # on page 1, so the note never needs a page of its own
        story.append(Paragraph(text(PRIVACY_NOTE), NOTE))
    story.append(Spacer(1, 8))
    return story


def _nobody(filter_description: str | None) -> str:
    if filter_description:
        return "Tidak ada orang yang sesuai dengan saringan ini."
    return "Belum ada calon PMI, PMI, atau PMI purna yang tercatat di register."


# -- rows and pages ------------------------------------------------------------------------------

Row = tuple[list[str], float]  # the cells (pre-wrapped strings) and the row's height


def _cells(number: int, line: RegisterLine, columns: Sequence[Column]) -> Row:
    values = [
        format_count(number),
        line.full_name,
        line.nik,
        line.sex,
        str(line.age),
        line.kk_number,
        line.address,
        line.status,
        line.country or "-",
        line.sector or "-",
        _day(line.departure_date),
        _day(line.return_date),
    ]
    cells = [
        _wrap(value, column.width - 2 * PADDING_X) if column.wraps else value
        for value, column in zip(values, columns, strict=True)
    ]
    lines = max(cell.count("\n") + 1 for cell in cells)
    return cells, _row_height(lines)


def _day(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else "-"


def _row_height(lines: int) -> float:
    return lines * LEADING + 2 * PADDING_Y


@lru_cache(maxsize=4096)  # statuses, countries, sectors and many names repeat on every page
def _wrap(value: str, width: float) -> str:
    """The value broken into lines that fit `width` (a word longer than the cell is cut), at most
    MAX_CELL_LINES, the last one ending in an ellipsis when some text had to go."""
    lines: list[str] = []
    for line in simpleSplit(value, FONT, FONT_SIZE, width) or [""]:
        lines += _cut_long(line, width)
    if len(lines) > MAX_CELL_LINES:
        lines = lines[:MAX_CELL_LINES]
        lines[-1] = _with_ellipsis(lines[-1], width)
    return "\n".join(lines)


def _cut_long(line: str, width: float) -> list[str]:
    pieces: list[str] = []
    while stringWidth(line, FONT, FONT_SIZE) > width and len(line) > 1:
        cut = len(line) - 1
        while cut > 1 and stringWidth(line[:cut], FONT, FONT_SIZE) > width:
            cut -= 1
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def _with_ellipsis(line: str, width: float) -> str:
    while line and stringWidth(line + ELLIPSIS, FONT, FONT_SIZE) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


def _room() -> float:
    """The height a page offers a table (the frame, less its padding and a safety margin)."""
    return LANDSCAPE[1] - 2 * MARGIN - 2 * FRAME_PADDING - SAFETY


def _height_of(story: Sequence[Flowable], width: float) -> float:
    """An upper bound of the height these flowables take (every space counted, none collapsed)."""
    total = 0.0
    for flowable in story:
        _w, height = flowable.wrap(width, _room())
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _pages(
    rows: Sequence[Row], columns: Sequence[Column], *, first_room: float, progress: Callable[[int], None]
) -> list[Any]:
    """One table per page, each with its own header row, each followed by a page break."""
    header = [column.header for column in columns]
    header_height = _row_height(1)
    story: list[Any] = []
    start, room, done = 0, first_room, 0
    while start < len(rows):
        end, used = start, header_height
        # At least one row per page, even if a (capped) row were taller than the room left.
        while end < len(rows) and (end == start or used + rows[end][1] <= room):
            used += rows[end][1]
            end += 1
        if story:
            story.append(PageBreak())
        story.append(_table(header, rows[start:end], columns))
        done += end - start
        story.append(ProgressMark(progress, done))
        start, room = end, _room()
    return story


def _table(header: list[str], rows: Sequence[Row], columns: Sequence[Column]) -> Table:
    data = [header, *(cells for cells, _height in rows)]
    right = [index for index, column in enumerate(columns) if column.right]
    table = grid_table(data, [column.width for column in columns], right_columns=right)
    table.setStyle(
        [
            ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), LEADING),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_X),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_Y),
        ]
    )
    return table


class ProgressMark(Flowable):
    """Takes no room; says how many rows are laid out once the page before it is drawn."""

    _ZEROSIZE = True  # drawn even where a page is full, so it never starts a page of its own

    def __init__(self, progress: Callable[[int], None], done: int) -> None:
        super().__init__()
        self.progress, self.done = progress, done

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.progress(self.done)
