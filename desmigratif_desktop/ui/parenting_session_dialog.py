"""A parenting session: date, topic, facilitator, place, and who attended (children and caregivers).

The children to tick are those who were children of migrant workers on the session date; the
caregivers offered are those of the ticked children (their profiles and the adults at home), and
anyone else can be added by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import AttendeeRole
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.parenting_attendance import (
    CaregiverEntry,
    attendance_checks,
    caregivers_for_children,
    children_for_session,
    session_attendance,
)
from desmigratif_desktop.services.parenting_sessions import (
    SessionInput,
    delete_session,
    get_session,
    save_session,
    session_checks,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import Button, ask
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import DateField

TOPICS = [
    "Pola asuh anak PMI",
    "Bahaya gawai bagi anak",
    "Komunikasi jarak jauh dengan orang tua",
    "Gizi seimbang dan tumbuh kembang anak",
    "Pendampingan belajar di rumah",
    "Mencegah perundungan di sekolah",
]
Caregiver = tuple[str | None, str]  # (person id or None, name)
ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SessionForm:
    """What the dialog holds, compared to tell whether anything is unsaved."""

    session: SessionInput
    children: tuple[str, ...]
    caregivers: tuple[Caregiver, ...]


class SessionDialog(FormDialog):
    def __init__(self, db: Database, session_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.resize(640, 820)
        self._build()
        self._load()
        self.validate()
        self.mark_saved()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session_date = DateField(optional=False)
        self.topic = QLineEdit()
        self.topic.setCompleter(QCompleter(TOPICS, self))
        self.topic.setPlaceholderText(self.tr("e.g. Pola asuh anak PMI"))
        self.facilitator = QLineEdit()
        self.facilitator.setPlaceholderText(self.tr("e.g. Kader PKK, Psikolog Puskesmas"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Balai Desa"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.add_rows(
            [
                ("session_date", self.tr("Date"), self.session_date),
                ("topic", self.tr("Topic"), self.topic),
                ("facilitator", self.tr("Facilitator"), self.facilitator),
                ("place", self.tr("Place"), self.place),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.delete_button = QPushButton(self.tr("Delete session"))
        self.delete_button.setObjectName("delete_session")
        self.delete_button.clicked.connect(self.delete)
        self.buttons.addButton(self.delete_button, self.buttons.ButtonRole.DestructiveRole)
        children, caregivers = self._children_box(), self._caregivers_box()
        self.finish(children, caregivers)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretchFactor(children, 3)  # the lists take the room a tall window gives
        layout.setStretchFactor(caregivers, 2)
        self.session_date.value_changed.connect(self._date_changed)

    def _children_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Children present"))
        self.children_filter = QLineEdit()
        self.children_filter.setObjectName("children_filter")
        self.children_filter.setPlaceholderText(self.tr("Filter by name or hamlet…"))
        self.children_filter.setClearButtonEnabled(True)
        self.children_filter.textChanged.connect(self._filter_children)
        self.children_count = QLabel()
        self.children_count.setObjectName("children_ticked")
        self.children_list = QListWidget()
        self.children_list.setObjectName("children_list")
        self.children_list.itemChanged.connect(self._children_ticked)
        top = QHBoxLayout()
        top.addWidget(self.children_filter, 1)
        top.addWidget(self.children_count)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.children_list)
        layout.addWidget(self.messages.label_for("children", box))
        return box

    def _caregivers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Caregivers present"))
        self.caregivers_list = QListWidget()
        self.caregivers_list.setObjectName("caregivers_list")
        self.caregivers_list.itemChanged.connect(lambda _item: self.validate())
        self.new_caregiver = QLineEdit()
        self.new_caregiver.setObjectName("caregiver_new_name")
        self.new_caregiver.setPlaceholderText(self.tr("A caregiver not listed above: type the name"))
        self.new_caregiver.returnPressed.connect(self.add_caregiver_by_name)
        add = QPushButton(self.tr("Add by name"))
        add.setObjectName("add_caregiver")
        add.clicked.connect(self.add_caregiver_by_name)
        row = QHBoxLayout()
        row.addWidget(self.new_caregiver, 1)
        row.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.caregivers_list)
        layout.addLayout(row)
        layout.addWidget(self.messages.label_for("caregivers", box))
        return box

    def _load(self) -> None:
        session = get_session(self.db, self.session_id) if self.session_id else None
        self.setWindowTitle(self.tr("Parenting session") if session else self.tr("New parenting session"))
        self.delete_button.setVisible(session is not None)
        ticked: dict[str, str] = {}
        carers: list[Caregiver] = []
        if session is not None:
            self.session_date.blockSignals(True)
            self.session_date.set_value(session.session_date)
            self.session_date.blockSignals(False)
            self.topic.setText(session.topic)
            self.facilitator.setText(session.facilitator or "")
            self.place.setText(session.place or "")
            self.notes.setPlainText(session.notes or "")
            for attendee in session_attendance(self.db, session.id):
                if attendee.role == AttendeeRole.CHILD and attendee.person_id:
                    ticked[attendee.person_id] = attendee.name
                else:
                    carers.append((attendee.person_id, attendee.name))
        self._fill_children(ticked)
        self._fill_caregivers(carers)

    # -- children ---------------------------------------------------------------------------------

    def _fill_children(self, ticked: dict[str, str]) -> None:
        """Those who may attend on the date typed; those already ticked stay, under the name recorded."""
        on = self.session_date.value()
        choices = children_for_session(self.db, on) if on and on <= date.today() else []
        self.children_list.blockSignals(True)
        self.children_list.clear()
        listed = set()
        for child in sorted(choices, key=lambda c: c.person_id not in ticked):  # ticked ones first
            text = self.tr("{name}, {age} years, {dusun}").format(
                name=child.full_name, age=child.age, dusun=child.dusun or "-"
            )
            self._add_child_item(child.person_id, text, child.person_id in ticked)
            listed.add(child.person_id)
        for person_id, name in ticked.items():
            if person_id not in listed:
                self._add_child_item(person_id, name, True)
        self.children_list.blockSignals(False)
        self._filter_children()
        self._count_children()

    def _add_child_item(self, person_id: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE, person_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.children_list.addItem(item)

    def ticked_children(self) -> dict[str, str]:
        return {
            item.data(ROLE): item.text()
            for item in _items(self.children_list)
            if item.checkState() == Qt.CheckState.Checked
        }

    def _date_changed(self) -> None:
        if self.session_date.value() is not None:
            self._fill_children(self.ticked_children())

    def _filter_children(self) -> None:
        words = self.children_filter.text().casefold().split()
        for item in _items(self.children_list):
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _children_ticked(self, _item: QListWidgetItem) -> None:
        self._count_children()
        self._fill_caregivers(self.ticked_caregivers())
        self.validate()

    def _count_children(self) -> None:
        self.children_count.setText(
            self.tr("{n} of {total} ticked").format(
                n=format_count(len(self.ticked_children())), total=format_count(self.children_list.count())
            )
        )

    # -- caregivers -------------------------------------------------------------------------------

    def _fill_caregivers(self, ticked: list[Caregiver]) -> None:
        """The ticked children's caregivers, plus whoever is ticked already (also those added by name)."""
        options = caregivers_for_children(self.db, list(self.ticked_children()))
        rows: list[tuple[Caregiver, str]] = []
        for option in options:
            text = self.tr("{name} — family or caregiver of {children}").format(
                name=option.name, children=", ".join(option.children)
            )
            rows.append(((option.person_id, option.name), text))
        offered = [key for key, _ in rows]
        rows += [(key, key[1]) for key in ticked if not _has(offered, key)]  # added by name, or from before
        self.caregivers_list.blockSignals(True)
        self.caregivers_list.clear()
        for key, text in sorted(rows, key=lambda row: not _has(ticked, row[0])):  # ticked ones first
            self._add_caregiver_item(key, text, _has(ticked, key))
        self.caregivers_list.blockSignals(False)

    def _add_caregiver_item(self, key: Caregiver, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.caregivers_list.addItem(item)

    def ticked_caregivers(self) -> list[Caregiver]:
        return [
            tuple(item.data(ROLE))  # type: ignore[misc]
            for item in _items(self.caregivers_list)
            if item.checkState() == Qt.CheckState.Checked
        ]

    def add_caregiver_by_name(self) -> None:
        name = " ".join(self.new_caregiver.text().split())
        if not name:
            return
        ticked = self.ticked_caregivers()
        if not _has(ticked, (None, name)):
            ticked.append((None, name))
        self._fill_caregivers(ticked)
        self.new_caregiver.clear()
        self.validate()

    # -- the form ---------------------------------------------------------------------------------

    def session_input(self) -> SessionInput:
        return SessionInput(
            session_date=self.session_date.value(),
            topic=self.topic.text(),
            facilitator=self.facilitator.text(),
            place=self.place.text(),
            notes=self.notes.toPlainText(),
        )

    def input(self) -> SessionForm:
        return SessionForm(
            self.session_input(),
            tuple(sorted(self.ticked_children())),
            tuple(sorted(self.ticked_caregivers(), key=lambda c: (c[0] or "", c[1]))),
        )

    def _caregiver_entries(self) -> list[CaregiverEntry]:
        return [CaregiverEntry(pid, None if pid else name) for pid, name in self.ticked_caregivers()]

    def problems(self) -> list[Problem]:
        checks = session_checks(self.session_input())[0]
        attendance = attendance_checks(list(self.ticked_children()), self._caregiver_entries())[0]
        return checks.problems + attendance.problems

    def save(self) -> None:
        def write() -> None:
            children = list(self.ticked_children())
            saved = save_session(
                self.db, self.session_id, self.session_input(), children, self._caregiver_entries()
            )
            self.session_id = saved.id

        if self.write(write):
            self.mark_saved()
            self.accept()

    def delete(self) -> None:
        question = self.tr("Delete this session and its attendance list?")
        if ask(self, self.windowTitle(), question) != Button.Yes:
            return
        if self.session_id and self.write(lambda: delete_session(self.db, self.session_id)):  # type: ignore[arg-type]
            self.discard()


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]


def _has(caregivers: list[Caregiver], key: Caregiver) -> bool:
    """The same person, or (typed) the same name in any case."""
    person_id, name = key
    if person_id:
        return any(pid == person_id for pid, _ in caregivers)
    return any(pid is None and other.casefold() == name.casefold() for pid, other in caregivers)
