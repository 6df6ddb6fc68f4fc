"""Community Parenting: the children of migrant workers (from the register) and the parenting sessions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.parenting import ChildRow, child_rows
from desmigratif_desktop.services.parenting_sessions import SessionRow, session_rows
from desmigratif_desktop.ui.child_dialog import ChildDialog
from desmigratif_desktop.ui.id_table_model import Column, IdTableModel
from desmigratif_desktop.ui.labels import label_of, reference_choices, sex_short_choices
from desmigratif_desktop.ui.parenting_session_dialog import SessionDialog

MIN_SEARCH_CHARS = 2
SEARCH_DELAY_MS = 150


class ParentingPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._countries = dict(reference_choices(db, lookups.COUNTRY))
        self._children: dict[str, ChildRow] = {}
        self._sessions: list[SessionRow] = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._children_tab(), self.tr("Children"))
        self.tabs.addTab(self._sessions_tab(), self.tr("Sessions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # -- children ---------------------------------------------------------------------------------

    def _children_tab(self) -> QWidget:
        note = QLabel(
            self.tr(
                "Children are taken from the household register: everyone under 18 whose father or mother "
                "is working abroad. To add a child, add them to their household under Migrant households. "
                "Double-click a child to record who cares for them and their school."
            )
        )
        note.setObjectName("register_note")
        note.setWordWrap(True)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by the child's name…"))
        self.search_box.setClearButtonEnabled(True)
        self.children_count = QLabel()
        self.children_count.setObjectName("children_count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload_children)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.children_model = IdTableModel(
            self._child_columns(), lambda ids: {i: self._children[i] for i in ids}
        )
        self.children_model.sort_requested.connect(self._sort_children)
        self._sort: tuple[str, bool] = ("full_name", False)
        self.children_table = _table_view(self.children_model)
        self.children_table.setObjectName("children")
        self.children_table.doubleClicked.connect(
            lambda index: self.open_child(self.children_model.id_at(index.row()))
        )
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 2)
        bar.addWidget(self.children_count, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addLayout(bar)
        layout.addWidget(self.children_table)
        return tab

    def _child_columns(self) -> list[Column]:
        sexes = sex_short_choices()
        return [
            Column("full_name", self.tr("Name"), lambda r: r.full_name, width=190),
            Column("age", self.tr("Age"), lambda r: str(r.age), width=55),
            Column("sex", self.tr("Sex"), lambda r: label_of(sexes, r.sex), width=55),
            Column("parent_names", self.tr("Parent abroad"), lambda r: r.parent_names, width=170),
            Column("country", self.tr("Country"), self._country_text, width=150),
            Column("caregiver", self.tr("Caregiver"), _caregiver_text, width=190),
            Column("school", self.tr("School"), _school_text, width=220),
        ]

    def _country_text(self, row: ChildRow) -> str:
        return ", ".join(self._countries.get(code, code) for code in row.countries)

    def reload_children(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()
        rows = child_rows(self.db, date.today(), text if len(text) >= MIN_SEARCH_CHARS else "")
        self._children = {row.person_id: row for row in rows}
        self._show_children()
        with_profile = sum(1 for row in rows if row.profile_id)
        self.children_count.setText(
            self.tr("{n} children, {m} with a profile").format(
                n=format_count(len(rows)), m=format_count(with_profile)
            )
        )

    def _sort_children(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._show_children()

    def _show_children(self) -> None:
        """Sorted here: a village has hundreds of children, not the register's hundred thousand persons."""
        key, descending = self._sort
        column = next(c for c in self.children_model.columns if c.key == key)
        assert column.render is not None

        def sort_key(row: ChildRow) -> tuple[Any, str]:
            value: Any = row.age if key == "age" else column.render(row).casefold()  # type: ignore[misc]
            return value, row.full_name.casefold()

        rows = sorted(self._children.values(), key=sort_key, reverse=descending)  # empty ones last:
        empty = {row.person_id for row in rows if key != "age" and not sort_key(row)[0]}
        ids = [row.person_id for row in rows if row.person_id not in empty]
        self.children_model.set_ids(ids + [row.person_id for row in rows if row.person_id in empty])

    def open_child(self, person_id: str) -> None:
        dialog = ChildDialog(self.db, person_id, self)
        dialog.exec()
        if dialog.wrote_anything:
            self.reload_children()
            self.changed.emit()

    # -- sessions ---------------------------------------------------------------------------------

    def _sessions_tab(self) -> QWidget:
        new = QPushButton(self.tr("New session"))
        new.setObjectName("new_session")
        new.clicked.connect(self.new_session)
        self.sessions_count = QLabel()
        self.sessions_count.setObjectName("sessions_count")
        self.sessions_table = QTableWidget(0, 5)
        self.sessions_table.setObjectName("sessions")
        self.sessions_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Topic"),
                self.tr("Facilitator"),
                self.tr("Children"),
                self.tr("Caregivers"),
            ]
        )
        self.sessions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions_table.verticalHeader().hide()
        self.sessions_table.verticalHeader().setDefaultSectionSize(
            self.sessions_table.fontMetrics().height() + 8
        )
        self.sessions_table.setWordWrap(False)
        self.sessions_table.doubleClicked.connect(
            lambda index: self.open_session(self._sessions[index.row()].id)
        )
        bar = QHBoxLayout()
        bar.addWidget(self.sessions_count)
        bar.addStretch()
        bar.addWidget(new)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.sessions_table)
        return tab

    def reload_sessions(self) -> None:
        self._sessions = session_rows(self.db)
        table = self.sessions_table
        table.setRowCount(len(self._sessions))
        for r, row in enumerate(self._sessions):
            values = [
                f"{row.session_date:%d-%m-%Y}",
                row.topic,
                row.facilitator or "",
                format_count(row.children),
                format_count(row.caregivers),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the topic
        self.sessions_count.setText(self.tr("{n} sessions").format(n=format_count(len(self._sessions))))

    def new_session(self) -> None:
        self.open_session(None)

    def open_session(self, session_id: str | None) -> None:
        dialog = SessionDialog(self.db, session_id, self)
        dialog.exec()
        if dialog.wrote_anything:
            self.reload()
            self.changed.emit()

    # -- the main window's interface ----------------------------------------------------------------

    def reload(self) -> None:
        self.reload_children()
        self.reload_sessions()

    def new_item(self) -> None:  # Ctrl+N
        self.tabs.setCurrentIndex(1)
        self.new_session()

    def focus_search(self) -> None:  # Ctrl+F
        self.tabs.setCurrentIndex(0)
        self.search_box.setFocus()
        self.search_box.selectAll()


def _table_view(model: IdTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    for position, column in enumerate(model.columns):
        table.setColumnWidth(position, column.width)
    return table


def _caregiver_text(row: ChildRow) -> str:
    if not row.caregiver:
        return ""
    relation = row.caregiver_relationship
    if not relation or row.caregiver.casefold().startswith(relation.casefold()):  # "Nenek Suci", not twice
        return row.caregiver
    return f"{row.caregiver} ({relation})"


def _school_text(row: Any) -> str:
    return ", ".join(part for part in (row.school, row.school_grade) if part)
