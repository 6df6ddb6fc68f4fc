"""A productive business: its details on the left, its turnover and support history on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import BusinessStatus
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.business_money import MonthSpan
from desmigratif_desktop.services.businesses import (
    BusinessInput,
    OwnerFacts,
    business_checks,
    create_business,
    delete_business,
    get_business,
    owner_facts_of,
    recorded_months,
    update_business,
)
from desmigratif_desktop.services.choices import reference_codes
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.business_sections import SupportSection, TurnoverSection
from desmigratif_desktop.ui.dialogs import BoxButton, Button, ask
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import business_status_choices, reference_choices
from desmigratif_desktop.ui.person_picker import PersonPicker

MAX_WORKERS = 9999


class BusinessDialog(FormDialog):
    def __init__(self, db: Database, business_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, close_button=BoxButton.Close)
        self.db = db
        self.business_id = business_id
        self._codes = reference_codes(db)
        self._owner: OwnerFacts | None = None
        self._recorded: MonthSpan | None = None
        self.resize(1120, 700)
        self._build()
        self._load()
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.owner = PersonPicker(self.db)
        self.owner.chosen.connect(self._owner_chosen)
        self.sector = ChoiceBox(reference_choices(self.db, lookups.BUSINESS_SECTOR), optional=True)
        self.products = QLineEdit()
        self.products.setPlaceholderText(self.tr("e.g. salted eggs, fried shallots"))
        self.start_date = DateField()
        self.workers = QSpinBox()
        self.workers.setRange(0, MAX_WORKERS)
        self.workers.valueChanged.connect(lambda _n: self.validate())
        self.status = ChoiceBox(business_status_choices())
        self.status.currentIndexChanged.connect(self._status_changed)
        self.stopped_date = DateField()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QLineEdit()
        self.add_rows(
            [
                ("name", self.tr("Business name"), self.name),
                ("owner_person_id", self.tr("Owner"), self.owner),
                ("sector", self.tr("Business sector"), self.sector),
                ("products", self.tr("Products"), self.products),
                ("start_date", self.tr("Started on"), self.start_date),
                ("workers", self.tr("Workers (besides the owner)"), self.workers),
                ("status", self.tr("Status"), self.status),
                ("stopped_date", self.tr("Stopped on"), self.stopped_date),
                ("address", self.tr("Address"), self.address),
                ("phone", self.tr("Phone"), self.phone),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.turnover = TurnoverSection(self.db, self.ensure_saved, self._dates)
        self.support = SupportSection(self.db, self.ensure_saved)
        for section in (self.turnover, self.support):
            section.changed.connect(self._history_written)
        self.delete_button = QPushButton(self.tr("Delete business"))
        self.delete_button.setObjectName("delete_business")
        self.delete_button.clicked.connect(self.delete)
        self._lay_out()

    def _lay_out(self) -> None:
        """Two columns instead of `finish()`: the whole business fits on a 1366×768 laptop screen."""
        details = QVBoxLayout()
        details.addLayout(self.form)
        details.addStretch()  # spare height below the fields, not inside the owner picker
        history = QVBoxLayout()
        history.addWidget(self.turnover, 3)
        history.addWidget(self.support, 2)
        columns = QHBoxLayout()
        columns.addLayout(details, 4)
        columns.addLayout(history, 5)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(bottom)

    def _load(self) -> None:
        business = get_business(self.db, self.business_id) if self.business_id else None
        if business is not None:
            self.name.setText(business.name)
            self._owner = owner_facts_of(self.db, business.owner_person_id)
            owner_name = self._owner.full_name if self._owner else self.tr("(deleted person)")
            self.owner.set_person(business.owner_person_id, owner_name)
            self.sector.set_code(business.sector)
            self.products.setText(business.products or "")
            self.start_date.set_value(business.start_date)
            self.workers.setValue(business.workers)
            self.status.set_code(business.status)
            self.stopped_date.set_value(business.stopped_date)
            self.address.setText(business.address or "")
            self.phone.setText(business.phone or "")
            self.notes.setText(business.notes or "")
        self._status_changed()
        self._show_history()

    def _show_history(self) -> None:
        self._show_saved_state()
        self.turnover.show_business(self.business_id)
        self.support.show_business(self.business_id)

    def _show_saved_state(self) -> None:
        self._recorded = recorded_months(self.db, self.business_id)
        self.setWindowTitle(self.tr("Business") if self.business_id else self.tr("New business"))
        self.delete_button.setVisible(self.business_id is not None)

    def business_input(self) -> BusinessInput:
        return BusinessInput(
            name=self.name.text(),
            sector=self.sector.code() or "",
            owner_person_id=self.owner.person_id,
            start_date=self.start_date.value(),
            workers=self.workers.value(),
            products=self.products.text(),
            status=self.status.code() or "",
            stopped_date=self.stopped_date.value(),
            address=self.address.text(),
            phone=self.phone.text(),
            notes=self.notes.text(),
        )

    def input(self) -> tuple[BusinessInput, str, str]:
        """The business and any history typed but not yet added: closing asks before losing either."""
        return self.business_input(), self.turnover.pending(), self.support.pending()

    def mark_saved(self) -> None:
        """Saved means the business is stored and nothing typed below waits to be added."""
        self._saved_input = (self.business_input(), "", "")

    def problems(self) -> list[Problem]:
        checks, _row = business_checks(self.business_input(), self._codes, None, self._owner, self._recorded)
        return checks.problems

    def _dates(self) -> dict[str, Any]:
        stopped = self.status.code() == BusinessStatus.STOPPED
        return {
            "start_date": self.start_date.value(),
            "stopped_date": self.stopped_date.value() if stopped else None,
        }

    def _owner_chosen(self) -> None:
        self._owner = owner_facts_of(self.db, self.owner.person_id)
        self.validate()

    def _status_changed(self) -> None:
        self.stopped_date.setEnabled(self.status.code() == BusinessStatus.STOPPED)
        self.turnover.validate()

    def validate(self) -> list[Problem]:
        problems = super().validate()
        if hasattr(self, "turnover"):  # the sections check months against the dates typed above
            self.turnover.validate()
        return problems

    def ensure_saved(self) -> str | None:
        """Before history is added: a new or changed business is saved first; None if refused."""
        if self.business_id is not None and self.business_input() == self._saved_input[0]:
            return self.business_id
        if any(p.is_error for p in self.validate()):
            return None
        data = self.business_input()

        def write() -> None:
            if self.business_id is None:
                self.business_id = create_business(self.db, data).id
            else:
                update_business(self.db, self.business_id, data)

        if not self.write(write):
            return None
        self._saved_input = (data, *self._saved_input[1:])
        self._show_saved_state()  # the section that asked shows its history once it has written
        return self.business_id

    def save(self) -> None:
        if (
            self.ensure_saved() is not None
            and self.turnover.commit_pending()
            and self.support.commit_pending()
        ):
            self.mark_saved()
            self.accept()

    def _history_written(self) -> None:
        self.wrote_anything = True
        self._recorded = recorded_months(self.db, self.business_id)
        self.validate()

    def delete(self) -> None:
        if self.business_id is None:
            return
        question = self.tr(
            "Delete “{name}” with its turnover and support history?\n"
            "It disappears from the lists; the district office is told with the next sync."
        ).format(name=self.name.text().strip())
        if ask(self, self.tr("Delete business"), question) != Button.Yes:
            return
        try:
            delete_business(self.db, self.business_id)
        except KnownError as error:
            show_error(self, error)
            return
        self.wrote_anything = True
        self.discard()
