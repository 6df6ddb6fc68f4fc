"""Pengaturan: the details reports print, training data, backup and restore, the language of the screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.backups import check_backup, restore, save_backup
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.ui.app_settings import LANGUAGE_KEY, app_settings, language
from desmigratif_desktop.ui.dialogs import Button, ask, inform
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.office_details_form import OfficeDetailsBox
from desmigratif_desktop.ui.tasks import Progress, run_job


class SettingsPage(QWidget):
    data_changed = Signal()  # the database changed underneath: every page reloads

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        layout = QVBoxLayout(self)
        self.office_details = OfficeDetailsBox(db)
        self.office_details.saved.connect(self.data_changed)  # the status bar shows the officer
        layout.addWidget(self.office_details)
        layout.addWidget(self._training_box())
        layout.addWidget(self._backup_box())
        layout.addWidget(self._language_box())
        layout.addStretch()

    def reload(self) -> None:
        self.office_details.reload()

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training data"))
        self.demo_count = QSpinBox()
        self.demo_count.setObjectName("demo_count")
        self.demo_count.setRange(1, 20_000)
        self.demo_count.setValue(100)
        load = QPushButton(self.tr("Load training data"))
        load.setObjectName("load_demo")
        load.clicked.connect(self.load_training_data)
        form = QFormLayout(box)
        form.addRow(
            QLabel(self.tr("Adds realistic made-up households for practice. Do not use on real data."))
        )
        form.addRow(self.tr("Households"), self.demo_count)
        form.addRow(load)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup"))
        backup = QPushButton(self.tr("Save a backup…"))
        backup.setObjectName("backup")
        backup.clicked.connect(self.save_backup)
        restore = QPushButton(self.tr("Restore from a backup…"))
        restore.setObjectName("restore")
        restore.clicked.connect(self.restore)
        form = QFormLayout(box)
        form.addRow(QLabel(self.tr("A backup is also made automatically every day in the data folder.")))
        form.addRow(backup)
        form.addRow(restore)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language(self.db.paths))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form = QFormLayout(box)
        form.addRow(self.tr("Language of the screens"), self.language)
        return box

    def load_training_data(self) -> None:
        count = self.demo_count.value()

        def work(progress: Progress) -> object:
            return add_demo_data(self.db, count, seed=count, progress=progress)

        run_job(self, self.tr("Adding training data…"), work, self._training_data_added)

    def _training_data_added(self, result: object) -> None:
        households = getattr(result, "households", 0)
        inform(
            self,
            self.tr("Training data"),
            self.tr("{n} households were added.").format(n=format_count(households)),
        )
        self.data_changed.emit()

    def save_backup(self, target: str | None = None) -> None:
        target = (
            target
            or QFileDialog.getSaveFileName(
                self, self.tr("Save a backup"), "desmigratif-cadangan.db", self.tr("Backups (*.db)")
            )[0]
        )
        if not target:
            return
        out = Path(target)
        run_job(
            self,
            self.tr("Saving the backup…"),
            lambda _p: save_backup(self.db.paths, out),
            lambda _r: inform(self, self.tr("Backup"), self.tr("Backup saved to {path}").format(path=out)),
        )

    def restore(self, source: str | None = None, confirm: bool = True) -> None:
        source = (
            source
            or QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), "", self.tr("Backups (*.db)")
            )[0]
        )
        if not source:
            return
        try:
            info = check_backup(Path(source))
        except Exception as error:  # shown as a known error when it is one
            show_error(self, error)
            return
        question = self.tr(
            "Replace the current data with this backup?\n\n{backup}\n\n"
            "The current data is kept in the backups folder."
        ).format(backup=info.describe())
        if confirm and ask(self, self.tr("Restore"), question) != Button.Yes:
            return

        run_job(
            self,
            self.tr("Restoring…"),
            lambda _p: restore(self.db.paths, info.path),
            lambda _r: self.data_changed.emit(),
        )

    def _language_chosen(self) -> None:
        app_settings(self.db.paths).setValue(LANGUAGE_KEY, self.language.currentData())
        inform(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time the application starts."),
        )
