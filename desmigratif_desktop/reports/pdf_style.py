"""What every printed document shares: A4, the letterhead (kop surat), styles, tables, "Halaman X dari Y".

Built-in PDF fonts (Helvetica): nothing to bundle or download, and every PDF viewer has them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.months import long_date
from desmigratif_desktop.reports.output import report_file
from desmigratif_desktop.services.monthly_figures import Letterhead

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 1.8 * cm
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#222222")
HEADER_FILL = colors.HexColor("#e4e9ee")
ZEBRA_FILL = colors.HexColor("#f6f7f9")
ACCENT = colors.HexColor("#2b6cb0")  # charts: departures, the main series
ACCENT_2 = colors.HexColor("#c05621")  # charts: returns, the second series

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=MUTED)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
TITLE = ParagraphStyle(
    "title", parent=BODY, fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=2
)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=10, leading=13, alignment=TA_CENTER)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName=BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4
)
SUBHEADING = ParagraphStyle(
    "subheading", parent=BODY, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3
)
KOP_LINE = ParagraphStyle("kop", parent=BODY, fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
KOP_SMALL = ParagraphStyle("kop_small", parent=BODY, fontSize=8.5, leading=11, alignment=TA_CENTER)
RUNNING = ParagraphStyle("running", parent=SUBTITLE, fontName="Helvetica-Oblique", textColor=ACCENT_2)
NOTE = ParagraphStyle("note", parent=SMALL, fontName="Helvetica-Oblique", spaceBefore=3)
SIGNATURE = ParagraphStyle("signature", parent=BODY, alignment=TA_CENTER)
COLUMN_GAP = 14  # points between two tables set side by side


def text(value: object) -> str:
    """Escape a value for a Paragraph: names like "Warung <Bu Siti> & Anak" must print as typed."""
    raw = "" if value is None else str(value)
    return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text(value), style)


# -- the letterhead ------------------------------------------------------------------------------


def government_of(letterhead: Letterhead) -> str:
    """ "PEMERINTAH KABUPATEN BREBES" (a kota: "PEMERINTAH KOTA SEMARANG")."""
    return f"PEMERINTAH {letterhead.regency_name.upper()}"


def letterhead_flowables(letterhead: Letterhead, width: float) -> list[Flowable]:
    """The kop surat: the government, the office, its address, and the double rule under them."""
    if letterhead.district:
        office = ["DINAS TENAGA KERJA"]
    else:
        office = [
            f"KECAMATAN {letterhead.subdistrict_name.upper()}",
            f"DESA {letterhead.village_name.upper()}",
        ]
    lines: list[Flowable] = [Paragraph(text(line), KOP_LINE) for line in (government_of(letterhead), *office)]
    contact = ", ".join(
        part
        for part in (
            letterhead.address,
            f"Telp. {letterhead.phone}" if letterhead.phone else None,
            f"Provinsi {letterhead.province_name}",
        )
        if part
    )
    lines.append(Paragraph(text(contact), KOP_SMALL))
    lines.append(Spacer(1, 3))
    lines.append(HRFlowable(width=width, thickness=2, color=RULE, spaceBefore=0, spaceAfter=1.2))
    lines.append(HRFlowable(width=width, thickness=0.6, color=RULE, spaceBefore=0, spaceAfter=8))
    return lines


def region_line(letterhead: Letterhead) -> str:
    """Where the figures come from, in one line under a title."""
    if letterhead.district:
        return f"{letterhead.regency_name}, Provinsi {letterhead.province_name}"
    return (
        f"Desa {letterhead.village_name}, Kecamatan {letterhead.subdistrict_name}, "
        f"{letterhead.regency_name}, Provinsi {letterhead.province_name}"
    )


# -- tables --------------------------------------------------------------------------------------


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    right_columns: Sequence[int] = (),
    total_row: bool = False,
    zebra: bool = True,
    split_in_row: bool = False,
) -> Table:
    """A ruled table: shaded header (repeated on a new page), numbers right-aligned, optional total row."""
    table = Table(
        list(rows),
        colWidths=list(col_widths),
        repeatRows=header_rows,
        hAlign="LEFT",
        splitInRow=int(split_in_row),
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if zebra:
        for index in range(header_rows + 1, len(rows) - (1 if total_row else 0), 2):
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA_FILL))
    if total_row:
        commands.append(("FONT", (0, -1), (-1, -1), BOLD, 8.5))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE))
    table.setStyle(TableStyle(commands))
    return table


def side_by_side(
    left: Flowable | Sequence[Flowable],
    right: Flowable | Sequence[Flowable],
    width: float,
    *,
    left_share: float = 0.5,
    gap: float = COLUMN_GAP,
) -> Table:
    """Two columns of flowables, tops aligned: e.g. two short tables that would waste a line each alone."""
    left_width = (width - gap) * left_share
    right_width = width - gap - left_width
    table = Table(
        [[_as_list(left), "", _as_list(right)]], colWidths=[left_width, gap, right_width], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _as_list(content: Flowable | Sequence[Flowable]) -> list[Flowable]:
    return [content] if isinstance(content, Flowable) else list(content)


# -- signatures ----------------------------------------------------------------------------------

DOTTED_NAME = "(" + "." * 40 + ")"
SIGNING_SPACE = 52  # points left blank for the pen (and a stamp)


@dataclass(frozen=True)
class Signatory:
    """One signature column: lines above the signing space, then the name (dotted when unknown)."""

    lines: Sequence[str]
    name: str | None = None


def signature_block(left: Signatory | None, right: Signatory, width: float) -> KeepTogether:
    """The signatures as Indonesian letters place them: the one who acknowledges left, the author right.

    Kept together so a page break never separates a name from its title.
    """
    return KeepTogether(signature_flowables(left, right, width))


def signature_flowables(left: Signatory | None, right: Signatory, width: float) -> list[Flowable]:
    """The same signatures, to keep together with what precedes them (a KeepTogether inside another
    one reports an endless height to reportlab, which then always starts a new page)."""
    column = width / 2
    cells = [_signature_column(left) if left else [], _signature_column(right)]
    table = Table([cells], colWidths=[column, column], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 14), table]


def _signature_column(signatory: Signatory) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(text(line), SIGNATURE) for line in signatory.lines]
    flowables.append(Spacer(1, SIGNING_SPACE))
    if signatory.name and signatory.name.strip():
        flowables.append(Paragraph(f"<b><u>{text(signatory.name.strip())}</u></b>", SIGNATURE))
    else:
        flowables.append(Paragraph(DOTTED_NAME, SIGNATURE))
    return flowables


# -- pages ---------------------------------------------------------------------------------------


class NumberedCanvas(Canvas):
    """Draws "Halaman X dari Y" once the page count is known (pages are kept until the end)."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN, MARGIN / 2, f"Halaman {self._pageNumber} dari {total}")
        if self.footer_text:
            self.drawString(MARGIN, MARGIN / 2, self.footer_text)
        self.restoreState()


def footer_for(title: str, printed_on: date) -> str:
    return f"{title} · dicetak {long_date(printed_on)} · Desmigratif Desktop"


def build_pdf(
    out: Path,
    story: list[Flowable],
    *,
    title: str,
    footer: str,
    pagesize: tuple[float, float] = PORTRAIT,
    author: str = "",
) -> None:
    """Lay `story` out on numbered pages and write it to `out` safely (see `output.report_file`)."""

    class _Canvas(NumberedCanvas):
        footer_text = footer

    with report_file(out, ".pdf") as handle:
        document = SimpleDocTemplate(
            handle,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author=author,
            creator="Desmigratif Desktop",
        )
        try:
            document.build(story, canvasmaker=_Canvas)
        except LayoutError as error:  # a cell too large for a page: a bug, but say it plainly
            raise KnownError(
                "Laporan tidak dapat disusun: ada isian yang terlalu panjang untuk satu halaman.",
                "Persingkat catatan yang sangat panjang, lalu buat laporannya lagi.",
            ) from error


def content_width(pagesize: tuple[float, float] = PORTRAIT) -> float:
    return pagesize[0] - 2 * MARGIN
