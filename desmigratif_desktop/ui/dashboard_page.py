"""Beranda: the figures an officer and a coordinator ask first, with charts where looking beats reading.

At a district office a village filter narrows every figure to one village ("All villages": the regency).
"""

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
from desmigratif_desktop.formatting import format_count, format_rupiah
from desmigratif_desktop.services.dashboard import DashboardFigures, dashboard_figures
from desmigratif_desktop.services.pillar_figures import PillarFigures
from desmigratif_desktop.services.villages import is_district, villages_present
from desmigratif_desktop.ui.inputs import ChoiceBox

TOP_BARS = 8  # the rest of a long tail would be unreadable bars
LABEL_CHARS = 26  # longer category names are cut by the chart itself, from the left edge


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


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


class PillarBox(QGroupBox):
    """One pillar at a glance: a headline number and a few lines of detail."""

    def __init__(self, title: str, caption: str, name: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}_value")
        self.value.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setObjectName(f"{name}_details")
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        headline = QHBoxLayout()
        headline.addWidget(self.value)
        label = QLabel(caption)
        label.setWordWrap(True)
        headline.addWidget(label, 1)
        layout.addLayout(headline)
        layout.addWidget(self.details)

    def show_figures(self, value: int, details: list[str]) -> None:
        self.value.setText(format_count(value))
        self.details.setText("\n".join(details))


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
        self.pillars = {
            "services": PillarBox(
                self.tr("Migration services"), self.tr("contacts this month"), "pillar_services"
            ),
            "businesses": PillarBox(
                self.tr("Productive businesses"), self.tr("active businesses"), "pillar_businesses"
            ),
            "parenting": PillarBox(
                self.tr("Community parenting"), self.tr("children of migrant workers"), "pillar_parenting"
            ),
            "cooperative": PillarBox(self.tr("Cooperative"), self.tr("members"), "pillar_cooperative"),
        }
        pillars = QHBoxLayout()
        for box in self.pillars.values():
            pillars.addWidget(box, 1)
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
        self.village: ChoiceBox | None = None
        if is_district(db):
            layout.addLayout(self._village_bar())
        layout.addLayout(tiles)
        layout.addLayout(pillars)
        layout.addLayout(grid, 1)

    def _village_bar(self) -> QHBoxLayout:
        self.village = ChoiceBox(self._villages(), optional=True)
        self.village.setObjectName("dashboard_village")
        self.village.setItemText(0, self.tr("All villages"))
        self.village.setMinimumWidth(260)
        self.village.currentIndexChanged.connect(lambda _i: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Village")))
        bar.addWidget(self.village)
        bar.addStretch()
        return bar

    def _villages(self) -> list[tuple[str, str]]:
        return [(village.code, village.label) for village in villages_present(self.db)]

    def reload(self) -> None:
        village = None
        if self.village is not None:
            self.village.replace_choices(self._villages())  # villages whose data arrived since
            village = self.village.code()
        figures = dashboard_figures(self.db, village_code=village)
        self.figures = figures
        for key, tile in self.tiles.items():
            tile.value.setText(format_count(getattr(figures, key)))
        self._show_pillars(figures.pillars)
        _replace_chart(self.country_chart, self._bars(figures.by_country))
        _replace_chart(self.sector_chart, self._bars(figures.by_sector))
        _replace_chart(self.monthly_chart, self._monthly(figures.monthly))
        self.recent.clear()
        for change in figures.recent_changes:
            when = change[0].astimezone()  # stored in UTC; the officer reads local time
            self.recent.addItem(f"{when:%d-%m-%Y %H:%M}  {change[3]}")

    def _show_pillars(self, p: PillarFigures) -> None:
        last_month = self._month_label(p.last_month)
        self.pillars["services"].show_figures(
            p.contacts_this_month,
            [
                self.tr("{n} follow-ups due").format(n=format_count(p.follow_ups_due)),
                self.tr("{n} people at socialisation events this year").format(
                    n=format_count(p.socialisation_attendees_this_year)
                ),
            ],
        )
        self.pillars["businesses"].show_figures(
            p.businesses_active,
            [
                self.tr("{n} workers employed").format(n=format_count(p.workers_employed)),
                self.tr("Turnover {month}: {amount}").format(
                    month=last_month, amount=format_rupiah(p.turnover_last_month)
                ),
            ],
        )
        self.pillars["parenting"].show_figures(
            p.children,
            [
                self.tr("{n} with a care profile").format(n=format_count(p.children_with_profile)),
                self.tr("{sessions} sessions this year, {children} children reached").format(
                    sessions=format_count(p.parenting_sessions_this_year),
                    children=format_count(p.children_reached_this_year),
                ),
            ],
        )
        self.pillars["cooperative"].show_figures(
            p.cooperative_members,
            [
                self.tr("Savings: {amount}").format(amount=format_rupiah(p.savings_total)),
                self.tr("Loans outstanding: {amount}").format(amount=format_rupiah(p.loans_outstanding)),
            ],
        )

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
        categories.append([_short(label) for _, label, _ in shown] or [""])
        categories.setTruncateLabels(False)  # "..." says nothing; a narrower plot still reads
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
    chart.setMargins(QMargins(14, 4, 12, 4))  # room for the edge labels (long sector names on the left)
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
    view.setMinimumHeight(160)  # the whole Beranda must fit a 1366×768 laptop screen
    return view


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box
