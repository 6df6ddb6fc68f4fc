"""Short tables of counts for printed reports: a label column, number columns, and a total row.

Labels are Paragraphs, so a long country or case type wraps inside its cell and a name with "<" or
"&" prints as typed; counts print as 1.234 and sit right-aligned under a right-aligned header.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.reports.pdf_style import (
    CELL,
    CELL_BOLD,
    COLUMN_GAP,
    HEADING,
    SUBHEADING,
    content_width,
    grid_table,
    text,
)
from desmigratif_desktop.services.dashboard import LabelledCount

HALF = (content_width() - COLUMN_GAP) / 2  # one of two tables set side by side on A4 portrait
TOP_ROWS = 8  # rows of a by-country/by-sector table before the tail becomes "Lainnya"
OTHERS = "Lainnya"
NIL = "-"  # what Indonesian tables print where there is nothing to count
HEADER_RIGHT = ParagraphStyle("header_right", parent=CELL_BOLD, alignment=TA_RIGHT)


def heading(number: int, title: str) -> Paragraph:
    return Paragraph(f"{number}. {text(title)}", HEADING)


def subheading(title: str) -> Paragraph:
    return Paragraph(text(title), SUBHEADING)


def counts_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    total: Sequence[object] | None,
    width: float = HALF,
    *,
    label_share: float = 0.72,
) -> Table:
    """The first column labels, the others are numbers (ints printed 1.234, strings such as Rp… as given)."""
    numbers = len(header) - 1
    label_width = width * label_share
    widths = [label_width] + [(width - label_width) / numbers] * numbers
    body = [_row(row, CELL) for row in rows]
    if total is not None:
        body.append(_row(total, CELL_BOLD))
    heads = [Paragraph(text(header[0]), CELL_BOLD)] + [
        Paragraph(text(title), HEADER_RIGHT) for title in header[1:]
    ]
    return grid_table(
        [heads, *body], widths, right_columns=range(1, numbers + 1), total_row=total is not None
    )


def ranked_table(
    title: str,
    counts: Sequence[LabelledCount],
    *,
    count_header: str = "Orang",
    empty: str = "Belum ada data",
    limit: int = TOP_ROWS,
    width: float = HALF,
) -> Table:
    """A by-country or by-sector table: the largest rows, the tail as "Lainnya", and the total."""
    rows: list[list[object]] = [[label, count] for label, count in top_with_rest(counts, limit)]
    return counts_table(
        [title, count_header],
        rows or [[empty, NIL]],
        ["Jumlah", sum(row.count for row in counts)],
        width,
    )


def top_with_rest(counts: Sequence[LabelledCount], limit: int = TOP_ROWS) -> list[tuple[str, int]]:
    """At most `limit` rows: the largest `limit - 1` and the rest summed as "Lainnya".

    A list's own "Lainnya" entry joins the tail, so the table never shows two rows of that name.
    """
    pairs = [(row.label, row.count) for row in counts]
    if len(pairs) <= limit:
        return pairs
    named = [pair for pair in pairs if pair[0] != OTHERS]
    tail = [pair for pair in pairs if pair[0] == OTHERS] + named[limit - 1 :]
    return [*named[: limit - 1], (OTHERS, sum(count for _label, count in tail))]


def _row(values: Sequence[object], style: ParagraphStyle) -> list[str | Paragraph]:
    label, *numbers = values
    return [Paragraph(text(label), style), *(_number(value) for value in numbers)]


def _number(value: object) -> str:
    return format_count(value) if isinstance(value, int) else str(value)
