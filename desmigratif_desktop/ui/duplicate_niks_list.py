"""NIK ganda: at the district office, the NIKs registered in more than one village, person by person.

A double-click opens the person's household, where the district can ask that village for a correction.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.duplicate_niks import DuplicateNik, duplicate_niks

GROUP_FILL = QColor("#f1f4f8")  # every other NIK shaded, so each NIK's people read as one group


class DuplicateNiksList(QWidget):
    open_household = Signal(str, str)  # household id, person id

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.found: list[DuplicateNik] = []
        self._ids: list[tuple[str, str]] = []  # (household id, person id) of each table row
        self.summary = QLabel()
        self.summary.setObjectName("duplicates_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("duplicate_niks")
        self.table.setHorizontalHeaderLabels(
            [self.tr("NIK"), self.tr("Name"), self.tr("Village"), self.tr("KK number")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 220, 180)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self.found = duplicate_niks(self.db)
        self._ids = []
        rows = [(duplicate, holder) for duplicate in self.found for holder in duplicate.holders]
        self.table.setRowCount(len(rows))
        group = -1
        last_nik = None
        for row, (duplicate, holder) in enumerate(rows):
            if duplicate.nik != last_nik:
                group, last_nik = group + 1, duplicate.nik
            values = (duplicate.nik, holder.full_name, holder.village_name, holder.kk_number)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if group % 2:
                    item.setBackground(QBrush(GROUP_FILL))
                self.table.setItem(row, column, item)
            self._ids.append((holder.household_id, holder.person_id))
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        if not self.found:
            return self.tr("No NIK is registered in more than one village.")
        return self.tr(
            "NIKs registered in more than one village: {n}. Double-click a person to open the "
            "household and ask the village for a correction."
        ).format(n=format_count(len(self.found)))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.open_household.emit(*self._ids[row])
