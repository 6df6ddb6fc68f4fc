"""Driving modal dialogs as a user would: wait for the dialog, fill it, press its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

POLL_MS = 10


def when_dialog_opens(handler: Callable[[QWidget], None], skip: QWidget | None = None) -> None:
    """Call `handler` with the next modal dialog to open (the one after `skip`, if given).

    A background job's progress dialog is not the dialog a test waits for: on a slow machine it shows
    before the job's message box, and handing it to `handler` would leave that box open for ever.
    """

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is skip or isinstance(dialog, QProgressDialog):
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


def choose_person(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    """Type into a PersonPicker and click its only result."""
    qtbot.keyClicks(dialog.findChild(QLineEdit, "person_search"), text)
    results = dialog.findChild(QListWidget, "person_results")
    qtbot.waitUntil(lambda: results.count() == 1)
    results.itemClicked.emit(results.item(0))


def click(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """Click the named push button, which must be there and enabled (as the officer would see it)."""
    button = widget.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def double_click(qtbot: QtBot, table: QTableView, row: int) -> None:
    """A real double click starts with a press: QTest's mouseDClick alone sends only the second one."""
    centre = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
