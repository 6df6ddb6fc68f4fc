"""Driving modal dialogs as a user would: wait for the dialog, fill it, press its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

POLL_MS = 10


def when_dialog_opens(handler: Callable[[QWidget], None], skip: QWidget | None = None) -> None:
    """Call `handler` with the next modal dialog to open (the one after `skip`, if given)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is skip:
            QTimer.singleShot(POLL_MS, poll)
            return
        handler(dialog)

    QTimer.singleShot(0, poll)


def press(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def save(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def type_into(widget: QWidget, name: str, text: str) -> None:
    line = widget.findChild(QLineEdit, name)
    assert line is not None, name
    line.clear()
    line.insert(text)
