"""What an export or an import did, file by file, in words: the results table of the Sinkronisasi page.

A refused bundle is an outcome like any other here (the sync core already says why, in Indonesian);
only an unexpected error is a bug, and the page shows that one with its details as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.formatting import format_count
from sync.apply import Imported
from sync.export import Exported

REFUSED_COLOUR = QColor("#b3261e")


def local_time(moment: datetime | None) -> str:
    """dd-mm-yyyy HH:MM on this computer's clock; a dash when there is none."""
    return f"{moment.astimezone():%d-%m-%Y %H:%M}" if moment is not None else "–"


def short_region(name: str) -> str:
    """ "Desa Rengaspendawa" of "Desa Rengaspendawa, Kec. Larangan, …": for narrow columns (the whole
    name goes in the tooltip)."""
    return name.split(",")[0].strip() or name


@dataclass(frozen=True)
class ResultLine:
    file: str
    other_side: str  # the sender of an imported bundle, the recipient of an exported one
    outcome: str
    refused: bool = False


def exported_line(bundle: Exported) -> ResultLine:
    words = QCoreApplication.translate("SyncResults", "{n} changes written").format(
        n=format_count(bundle.entries)
    )
    if bundle.acknowledgements:
        words += QCoreApplication.translate("SyncResults", "; confirms the changes received from there")
    return ResultLine(bundle.path.name, short_region(bundle.peer.region_name), words)


def imported_line(result: Imported) -> ResultLine:
    return ResultLine(result.path.name, short_region(result.sender), imported_words(result))


def imported_words(result: Imported) -> str:
    if result.repeated_bundle and not (result.applied or result.held or result.released):
        return QCoreApplication.translate("SyncResults", "Imported before; nothing changed")
    parts = [
        QCoreApplication.translate("SyncResults", "{n} changes applied").format(
            n=format_count(result.applied)
        )
    ]
    if result.released:
        parts.append(
            QCoreApplication.translate("SyncResults", "{n} waiting changes applied too").format(
                n=format_count(result.released)
            )
        )
    if result.held:
        parts.append(
            QCoreApplication.translate("SyncResults", "{n} wait for an earlier bundle").format(
                n=format_count(result.held)
            )
        )
    if result.already:
        parts.append(
            QCoreApplication.translate("SyncResults", "{n} had arrived before").format(
                n=format_count(result.already)
            )
        )
    if result.conflicts:
        parts.append(
            QCoreApplication.translate("SyncResults", "{n} conflicts to review").format(
                n=format_count(result.conflicts)
            )
        )
    if result.acknowledged:
        parts.append(
            QCoreApplication.translate("SyncResults", "{n} changes from here confirmed as received").format(
                n=format_count(result.acknowledged)
            )
        )
    return "; ".join(parts)


def refused_line(file: str, error: Exception) -> ResultLine:
    """A bundle that was not applied: the reason and what to do, or, for a bug, that it was one."""
    if isinstance(error, KnownError):
        reason = f"{error.message} {error.hint}".strip()
        return ResultLine(
            file,
            "–",
            QCoreApplication.translate("SyncResults", "Refused: {reason}").format(reason=reason),
            refused=True,
        )
    return ResultLine(
        file,
        "–",
        QCoreApplication.translate("SyncResults", "Not imported: unexpected error (details shown)"),
        refused=True,
    )


class ResultsTable(QTableWidget):
    """File, the other side, and the outcome; refused files in red."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("sync_results")
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SyncResults", "File"),
                QCoreApplication.translate("SyncResults", "From or to"),
                QCoreApplication.translate("SyncResults", "Outcome"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 300)
        self.setColumnWidth(1, 200)

    def show_lines(self, lines: list[ResultLine]) -> None:
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate((line.file, line.other_side, line.outcome)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long reason stays readable in a narrow window
                item.setData(Qt.ItemDataRole.UserRole, line.refused)
                if line.refused:
                    item.setForeground(QBrush(REFUSED_COLOUR))
                self.setItem(row, column, item)
        self.resizeRowsToContents()

    def outcome_at(self, row: int) -> str:
        item = self.item(row, 2)
        return item.text() if item is not None else ""

    def file_at(self, row: int) -> str:
        item = self.item(row, 0)
        return item.text() if item is not None else ""

    def is_refused(self, row: int) -> bool:
        item = self.item(row, 0)
        return item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
