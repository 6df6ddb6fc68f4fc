"""The cooperative's own details on the Koperasi page: checked as the officer types, saved in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.cooperative import Cooperative
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.services.cooperative import CooperativeInput, cooperative_checks, save_cooperative
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.field_messages import FieldMessages
from desmigratif_desktop.ui.inputs import DateField


class ProfileForm(QWidget):
    """The cooperative's own details, checked as the officer types; saving creates or updates it."""

    saved = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._shown: CooperativeInput | None = None
        self.messages = FieldMessages()
        self.name = QLineEdit()
        self.legal_number = QLineEdit()
        self.legal_number.setPlaceholderText(self.tr("e.g. AHU-0001234.AH.01.26.TAHUN 2019"))
        self.founding_date = DateField()
        self.address = QLineEdit()
        self.chairperson = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        form = QFormLayout()
        for field_name, label, widget in [
            ("name", self.tr("Name of the cooperative"), self.name),
            ("legal_number", self.tr("Legal entity number"), self.legal_number),
            ("founding_date", self.tr("Founded on"), self.founding_date),
            ("address", self.tr("Address"), self.address),
            ("chairperson", self.tr("Chairperson"), self.chairperson),
            ("notes", self.tr("Notes"), self.notes),
        ]:
            widget.setObjectName(field_name)
            form.addRow(label, widget)
            form.addRow("", self.messages.label_for(field_name, self))
        for line in (self.name, self.legal_number, self.address, self.chairperson, self.notes):
            line.textChanged.connect(self.validate)
        self.founding_date.value_changed.connect(self.validate)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_cooperative")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("profile_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()
        self.validate()

    def input(self) -> CooperativeInput:
        return CooperativeInput(
            name=self.name.text(),
            legal_number=self.legal_number.text(),
            founding_date=self.founding_date.value(),
            address=self.address.text(),
            chairperson=self.chairperson.text(),
            notes=self.notes.toPlainText(),
        )

    def show_cooperative(self, cooperative: Cooperative | None) -> None:
        """Fill the form from the database, unless the officer has typed something not saved yet."""
        if self._shown is not None and self.input() != self._shown:
            return
        shown = cooperative or Cooperative(name="", village_code="")
        self.name.setText(shown.name)
        self.legal_number.setText(shown.legal_number or "")
        self.founding_date.set_value(shown.founding_date)
        self.address.setText(shown.address or "")
        self.chairperson.setText(shown.chairperson or "")
        self.notes.setPlainText(shown.notes or "")
        self._shown = self.input()
        self.validate()

    def validate(self) -> list[Problem]:
        problems = cooperative_checks(self.input())[0].problems
        typed = self.founding_date.problem()
        if typed:
            problems = [p for p in problems if p.field != "founding_date"]
            problems.append(Problem("founding_date", "format", typed))
        self.messages.show(problems)
        self.save_button.setEnabled(not any(p.is_error for p in problems))
        self.status.clear()
        return problems

    def save(self) -> None:
        if any(p.is_error for p in self.validate()):
            return
        try:
            save_cooperative(self.db, self.input())
        except ValidationError as error:
            self.messages.show(error.problems)
            return
        except KnownError as error:
            show_error(self, error)
            return
        self._shown = self.input()
        self.saved.emit()
        self.status.setText(self.tr("Saved."))
