"""Small input widgets the forms share: a typed date field and combo boxes over choices."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desmigratif_desktop.formatting import format_rupiah, parse_rupiah
from desmigratif_desktop.months import shown_month

DISPLAY_FORMAT = "%d-%m-%Y"
_MONTH = re.compile(r"(\d{1,2})[-/. ](\d{4})")
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


def parse_month(text: str) -> str | None:
    """mm-yyyy (also with / . or a space) as "YYYY-MM", the form months are stored in; else None."""
    found = _MONTH.fullmatch(text.strip())
    if found is None or not 1 <= int(found.group(1)) <= 12:
        return None
    return f"{found.group(2)}-{int(found.group(1)):02d}"


class MonthField(QLineEdit):
    """A calendar month typed as mm-yyyy; `value()` is "YYYY-MM", or None when empty or not a month."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("mm-yyyy"))
        self.setMaxLength(7)
        self.textChanged.connect(lambda _t: self.value_changed.emit())

    def value(self) -> str | None:
        return parse_month(self.text())

    def set_value(self, month: str | None) -> None:
        """`month` as stored, "YYYY-MM"."""
        self.setText("" if not month else shown_month(month))

    def problem(self) -> str | None:
        if not self.text().strip() or self.value() is not None:
            return None
        return self.tr("Write the month as mm-yyyy, for example 08-2026.")


class MoneyField(QLineEdit):
    """An amount in whole rupiah, typed as "1.500.000" or "1500000"; `value()` is None when empty or wrong."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 1.500.000"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textChanged.connect(lambda _t: self.value_changed.emit())
        self.editingFinished.connect(self._tidy)

    def value(self) -> int | None:
        return parse_rupiah(self.text())

    def set_value(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_rupiah(amount).removeprefix("Rp"))

    def problem(self) -> str | None:
        if not self.text().strip() or self.value() is not None:
            return None
        return self.tr("Write the amount in whole rupiah, for example 1.500.000.")

    def _tidy(self) -> None:
        """Shown with thousands separated once the officer leaves the field."""
        amount = self.value()
        if amount is not None:
            self.set_value(amount)


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
