"""The Qt binding itself must be safe to run for hours: a guard on the PySide6 version we pin.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call that returns nothing, and
the interpreter aborted after a few minutes of normal use ("none_dealloc").
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 5_000


def test_calls_returning_nothing_do_not_consume_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert sys.getrefcount(None) - before > -CALLS // 10
