"""How problems reach the user: known errors in plain Indonesian, bugs with details to copy (DESIGN §3)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desmigratif_desktop.errors import KnownError, from_os_error
from desmigratif_desktop.ui.dialogs import warn

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, OSError):
        error = from_os_error(error)
    if isinstance(error, KnownError):
        warn(parent, QApplication.translate("Errors", "Cannot continue"), _known_text(error))
        return
    _show_bug(parent, error)


def _known_text(error: KnownError) -> str:
    return f"{error.message}\n\n{error.hint}".strip()


def _show_bug(parent: QWidget | None, error: BaseException) -> None:
    details = "".join(traceback.format_exception(error))
    log.error("unexpected error shown to the user:\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "Errors",
            "Something went wrong inside the application. Your saved data is safe.\n"
            "Copy the details and send them to the district office.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(QApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QApplication.translate("Buttons", "Close"), QMessageBox.ButtonRole.RejectRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()
