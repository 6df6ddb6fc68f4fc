"""What the officer sees when the database file is damaged: what happened, and the way back (issue 7).

Nothing is changed until the officer chooses. Restoring moves the damaged file aside untouched (into
`backups/`, for whoever can rescue it) and puts the chosen backup in its place.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desmigratif_desktop.data.backup import BackupInfo
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.backups import check_backup
from desmigratif_desktop.services.recovery import newest_good_backup, recover_from
from desmigratif_desktop.ui.dialogs import inform
from desmigratif_desktop.ui.errors import show_error

log = logging.getLogger(__name__)


def offer_recovery(parent: QWidget | None, paths: DataPaths) -> bool:
    """Explain the damage and offer the newest good backup; True when a backup was restored."""
    newest = newest_good_backup(paths)
    box = QMessageBox(parent)
    box.setObjectName("recovery_box")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Recovery", "The data file is damaged"))
    box.setText(_explanation(paths, newest))
    restore_newest = None
    if newest is not None:
        restore_newest = box.addButton(
            QApplication.translate("Recovery", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole
        )
        restore_newest.setObjectName("restore_newest")
    choose = box.addButton(
        QApplication.translate("Recovery", "Choose a backup file…"), QMessageBox.ButtonRole.ActionRole
    )
    choose.setObjectName("choose_backup")
    close = box.addButton(
        QApplication.translate("Recovery", "Close the application"), QMessageBox.ButtonRole.RejectRole
    )
    close.setObjectName("close_app")
    box.setDefaultButton(restore_newest or close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore_newest and newest is not None:
        return _restore(parent, paths, newest.path)
    if clicked is choose:
        return _choose_and_restore(parent, paths)
    return False


def _explanation(paths: DataPaths, newest: BackupInfo | None) -> str:
    lines = [
        QApplication.translate(
            "Recovery",
            "The data file {file} cannot be read correctly. A power cut during a save or a failing disk "
            "can cause this. Nothing has been changed.",
        ).format(file=paths.database),
    ]
    if newest is None:
        lines.append(
            QApplication.translate(
                "Recovery",
                "No usable automatic backup was found. Choose a backup file (for example one saved on a "
                "flash drive), or close the application and ask the district office for help; the damaged "
                "file stays as it is.",
            )
        )
    else:
        taken = datetime.fromtimestamp(newest.path.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
        lines.append(
            QApplication.translate(
                "Recovery",
                "The newest good backup was made on {when}: {households} households, {persons} persons. "
                "Restoring it brings the data back as it was then; what was saved after it is lost, unless "
                "it was already sent to the district office.",
            ).format(when=taken, households=newest.households, persons=newest.persons)
        )
    lines.append(
        QApplication.translate("Recovery", "The damaged file is kept in the backups folder, untouched.")
    )
    return "\n\n".join(lines)


def _choose_and_restore(parent: QWidget | None, paths: DataPaths) -> bool:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QApplication.translate("Recovery", "Choose a backup file"),
        str(paths.backups),
        QApplication.translate("Recovery", "Backups (*.db);;All files (*)"),
    )
    if not chosen:
        return False
    try:
        check_backup(Path(chosen))
    except KnownError as error:
        show_error(parent, error)
        return False
    return _restore(parent, paths, Path(chosen))


def _restore(parent: QWidget | None, paths: DataPaths, backup: Path) -> bool:
    try:
        kept = recover_from(paths, backup)
    except (KnownError, OSError) as error:
        log.error("recovery from %s failed: %s", backup, error)
        show_error(parent, error)
        return False
    inform(
        parent,
        QApplication.translate("Recovery", "Backup restored"),
        QApplication.translate(
            "Recovery", "The data was restored from {backup}. The damaged file was kept as {kept}."
        ).format(backup=backup.name, kept=kept),
    )
    return True
