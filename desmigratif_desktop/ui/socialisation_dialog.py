"""A socialisation event (sosialisasi): when, what, where, how many men and women, and some names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Sex
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.socialisation import (
    AttendeeInput,
    EventInput,
    attendee_checks,
    delete_event,
    event_attendees,
    event_checks,
    get_event,
    record_event,
    registered_attendee,
    update_event,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.contact_dialog import add_delete_button
from desmigratif_desktop.ui.dialogs import BoxButton, Button, ask
from desmigratif_desktop.ui.field_messages import FieldMessages
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.labels import label_of, sex_choices, sex_short_choices
from desmigratif_desktop.ui.person_picker import PersonPicker

MAX_ATTENDEES = 100_000


class SocialisationDialog(FormDialog):
    def __init__(self, db: Database, event_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, close_button=BoxButton.Close)
        self.db = db
        self.event_id = event_id
        self.resize(620, 720)
        self._build()
        self._load()
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.event_date = DateField(optional=False)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("e.g. Safe and procedural migration"))
        self.place = QLineEdit()
        self.speaker = QLineEdit()
        self.men = _count_box()
        self.women = _count_box()
        self.total = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.add_rows(
            [
                ("event_date", self.tr("Date"), self.event_date),
                ("topic", self.tr("Topic"), self.topic),
                ("place", self.tr("Place"), self.place),
                ("speaker", self.tr("Speaker"), self.speaker),
                ("attendees_male", self.tr("Men attending"), self.men),
                ("attendees_female", self.tr("Women attending"), self.women),
                ("attendees_total", self.tr("Total"), self.total),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.men.valueChanged.connect(self.validate)
        self.women.valueChanged.connect(self.validate)
        self.finish(self._attendees_box())
        self.delete_button = add_delete_button(self, self.tr("Delete event"))
        self.delete_button.clicked.connect(self.delete)

    def _attendees_box(self) -> QGroupBox:
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendee_list")
        self.attendees.setMaximumHeight(110)
        self.picker = PersonPicker(self.db)
        self.picker.results.setMaximumHeight(80)
        self.add_registered_button = QPushButton(self.tr("Add from register"))
        self.add_registered_button.setObjectName("add_registered")
        self.add_registered_button.clicked.connect(self.add_registered)
        self.attendee_name = QLineEdit()
        self.attendee_name.setObjectName("attendee_name")
        self.attendee_name.setPlaceholderText(self.tr("Name of someone not in the register"))
        self.attendee_sex = ChoiceBox(sex_choices(), optional=True)
        self.attendee_sex.setObjectName("attendee_sex")
        self.add_named_button = QPushButton(self.tr("Add by name"))
        self.add_named_button.setObjectName("add_named")
        self.add_named_button.clicked.connect(self.add_named)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_attendee")
        self.remove_button.clicked.connect(self.remove_attendee)
        self.attendee_messages = FieldMessages()
        box = QGroupBox(self.tr("Named attendees (optional; they are part of the counts above)"))
        layout = QVBoxLayout(box)
        list_row = QHBoxLayout()
        list_row.addWidget(self.attendees)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(list_row)
        layout.addWidget(self.messages.label_for("attendees", box))
        registered = QHBoxLayout()
        registered.addWidget(self.picker, 1)
        registered.addWidget(self.add_registered_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(registered)
        typed = QHBoxLayout()
        typed.addWidget(self.attendee_name, 2)
        typed.addWidget(self.attendee_sex, 1)
        typed.addWidget(self.add_named_button)
        layout.addLayout(typed)
        for field_name in ("attendee_name", "attendee_sex"):
            layout.addWidget(self.attendee_messages.label_for(field_name, box))
        return box

    def _load(self) -> None:
        event = get_event(self.db, self.event_id) if self.event_id else None
        self.setWindowTitle(self.tr("Socialisation") if event else self.tr("New socialisation"))
        if event is not None:
            self.event_date.set_value(event.event_date)
            self.topic.setText(event.topic)
            self.place.setText(event.place or "")
            self.speaker.setText(event.speaker or "")
            self.men.setValue(event.attendees_male)
            self.women.setValue(event.attendees_female)
            self.notes.setPlainText(event.notes or "")
            for attendee in event_attendees(self.db, event.id):
                self._list(AttendeeInput(attendee.person_id, attendee.name, attendee.sex, attendee.id))
        self.delete_button.setEnabled(event is not None)

    def _list(self, attendee: AttendeeInput) -> None:
        sex = label_of(sex_short_choices(), attendee.sex)
        where = self.tr("register") if attendee.person_id else self.tr("typed")
        item = QListWidgetItem(f"{attendee.name} ({sex}, {where})")
        item.setData(Qt.ItemDataRole.UserRole, attendee)
        self.attendees.addItem(item)

    def named(self) -> list[AttendeeInput]:
        return [self.attendees.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.attendees.count())]

    def add_registered(self) -> None:
        if self.picker.person_id is None:
            return
        attendee = registered_attendee(self.db, self.picker.person_id)
        if attendee is not None:
            self._add(attendee)
            self.picker.set_person(None, "")

    def add_named(self) -> None:
        attendee = AttendeeInput(name=self.attendee_name.text(), sex=self.attendee_sex.code())
        checks, row = attendee_checks(attendee)
        self.attendee_messages.show(checks.problems)
        if checks.errors:
            return
        self._add(AttendeeInput(name=row["name"], sex=row["sex"]))
        self.attendee_name.clear()
        self.attendee_sex.set_code(None)

    def _add(self, attendee: AttendeeInput) -> None:
        """Named attendees are part of the counts: a count below them is raised to match."""
        self._list(attendee)
        same_sex = sum(1 for a in self.named() if a.sex == attendee.sex)
        box = self.men if attendee.sex == Sex.MALE else self.women
        box.setValue(max(box.value(), same_sex))
        self.validate()

    def remove_attendee(self) -> None:
        for item in self.attendees.selectedItems():
            self.attendees.takeItem(self.attendees.row(item))
        self.validate()

    def input(self) -> EventInput:
        return EventInput(
            event_date=self.event_date.value(),
            topic=self.topic.text(),
            attendees_male=self.men.value(),
            attendees_female=self.women.value(),
            place=self.place.text(),
            speaker=self.speaker.text(),
            notes=self.notes.toPlainText(),
            attendees=self.named(),
        )

    def problems(self) -> list[Problem]:
        self.total.setText(format_count(self.men.value() + self.women.value()))
        return event_checks(self.input())[0].problems

    def save(self) -> None:
        def write() -> None:
            if self.event_id is None:
                self.event_id = record_event(self.db, self.input()).id
            else:
                update_event(self.db, self.event_id, self.input())

        if self.write(write):
            self.mark_saved()
            self.accept()

    def delete(self) -> None:
        if self.event_id is None:
            return
        answer = ask(
            self,
            self.tr("Delete event"),
            self.tr("Delete this socialisation event with its named attendees?"),
        )
        event_id = self.event_id
        if answer == Button.Yes and self.write(lambda: delete_event(self.db, event_id)):
            self.discard()


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_ATTENDEES)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMaximumWidth(120)
    return box
