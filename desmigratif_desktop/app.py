"""GUI bootstrap: the one module outside `ui/` that may import Qt."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desmigratif_desktop import APP_NAME, __version__
from desmigratif_desktop.data.backup import daily_backup_if_due
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, from_os_error
from desmigratif_desktop.logs import configure_logging
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.setup import current_installation
from desmigratif_desktop.services.upkeep import routine_upkeep
from desmigratif_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
BACKUP_CHECK_MS = 60 * 60 * 1000


def run(paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        configure_logging(paths)
        db = Database.open(paths)
        routine_upkeep(db)
    except (KnownError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, _describe(error))
        return 1
    window = MainWindow(db)
    window.show()
    backups = QTimer(window)
    if current_installation(db) is not None:  # an empty, never set-up database is not worth keeping
        # The first check waits until the window is up, so start-up stays quick; then hourly, so a
        # laptop left running for days still gets its daily backup.
        QTimer.singleShot(2000, lambda: _daily_backup(paths))
        backups.timeout.connect(lambda: _daily_backup(paths))
        backups.start(BACKUP_CHECK_MS)
    code = app.exec()
    db.close()
    return int(code)


def _daily_backup(paths: DataPaths) -> None:
    try:
        daily_backup_if_due(paths)
    except OSError:
        log.exception("daily backup failed")


def _describe(error: KnownError | OSError) -> str:
    known = error if isinstance(error, KnownError) else from_os_error(error)
    return f"{known.message}\n\n{known.hint}"
