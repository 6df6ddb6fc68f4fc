"""A migration-service contact: who came (a registered person or a visitor), about what, what came of it.

A contact showing signs of a non-procedural departure can open a case from here, in one step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.cases import get_case
from desmigratif_desktop.services.persons import get_person
from desmigratif_desktop.services.service_contacts import (
    ContactInput,
    contact_checks,
    delete_contact,
    get_contact,
    open_case_from_contact,
    record_contact,
    update_contact,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.case_dialog import CaseDialog
from desmigratif_desktop.ui.dialogs import BoxButton, Button, ask
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import (
    case_status_choices,
    label_of,
    reference_choices,
    service_type_choices,
    sex_choices,
)
from desmigratif_desktop.ui.person_picker import PersonPicker

TEXT_HEIGHT = 60


class ContactDialog(FormDialog):
    def __init__(self, db: Database, contact_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, close_button=BoxButton.Close)
        self.db = db
        self.contact_id = contact_id
        self.case_id: str | None = None
        self._has_case = False  # a live case, opened from this contact
        self.resize(620, 700)
        self._build()
        self._load()
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.registered = QRadioButton(self.tr("Registered person"))
        self.registered.setObjectName("who_registered")
        self.visitor = QRadioButton(self.tr("Visitor (not in the register)"))
        self.visitor.setObjectName("who_visitor")
        group = QButtonGroup(self)
        group.addButton(self.registered)
        group.addButton(self.visitor)
        self.registered.setChecked(True)
        who = QWidget()
        who_layout = QHBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.registered)
        who_layout.addWidget(self.visitor)
        who_layout.addStretch()
        self.form.addRow(self.tr("Who came"), who)

        self.person = PersonPicker(self.db)
        self.visitor_name = QLineEdit()
        self.visitor_sex = ChoiceBox(sex_choices(), optional=True)
        self.contact_date = DateField(optional=False)
        self.service_type = ChoiceBox(service_type_choices(), optional=True)
        self.question = _text_box(self.tr("What the person asked or reported"))
        self.outcome = _text_box(self.tr("What was explained, given or arranged"))
        self.follow_up_date = DateField()
        self.follow_up_date.setToolTip(
            self.tr("Clear the date once the follow-up is done, or record the person's next visit.")
        )
        self.signs = QCheckBox(self.tr("Signs of a non-procedural departure"))
        self.notes = QLineEdit()
        self.add_rows(
            [
                ("person_id", self.tr("Person"), self.person),
                ("visitor_name", self.tr("Visitor's name"), self.visitor_name),
                ("visitor_sex", self.tr("Visitor's sex"), self.visitor_sex),
                ("contact_date", self.tr("Date"), self.contact_date),
                ("service_type", self.tr("Service"), self.service_type),
                ("question", self.tr("Question"), self.question),
                ("outcome", self.tr("Outcome"), self.outcome),
                ("follow_up_date", self.tr("Follow up on"), self.follow_up_date),
                ("non_procedural_signs", "", self.signs),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.registered.toggled.connect(self._show_who)
        self.finish(self._case_box())
        self.delete_button = add_delete_button(self, self.tr("Delete contact"))
        self.delete_button.clicked.connect(self.delete)

    def _case_box(self) -> QGroupBox:
        self.case_info = QLabel()
        self.case_info.setObjectName("case_info")
        self.case_info.setWordWrap(True)
        self.open_case_button = QPushButton(self.tr("Open a case"))
        self.open_case_button.setObjectName("open_case")
        self.open_case_button.setToolTip(
            self.tr("Save this contact and open a case of non-procedural departure from it.")
        )
        self.open_case_button.clicked.connect(self.open_case)
        self.show_case_button = QPushButton(self.tr("Show the case"))
        self.show_case_button.setObjectName("show_case")
        self.show_case_button.clicked.connect(self.show_case)
        box = QGroupBox(self.tr("Case"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.case_info)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_case_button)
        buttons.addWidget(self.show_case_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return box

    def _load(self) -> None:
        contact = get_contact(self.db, self.contact_id) if self.contact_id else None
        self.setWindowTitle(self.tr("Service contact") if contact else self.tr("New service contact"))
        if contact is not None:
            if contact.person_id:
                person = get_person(self.db, contact.person_id)
                self.person.set_person(
                    contact.person_id, person.full_name if person else self.tr("(deleted person)")
                )
            else:
                self.visitor.setChecked(True)
                self.visitor_name.setText(contact.visitor_name or "")
                self.visitor_sex.set_code(contact.visitor_sex)
            self.contact_date.set_value(contact.contact_date)
            self.service_type.set_code(contact.service_type)
            self.question.setPlainText(contact.question or "")
            self.outcome.setPlainText(contact.outcome or "")
            self.follow_up_date.set_value(contact.follow_up_date)
            self.signs.setChecked(contact.non_procedural_signs)
            self.notes.setText(contact.notes or "")
            self.case_id = contact.case_id
        self.delete_button.setEnabled(contact is not None)
        self._show_who()
        self._show_case()

    def _show_who(self) -> None:
        registered = self.registered.isChecked()
        self.form.setRowVisible(self.person, registered)
        self.form.setRowVisible(self.visitor_name, not registered)
        self.form.setRowVisible(self.visitor_sex, not registered)
        self.validate()

    def _show_case(self) -> None:
        """Which case this contact opened; a deleted case counts as none."""
        case = get_case(self.db, self.case_id) if self.case_id else None
        if case is None:
            self.case_info.setText(self.tr("No case has been opened from this contact."))
        else:
            types = dict(reference_choices(self.db, lookups.CASE_TYPE))
            self.case_info.setText(
                self.tr("Case opened: {type}, reported on {date}, status: {status}.").format(
                    type=types.get(case.case_type, case.case_type),
                    date=f"{case.reported_date:%d-%m-%Y}",
                    status=label_of(case_status_choices(), case.status),
                )
            )
        self._has_case = case is not None
        self.show_case_button.setEnabled(self._has_case)
        self.signs.setEnabled(not self._has_case)  # a contact that opened a case keeps its signs
        self.validate()

    def validate(self) -> list[Problem]:
        """A case is opened from a contact that can be saved, and only once."""
        problems = super().validate()
        self.open_case_button.setEnabled(not self._has_case and self.save_button.isEnabled())
        return problems

    def input(self) -> ContactInput:
        registered = self.registered.isChecked()
        return ContactInput(
            contact_date=self.contact_date.value(),
            service_type=self.service_type.code(),
            person_id=self.person.person_id if registered else None,
            visitor_name=None if registered else self.visitor_name.text(),
            visitor_sex=None if registered else self.visitor_sex.code(),
            question=self.question.toPlainText(),
            outcome=self.outcome.toPlainText(),
            follow_up_date=self.follow_up_date.value(),
            non_procedural_signs=self.signs.isChecked(),
            notes=self.notes.text(),
        )

    def problems(self) -> list[Problem]:
        return contact_checks(self.input())[0].problems

    def save(self) -> None:
        if self._save_contact():
            self.accept()

    def _save_contact(self) -> bool:
        if any(p.is_error for p in self.validate()):
            return False

        def write() -> None:
            if self.contact_id is None:
                self.contact_id = record_contact(self.db, self.input()).id
            else:
                update_contact(self.db, self.contact_id, self.input())

        if not self.write(write):
            return False
        self.mark_saved()
        self.setWindowTitle(self.tr("Service contact"))
        self.delete_button.setEnabled(True)
        return True

    def open_case(self) -> None:
        """Save what is typed, then open the case; the dialog stays open to show which case it is."""
        if not self._save_contact():
            return
        contact_id = self.contact_id
        assert contact_id is not None
        if self.write(lambda: setattr(self, "case_id", open_case_from_contact(self.db, contact_id).id)):
            self.signs.setChecked(True)
            self.mark_saved()
        self._show_case()

    def show_case(self) -> None:
        if self.case_id is not None:
            dialog = CaseDialog(self.db, self.case_id, self)
            dialog.exec()
            self.wrote_anything |= dialog.wrote_anything
            self._show_case()

    def delete(self) -> None:
        if self.contact_id is None:
            return
        answer = ask(
            self,
            self.tr("Delete contact"),
            self.tr(
                "Delete this contact? A case opened from it stays on the Cases page.\n"
                "The district office is told with the next sync."
            ),
        )
        contact_id = self.contact_id
        if answer == Button.Yes and self.write(lambda: delete_contact(self.db, contact_id)):
            self.discard()


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setMaximumHeight(TEXT_HEIGHT)
    return box


def add_delete_button(dialog: FormDialog, text: str) -> QPushButton:
    """Delete sits on the left, away from Save; the form keeps its height and the space goes below it."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.removeWidget(dialog.buttons)
    layout.addStretch()
    button = QPushButton(text)
    button.setObjectName("delete")
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(dialog.buttons, 1)
    layout.addLayout(row)
    return button
