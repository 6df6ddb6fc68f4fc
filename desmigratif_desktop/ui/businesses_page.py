"""Usaha Produktif: the businesses of returned workers and migrant families, searchable and filtered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count, format_rupiah
from desmigratif_desktop.months import shown_month
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.business_list import BusinessFilter, BusinessRow, business_rows
from desmigratif_desktop.ui.business_dialog import BusinessDialog
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.labels import business_status_choices, label_of, reference_choices

NUMBER_COLUMNS = (4, 5)  # workers, last turnover: right-aligned


class BusinessesPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._rows: list[BusinessRow] = []
        sectors = reference_choices(db, lookups.BUSINESS_SECTOR)
        self._sectors = dict(sectors)
        self._statuses = business_status_choices()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by business, owner or product…"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = ChoiceBox(self._statuses, optional=True)
        self.status_filter.setItemText(0, self.tr("All statuses"))
        self.status_filter.setObjectName("filter_status")
        self.sector_filter = ChoiceBox(sectors, optional=True)
        self.sector_filter.setItemText(0, self.tr("All sectors"))
        self.sector_filter.setObjectName("filter_sector")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        new = QPushButton(self.tr("New business"))
        new.setObjectName("new_business")
        new.clicked.connect(self.new_item)
        self.table = self._make_table()
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _t: timer.start())
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.sector_filter.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.sector_filter, 2)
        bar.addWidget(self.count_label)
        bar.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _make_table(self) -> QTableWidget:
        headers = [
            self.tr("Business"),
            self.tr("Owner"),
            self.tr("Business sector"),
            self.tr("Status"),
            self.tr("Workers"),
            self.tr("Last turnover"),
        ]
        table = QTableWidget(0, len(headers))
        table.setObjectName("businesses")
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda index: self.open_business(self._rows[index.row()].id))
        return table

    def reload(self) -> None:
        where = BusinessFilter(self.search_box.text(), self.status_filter.code(), self.sector_filter.code())
        self._rows = business_rows(self.db, where)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, value in enumerate(self._cells(row)):
                item = QTableWidgetItem(value)
                if c in NUMBER_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("{n} businesses").format(n=format_count(len(self._rows))))

    def _cells(self, row: BusinessRow) -> list[str]:
        last = ""
        if row.last_month is not None and row.last_amount is not None:
            last = f"{format_rupiah(row.last_amount)} ({shown_month(row.last_month)})"
        return [
            row.name,
            row.owner_name or self.tr("(deleted person)"),
            self._sectors.get(row.sector, row.sector),
            label_of(self._statuses, row.status),
            format_count(row.workers),
            last,
        ]

    def new_item(self) -> None:
        """Ctrl+N on this page: a new business."""
        self.open_business(None)

    def open_business(self, business_id: str | None) -> None:
        dialog = BusinessDialog(self.db, business_id, self)
        dialog.exec()
        if dialog.wrote_anything:  # history may have been added even if the dialog was closed
            self.reload()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search_box.setFocus()
