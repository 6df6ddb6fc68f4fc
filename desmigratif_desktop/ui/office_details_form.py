"""Pengaturan › Data kantor: the names and address the printed reports carry (letterhead, signatures)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.services.office_details import (
    OfficeDetails,
    office_details,
    office_details_checks,
    save_office_details,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.field_messages import FieldMessages


class OfficeDetailsBox(QGroupBox):
    """The officer (both roles) and, for a village, the village head, the office address and phone."""

    saved = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        details, self.has_profile = office_details(db)
        self.setTitle(self.tr("Village details on reports") if self.has_profile else self.tr("Officer"))
        self.messages = FieldMessages()
        self.officer_name = QLineEdit()
        self.village_head_name = QLineEdit()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. Jl. Raya Rengaspendawa No. 1"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0283-123456"))
        rows = [("officer_name", self.tr("Officer's name"), self.officer_name)]
        if self.has_profile:
            rows += [
                ("village_head_name", self.tr("Village head"), self.village_head_name),
                ("address", self.tr("Village office address"), self.address),
                ("phone", self.tr("Village office phone"), self.phone),
            ]
        form = QFormLayout(self)
        if self.has_profile:
            about = self.tr("Printed on the letterhead and under the signatures of every report.")
            form.addRow(QLabel(about))
        for field_name, label, widget in rows:
            widget.setObjectName(field_name)
            widget.textChanged.connect(self.validate)
            form.addRow(label, widget)
            form.addRow("", self.messages.label_for(field_name, self))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_office_details")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("office_details_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self._show(details)

    def details(self) -> OfficeDetails:
        return OfficeDetails(
            officer_name=self.officer_name.text(),
            village_head_name=self.village_head_name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
        )

    def reload(self) -> None:
        """Read again (a restore replaced the data), unless the officer is typing something unsaved."""
        if self.details() == self._shown:
            self._show(office_details(self.db)[0])

    def _show(self, details: OfficeDetails) -> None:
        self.officer_name.setText(details.officer_name)
        self.village_head_name.setText(details.village_head_name or "")
        self.address.setText(details.address or "")
        self.phone.setText(details.phone or "")
        self._shown = self.details()
        self.validate()

    def validate(self) -> list[Problem]:
        problems = office_details_checks(self.details())[0].problems
        self.messages.show(problems)
        self.save_button.setEnabled(not any(p.is_error for p in problems))
        self.status.clear()
        return problems

    def save(self) -> None:
        if any(p.is_error for p in self.validate()):
            return
        try:
            saved = save_office_details(self.db, self.details())
        except ValidationError as error:
            self.messages.show(error.problems)
            return
        except KnownError as error:
            show_error(self, error)
            return
        self._show(saved)  # as stored: the phone in its national form, spaces folded
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
