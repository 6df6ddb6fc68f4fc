"""Small input widgets the forms share: an optional date field and combo boxes over choices."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

DISPLAY_FORMAT = "dd-MM-yyyy"
_EMPTY = QDate(1900, 1, 1)  # shown as blank: QDateEdit has no empty state of its own


class DateField(QDateEdit):
    """A date the officer may leave empty; `value()` is None then."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            self.setSpecialValueText(" ")
        self.setDate(_EMPTY if optional else QDate.currentDate())
        self.dateChanged.connect(lambda _d: self.value_changed.emit())

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == _EMPTY else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))


class ChoiceBox(QComboBox):
    """A combo over (code, label) pairs; `code()` is None for the blank first entry when optional."""

    def __init__(
        self, choices: Sequence[tuple[str, str]], optional: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        if optional:
            self.addItem("", None)
        for code, label in choices:
            self.addItem(label, code)

    def code(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)) if code is not None else 0)
