"""Konflik: records two sides changed without seeing each other's change. Both versions are kept; the
officer reads who changed what and when, and keeps the version shown or the other one (DESIGN §5)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.ui.conflict_fields import (
    field_label,
    field_labels,
    record_name,
    value_text,
    written_when,
)
from desmigratif_desktop.ui.dialogs import BoxButton, Button, ask, button_box
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.sync_results import short_region
from sync.conflicts import KEEP_OTHER, KEEP_SHOWN, Conflict, list_conflicts, resolve

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    resolved = Signal()  # a record may have changed: the pages reload

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 600)
        self.list = QListWidget()
        self.list.setObjectName("conflict_list")
        self.list.currentItemChanged.connect(lambda _item, _old: self._show_current())
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self._details())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 680])
        close = button_box(BoxButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These records were changed here and elsewhere without either side seeing the other's "
                "change. The newer version is shown everywhere; the other is kept until you choose."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.reload()

    def _details(self) -> QWidget:
        self.description = QLabel()
        self.description.setObjectName("conflict_description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.differences = QTableWidget(0, 3)
        self.differences.setObjectName("conflict_differences")
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.setWordWrap(True)
        self.differences.verticalHeader().hide()
        header = self.differences.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # the values get the room
        self.keep_shown_button = self._button("keep_shown", self.tr("Keep shown version"), KEEP_SHOWN)
        self.keep_other_button = self._button("keep_other", self.tr("Keep other version"), KEEP_OTHER)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep_shown_button)
        buttons.addWidget(self.keep_other_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.description)
        layout.addWidget(self.differences, 1)
        layout.addLayout(buttons)
        return panel

    def _button(self, name: str, text: str, keep: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter must not settle a conflict
        button.clicked.connect(lambda: self.keep(keep))
        return button

    def reload(self) -> None:
        chosen = self.current()
        self._conflicts = list_conflicts(self.db)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(
                self.tr("{what}: {name}\nfound {when}").format(
                    what=conflict.label,
                    name=record_name(conflict),
                    when=written_when(str(conflict.detected_at)),
                )
            )
            item.setData(ID_ROLE, conflict.id)
            self.list.addItem(item)
            if chosen is not None and conflict.id == chosen.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show_current(self) -> None:
        conflict = self.current()
        for button in (self.keep_shown_button, self.keep_other_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.description.setText(self.tr("No open conflicts."))
            self.differences.setRowCount(0)
            return
        self.description.setText(self.describe(conflict))
        self._show_differences(conflict)

    def describe(self, conflict: Conflict) -> str:
        """Who changed what, and when, in this computer's time and the officer's language."""
        labels = field_labels()
        fields = ", ".join(field_label(column, labels) for column, _s, _o in conflict.differences())
        return self.tr(
            "{what} “{name}” was changed by {shown} ({shown_when}) and by {other} ({other_when}) without "
            "either seeing the other's change. They differ in: {fields}. Shown now: the version of {shown}."
        ).format(
            what=conflict.label,
            name=record_name(conflict),
            shown=conflict.shown.writer,
            shown_when=written_when(conflict.shown.written_at),
            other=conflict.other.writer,
            other_when=written_when(conflict.other.written_at),
            fields=fields or self.tr("whether it is deleted"),
        )

    def _show_differences(self, conflict: Conflict) -> None:
        rows = conflict.differences()
        if not rows:  # only the tombstone differs (deleted on one side, changed on the other)
            shown_deleted = bool(conflict.shown.row.get("deleted"))
            rows = [("deleted", shown_deleted, not shown_deleted)]
        self.differences.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Shown version ({who})").format(who=short_region(conflict.shown.writer)),
                self.tr("Other version ({who})").format(who=short_region(conflict.other.writer)),
            ]
        )
        labels = {**field_labels(), "deleted": self.tr("Deleted")}
        self.differences.setRowCount(len(rows))
        for row, (column, shown, other) in enumerate(rows):
            values = (
                field_label(column, labels),
                self._value(conflict.entity, column, shown),
                self._value(conflict.entity, column, other),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.differences.setItem(row, col, item)
        self.differences.resizeRowsToContents()

    def _value(self, entity: str, column: str, value: object) -> str:
        if column == "deleted":
            return self.tr("Yes") if value else self.tr("No")
        return value_text(entity, column, value)

    def keep(self, which: str, confirm: bool = True) -> None:
        conflict = self.current()
        if conflict is None:
            return
        version = conflict.shown if which == KEEP_SHOWN else conflict.other
        question = (
            self.tr("Keep the version of {who}, as shown now? The other version is dropped.")
            if which == KEEP_SHOWN
            else self.tr(
                "Use the version of {who} instead of the one shown? It is saved as a new change and "
                "sent with the next bundle."
            )
        ).format(who=version.writer)
        if confirm and ask(self, self.tr("Resolve the conflict"), question) != Button.Yes:
            return
        try:
            resolve(self.db, conflict.id, which)
        except Exception as error:  # already resolved elsewhere: said in Indonesian
            show_error(self, error)
        self.resolved.emit()
        self.reload()
