"""Choose a registered person by typing part of a name or NIK (a village has thousands)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services import register_queries as queries

RESULTS = 30


class PersonPicker(QWidget):
    chosen = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id: str | None = None
        self.search = QLineEdit()
        self.search.setObjectName("person_search")
        self.search.setPlaceholderText(self.tr("Type part of a name or NIK…"))
        self.results = QListWidget()
        self.results.setObjectName("person_results")
        self.results.setMaximumHeight(120)
        self.results.itemClicked.connect(self._choose)
        self.current = QLabel()
        self.current.setObjectName("person_chosen")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.set_person(None, "")

    def set_person(self, person_id: str | None, name: str) -> None:
        self.person_id = person_id
        self.current.setText(name if person_id else self.tr("No person chosen"))

    def _search(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if len(text) < 2:
            return
        ids = queries.search_person_ids(self.db, queries.PersonFilter(text=text))[:RESULTS]
        rows = queries.person_rows(self.db, ids)
        for person_id in ids:
            row = rows[person_id]
            item = QListWidgetItem(f"{row.full_name} — {row.nik} (KK {row.kk_number})")
            item.setData(Qt.ItemDataRole.UserRole, (person_id, row.full_name))
            self.results.addItem(item)

    def _choose(self, item: QListWidgetItem) -> None:
        person_id, name = item.data(Qt.ItemDataRole.UserRole)
        self.set_person(person_id, name)
        self.chosen.emit()
