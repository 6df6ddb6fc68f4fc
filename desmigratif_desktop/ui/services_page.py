"""Layanan Migrasi (pilar 1): service-centre contacts and socialisation events, each in its own tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.service_contacts import (
    ContactFilter,
    ContactRow,
    contact_rows,
    search_contact_ids,
)
from desmigratif_desktop.services.socialisation import EventRow, event_ids, event_rows
from desmigratif_desktop.ui.contact_dialog import ContactDialog
from desmigratif_desktop.ui.id_table_model import Column, IdTableModel
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.labels import label_of, service_type_choices
from desmigratif_desktop.ui.socialisation_dialog import SocialisationDialog

MIN_SEARCH_CHARS = 2
SEARCH_DELAY_MS = 150


class MigrationServicesPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._types = service_type_choices()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        self.tabs.addTab(self._events_tab(), self.tr("Socialisation"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # -- contacts ---------------------------------------------------------------------------------

    def _contacts_tab(self) -> QWidget:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by name, question or outcome…"))
        self.search_box.setClearButtonEnabled(True)
        self.type_filter = ChoiceBox(self._types, optional=True)
        self.type_filter.setItemText(0, self.tr("All services"))
        self.type_filter.setObjectName("filter_type")
        self.due_only = QCheckBox(self.tr("Follow-up due"))
        self.due_only.setObjectName("due_only")
        self.contact_count = QLabel()
        self.contact_count.setObjectName("count")
        new = QPushButton(self.tr("New contact"))
        new.setObjectName("new_contact")
        new.clicked.connect(self.new_contact)
        columns = [
            Column("contact_date", self.tr("Date"), lambda r: f"{r.contact_date:%d-%m-%Y}", 85),
            Column("name", self.tr("Name"), self._name, 180),
            Column("service_type", self.tr("Service"), lambda r: label_of(self._types, r.service_type), 160),
            Column("outcome", self.tr("Outcome"), lambda r: _one_line(r.outcome), 210),
            Column("follow_up_date", self.tr("Follow-up"), self._follow_up, 130),
        ]
        self.contact_model = IdTableModel(columns, self._contact_rows)
        self.contacts = _table("contacts", self.contact_model)
        self.contacts.doubleClicked.connect(lambda i: self.open_contact(self.contact_model.id_at(i.row())))
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(SEARCH_DELAY_MS)
        timer.timeout.connect(self.reload_contacts)
        self.search_box.textChanged.connect(lambda _t: timer.start())
        self.type_filter.currentIndexChanged.connect(self.reload_contacts)
        self.due_only.toggled.connect(self.reload_contacts)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 2)
        bar.addWidget(self.type_filter, 1)
        bar.addWidget(self.due_only)
        bar.addWidget(self.contact_count)
        bar.addWidget(new)
        return _tab(bar, self.contacts)

    def _contact_rows(self, ids: list[str]) -> dict[str, ContactRow]:
        return contact_rows(self.db, ids, date.today())

    def _name(self, row: ContactRow) -> str:
        return row.name if not row.visitor else self.tr("{name} (visitor)").format(name=row.name)

    def _follow_up(self, row: ContactRow) -> str:
        if row.follow_up_date is None:
            return ""
        shown = f"{row.follow_up_date:%d-%m-%Y}"
        return self.tr("{date} (due)").format(date=shown) if row.follow_up_due else shown

    def reload_contacts(self) -> None:
        text = self.search_box.text().strip()
        ids = search_contact_ids(
            self.db,
            ContactFilter(
                service_type=self.type_filter.code(),
                text=text if len(text) >= MIN_SEARCH_CHARS else "",
                due_only=self.due_only.isChecked(),
                today=date.today(),
            ),
        )
        self.contact_model.set_ids(ids)
        self.contact_count.setText(self.tr("{n} contacts").format(n=format_count(len(ids))))

    def new_contact(self) -> None:
        self.open_contact(None)

    def open_contact(self, contact_id: str | None) -> None:
        dialog = ContactDialog(self.db, contact_id, self)
        dialog.exec()
        if dialog.wrote_anything:  # a case may have been opened even if the dialog was closed
            self.reload()
            self.changed.emit()

    # -- socialisation ----------------------------------------------------------------------------

    def _events_tab(self) -> QWidget:
        self.event_count = QLabel()
        self.event_count.setObjectName("event_count")
        new = QPushButton(self.tr("New event"))
        new.setObjectName("new_event")
        new.clicked.connect(self.new_event)
        columns = [
            Column("event_date", self.tr("Date"), lambda r: f"{r.event_date:%d-%m-%Y}", 85),
            Column("topic", self.tr("Topic"), None, 280),
            Column("place", self.tr("Place"), lambda r: r.place or "", 180),
            Column("male", self.tr("Men"), lambda r: format_count(r.male), 80),
            Column("female", self.tr("Women"), lambda r: format_count(r.female), 80),
            Column("total", self.tr("Total"), lambda r: format_count(r.total), 60),
        ]
        self.event_model = IdTableModel(columns, self._event_rows)
        self.events = _table("events", self.event_model)
        self.events.doubleClicked.connect(lambda i: self.open_event(self.event_model.id_at(i.row())))
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.event_count)
        bar.addWidget(new)
        return _tab(bar, self.events)

    def _event_rows(self, ids: list[str]) -> dict[str, EventRow]:
        return event_rows(self.db, ids)

    def reload_events(self) -> None:
        ids = event_ids(self.db)
        self.event_model.set_ids(ids)
        self.event_count.setText(self.tr("{n} events").format(n=format_count(len(ids))))

    def new_event(self) -> None:
        self.open_event(None)

    def open_event(self, event_id: str | None) -> None:
        dialog = SocialisationDialog(self.db, event_id, self)
        dialog.exec()
        if dialog.wrote_anything:
            self.reload()
            self.changed.emit()

    # -- what the main window calls ---------------------------------------------------------------

    def reload(self) -> None:
        self.reload_contacts()
        self.reload_events()

    def new_item(self) -> None:
        """Ctrl+N: a new contact, the page's everyday record."""
        self.new_contact()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_box.setFocus()


def _table(name: str, model: IdTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    for position, column in enumerate(model.columns):
        table.setColumnWidth(position, column.width)
    return table


def _tab(bar: QHBoxLayout, table: QTableView) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addLayout(bar)
    layout.addWidget(table)
    return tab


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())
