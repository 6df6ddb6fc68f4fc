"""Small input widgets the forms share: a typed date field and combo boxes over choices."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

DISPLAY_FORMAT = "%d-%m-%Y"
_DATE = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})|(\d{2})(\d{2})(\d{4})")


def parse_date(text: str) -> date | None:
    """dd-mm-yyyy as Indonesians write it; also with / or . or a space, or as eight digits."""
    found = _DATE.fullmatch(text.strip())
    if found is None:
        return None
    day, month, year = (int(part) for part in (found.groups()[:3] if found.group(1) else found.groups()[3:]))
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateField(QLineEdit):
    """A date typed as dd-mm-yyyy; empty is allowed. `value()` is None when empty or not a date."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(10)
        if not optional:
            self.set_value(date.today())
        self.textChanged.connect(lambda _t: self.value_changed.emit())

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else value.strftime(DISPLAY_FORMAT))

    def problem(self) -> str | None:
        """What is wrong with what was typed, or None (an empty field is the form's rule to judge)."""
        if not self.text().strip() or self.value() is not None:
            return None
        return self.tr("Write the date as dd-mm-yyyy, for example 17-08-1990.")


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

    def replace_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """New choices, keeping the current one when it is still there; no change signal meanwhile."""
        current = self.code()
        self.blockSignals(True)
        while self.count() > (1 if self.itemData(0) is None else 0):
            self.removeItem(self.count() - 1)
        for code, label in choices:
            self.addItem(label, code)
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)) if code is not None else 0)
