"""Kasus: the list of cases and complaints, with a filter by status and a search."""

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
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.cases import CaseRow, case_rows
from desmigratif_desktop.ui.case_dialog import CaseDialog
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.labels import case_status_choices, label_of, reference_choices


class CasesPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._rows: list[CaseRow] = []
        self._types = dict(reference_choices(db, lookups.CASE_TYPE))
        self._statuses = case_status_choices()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by name or description…"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = ChoiceBox(self._statuses, optional=True)
        self.status_filter.setItemText(0, self.tr("All statuses"))
        self.status_filter.setObjectName("filter_status")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        new = QPushButton(self.tr("New case"))
        new.setObjectName("new_case")
        new.clicked.connect(self.new_case)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("cases")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reported"),
                self.tr("Type"),
                self.tr("Person"),
                self.tr("Status"),
                self.tr("Follow-ups"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_case(self._rows[index.row()].id))
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _t: timer.start())
        self.status_filter.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 2)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self._rows = case_rows(self.db, self.status_filter.code(), self.search_box.text())
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            values = [
                f"{row.reported_date:%d-%m-%Y}",
                self._types.get(row.case_type, row.case_type),
                row.person_name or "",
                label_of(self._statuses, row.status),
                str(row.actions),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("{n} cases").format(n=format_count(len(self._rows))))

    def new_case(self) -> None:
        self.open_case(None)

    def new_item(self) -> None:  # Ctrl+N
        self.new_case()

    def open_case(self, case_id: str | None) -> None:
        dialog = CaseDialog(self.db, case_id, self)
        dialog.exec()
        if dialog.wrote_anything:  # a follow-up may have been added even if the dialog was closed
            self.reload()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search_box.setFocus()
