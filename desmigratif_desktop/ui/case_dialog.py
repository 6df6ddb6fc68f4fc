"""A case or complaint (kasus/pengaduan): who, what, when, its status and follow-up actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.cases import (
    CaseActionInput,
    CaseInput,
    add_case_action,
    case_actions,
    case_checks,
    get_case,
    open_case,
    update_case,
)
from desmigratif_desktop.services.choices import reference_codes
from desmigratif_desktop.services.persons import get_person
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import BoxButton
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import case_status_choices, reference_choices
from desmigratif_desktop.ui.person_picker import PersonPicker


class CaseDialog(FormDialog):
    def __init__(self, db: Database, case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, close_button=BoxButton.Close)
        self.db = db
        self.case_id = case_id
        self._codes = reference_codes(db)
        self.resize(640, 720)
        self._build()
        self._load()
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.case_type = ChoiceBox(reference_choices(self.db, lookups.CASE_TYPE))
        self.person = PersonPicker(self.db)
        self.reported_date = DateField(optional=False)
        self.reporter_name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.status = ChoiceBox(case_status_choices())
        self.resolved_date = DateField()
        self.add_rows(
            [
                ("case_type", self.tr("Type of case"), self.case_type),
                ("person_id", self.tr("Person concerned"), self.person),
                ("reported_date", self.tr("Reported on"), self.reported_date),
                ("reporter_name", self.tr("Reported by"), self.reporter_name),
                ("description", self.tr("What happened"), self.description),
                ("status", self.tr("Status"), self.status),
                ("resolved_date", self.tr("Resolved on"), self.resolved_date),
            ]
        )

        self.actions = QListWidget()
        self.actions.setObjectName("actions")
        self.action_date = DateField(optional=False)
        self.action_text = QLineEdit()
        self.action_text.setObjectName("action_text")
        self.action_text.setPlaceholderText(self.tr("What was done, e.g. reported to BP3MI"))
        self.action_actor = QLineEdit()
        self.action_actor.setPlaceholderText(self.tr("By whom"))
        self.add_action_button = QPushButton(self.tr("Add follow-up"))
        self.add_action_button.setObjectName("add_action")
        self.add_action_button.clicked.connect(self.add_action)
        actions_box = QGroupBox(self.tr("Follow-up actions"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions)
        action_form = QFormLayout()
        action_form.addRow(self.tr("Date"), self.action_date)
        action_form.addRow(self.tr("Action"), self.action_text)
        action_form.addRow(self.tr("By"), self.action_actor)
        actions_layout.addLayout(action_form)
        actions_layout.addWidget(self.add_action_button)

        self.finish(actions_box)

    def _load(self) -> None:
        case = get_case(self.db, self.case_id) if self.case_id else None
        self.setWindowTitle(self.tr("Case") if case else self.tr("New case"))
        if case is not None:
            self.case_type.set_code(case.case_type)
            person = get_person(self.db, case.person_id) if case.person_id else None
            self.person.set_person(
                case.person_id, person.full_name if person else self.tr("(deleted person)")
            )
            self.reported_date.set_value(case.reported_date)
            self.reporter_name.setText(case.reporter_name or "")
            self.description.setPlainText(case.description)
            self.status.set_code(case.status)
            self.resolved_date.set_value(case.resolved_date)
        self._show_actions()

    def _show_actions(self) -> None:
        self.actions.clear()
        for action in case_actions(self.db, self.case_id) if self.case_id else []:
            actor = f" ({action.actor})" if action.actor else ""
            self.actions.addItem(f"{action.action_date:%d-%m-%Y}: {action.description}{actor}")

    def input(self) -> CaseInput:
        return CaseInput(
            case_type=self.case_type.code() or "",
            reported_date=self.reported_date.value(),
            description=self.description.toPlainText(),
            person_id=self.person.person_id,
            reporter_name=self.reporter_name.text(),
            status=self.status.code() or "",
            resolved_date=self.resolved_date.value(),
        )

    def problems(self) -> list[Problem]:
        return case_checks(self.input(), self._codes)[0].problems

    def save(self) -> None:
        def write() -> None:
            if self.case_id is None:
                self.case_id = open_case(self.db, self.input()).id
            else:
                update_case(self.db, self.case_id, self.input())

        if self.write(write) and self._add_pending_action():
            self.mark_saved()
            self.accept()

    def add_action(self) -> None:
        """A follow-up on a case not saved yet saves the case first."""
        if self.case_id is None:
            self.save_case_only()
        if self.case_id is not None and self._add_pending_action():
            self.status.set_code(get_case(self.db, self.case_id).status)  # type: ignore[union-attr]
            self.mark_saved()

    def save_case_only(self) -> None:
        if self.write(lambda: setattr(self, "case_id", open_case(self.db, self.input()).id)):
            self.setWindowTitle(self.tr("Case"))

    def _add_pending_action(self) -> bool:
        """A follow-up typed but not yet added is saved too, never dropped; False if it is refused."""
        if self.case_id is None or not self.action_text.text().strip():
            return True
        follow_up = CaseActionInput(
            self.action_date.value() or date.today(), self.action_text.text(), self.action_actor.text()
        )
        if not self.write(lambda: add_case_action(self.db, self.case_id, follow_up)):  # type: ignore[arg-type]
            return False
        self.action_text.clear()
        self.action_actor.clear()
        self._show_actions()
        return True
