"""Add or edit a household member; problems show next to their fields as the officer types."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.register import Person
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.choices import reference_codes
from desmigratif_desktop.services.persons import (
    PersonInput,
    add_person,
    nik_owner,
    person_checks,
    update_person,
)
from desmigratif_desktop.services.validation import Problem, Severity
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import migration_status_choices, reference_choices, sex_choices


class PersonDialog(FormDialog):
    open_person = Signal(str)  # the officer asked to see the person who already has this NIK

    def __init__(
        self, db: Database, household_id: str, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.household_id = household_id
        self.person_id = person.id if person else None
        self.saved_id: str | None = None
        self._codes = reference_codes(db)
        self._duplicate_id: str | None = None
        self.setWindowTitle(self.tr("Edit member") if person else self.tr("New member"))
        self._build()
        if person is not None:
            self._fill(person)
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.nik = QLineEdit()
        self.nik.setMaxLength(22)
        self.nik.setPlaceholderText(self.tr("16 digits"))
        self.full_name = QLineEdit()
        self.sex = ChoiceBox(sex_choices())
        self.birth_place = QLineEdit()
        self.birth_date = DateField()
        self.relationship = ChoiceBox(reference_choices(self.db, lookups.RELATIONSHIP))
        self.education = ChoiceBox(reference_choices(self.db, lookups.EDUCATION), optional=True)
        self.occupation = QLineEdit()
        self.marital_status = ChoiceBox(reference_choices(self.db, lookups.MARITAL_STATUS), optional=True)
        self.phone = QLineEdit()
        self.migration_status = ChoiceBox(migration_status_choices())
        self.notes = QLineEdit()
        self.add_rows([("nik", self.tr("NIK"), self.nik)])
        self.open_duplicate = QPushButton(self.tr("Open the person with this NIK"))
        self.open_duplicate.hide()
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self.form.addRow("", self.open_duplicate)
        self.add_rows(
            [
                ("full_name", self.tr("Full name"), self.full_name),
                ("sex", self.tr("Sex"), self.sex),
                ("birth_place", self.tr("Place of birth"), self.birth_place),
                ("birth_date", self.tr("Date of birth"), self.birth_date),
                ("relationship", self.tr("Relationship to the head"), self.relationship),
                ("education", self.tr("Education"), self.education),
                ("occupation", self.tr("Occupation"), self.occupation),
                ("marital_status", self.tr("Marital status"), self.marital_status),
                ("phone", self.tr("Phone"), self.phone),
                ("migration_status", self.tr("Migration status"), self.migration_status),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.finish()

    def _fill(self, person: Person) -> None:
        self.nik.setText(person.nik)
        self.full_name.setText(person.full_name)
        self.sex.set_code(person.sex)
        self.birth_place.setText(person.birth_place or "")
        self.birth_date.set_value(person.birth_date)
        self.relationship.set_code(person.relationship)
        self.education.set_code(person.education)
        self.occupation.setText(person.occupation or "")
        self.marital_status.set_code(person.marital_status)
        self.phone.setText(person.phone or "")
        self.migration_status.set_code(person.migration_status)
        self.notes.setText(person.notes or "")

    def input(self) -> PersonInput:
        return PersonInput(
            nik=self.nik.text(),
            full_name=self.full_name.text(),
            sex=self.sex.code() or "",
            birth_date=self.birth_date.value(),
            relationship=self.relationship.code() or "",
            birth_place=self.birth_place.text(),
            education=self.education.code(),
            occupation=self.occupation.text(),
            marital_status=self.marital_status.code(),
            phone=self.phone.text(),
            migration_status=self.migration_status.code() or "none",
            notes=self.notes.text(),
        )

    def problems(self) -> list[Problem]:
        checks, row = person_checks(self.input(), self._codes)
        return [*checks.problems, *self._duplicate_nik(row["nik"])]

    def _duplicate_nik(self, nik: str) -> list[Problem]:
        owner = nik_owner(self.db, self.household_id, nik, self.person_id) if len(nik) == 16 else None
        self._duplicate_id = owner["id"] if owner else None
        self.open_duplicate.setVisible(owner is not None)
        if owner is None:
            return []
        message = self.tr("This NIK is already registered to {name}.").format(name=owner["full_name"])
        return [Problem("nik", "duplicate_nik", message, Severity.ERROR, owner["id"])]

    def _open_duplicate(self) -> None:
        if self._duplicate_id:
            self.open_person.emit(self._duplicate_id)
            self.discard()

    def save(self) -> None:
        def write() -> None:
            if self.person_id is None:
                self.saved_id = add_person(self.db, self.household_id, self.input()).id
            else:
                self.saved_id = update_person(self.db, self.person_id, self.input()).id

        if self.write(write):
            self.accept()
