"""One month of the cooperative: savings paid in, loans given and repaid, business units running."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.cooperative import get_cooperative
from desmigratif_desktop.services.cooperative_months import (
    MonthInput,
    delete_month,
    month_checks,
    month_rows,
    record_month,
)
from desmigratif_desktop.services.results import Saved
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import Button, ask, warn
from desmigratif_desktop.ui.form_dialog import FormDialog
from desmigratif_desktop.ui.inputs import MoneyField, MonthField

MAX_UNITS = 999


def month_names() -> list[str]:
    return [
        QCoreApplication.translate("Months", "January"),
        QCoreApplication.translate("Months", "February"),
        QCoreApplication.translate("Months", "March"),
        QCoreApplication.translate("Months", "April"),
        QCoreApplication.translate("Months", "May"),
        QCoreApplication.translate("Months", "June"),
        QCoreApplication.translate("Months", "July"),
        QCoreApplication.translate("Months", "August"),
        QCoreApplication.translate("Months", "September"),
        QCoreApplication.translate("Months", "October"),
        QCoreApplication.translate("Months", "November"),
        QCoreApplication.translate("Months", "December"),
    ]


def show_month(month: str) -> str:
    """ "2026-10" as "October 2026" in the user's language."""
    if len(month) != 7:
        return month
    return f"{month_names()[int(month[5:]) - 1]} {month[:4]}"


class MonthDialog(FormDialog):
    def __init__(self, db: Database, month: str | None = None, parent: QWidget | None = None) -> None:
        """`month` ("YYYY-MM") opens that recorded month; None records a new one."""
        super().__init__(parent)
        self.db = db
        self.month_on_record = month
        cooperative = get_cooperative(db)
        self._founding_date = cooperative.founding_date if cooperative else None
        self._recorded = {row.month: row for row in month_rows(db)}
        self.setMinimumWidth(520)
        self._build()
        self._load()
        self.validate()
        self.mark_saved()

    def _build(self) -> None:
        self.month = MonthField()
        self.savings_principal = MoneyField()
        self.savings_mandatory = MoneyField()
        self.savings_voluntary = MoneyField()
        self.loans_given = MoneyField()
        self.loans_repaid = MoneyField()
        for amount in self._amount_fields():
            amount.setPlaceholderText("0")  # an empty amount is nothing that month
        self.business_units = QSpinBox()
        self.business_units.setRange(0, MAX_UNITS)
        self.business_units.valueChanged.connect(self.validate)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.add_rows(
            [
                ("month", self.tr("Month (mm-yyyy)"), self.month),
                ("savings_principal", self.tr("Principal savings paid in (pokok)"), self.savings_principal),
                ("savings_mandatory", self.tr("Mandatory savings paid in (wajib)"), self.savings_mandatory),
                (
                    "savings_voluntary",
                    self.tr("Voluntary savings paid in (sukarela)"),
                    self.savings_voluntary,
                ),
                ("loans_given", self.tr("Loans given to members"), self.loans_given),
                ("loans_repaid", self.tr("Loan repayments received"), self.loans_repaid),
                ("business_units", self.tr("Business units running"), self.business_units),
                ("notes", self.tr("Notes"), self.notes),
            ]
        )
        self.delete_button = QPushButton(self.tr("Delete month"))
        self.delete_button.setObjectName("delete_month")
        self.delete_button.clicked.connect(self.delete)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(self.month_on_record is not None)  # after addButton, which shows it
        self.finish()

    def _amount_fields(self) -> tuple[MoneyField, ...]:
        return (
            self.savings_principal,
            self.savings_mandatory,
            self.savings_voluntary,
            self.loans_given,
            self.loans_repaid,
        )

    def _load(self) -> None:
        row = self._recorded.get(self.month_on_record or "")
        if row is None:
            self.setWindowTitle(self.tr("Record month"))
            self.month.set_value(self._suggested_month())
            newest = max(self._recorded, default=None)
            if newest:  # units usually run on from month to month
                self.business_units.setValue(self._recorded[newest].business_units)
            return
        self.setWindowTitle(self.tr("Cooperative month: {month}").format(month=show_month(row.month)))
        self.month.set_value(row.month)
        self.month.setReadOnly(True)  # another month is recorded on its own
        self.savings_principal.set_value(row.savings_principal)
        self.savings_mandatory.set_value(row.savings_mandatory)
        self.savings_voluntary.set_value(row.savings_voluntary)
        self.loans_given.set_value(row.loans_given)
        self.loans_repaid.set_value(row.loans_repaid)
        self.business_units.setValue(row.business_units)
        self.notes.setPlainText(row.notes or "")

    def _suggested_month(self) -> str:
        """The month after the newest recorded, or else last month (reports follow the end of a month)."""
        this_month = f"{date.today():%Y-%m}"
        newest = max(self._recorded, default=None)
        return min(_shift(newest, 1), this_month) if newest else _shift(this_month, -1)

    def figures(self) -> MonthInput:
        return MonthInput(
            savings_principal=self.savings_principal.value(),
            savings_mandatory=self.savings_mandatory.value(),
            savings_voluntary=self.savings_voluntary.value(),
            loans_given=self.loans_given.value(),
            loans_repaid=self.loans_repaid.value(),
            business_units=self.business_units.value(),
            notes=self.notes.toPlainText(),
        )

    def input(self) -> tuple[str | None, MonthInput]:
        return self.month.value(), self.figures()

    def problems(self) -> list[Problem]:
        month = self.month.value()
        replacing = self.month_on_record is None and month in self._recorded
        checks, _row = month_checks(
            month, self.figures(), founding_date=self._founding_date, already_recorded=replacing
        )
        return checks.problems

    def save(self) -> None:
        month = self.month.value()
        if month is None:
            self.validate()
            return
        saved: list[Saved] = []
        if self.write(lambda: saved.append(record_month(self.db, month, self.figures()))):
            self.mark_saved()
            for problem in saved[0].warnings:  # saved, but the officer should know (e.g. minus loans)
                warn(self, self.windowTitle(), problem.message)
            self.accept()

    def delete(self) -> None:
        month = self.month_on_record
        question = self.tr("Delete the figures of {month}?").format(month=show_month(month or ""))
        if month is None or ask(self, self.windowTitle(), question) != Button.Yes:
            return
        if self.write(lambda: delete_month(self.db, month)):
            self.discard()


def _shift(month: str, by: int) -> str:
    """ "YYYY-MM" moved by `by` months."""
    index = int(month[:4]) * 12 + int(month[5:]) - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
