"""Laporan: make the monthly report or the register (PDF or Excel), then open, print or copy it.

A district office also makes the recapitulation of its villages (PDF or Excel); a village never sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.months import month_name, month_of, months_ending
from desmigratif_desktop.reports import documents
from desmigratif_desktop.reports.output import Progress
from desmigratif_desktop.services.villages import is_district
from desmigratif_desktop.ui import report_actions
from desmigratif_desktop.ui.errors import show_error

MONTHS_TO_CHOOSE = 24  # two years back: late reports get made, older ones are in the folder
COMBO_WIDTH = 340


@dataclass(frozen=True)
class ReportKind:
    key: str
    monthly: bool  # for a chosen month; otherwise the register as it stands today
    suffix: str
    stem: str  # the file name: laporan-bulanan-2026-10.pdf, daftar-pmi-2026-11-23.xlsx


KINDS = (
    ReportKind("monthly_pdf", True, ".pdf", "laporan-bulanan"),
    ReportKind("monthly_xlsx", True, ".xlsx", "tabel-laporan-bulanan"),
    ReportKind("register_pdf", False, ".pdf", "daftar-pmi"),
    ReportKind("register_xlsx", False, ".xlsx", "daftar-pmi"),
)
DISTRICT_KINDS = (
    ReportKind("recap_pdf", True, ".pdf", "rekapitulasi-desa"),
    ReportKind("recap_xlsx", True, ".xlsx", "rekapitulasi-desa"),
)


class ReportsPage(QWidget):
    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self._fixed_today = today  # tests pin the calendar; the app follows the clock
        self.current: Path | None = None  # the report the buttons act on
        self.kinds = (*DISTRICT_KINDS, *KINDS) if is_district(db) else KINDS
        layout = QVBoxLayout(self)
        layout.addWidget(self._make_box())
        layout.addWidget(self._made_box(), 1)
        self._fill_months()
        self._kind_chosen()
        self._show_made()

    def today(self) -> date:
        return self._fixed_today or date.today()

    # -- layout ----------------------------------------------------------------------------------

    def _make_box(self) -> QGroupBox:
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        titles = {
            "monthly_pdf": self.tr("Monthly report (PDF)"),
            "monthly_xlsx": self.tr("Monthly report tables (Excel)"),
            "register_pdf": self.tr("Register of migrant workers (PDF)"),
            "register_xlsx": self.tr("Register of migrant workers (Excel)"),
            "recap_pdf": self.tr("Recapitulation of the villages (PDF)"),
            "recap_xlsx": self.tr("Recapitulation of the villages (Excel)"),
        }
        for kind in self.kinds:
            self.kind.addItem(titles[kind.key], kind.key)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.month = QComboBox()
        self.month.setObjectName("report_month")
        self.about = QLabel()
        self.about.setObjectName("report_about")
        self.about.setWordWrap(True)
        self.about.setMinimumWidth(2 * COMBO_WIDTH)  # a sentence on two lines, not a narrow column
        self.make_button = QPushButton(self.tr("Make report"))
        self.make_button.setObjectName("make_report")
        self.make_button.clicked.connect(self.make)
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addStretch()
        for combo in (self.kind, self.month):
            combo.setMinimumWidth(COMBO_WIDTH)
        box = QGroupBox(self.tr("New report"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Month"), self.month)
        form.addRow("", self.about)
        form.addRow("", row)
        return box

    def _made_box(self) -> QGroupBox:
        self.result = QLabel()
        self.result.setObjectName("report_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.made = QListWidget()
        self.made.setObjectName("made_reports")
        self.made.currentItemChanged.connect(lambda item, _old: self._choose_report(item))
        self.made.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.open_button = self._button("open_report", self.tr("Open"), self.open_current)
        self.print_button = self._button("print_report", self.tr("Print…"), self.print_current)
        self.save_as_button = self._button("save_report_as", self.tr("Save as…"), self.save_current_as)
        folder = self._button("open_folder", self.tr("Open the folder"), self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.save_as_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(folder)
        box = QGroupBox(self.tr("Reports made"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.result)
        layout.addWidget(self.made, 1)
        layout.addLayout(buttons)
        return box

    def _button(self, name: str, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def _fill_months(self) -> None:
        """From this month back; the default is last month, the one a monthly report is due for."""
        this_month = month_of(self.today())
        choices = list(reversed(months_ending(this_month, MONTHS_TO_CHOOSE)))
        if [self.month.itemData(n) for n in range(self.month.count())] == choices:
            return
        chosen = self.month.currentData()
        self.month.clear()
        for month in choices:
            self.month.addItem(month_name(month), month)
        keep = self.month.findData(chosen) if chosen else -1
        self.month.setCurrentIndex(keep if keep >= 0 else min(1, len(choices) - 1))

    def reload(self) -> None:
        """Shown again: the month list follows the calendar, the folder may have changed."""
        self._fill_months()
        self._show_made(self.current)

    # -- making ----------------------------------------------------------------------------------

    def chosen_kind(self) -> ReportKind:
        return next(kind for kind in self.kinds if kind.key == self.kind.currentData())

    def _kind_chosen(self) -> None:
        kind = self.chosen_kind()
        self.month.setEnabled(kind.monthly)
        about = {
            "monthly_pdf": self.tr(
                "The report to the district office for the chosen month, ready to sign: the register, "
                "the four pillars and the cases."
            ),
            "monthly_xlsx": self.tr(
                "The tables of the monthly report as a workbook, for the district office."
            ),
            "register_pdf": self.tr(
                "Every prospective, current and returned migrant worker as of today (the month is not used)."
            ),
            "register_xlsx": self.tr(
                "Every prospective, current and returned migrant worker as of today, as a workbook."
            ),
            "recap_pdf": self.tr(
                "One row per village for the chosen month, with the total: households, migrant workers, "
                "departures and returns, cases, businesses, children and cooperative members."
            ),
            "recap_xlsx": self.tr("The recapitulation of the villages as a workbook."),
        }
        self.about.setText(about[kind.key])

    def target_for(self, kind: ReportKind) -> Path:
        folder = report_actions.reports_folder(self.db)
        if kind.monthly:
            return folder / f"{kind.stem}-{self.month.currentData()}{kind.suffix}"
        return folder / report_actions.dated_name(kind.stem, kind.suffix, self.today())

    def make(self) -> None:
        kind, month, today = self.chosen_kind(), self.month.currentData(), self._fixed_today
        out = self.target_for(kind)
        makers: dict[str, Callable[[Progress], Path]] = {
            "monthly_pdf": lambda p: documents.monthly_report(self.db, month, out, today, progress=p),
            "monthly_xlsx": lambda p: documents.monthly_spreadsheet(self.db, month, out, today, progress=p),
            "register_pdf": lambda p: documents.register_report(self.db, out, today=today, progress=p),
            "register_xlsx": lambda p: documents.register_spreadsheet(self.db, out, today=today, progress=p),
            "recap_pdf": lambda p: documents.recap_report(self.db, month, out, today, progress=p),
            "recap_xlsx": lambda p: documents.recap_spreadsheet(self.db, month, out, today, progress=p),
        }
        self.result.setText(self.tr("Making {name}…").format(name=out.name))
        self.make_button.setEnabled(False)
        report_actions.make_report(
            self, self.tr("Making the report…"), makers[kind.key], self._made, self._not_made
        )

    def _made(self, path: Path) -> None:
        self.make_button.setEnabled(True)
        self._show_made(path)
        self.result.setText(self.tr("The report was saved to {path}").format(path=path))

    def _not_made(self) -> None:
        self.make_button.setEnabled(True)
        self.result.setText(self.tr("The report was not made."))

    # -- the reports made ------------------------------------------------------------------------

    def _show_made(self, select: Path | None = None) -> None:
        self.made.blockSignals(True)
        self.made.clear()
        for path in report_actions.made_reports(report_actions.reports_folder(self.db)):
            when = datetime.fromtimestamp(path.stat().st_mtime)
            item = QListWidgetItem(f"{path.name}    ({when:%d-%m-%Y %H:%M})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.made.addItem(item)
            if select is not None and path == select:
                self.made.setCurrentItem(item)
        if self.made.currentItem() is None and self.made.count():
            self.made.setCurrentRow(0)  # the newest, so Open and Print act on something at once
        self.made.blockSignals(False)
        self._choose_report(self.made.currentItem())
        nothing_yet = self.tr("No reports made yet. They will be kept in {folder}").format(
            folder=report_actions.reports_folder(self.db)
        )
        if self.made.count() == 0:
            self.result.setText(nothing_yet)
        elif self.result.text() == nothing_yet:  # a report was made elsewhere (a print button)
            self.result.clear()

    def _choose_report(self, item: QListWidgetItem | None) -> None:
        self.current = Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        for button in (self.open_button, self.save_as_button):
            button.setEnabled(self.current is not None)
        self.print_button.setEnabled(self.current is not None and self.current.suffix.lower() == ".pdf")

    def open_current(self) -> None:
        if self.current is not None:
            report_actions.open_report(self, self.current)

    def print_current(self) -> None:
        if self.current is not None:
            report_actions.print_with_dialog(self, self.current)

    def save_current_as(self, target: Path | None = None) -> None:
        if self.current is not None:
            report_actions.save_copy_as(self, self.current, target)

    def open_folder(self) -> None:
        folder = report_actions.reports_folder(self.db)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            show_error(self, error)
            return
        report_actions.open_report(self, folder)
