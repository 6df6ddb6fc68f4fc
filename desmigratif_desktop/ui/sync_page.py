"""Sinkronisasi: send changes to the other side on a USB stick, import what came back, see what is
missing, the history of bundles, the conflicts, and which devices are trusted (DESIGN §5, §6).

The sync core (`sync/`) does the work; this page only asks it, shows its answers, and runs exports and
imports on the database worker with a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import Role
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.ui import report_actions
from desmigratif_desktop.ui.conflicts_dialog import ConflictsDialog
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.sync_destinations import DestinationChooser
from desmigratif_desktop.ui.sync_devices import DevicesPanel
from desmigratif_desktop.ui.sync_history import HistoryTable
from desmigratif_desktop.ui.sync_results import (
    ResultsTable,
    exported_line,
    imported_line,
    refused_line,
)
from desmigratif_desktop.ui.sync_status_box import SyncStatusBox
from desmigratif_desktop.ui.tasks import Progress, run_job
from sync.apply import Imported, import_bundles
from sync.export import BUNDLE_SUFFIX, Exported, export_bundles
from sync.history import bundle_history
from sync.keys import ensure_keys
from sync.status import sync_status

TRANSFER_TAB, HISTORY_TAB, DEVICES_TAB = range(3)


class SyncPage(QWidget):
    changed = Signal()  # records arrived or a conflict was settled: every page reloads
    synced = Signal()  # bundles or trust changed: the status bar's last sync

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.keys = ensure_keys(db.paths)
        self.role = db.require_installation().role
        self.last_folder: Path | None = None  # where the last export wrote, for "Open the folder"
        self.status_box = SyncStatusBox(self.role)
        self.status_box.review_conflicts.connect(self.review_conflicts)
        self.devices = DevicesPanel(db, self.keys)
        self.devices.changed.connect(self._devices_changed)
        self.history = HistoryTable()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.addTab(self._transfer_tab(), self.tr("Send and receive"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.devices, self.tr("Identity and trusted devices"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addWidget(self.tabs, 1)
        self.reload()
        if not self.status_box.has_peers:
            self.tabs.setCurrentIndex(DEVICES_TAB)  # nothing can travel before cards are exchanged

    # -- layout ------------------------------------------------------------------------------------

    def _transfer_tab(self) -> QWidget:
        tab = QWidget()
        boxes = QHBoxLayout()
        boxes.addWidget(self._send_box(), 3)
        boxes.addWidget(self._receive_box(), 2)
        layout = QVBoxLayout(tab)
        layout.addLayout(boxes)
        layout.addWidget(self._results_box(), 1)
        return tab

    def _send_box(self) -> QGroupBox:
        partner = self.tr("the district office") if self.role == Role.VILLAGE else self.tr("each village")
        about = QLabel(
            self.tr(
                "Writes a bundle for {partner} with every change it has not yet confirmed, and the receipt "
                "of what arrived from there. Carry it on a USB stick."
            ).format(partner=partner)
        )
        about.setWordWrap(True)
        self.destination = DestinationChooser()
        self.export_button = self._button("export_bundles", self.tr("Export"), lambda: self.export())
        form = QFormLayout()
        form.addRow(self.tr("Write to"), self.destination)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch()
        box = QGroupBox(self.tr("Send changes"))
        layout = QVBoxLayout(box)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addLayout(row)
        return box

    def _receive_box(self) -> QGroupBox:
        about = QLabel(
            self.tr(
                "Choose the bundles (.dmsync) brought from the other side. Each is checked first; one "
                "that is damaged or not from a trusted device changes nothing."
            )
        )
        about.setWordWrap(True)
        self.import_button = self._button(
            "import_bundles", self.tr("Import bundles…"), lambda: self.import_()
        )
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch()
        box = QGroupBox(self.tr("Receive changes"))
        layout = QVBoxLayout(box)
        layout.addWidget(about)
        layout.addStretch()
        layout.addLayout(row)
        return box

    def _results_box(self) -> QGroupBox:
        self.result_label = QLabel(self.tr("The bundles exported or imported are listed here."))
        self.result_label.setObjectName("sync_result")
        self.result_label.setWordWrap(True)
        self.results = ResultsTable()
        self.open_folder_button = self._button(
            "open_bundle_folder", self.tr("Open the folder"), lambda: self.open_folder()
        )
        self.open_folder_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_folder_button)
        box = QGroupBox(self.tr("Result"))
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        return box

    def _button(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    # -- reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the sync core again: pending changes, gaps, conflicts, devices, history."""
        try:
            status = sync_status(self.db, self.keys)
            events = bundle_history(self.db)
        except KnownError as error:  # the database is locked by another window: say so in place
            self.result_label.setText(str(error))
            return
        self.status_box.show_status(status, events)
        self.devices.show_peers(status["peers"])
        self.history.show_events(events)

    def _devices_changed(self) -> None:
        self.reload()
        self.synced.emit()

    # -- export ------------------------------------------------------------------------------------

    def export(self, folder: Path | None = None) -> None:
        """Write the bundles to `folder`, or to the drive or folder chosen on the page."""
        folder = folder or self.destination.choose_folder()
        if folder is None:
            return

        def work(progress: Progress) -> list[Exported]:
            return export_bundles(self.db, self.keys, folder, progress=progress)

        self._busy(True)
        run_job(
            self, self.tr("Writing the bundles…"), work, lambda b: self._exported(folder, b), self._failed
        )

    def _exported(self, folder: Path, bundles: list[Exported]) -> None:
        self._busy(False)
        self.last_folder = folder
        self.open_folder_button.setEnabled(True)
        self.result_label.setText(
            self.tr("{n} bundles written to {folder}. Take them to the other side.").format(
                n=format_count(len(bundles)), folder=folder
            )
        )
        self.results.show_lines([exported_line(bundle) for bundle in bundles])
        self.reload()
        self.synced.emit()

    def open_folder(self) -> None:
        if self.last_folder is not None:
            report_actions.open_report(self, self.last_folder)

    # -- import ------------------------------------------------------------------------------------

    def import_(self, files: list[Path] | None = None) -> None:
        """Apply the bundles given, or those the officer chooses in the file dialog."""
        if files is None:
            start = self.destination.current_folder() or self.last_folder or Path.home()
            names = QFileDialog.getOpenFileNames(
                self,
                self.tr("Import bundles"),
                str(start),
                self.tr("Change bundles (*{suffix})").format(suffix=BUNDLE_SUFFIX),
            )[0]
            files = [Path(name) for name in names]
        if not files:
            return
        chosen = list(files)

        def work(progress: Progress) -> list[Any]:
            return import_bundles(self.db, self.keys, chosen, progress)

        self._busy(True)
        run_job(
            self, self.tr("Importing the bundles…"), work, lambda o: self._imported(chosen, o), self._failed
        )

    def _imported(self, files: list[Path], outcomes: list[Any]) -> None:
        self._busy(False)
        lines, bug = [], None
        for path, outcome in zip(files, outcomes, strict=True):
            if isinstance(outcome, Imported):
                lines.append(imported_line(outcome))
            else:
                lines.append(refused_line(path.name, outcome))
                if not isinstance(outcome, KnownError):
                    bug = bug or outcome
        applied = sum(1 for outcome in outcomes if isinstance(outcome, Imported))
        self.result_label.setText(
            self.tr("{n} of {total} bundles imported; a refused bundle changed nothing.").format(
                n=format_count(applied), total=format_count(len(outcomes))
            )
        )
        self.results.show_lines(lines)
        self.reload()
        if applied:
            self.changed.emit()
            self.synced.emit()
        if bug is not None:
            show_error(self, bug)  # a bug, not a refusal: shown with its details to copy

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        show_error(self, error)
        self.reload()

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    # -- conflicts ---------------------------------------------------------------------------------

    def review_conflicts(self) -> None:
        dialog = ConflictsDialog(self.db, self)
        dialog.resolved.connect(self.changed)
        dialog.exec()
        self.reload()
