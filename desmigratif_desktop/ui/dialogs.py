"""Standard buttons and message boxes in the user's language.

Qt ships no Indonesian translation of its own buttons (Save, Cancel, Yes…), so every dialog built
here names them through our translation file instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget, QWizard

Button = QMessageBox.StandardButton
BoxButton = QDialogButtonBox.StandardButton


def _texts() -> dict[str, str]:
    return {
        "Save": QCoreApplication.translate("Buttons", "Save"),
        "Cancel": QCoreApplication.translate("Buttons", "Cancel"),
        "Close": QCoreApplication.translate("Buttons", "Close"),
        "Yes": QCoreApplication.translate("Buttons", "Yes"),
        "No": QCoreApplication.translate("Buttons", "No"),
        "Discard": QCoreApplication.translate("Buttons", "Don't save"),
        "Ok": QCoreApplication.translate("Buttons", "OK"),
    }


def button_box(*buttons: BoxButton) -> QDialogButtonBox:
    box = QDialogButtonBox()
    texts = _texts()
    for which in buttons:
        box.addButton(which).setText(texts[which.name])
    return box


def ask(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Yes | Button.No) -> Button:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    _name_buttons(box)
    return Button(box.exec())


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, Button.Ok, parent)
    _name_buttons(box)
    box.exec()


def warn(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> None:
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    _name_buttons(box)
    box.exec()


def name_wizard_buttons(wizard: QWizard) -> None:
    names = {
        QWizard.WizardButton.BackButton: QCoreApplication.translate("Buttons", "< Back"),
        QWizard.WizardButton.NextButton: QCoreApplication.translate("Buttons", "Next >"),
        QWizard.WizardButton.FinishButton: QCoreApplication.translate("Buttons", "Finish"),
        QWizard.WizardButton.CancelButton: QCoreApplication.translate("Buttons", "Cancel"),
    }
    for which, text in names.items():
        wizard.setButtonText(which, text)


def _name_buttons(box: QMessageBox) -> None:
    texts = _texts()
    for which in (Button.Save, Button.Cancel, Button.Close, Button.Yes, Button.No, Button.Discard, Button.Ok):
        button = box.button(which)
        if button is not None:
            button.setText(texts[which.name])


def save_shortcut(dialog: QWidget, save: Callable[[], object], save_button: QWidget) -> None:
    """Ctrl+S saves, but only when the Save button would: errors still block it."""
    shortcut = QShortcut(QKeySequence.StandardKey.Save, dialog)
    shortcut.activated.connect(lambda: save() if save_button.isEnabled() else None)
