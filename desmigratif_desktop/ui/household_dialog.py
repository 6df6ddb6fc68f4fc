"""The household editor: the family card's details, its members, and each member's placements.

Above them, the district office's verification (`review_panel.py`): shown at a village once the district
has reviewed the household, and at the district office with its "Verify" and "Ask for a correction…".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Person, Placement
from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.households import (
    HouseholdInput,
    create_household,
    delete_household,
    get_household,
    household_checks,
    update_household,
)
from desmigratif_desktop.services.persons import delete_person, household_members
from desmigratif_desktop.services.placements import person_placements
from desmigratif_desktop.services.villages import is_district
from desmigratif_desktop.ui import report_actions
from desmigratif_desktop.ui.dialogs import Button, ask, save_shortcut
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.field_messages import FieldMessages
from desmigratif_desktop.ui.labels import label_of, migration_status_choices, reference_choices
from desmigratif_desktop.ui.person_dialog import PersonDialog
from desmigratif_desktop.ui.placement_dialog import PlacementDialog, ReturnDialog
from desmigratif_desktop.ui.review_panel import ReviewPanel

HOUSEHOLD_FIELDS = ("kk_number", "address", "dusun", "rt", "rw", "phone", "notes")


class HouseholdDialog(QDialog):
    changed = Signal()  # something was saved: lists and the dashboard should refresh
    open_person = Signal(str)

    def __init__(self, db: Database, household_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.household_id = household_id
        self.messages = FieldMessages()
        self._members: list[Person] = []
        self._placements: list[Placement] = []
        self.resize(900, 720)
        self._build()
        self._load()
        save_shortcut(self, self.save, self.save_button)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.fields = {name: QLineEdit() for name in HOUSEHOLD_FIELDS}
        self.fields["kk_number"].setPlaceholderText(self.tr("16 digits"))
        titles = {
            "kk_number": self.tr("Family card number (KK)"),
            "address": self.tr("Address"),
            "dusun": self.tr("Hamlet (dusun)"),
            "rt": self.tr("RT"),
            "rw": self.tr("RW"),
            "phone": self.tr("Phone"),
            "notes": self.tr("Notes"),
        }
        form = QFormLayout()
        for name, line in self.fields.items():
            line.setObjectName(name)
            line.textChanged.connect(self._validate)
            form.addRow(titles[name], line)
            form.addRow("", self.messages.label_for(name, self))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete household"))
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self.delete)
        self.print_button = QPushButton(self.tr("Print profile"))
        self.print_button.setObjectName("print_profile")
        self.print_button.clicked.connect(self.print_profile)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        details = QGroupBox(self.tr("Household"))
        details.setLayout(form)
        self.review_panel = ReviewPanel(self.db, is_district(self.db), self._ready_for_review, self)
        self.review_panel.reviewed.connect(self.changed)
        # any save (members and placements too) may make a review one "before the last change"
        self.changed.connect(lambda: self.review_panel.show_household(self.household_id))

        layout = QVBoxLayout(self)
        layout.addWidget(self.review_panel)
        layout.addWidget(details)
        layout.addWidget(self._members_box(), 3)
        layout.addWidget(self._placements_box(), 2)
        layout.addLayout(buttons)

    def _members_box(self) -> QGroupBox:
        self.members_table = _table(
            [self.tr("Name"), self.tr("NIK"), self.tr("Relationship"), self.tr("Migration status")]
        )
        self.members_table.setObjectName("members")
        self.members_table.itemSelectionChanged.connect(self._show_placements)
        self.members_table.doubleClicked.connect(lambda _i: self.edit_member())
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button = QPushButton(self.tr("Edit member"))
        self.edit_member_button.clicked.connect(self.edit_member)
        self.remove_member_button = QPushButton(self.tr("Remove member"))
        self.remove_member_button.clicked.connect(self.remove_member)
        return _box(
            self.tr("Members"),
            self.members_table,
            [self.add_member_button, self.edit_member_button, self.remove_member_button],
        )

    def _placements_box(self) -> QGroupBox:
        self.placements_table = _table(
            [
                self.tr("Country"),
                self.tr("Sector"),
                self.tr("Departed"),
                self.tr("Returned"),
                self.tr("Procedural"),
            ]
        )
        self.placements_table.setObjectName("placements")
        self.placements_table.doubleClicked.connect(lambda _i: self.edit_placement())
        self.add_placement_button = QPushButton(self.tr("Add departure"))
        self.add_placement_button.setObjectName("add_placement")
        self.add_placement_button.clicked.connect(self.add_placement)
        self.return_button = QPushButton(self.tr("Record return"))
        self.return_button.setObjectName("record_return")
        self.return_button.clicked.connect(self.record_return)
        return _box(
            self.tr("Placements of the selected member"),
            self.placements_table,
            [self.add_placement_button, self.return_button],
        )

    # -- data ------------------------------------------------------------------------------------

    def _load(self) -> None:
        household = get_household(self.db, self.household_id) if self.household_id else None
        for name, line in self.fields.items():
            line.setText(str(getattr(household, name) or "") if household else "")
        self._saved_values = self._values()
        self._countries = dict(reference_choices(self.db, lookups.COUNTRY))
        self._sectors = dict(reference_choices(self.db, lookups.SECTOR))
        self._relationships = dict(reference_choices(self.db, lookups.RELATIONSHIP))
        self._refresh_members()
        self._update_title()
        self._validate()

    def _values(self) -> dict[str, str]:
        return {name: line.text() for name, line in self.fields.items()}

    def input(self) -> HouseholdInput:
        return HouseholdInput(**self._values())

    def has_unsaved_changes(self) -> bool:
        return self._values() != self._saved_values

    def _update_title(self) -> None:
        kk = self.fields["kk_number"].text()
        self.setWindowTitle(
            self.tr("Household {kk}").format(kk=kk) if self.household_id else self.tr("New household")
        )
        saved = self.household_id is not None
        for widget in (
            self.add_member_button,
            self.edit_member_button,
            self.remove_member_button,
            self.delete_button,
            self.print_button,
        ):
            widget.setEnabled(saved)
        self._show_placements()
        self.review_panel.show_household(self.household_id)

    def _validate(self) -> None:
        checks, _ = household_checks(self.input())
        self.messages.show(checks.problems)
        self.save_button.setEnabled(not checks.errors)

    def save(self) -> bool:
        try:
            if self.household_id is None:
                self.household_id = create_household(self.db, self.input()).id
            else:
                update_household(self.db, self.household_id, self.input())
        except ValidationError as error:
            self.messages.show(error.problems)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        self._saved_values = self._values()
        self._update_title()
        self.changed.emit()
        return True

    def print_profile(self) -> None:
        """The profile prints what is saved: changes on screen are saved first, or nothing prints."""
        if self.household_id is None:
            return
        if self.has_unsaved_changes():
            question = self.tr("The household has changes that are not saved. Save them and print?")
            if ask(self, self.tr("Print profile"), question) != Button.Yes or not self.save():
                return
        report_actions.print_household(self, self.db, self.household_id, self._saved_values["kk_number"])

    def _ready_for_review(self) -> bool:
        """A review covers what is saved: changes on screen are saved first, or nothing is reviewed."""
        if not self.has_unsaved_changes():
            return True
        question = self.tr("The household has changes that are not saved. Save them first?")
        return ask(self, self.tr("Unsaved changes"), question) == Button.Yes and self.save()

    def delete(self) -> None:
        if self.household_id is None:
            return
        answer = ask(
            self,
            self.tr("Delete household"),
            self.tr(
                "Delete this household with all its members and their placements?\n"
                "It disappears from the lists; the district office is told with the next sync."
            ),
        )
        if answer != Button.Yes:
            return
        try:
            delete_household(self.db, self.household_id)
        except KnownError as error:
            show_error(self, error)
            return
        self.changed.emit()
        self._saved_values = self._values()
        self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_close():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        """Unsaved changes are never lost silently: save, discard, or stay."""
        if not self.has_unsaved_changes():
            return True
        answer = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("The household has changes that are not saved. Save them?"),
            Button.Save | Button.Discard | Button.Cancel,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # -- members and placements ------------------------------------------------------------------

    def _refresh_members(self, select_id: str | None = None) -> None:
        self._members = household_members(self.db, self.household_id) if self.household_id else []
        statuses = migration_status_choices()
        _fill(
            self.members_table,
            [
                [
                    m.full_name,
                    m.nik,
                    self._relationships.get(m.relationship, m.relationship),
                    label_of(statuses, m.migration_status),
                ]
                for m in self._members
            ],
        )
        ids = [m.id for m in self._members]
        if select_id in ids:
            self.members_table.selectRow(ids.index(select_id))
        self._show_placements()

    def select_member(self, person_id: str) -> None:
        ids = [m.id for m in self._members]
        if person_id in ids:
            self.members_table.selectRow(ids.index(person_id))

    def selected_member(self) -> Person | None:
        rows = self.members_table.selectionModel().selectedRows()
        return self._members[rows[0].row()] if rows else None

    def _show_placements(self) -> None:
        member = self.selected_member()
        self._placements = person_placements(self.db, member.id) if member else []
        _fill(
            self.placements_table,
            [
                [
                    self._countries.get(p.destination_country, p.destination_country),
                    self._sectors.get(p.sector, p.sector),
                    f"{p.departure_date:%d-%m-%Y}",
                    f"{p.return_date:%d-%m-%Y}" if p.return_date else "",
                    self.tr("Yes") if p.procedural else self.tr("No"),
                ]
                for p in self._placements
            ],
        )
        self.add_placement_button.setEnabled(member is not None)
        self.return_button.setEnabled(any(p.return_date is None for p in self._placements))

    def add_member(self) -> None:
        self._open_member_dialog(None)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._open_member_dialog(member)

    def _open_member_dialog(self, member: Person | None) -> None:
        assert self.household_id is not None
        dialog = PersonDialog(self.db, self.household_id, member, self)
        dialog.open_person.connect(self.open_person)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh_members(dialog.saved_id)
            self.changed.emit()

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = ask(
            self,
            self.tr("Remove member"),
            self.tr("Remove {name} and their placements from this household?").format(name=member.full_name),
        )
        if answer != Button.Yes:
            return
        try:
            delete_person(self.db, member.id)
        except KnownError as error:
            show_error(self, error)
            return
        self._refresh_members()
        self.changed.emit()

    def add_placement(self) -> None:
        member = self.selected_member()
        if member is not None and PlacementDialog(self.db, member.id, None, self).exec():
            self._after_placement_change(member.id)

    def edit_placement(self) -> None:
        member = self.selected_member()
        rows = self.placements_table.selectionModel().selectedRows()
        if member is None or not rows:
            return
        if PlacementDialog(self.db, member.id, self._placements[rows[0].row()], self).exec():
            self._after_placement_change(member.id)

    def record_return(self) -> None:
        member = self.selected_member()
        open_stays = [p for p in self._placements if p.return_date is None]
        if member is not None and open_stays and ReturnDialog(self.db, open_stays[0], self).exec():
            self._after_placement_change(member.id)

    def _after_placement_change(self, member_id: str) -> None:
        self._refresh_members(member_id)  # the member's migration status follows the placements
        self.changed.emit()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _box(title: str, table: QTableWidget, buttons: list[QPushButton]) -> QGroupBox:
    box = QGroupBox(title)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    layout.addLayout(row)
    return box
