"""The business dialog's history sections: monthly turnover (with its trend) and support received.

Each section checks what is typed as the officer types, and writes through the services itself; the
dialog lends it `ensure_business` (save the business first when it is new or changed) and the dates
the checks need (`bounds`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import SupportType
from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.formatting import format_rupiah
from desmigratif_desktop.months import shown_month
from desmigratif_desktop.services.business_money import (
    SupportInput,
    SupportRow,
    TurnoverRow,
    add_support,
    business_supports,
    business_turnovers,
    delete_support,
    delete_turnover,
    record_turnover,
    suggested_month,
    support_checks,
    turnover_checks,
    turnover_trend,
)
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import Button, ask
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.field_messages import FieldMessages
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField, MoneyField, MonthField
from desmigratif_desktop.ui.labels import label_of, support_type_choices
from desmigratif_desktop.ui.turnover_trend import TrendBars

EnsureBusiness = Callable[[], str | None]
Bounds = Callable[[], dict[str, Any]]  # start_date and stopped_date as the form shows them


class _HistorySection(QGroupBox):
    """What both sections share: a table, messages under the inputs, and guarded writes."""

    changed = Signal()  # after any write

    def __init__(self, db: Database, ensure_business: EnsureBusiness) -> None:
        super().__init__()
        self.db = db
        self.ensure_business = ensure_business
        self.business_id: str | None = None
        self.messages = FieldMessages()

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ValidationError as error:
            self.messages.show(error.problems)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        self.changed.emit()
        return True

    def _show_live(
        self, problems: list[Problem], typed: dict[str, MonthField | MoneyField | DateField]
    ) -> bool:
        """Messages for what is typed (an empty field just keeps the button off); True when writable."""
        for field_name, widget in typed.items():
            message = widget.problem()
            if message:
                problems = [p for p in problems if p.field != field_name]
                problems.append(Problem(field_name, "format", message))
        self.messages.show([p for p in problems if p.code != "required"])
        return not any(p.is_error for p in problems)


class TurnoverSection(_HistorySection):
    def __init__(self, db: Database, ensure_business: EnsureBusiness, bounds: Bounds) -> None:
        super().__init__(db, ensure_business)
        self.setTitle(self.tr("Monthly turnover"))
        self.bounds = bounds
        self._rows: list[TurnoverRow] = []
        self.trend = TrendBars()
        self.trend.setObjectName("turnover_trend")
        self.table = _table("turnovers", [self.tr("Month"), self.tr("Turnover")])
        self.table.doubleClicked.connect(lambda index: self._correct(self._rows[index.row()]))
        self.month = MonthField()
        self.month.setObjectName("turnover_month")
        self.amount = MoneyField()
        self.amount.setObjectName("turnover_amount")
        self.record_button = _button(self.tr("Record"), "record_turnover", self.record)
        self.delete_button = _button(self.tr("Delete month"), "delete_turnover", self.delete_selected)
        for field in (self.month, self.amount):
            field.value_changed.connect(self.validate)
        inputs = QGridLayout()
        inputs.addWidget(QLabel(self.tr("Month")), 0, 0)
        inputs.addWidget(QLabel(self.tr("Turnover (Rp)")), 0, 1)
        inputs.addWidget(self.month, 1, 0)
        inputs.addWidget(self.amount, 1, 1)
        inputs.addWidget(self.record_button, 1, 2)
        inputs.addWidget(self.delete_button, 1, 3)
        inputs.addWidget(self.messages.label_for("month", self), 2, 0)
        inputs.addWidget(self.messages.label_for("amount", self), 2, 1, 1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.trend)
        layout.addWidget(self.table)
        layout.addLayout(inputs)
        self.validate()

    def show_business(self, business_id: str | None) -> None:
        self.business_id = business_id
        self._rows = business_turnovers(self.db, business_id) if business_id else []
        _fill(self.table, [[shown_month(r.month), format_rupiah(r.amount)] for r in self._rows], right=(1,))
        self.trend.set_trend(turnover_trend(self.db, business_id) if business_id else [])
        self.delete_button.setEnabled(bool(self._rows))
        self.month.set_value(suggested_month(self._rows[0].month if self._rows else None, self.bounds()))

    def validate(self) -> bool:
        checks, _row = turnover_checks(self.month.value(), self.amount.value(), self.bounds())
        writable = self._show_live(checks.problems, {"month": self.month, "amount": self.amount})
        self.record_button.setEnabled(writable)
        return writable

    def pending(self) -> str:
        """A typed amount not yet recorded (the month alone is only a suggestion)."""
        return self.amount.text().strip()

    def commit_pending(self) -> bool:
        return not self.pending() or self.record()

    def record(self) -> bool:
        month, amount = self.month.value(), self.amount.value()  # before saving the business refills them
        business_id = self.ensure_business()
        if business_id is None:
            return False
        if not self._write(lambda: record_turnover(self.db, business_id, month, amount)):
            return False
        self.show_business(business_id)  # suggests the next month to record
        self.amount.clear()
        return True

    def _correct(self, row: TurnoverRow) -> None:
        self.month.set_value(row.month)
        self.amount.set_value(row.amount)
        self.amount.setFocus()

    def delete_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or self.business_id is None:
            return
        row = self._rows[selected[0].row()]
        question = self.tr("Delete the turnover of {month}?").format(month=shown_month(row.month))
        confirmed = ask(self, self.tr("Delete month"), question) == Button.Yes
        if confirmed and self._write(lambda: delete_turnover(self.db, row.id)):
            self.show_business(self.business_id)


class SupportSection(_HistorySection):
    def __init__(self, db: Database, ensure_business: EnsureBusiness) -> None:
        super().__init__(db, ensure_business)
        self.setTitle(self.tr("Support received"))
        self._rows: list[SupportRow] = []
        self._types = support_type_choices()
        headers = [
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Provider"),
            self.tr("Amount"),
            self.tr("Details"),
        ]
        self.table = _table("supports", headers)
        self.support_date = DateField(optional=False)
        self.support_date.setObjectName("support_date")
        self.support_type = ChoiceBox(self._types)
        self.support_type.setObjectName("support_type")
        self.provider = QLineEdit()
        self.provider.setObjectName("support_provider")
        self.provider.setPlaceholderText(self.tr("e.g. Disnaker Kabupaten, KUR BRI"))
        self.description = QLineEdit()
        self.description.setObjectName("support_description")
        self.description.setPlaceholderText(self.tr("e.g. training in packaging"))
        self.amount = MoneyField()
        self.amount.setObjectName("support_amount")
        self.add_button = _button(self.tr("Add support"), "add_support", self.add)
        self.delete_button = _button(self.tr("Delete"), "delete_support", self.delete_selected)
        self.support_date.value_changed.connect(self.validate)
        self.amount.value_changed.connect(self.validate)
        self.provider.textChanged.connect(self.validate)
        self.support_type.currentIndexChanged.connect(self._type_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self._inputs())
        self._type_changed()

    def _inputs(self) -> QGridLayout:
        grid = QGridLayout()
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("Date"), self.support_date, "support_date"),
            (self.tr("Type"), self.support_type, "support_type"),
            (self.tr("Provider"), self.provider, "provider"),
            (self.tr("Details"), self.description, "description"),
            (self.tr("Capital (Rp)"), self.amount, "amount"),
        ]
        for n, (label, widget, field_name) in enumerate(rows):
            row, column = divmod(n, 2)
            grid.addWidget(QLabel(label), row * 2, column * 2)
            grid.addWidget(widget, row * 2, column * 2 + 1)
            grid.addWidget(self.messages.label_for(field_name, self), row * 2 + 1, column * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        grid.addLayout(buttons, 4, 3)
        return grid

    def show_business(self, business_id: str | None) -> None:
        self.business_id = business_id
        self._rows = business_supports(self.db, business_id) if business_id else []
        _fill(
            self.table,
            [
                [
                    f"{row.support_date:%d-%m-%Y}",
                    label_of(self._types, row.support_type),
                    row.provider or "",
                    format_rupiah(row.amount) if row.amount is not None else "",
                    row.description or "",
                ]
                for row in self._rows
            ],
            right=(3,),
        )
        self.delete_button.setEnabled(bool(self._rows))

    def input(self) -> SupportInput:
        return SupportInput(
            support_date=self.support_date.value(),
            support_type=self.support_type.code() or "",
            provider=self.provider.text(),
            description=self.description.text(),
            amount=self.amount.value(),
        )

    def _type_changed(self) -> None:
        """Only capital support has an amount."""
        capital = self.support_type.code() == SupportType.CAPITAL
        if not capital:
            self.amount.clear()
        self.amount.setEnabled(capital)
        self.validate()

    def validate(self) -> bool:
        checks, _row = support_checks(self.input())
        typed = {"support_date": self.support_date, "amount": self.amount}
        writable = self._show_live(checks.problems, typed)
        self.add_button.setEnabled(writable)
        return writable

    def pending(self) -> str:
        """What is typed but not yet added ("" when nothing: the date and type alone are defaults)."""
        texts = [field.text().strip() for field in (self.provider, self.description, self.amount)]
        return "|".join(texts) if any(texts) else ""

    def commit_pending(self) -> bool:
        return not self.pending() or self.add()

    def add(self) -> bool:
        data = self.input()
        business_id = self.ensure_business()
        if business_id is None:
            return False
        if not self._write(lambda: add_support(self.db, business_id, data)):
            return False
        self.show_business(business_id)
        for field in (self.provider, self.description, self.amount):
            field.clear()
        return True

    def delete_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or self.business_id is None:
            return
        row = self._rows[selected[0].row()]
        kind = label_of(self._types, row.support_type)
        question = self.tr("Delete the support “{kind}” of {date}?").format(
            kind=kind, date=f"{row.support_date:%d-%m-%Y}"
        )
        confirmed = ask(self, self.tr("Delete support"), question) == Button.Yes
        if confirmed and self._write(lambda: delete_support(self.db, row.id)):
            self.show_business(self.business_id)


def _button(text: str, name: str, action: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: action())
    return button


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setMinimumHeight(110)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
