"""Validation messages shown next to their fields as the officer types (DESIGN §6)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from desmigratif_desktop.services.validation import Problem

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"


class FieldMessages:
    """One message label per field; `show()` fills them from a list of problems."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def label_for(self, field_name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"message_{field_name}")
        label.setWordWrap(True)
        label.hide()
        self._labels[field_name] = label
        return label

    def show(self, problems: Iterable[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        for field_name, label in self._labels.items():
            found = sorted(by_field.get(field_name, []), key=lambda p: not p.is_error)
            if not found:
                label.hide()
                label.clear()
                continue
            label.setText("\n".join(p.message for p in found))
            label.setStyleSheet(ERROR_STYLE if found[0].is_error else WARNING_STYLE)
            label.show()

    def text(self, field_name: str) -> str:
        label = self._labels[field_name]
        return label.text() if label.isVisibleTo(label.parentWidget()) else ""
