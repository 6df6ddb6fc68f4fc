"""A dialog of validated fields: rows with their messages, checks as the officer types, one save path.

Every editor (person, placement, return, case) is one of these, so each behaves the same way:
errors next to the field, Save disabled while an error remains, Ctrl+S, service errors shown in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.errors import KnownError, ValidationError
from desmigratif_desktop.services.validation import Problem
from desmigratif_desktop.ui.dialogs import BoxButton, Button, ask, button_box, save_shortcut
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.field_messages import FieldMessages
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField, MoneyField, MonthField

TYPED_FIELDS = (DateField, MonthField, MoneyField)  # each says what is wrong with what was typed

Row = tuple[str, str, QWidget]  # column name (for its messages), label, widget


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, close_button: BoxButton = BoxButton.Cancel) -> None:
        super().__init__(parent)
        self.messages = FieldMessages()
        self.wrote_anything = False  # whether any write of this dialog reached the database
        self.form = QFormLayout()
        self.buttons = button_box(BoxButton.Save, close_button)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(BoxButton.Save)
        save_shortcut(self, self.save, self.save_button)

    def add_rows(self, rows: Sequence[Row]) -> None:
        for field_name, label, widget in rows:
            widget.setObjectName(field_name)
            self.form.addRow(label, widget)
            self.form.addRow("", self.messages.label_for(field_name, self))
            _on_change(widget, self.validate)

    def finish(self, *below_form: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for widget in below_form:
            layout.addWidget(widget)
        layout.addWidget(self.buttons)

    def problems(self) -> list[Problem]:
        """The pure checks of the form's service, as the officer types; subclasses say which."""
        raise NotImplementedError

    def input(self) -> object:
        """The form's values as its service's input object (compared to detect unsaved changes)."""
        raise NotImplementedError

    def mark_saved(self) -> None:
        """What the form holds now counts as saved: closing asks nothing until it changes."""
        self._saved_input = self.input()

    def reject(self) -> None:
        """Unsaved changes are never lost silently: save, discard, or stay."""
        unchanged = getattr(self, "_saved_input", None) is None or self.input() == self._saved_input
        if unchanged or not self.isVisible():  # nothing to lose, or nobody to ask
            self.discard()
            return
        answer = ask(
            self,
            self.windowTitle(),
            QCoreApplication.translate("FormDialog", "There are changes that are not saved. Save them?"),
            Button.Save | Button.Discard | Button.Cancel,
        )
        if answer == Button.Save:
            self.save()
        elif answer == Button.Discard:
            self.discard()

    def discard(self) -> None:
        """Close without saving and without asking: the officer chose to leave (e.g. to another person)."""
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()
        self.reject()

    def validate(self) -> list[Problem]:
        problems = self._with_typed_formats(self.problems())
        self.messages.show(problems)
        self.save_button.setEnabled(not any(p.is_error for p in problems))
        return problems

    def save(self) -> None:
        raise NotImplementedError

    def _with_typed_formats(self, problems: list[Problem]) -> list[Problem]:
        """A date, month or amount typed wrongly gets its own message instead of the form's "required"."""
        for kind in TYPED_FIELDS:
            for field in self.findChildren(kind):
                message = field.problem()
                if message:
                    name = field.objectName()
                    problems = [p for p in problems if p.field != name]
                    problems.append(Problem(name, "format", message))
        return problems

    def write(self, action: Callable[[], object]) -> bool:
        """Run a service write; refused input goes back next to its fields, other known errors in a box."""
        try:
            action()
            self.wrote_anything = True
        except ValidationError as error:
            self.messages.show(error.problems)
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        return True


def _on_change(widget: QWidget, callback: Callable[[], object]) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, ChoiceBox):
        widget.currentIndexChanged.connect(callback)
    elif isinstance(widget, TYPED_FIELDS):
        widget.value_changed.connect(callback)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(callback)
    else:
        changed = getattr(widget, "chosen", None)  # a picker tells when a choice is made
        if changed is not None:
            changed.connect(callback)
