"""GUI bootstrap: the one module outside `ui/` that may import Qt."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desmigratif_desktop import APP_NAME, __version__
from desmigratif_desktop.data.backup import daily_backup_if_due
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError, from_os_error
from desmigratif_desktop.logs import configure_logging
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.resources import resource_path
from desmigratif_desktop.services.setup import current_installation
from desmigratif_desktop.services.upkeep import routine_upkeep
from desmigratif_desktop.ui.app_settings import language
from desmigratif_desktop.ui.dialogs import warn

log = logging.getLogger(__name__)
BACKUP_CHECK_MS = 60 * 60 * 1000


def run(paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translator(app, language(paths))  # type: ignore[arg-type]
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        configure_logging(paths)
        db = Database.open(paths)
    except (KnownError, OSError) as error:
        warn(None, APP_NAME, _describe(error), QMessageBox.Icon.Critical)
        return 1
    try:
        return _run_window(app, db)  # type: ignore[arg-type]
    finally:
        db.close()


def _run_window(app: QApplication, db: Database) -> int:
    from desmigratif_desktop.ui.main_window import MainWindow
    from desmigratif_desktop.ui.setup_wizard import run_setup_wizard

    if current_installation(db) is None and not run_setup_wizard(db.paths):
        return 0
    routine_upkeep(db)
    window = MainWindow(db)
    window.show()
    backups = QTimer(window)
    # The first check waits until the window is up, so start-up stays quick; then hourly, so a
    # laptop left running for days still gets its daily backup.
    QTimer.singleShot(2000, lambda: _daily_backup(db))
    backups.timeout.connect(lambda: _daily_backup(db))
    backups.start(BACKUP_CHECK_MS)
    return int(app.exec())


def install_translator(app: QApplication, chosen: str) -> QTranslator | None:
    """Indonesian unless the user chose English: the source text of the screens is English."""
    if chosen == "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"desmigratif_{chosen}.qm"))):
        app.installTranslator(translator)
        return translator
    log.error("translation %s could not be loaded", chosen)
    return None


def _daily_backup(db: Database) -> None:
    try:
        daily_backup_if_due(db.paths)
    except OSError:
        log.exception("daily backup failed")


def _describe(error: KnownError | OSError) -> str:
    known = error if isinstance(error, KnownError) else from_os_error(error)
    return f"{known.message}\n\n{known.hint}"
