"""A child's care profile: who looks after the child at home, the school, notes.

Who the child is comes from the register and is only shown here; it is edited in the household.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reference import lookups
from desmigratif_desktop.services.parenting import (
    ChildProfileInput,
    ChildRow,
    caregiver_choices,
    child_profile_checks,
    child_row,
    delete_child_profile,
    get_child_profile,
    save_child_profile,
    suggested_relationship,
)
from desmigratif_desktop.services.persons import get_person
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import Button, ask, inform
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.labels import reference_choices

SOMEONE_ELSE = "someone_else"  # the caregiver choice for a person typed by name (ids are hex)
RELATIONSHIP_WORDS = ["Ibu", "Ayah", "Nenek", "Kakek", "Bibi", "Paman", "Kakak", "Tetangga"]


class ChildDialog(FormDialog):
    def __init__(self, db: Database, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.today = date.today()
        self.row = child_row(db, person_id, self.today)
        self._choices = caregiver_choices(db, person_id, self.today)
        self._relationships = dict(reference_choices(db, lookups.RELATIONSHIP))
        self._build()
        self._load()
        self.validate()
        self.mark_saved()
        self.resize(580, self.sizeHint().height())

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("child_summary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        choices = [
            (c.person_id, f"{c.full_name} ({self._relationships.get(c.relationship, c.relationship)})")
            for c in self._choices
        ]
        choices.append((SOMEONE_ELSE, self.tr("Someone else (type the name)")))
        self.caregiver = ChoiceBox(choices, optional=True)
        self.caregiver.setItemText(0, self.tr("— choose —"))
        self.caregiver_name = QLineEdit()
        self.caregiver_name.setPlaceholderText(self.tr("Name of the caregiver, e.g. Nenek Warsini"))
        self.caregiver_relationship = QLineEdit()
        self.caregiver_relationship.setPlaceholderText(self.tr("e.g. Ibu, Nenek, Bibi"))
        self.caregiver_relationship.setCompleter(QCompleter(RELATIONSHIP_WORDS, self))
        self.school = QLineEdit()
        self.school.setPlaceholderText(self.tr("e.g. SD Negeri 2 Rengaspendawa"))
        self.school_grade = QLineEdit()
        self.school_grade.setPlaceholderText(self.tr("e.g. Kelas 4"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.add_rows(
            [
                ("caregiver_person_id", self.tr("Caregiver at home"), self.caregiver),
                ("caregiver_name", self.tr("Caregiver's name"), self.caregiver_name),
                ("caregiver_relationship", self.tr("Relationship to the child"), self.caregiver_relationship),
                ("school", self.tr("School"), self.school),
                ("school_grade", self.tr("Grade"), self.school_grade),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        privacy = QLabel(
            self.tr(
                "A child's data is specific personal data (UU PDP 27/2022): "
                "write only what the child's care needs."
            )
        )
        privacy.setObjectName("privacy_note")
        privacy.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete profile"))
        self.delete_button.setObjectName("delete_profile")
        self.delete_button.clicked.connect(self.delete_profile)
        self.buttons.addButton(self.delete_button, self.buttons.ButtonRole.DestructiveRole)
        self.caregiver.currentIndexChanged.connect(self._caregiver_chosen)
        self.finish(privacy)

    def _load(self) -> None:
        person = get_person(self.db, self.person_id)
        name = person.full_name if person else ""
        self.setWindowTitle(self.tr("Child: {name}").format(name=name))
        self.summary.setText(self._summary(name, self.row))
        profile = get_child_profile(self.db, self.person_id)
        self.delete_button.setVisible(profile is not None)
        if profile is None:
            self._caregiver_chosen()
            return
        if profile.caregiver_person_id and self.caregiver.findData(profile.caregiver_person_id) < 0:
            # cared for by someone registered outside the household: keep them as a choice
            carer = get_person(self.db, profile.caregiver_person_id)
            self.caregiver.insertItem(1, carer.full_name if carer else "?", profile.caregiver_person_id)
        self.caregiver.blockSignals(True)
        self.caregiver.set_code(
            profile.caregiver_person_id or (SOMEONE_ELSE if profile.caregiver_name else None)
        )
        self.caregiver.blockSignals(False)
        self.caregiver_name.setText(profile.caregiver_name or "")
        self.caregiver_relationship.setText(profile.caregiver_relationship or "")
        self.school.setText(profile.school or "")
        self.school_grade.setText(profile.school_grade or "")
        self.notes.setPlainText(profile.notes or "")
        self._caregiver_chosen()

    def _summary(self, name: str, row: ChildRow | None) -> str:
        if row is None:
            return self.tr(
                "{name} is not a child of a migrant worker today (18 or older, or no parent abroad)."
            ).format(name=name)
        countries = dict(reference_choices(self.db, lookups.COUNTRY))
        parents = ", ".join(
            f"{p.full_name} ({countries.get(p.country, p.country)})" if p.country else p.full_name
            for p in row.parents_abroad
        )
        return self.tr("{name}, {age} years old, KK {kk}, {dusun}. Parent abroad: {parents}.").format(
            name=row.full_name, age=row.age, kk=row.kk_number, dusun=row.dusun or "-", parents=parents
        )

    def _caregiver_chosen(self) -> None:
        """The name is typed only for someone else; a household member's relation is suggested."""
        code = self.caregiver.code()
        self.caregiver_name.setEnabled(code == SOMEONE_ELSE)
        chosen = next((c for c in self._choices if c.person_id == code), None)
        if chosen is not None and self.row is not None and not self.caregiver_relationship.text().strip():
            words = suggested_relationship(self.row.relationship, chosen.relationship, chosen.sex)
            self.caregiver_relationship.setText(words or "")

    def input(self) -> ChildProfileInput:
        code = self.caregiver.code()
        return ChildProfileInput(
            caregiver_person_id=code if code not in (None, SOMEONE_ELSE) else None,
            caregiver_name=self.caregiver_name.text() if code == SOMEONE_ELSE else None,
            caregiver_relationship=self.caregiver_relationship.text(),
            school=self.school.text(),
            school_grade=self.school_grade.text(),
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> list[Problem]:
        return child_profile_checks(self.input())[0].problems

    def save(self) -> None:
        saved: list[list[Problem]] = []
        if self.write(
            lambda: saved.append(save_child_profile(self.db, self.person_id, self.input()).warnings)
        ):
            if saved and saved[0]:
                inform(self, self.windowTitle(), "\n".join(p.message for p in saved[0]))
            self.mark_saved()
            self.accept()

    def delete_profile(self) -> None:
        question = self.tr(
            "Delete what is recorded about this child's care? The child stays in the register."
        )
        if ask(self, self.windowTitle(), question) != Button.Yes:
            return
        if self.write(lambda: delete_child_profile(self.db, self.person_id)):
            self.discard()
