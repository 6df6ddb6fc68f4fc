"""A member of the village cooperative: a person of the register, or another person named here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QRadioButton, QWidget

from desmigratif_desktop.data.cooperative import CooperativeMember
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.cooperative import get_cooperative
from desmigratif_desktop.services.cooperative_members import (
    MemberInput,
    add_member,
    delete_member,
    get_member,
    member_checks,
    suggest_member_number,
    update_member,
)
from desmigratif_desktop.services.persons import get_person
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import Button, ask
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import sex_choices
from desmigratif_desktop.ui.person_picker import PersonPicker


class MemberDialog(FormDialog):
    def __init__(self, db: Database, member_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.member_id = member_id
        cooperative = get_cooperative(db)
        self._founding_date = cooperative.founding_date if cooperative else None
        self.setMinimumWidth(560)
        self._build()
        member = get_member(db, member_id) if member_id else None
        self.setWindowTitle(self.tr("Cooperative member") if member else self.tr("Add member"))
        if member is not None:
            self._fill(member)
        else:
            self.member_number.setText(suggest_member_number(db))
        self._show_mode()
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.from_register = QRadioButton(self.tr("From the register"))
        self.from_register.setObjectName("from_register")
        self.from_register.setChecked(True)
        self.other_person = QRadioButton(self.tr("Other person"))
        self.other_person.setObjectName("other_person")
        modes = QWidget()
        mode_layout = QHBoxLayout(modes)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.addWidget(self.from_register)
        mode_layout.addWidget(self.other_person)
        mode_layout.addStretch()
        self.form.addRow(self.tr("Member is"), modes)
        self.from_register.toggled.connect(self._show_mode)
        self.person = PersonPicker(self.db)
        self.name = QLineEdit()
        self.sex = ChoiceBox(sex_choices(), optional=True)
        self.member_number = QLineEdit()
        self.joined_date = DateField(optional=False)
        self.left_date = DateField()
        self.left_date.setToolTip(self.tr("Leave empty while the person is a member."))
        self.add_rows(
            [
                ("person_id", self.tr("Person"), self.person),
                ("name", self.tr("Name"), self.name),
                ("sex", self.tr("Sex"), self.sex),
                ("member_number", self.tr("Member number"), self.member_number),
                ("joined_date", self.tr("Joined on"), self.joined_date),
                ("left_date", self.tr("Left on"), self.left_date),
            ]
        )
        self.delete_button = QPushButton(self.tr("Delete member"))
        self.delete_button.setObjectName("delete_member")
        self.delete_button.clicked.connect(self.delete)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(self.member_id is not None)  # after addButton, which shows it
        self.finish()

    def _fill(self, member: CooperativeMember) -> None:
        if member.person_id:
            in_register = get_person(self.db, member.person_id) is not None
            suffix = "" if in_register else " " + self.tr("(no longer in the register)")
            self.person.set_person(member.person_id, member.name + suffix)
        else:
            self.other_person.setChecked(True)
        self.name.setText(member.name)
        self.sex.set_code(member.sex)
        self.member_number.setText(member.member_number or "")
        self.joined_date.set_value(member.joined_date)
        self.left_date.set_value(member.left_date)

    def _show_mode(self) -> None:
        registered = self.from_register.isChecked()
        self.form.setRowVisible(self.person, registered)
        self.form.setRowVisible(self.name, not registered)
        self.form.setRowVisible(self.sex, not registered)
        self.validate()
        self.adjustSize()

    def input(self) -> MemberInput:
        registered = self.from_register.isChecked()
        return MemberInput(
            joined_date=self.joined_date.value(),
            person_id=self.person.person_id if registered else None,
            name=None if registered else self.name.text(),
            sex=None if registered else self.sex.code(),
            member_number=self.member_number.text(),
            left_date=self.left_date.value(),
            from_register=registered,
        )

    def problems(self) -> list[Problem]:
        return member_checks(self.input(), self._founding_date)[0].problems

    def save(self) -> None:
        def write() -> None:
            if self.member_id is None:
                self.member_id = add_member(self.db, self.input()).id
            else:
                update_member(self.db, self.member_id, self.input())

        if self.write(write):
            self.mark_saved()
            self.accept()

    def delete(self) -> None:
        question = self.tr(
            "Delete this membership? Use “Left on” instead when the person left the cooperative."
        )
        if self.member_id is None or ask(self, self.windowTitle(), question) != Button.Yes:
            return
        member_id = self.member_id
        if self.write(lambda: delete_member(self.db, member_id)):
            self.discard()
