"""Charts for paper (reportlab.graphics, no matplotlib): drawn as vectors, so they print sharp.

Each function returns a `Drawing` that sits in a story like any flowable. A chart with nothing to
show draws a quiet frame saying "Belum ada data" rather than an empty axis that looks broken.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.months import short_month_name
from desmigratif_desktop.reports.pdf_style import ACCENT, ACCENT_2, BOLD, FONT, INK, MUTED
from desmigratif_desktop.services.dashboard import MonthFigures

NO_DATA = "Belum ada data"
GRID = colors.HexColor("#d5dbe1")
FRAME = colors.HexColor("#b8c2cc")
TITLE_SIZE = 8.5
LABEL_SIZE = 7.5
BAR_PITCH = 15  # points per bar of the horizontal chart: room for a label, whatever the count
LABEL_ROOM = 110  # points left of the horizontal bars for the country names


def destinations_chart(rows: Sequence[tuple[str, int]], width: float, title: str) -> Drawing:
    """Horizontal bars, largest on top, each labelled with its count (1.234)."""
    if not any(count for _label, count in rows):
        return no_data_drawing(width, 70, title)
    height = 2 + BAR_PITCH * len(rows) + 18  # the bars, then room for the title above them
    drawing = Drawing(width, height)
    _add_title(drawing, title, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_ROOM, 2
    chart.width = width - LABEL_ROOM - 40  # room right of the longest bar for its value
    chart.height = BAR_PITCH * len(rows)
    # reportlab draws the first category at the bottom: reverse so the largest reads first.
    ordered = list(reversed(rows))
    chart.data = [[count for _label, count in ordered]]
    chart.categoryAxis.categoryNames = [_clip(label, 24) for label, _count in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = FRAME
    chart.categoryAxis.tickLeft = 0
    _integer_axis(chart.valueAxis, max(count for _label, count in rows))
    chart.valueAxis.visible = 0
    chart.valueAxis.visibleGrid = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 5
    chart.barLabelFormat = format_count
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def movements_chart(months: Sequence[MonthFigures], width: float, title: str, height: float = 135) -> Drawing:
    """Departures and returns per month, grouped bars, Indonesian month labels, a legend."""
    if not any(month.departures or month.returns for month in months):
        return no_data_drawing(width, 70, title)
    drawing = Drawing(width, height)
    _add_title(drawing, title, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 22
    chart.width = width - chart.x - 8
    chart.height = height - chart.y - 28
    chart.data = [[m.departures for m in months], [m.returns for m in months]]
    chart.categoryAxis.categoryNames = [short_month_name(m.month) for m in months]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = FRAME
    top = max(max(m.departures, m.returns) for m in months)
    _integer_axis(chart.valueAxis, top)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = format_count
    chart.valueAxis.strokeColor = FRAME
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = ACCENT_2
    chart.bars.strokeColor = None
    chart.groupSpacing = 6
    chart.barSpacing = 1
    drawing.add(chart)
    _legend(drawing, [(ACCENT, "Berangkat"), (ACCENT_2, "Pulang")], right=width, top=height - 3)
    return drawing


def no_data_drawing(width: float, height: float, title: str) -> Drawing:
    """The chart's place, framed, with its title and "Belum ada data": clearly empty, not broken."""
    drawing = Drawing(width, height)
    _add_title(drawing, title, height)
    drawing.add(
        Rect(
            0,
            0,
            width,
            height - 18,
            strokeColor=FRAME,
            strokeWidth=0.6,
            fillColor=None,
            strokeDashArray=[2, 2],
        )
    )
    drawing.add(
        String(
            width / 2,
            (height - 18) / 2 - 3,
            NO_DATA,
            fontName=FONT,
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def _add_title(drawing: Drawing, title: str, height: float) -> None:
    drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=TITLE_SIZE, fillColor=INK))


def _legend(drawing: Drawing, items: list[tuple[colors.Color, str]], right: float, top: float) -> None:
    """Swatches and names in one row, ending at `right`: beside the title, clear of the bars."""
    swatch, gap = 7, 12
    x = right
    for color, name in reversed(items):
        x -= stringWidth(name, FONT, LABEL_SIZE)
        drawing.add(String(x, top - swatch + 1, name, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
        x -= swatch + 3
        drawing.add(Rect(x, top - swatch, swatch, swatch, fillColor=color, strokeColor=None))
        x -= gap


def _integer_axis(axis: object, top: int) -> None:
    """Whole-number ticks (a count of people is never 2,5) with a round top: 0, 5, 10, 15."""
    step = nice_step(top)
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = max(step, math.ceil(top / step) * step)  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]


def nice_step(top: int, ticks: int = 5) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50… that splits 0..top into at most `ticks` steps."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if top <= step * ticks:
                return step
        magnitude *= 10


def _clip(label: str, length: int) -> str:
    return label if len(label) <= length else label[: length - 1].rstrip() + "…"
