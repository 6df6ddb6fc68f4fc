"""A bug is not a crash (issue 7, item 4): it is logged with its traceback, shown with "Copy details",
and the application goes on."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop.app import _show_unexpected_error
from desmigratif_desktop.logs import LOG_FILE_NAME, configure_logging
from desmigratif_desktop.paths import DataPaths
from tests.gui_helpers import when_dialog_opens


def a_bug_in_a_slot() -> None:
    households: dict[str, int] = {}
    households["3329150101200001"] += 1  # a KeyError, as a real slip would make


def test_an_unexpected_error_is_logged_shown_with_its_details_and_the_app_goes_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "data")
    log_file = configure_logging(paths)
    assert log_file is not None
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    shown: dict[str, str] = {}

    def copy_then_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown["text"], shown["details"] = box.text(), box.detailedText()
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
        copy.click()
        box.reject()

    when_dialog_opens(copy_then_close)
    try:
        a_bug_in_a_slot()
    except KeyError:
        _show_unexpected_error(*sys.exc_info())  # type: ignore[arg-type]
    assert "Your saved data is safe" in shown["text"]
    assert "a_bug_in_a_slot" in shown["details"] and "KeyError" in shown["details"]
    assert QApplication.clipboard().text() == shown["details"]
    logged = (paths.logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "unexpected error" in logged and "a_bug_in_a_slot" in logged
    assert "3329150101200001" not in logged  # the NIK-like key in the traceback is masked
    assert window.isVisible()  # still running: the event loop and the window are there
