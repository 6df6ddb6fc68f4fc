"""Beranda: the figures an officer and a coordinator ask first, with charts where looking beats reading."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.dashboard import DashboardFigures, dashboard_figures

TOP_BARS = 8  # the rest of a long tail would be unreadable bars


class Tile(QFrame):
    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        self.value.setStyleSheet("font-size: 22pt; font-weight: bold;")
        caption = QLabel(title)
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption)


class DashboardPage(QWidget):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.figures: DashboardFigures | None = None
        self.tiles = {
            "households": Tile(self.tr("Households"), "tile_households"),
            "prospective": Tile(self.tr("Prospective migrant workers"), "tile_prospective"),
            "abroad": Tile(self.tr("Working abroad"), "tile_abroad"),
            "returned": Tile(self.tr("Returned migrant workers"), "tile_returned"),
            "open_cases": Tile(self.tr("Open cases"), "tile_open_cases"),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.country_chart = _chart_view("chart_countries")
        self.sector_chart = _chart_view("chart_sectors")
        self.monthly_chart = _chart_view("chart_monthly")
        self.recent = QListWidget()
        self.recent.setObjectName("recent_changes")
        grid = QGridLayout()
        grid.addWidget(_boxed(self.tr("Abroad now, by destination country"), self.country_chart), 0, 0)
        grid.addWidget(_boxed(self.tr("Abroad now, by job sector"), self.sector_chart), 0, 1)
        grid.addWidget(_boxed(self.tr("Departures and returns, last 12 months"), self.monthly_chart), 1, 0)
        grid.addWidget(_boxed(self.tr("Recent changes"), self.recent), 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    def reload(self) -> None:
        figures = dashboard_figures(self.db)
        self.figures = figures
        for key, tile in self.tiles.items():
            tile.value.setText(format_count(getattr(figures, key)))
        _replace_chart(self.country_chart, self._bars(figures.by_country))
        _replace_chart(self.sector_chart, self._bars(figures.by_sector))
        _replace_chart(self.monthly_chart, self._monthly(figures.monthly))
        self.recent.clear()
        for change in figures.recent_changes:
            when = change[0].astimezone()  # stored in UTC; the officer reads local time
            self.recent.addItem(f"{when:%d-%m-%Y %H:%M}  {change[3]}")

    def _bars(self, counts: list[tuple[str, str, int]]) -> QChart:
        shown = list(reversed(counts[:TOP_BARS]))  # horizontal bars draw bottom-up: largest on top
        values = QBarSet(self.tr("People"))
        values.append([count for _, _, count in shown])
        values.setLabelColor(QColor("#222222"))  # labels sit beside the bars, on white
        series = QHorizontalBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)  # short bars too
        chart = _chart(series)
        categories = QBarCategoryAxis()
        categories.append([label for _, label, _ in shown] or [""])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        axis.setRange(0, max([c for _, _, c in shown], default=1) * 1.25)  # room for the labels
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        chart.legend().hide()
        return chart

    def _monthly(self, monthly: list[tuple[str, int, int]]) -> QChart:
        departures, returns = QBarSet(self.tr("Departures")), QBarSet(self.tr("Returns"))
        departures.append([d for _, d, _ in monthly])
        returns.append([r for _, _, r in monthly])
        series = QBarSeries()
        series.append(departures)
        series.append(returns)
        chart = _chart(series)
        months = QBarCategoryAxis()
        months.append([self._month_label(month) for month, _, _ in monthly])
        months.setLabelsAngle(-90)  # twelve "Des 25" labels fit neither side by side nor slanted at the edges
        months.setTruncateLabels(False)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        axis.setRange(0, max([max(d, r) for _, d, r in monthly], default=1) * 1.15 or 1)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _month_label(self, month: str) -> str:
        year, number = month.split("-")
        names = [
            self.tr("Jan"),
            self.tr("Feb"),
            self.tr("Mar"),
            self.tr("Apr"),
            self.tr("May"),
            self.tr("Jun"),
            self.tr("Jul"),
            self.tr("Aug"),
            self.tr("Sep"),
            self.tr("Oct"),
            self.tr("Nov"),
            self.tr("Dec"),
        ]  # literal calls, so the translation tooling finds every one
        return f"{names[int(number) - 1]} {year[2:]}"


def _chart(series: QBarSeries | QHorizontalBarSeries) -> QChart:
    chart = QChart()
    chart.addSeries(series)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 12, 4))  # room for the edge labels
    return chart


def _replace_chart(view: QChartView, chart: QChart) -> None:
    """setChart does not delete the chart it replaces: without this every reload leaks three."""
    old = view.chart()
    view.setChart(chart)
    old.deleteLater()


def _chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box
