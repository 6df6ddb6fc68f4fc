"""The history of bundles sent and received, newest first, with what each one did (from `sync_bundle`)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.ui.sync_results import local_time, short_region
from sync.history import SENT, BundleEvent

COLUMNS = 6


class HistoryTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, COLUMNS)
        self.setObjectName("sync_history")
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Installation"),
                self.tr("Changes"),
                self.tr("Outcome"),
                self.tr("File"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

    def show_events(self, events: list[BundleEvent]) -> None:
        self.setRowCount(len(events))
        for row, event in enumerate(events):
            values = (
                local_time(event.recorded_at),
                self.tr("Sent") if event.direction == SENT else self.tr("Received"),
                short_region(event.peer_name),
                format_count(event.entries),
                self.outcome(event),
                event.file_name,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(event.peer_name if column == 2 else text)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.setColumnWidth(4, min(self.columnWidth(4), 360))

    def outcome(self, event: BundleEvent) -> str:
        if event.direction == SENT:
            return self.tr("confirms the changes received") if event.acknowledged_ranges else "–"
        parts = [self.tr("{n} applied").format(n=format_count(event.outcome("applied")))]
        if event.outcome("held"):
            parts.append(self.tr("{n} waiting").format(n=format_count(event.outcome("held"))))
        if event.outcome("conflicts"):
            parts.append(self.tr("{n} conflicts").format(n=format_count(event.outcome("conflicts"))))
        if event.outcome("acknowledged"):
            parts.append(
                self.tr("{n} of ours confirmed").format(n=format_count(event.outcome("acknowledged")))
            )
        return ", ".join(parts)

    def text_at(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
