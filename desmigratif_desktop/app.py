"""GUI bootstrap: the one module outside `ui/` that may import Qt.

Start-up is kept close to a bare window's: a stdlib sqlite3 look decides between the setup wizard
and the main window, the window frame shows at once, and the data layer (SQLAlchemy, migrations,
region data) is loaded on the database worker while the window is already on screen.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys

from PySide6.QtCore import QLockFile, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desmigratif_desktop import APP_NAME, __version__
from desmigratif_desktop.errors import DatabaseCorruptError, KnownError, from_os_error
from desmigratif_desktop.logs import configure_logging
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.resources import resource_path
from desmigratif_desktop.ui.app_settings import language
from desmigratif_desktop.ui.dialogs import warn

log = logging.getLogger(__name__)
BACKUP_CHECK_MS = 60 * 60 * 1000
LOCK_FILE_NAME = "desmigratif.lock"
LOCK_WAIT_MS = 200


def run(paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translator(app, language(paths))  # type: ignore[arg-type]
    sys.excepthook = _show_unexpected_error
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        configure_logging(paths)
    except OSError as error:
        warn(None, APP_NAME, _describe(error), QMessageBox.Icon.Critical)
        return 1
    lock = instance_lock(paths)  # held until this function returns, i.e. while the window is open
    if lock is None:
        warn(None, APP_NAME, _already_open_text(paths), QMessageBox.Icon.Warning)
        return 1
    try:
        if not is_set_up(paths) and not _first_start(paths):
            return 0
    except DatabaseCorruptError:
        if not offer_recovery(None, paths):
            return 1
    except (KnownError, OSError) as error:
        warn(None, APP_NAME, _describe(error), QMessageBox.Icon.Critical)
        return 1
    return _run_main_window(app, paths)  # type: ignore[arg-type]


def instance_lock(paths: DataPaths) -> QLockFile | None:
    """One window per data dir: two would each think the other's saves are not there yet.

    Separate data dirs (a training copy, a second village) still open side by side. A lock left by a
    crashed or killed window is taken over: Qt checks whether the process that wrote it still runs.
    """
    lock = QLockFile(str(paths.data_dir / LOCK_FILE_NAME))
    lock.setStaleLockTime(0)  # never stale by age: the window may stay open for days
    if lock.tryLock(LOCK_WAIT_MS):
        return lock
    log.warning("data dir %s is already open in another window", paths.data_dir)
    return None


def _already_open_text(paths: DataPaths) -> str:
    return QApplication.translate(
        "Startup",
        "Desmigratif is already open with this data folder ({folder}).\n\n"
        "Switch to that window (look in the taskbar). Two windows on the same data would not see each "
        "other's saves.",
    ).format(folder=paths.data_dir)


def is_set_up(paths: DataPaths) -> bool:
    """True only when the database certainly holds an installation; anything else takes the long way."""
    if not paths.database.is_file():
        return False
    uri = f"{paths.database.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1)) as conn:
            return conn.execute("SELECT count(*) FROM installation").fetchone()[0] == 1
    except sqlite3.Error:
        return False


def offer_recovery(parent: QWidget | None, paths: DataPaths) -> bool:
    from desmigratif_desktop.ui.recovery_dialog import offer_recovery as offer

    return offer(parent, paths)


def _first_start(paths: DataPaths) -> bool:
    """Open (and so check) the database, then set up with the wizard if it is not set up yet."""
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.services.setup import current_installation
    from desmigratif_desktop.ui.setup_wizard import run_setup_wizard

    with Database.open(paths) as db:  # a corrupt or foreign file is refused here, never set up over
        if current_installation(db) is not None:
            return True
    return run_setup_wizard(paths)


def _run_main_window(app: QApplication, paths: DataPaths) -> int:
    from desmigratif_desktop.ui.main_window import MainWindow

    window = MainWindow(paths)
    window.show()
    window.database_failed.connect(lambda _error: app.exit(1))
    window.database_ready.connect(lambda: _start_backups(window))
    QTimer.singleShot(0, window.open_database_in_background)
    code = int(app.exec())
    if window.db is not None:
        window.db.close()
    return code


def _start_backups(window: QWidget) -> None:
    """The first check waits until the window is up; then hourly, so a laptop left on still gets one.

    The copy runs on the database worker (half a second at district scale), never on the UI thread.
    """
    from desmigratif_desktop.ui.main_window import MainWindow
    from desmigratif_desktop.ui.tasks import run_in_background

    assert isinstance(window, MainWindow) and window.db is not None
    db = window.db

    def check() -> None:
        run_in_background(window, lambda: _daily_backup(db), lambda _r: window.refresh_status(), log.error)

    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(BACKUP_CHECK_MS)
    QTimer.singleShot(2000, check)


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


def _daily_backup(db: object) -> None:
    from desmigratif_desktop.data.backup import daily_backup_if_due

    try:
        daily_backup_if_due(db.paths)  # type: ignore[attr-defined]
    except OSError:
        log.exception("daily backup failed")


def _show_unexpected_error(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """A bug in a slot must not vanish into stderr: log it, show it with details, keep running."""
    from desmigratif_desktop.ui.errors import show_error

    log.error("unexpected error", exc_info=(kind, error, trace))  # type: ignore[arg-type]
    show_error(QApplication.activeWindow(), error)


def _describe(error: KnownError | OSError) -> str:
    known = error if isinstance(error, KnownError) else from_os_error(error)
    return f"{known.message}\n\n{known.hint}"
