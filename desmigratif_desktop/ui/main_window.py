"""The main window: navigation, the pages, a status bar, shortcuts.

Start-up shows the frame first: the database is opened (and migrated, if need be) on the database
worker while the window is already on screen, and the first page fills in when it is ready. Nothing
here imports the data layer at module level, so the frame costs little more than a bare window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from desmigratif_desktop import APP_NAME
from desmigratif_desktop.errors import DatabaseCorruptError
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.ui.app_settings import GEOMETRY_KEY, app_settings
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.tasks import database_busy, run_in_background

if TYPE_CHECKING:
    from desmigratif_desktop.data.database import Database

STATUS_REFRESH_MS = 60_000


class MainWindow(QMainWindow):
    database_ready = Signal()
    database_failed = Signal(object)

    def __init__(self, paths: DataPaths, db: Database | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.db: Database | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1180, 760)
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # built pages whose data changed while they were hidden
        self._factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": self._make_dashboard,
            "register": self._make_register,
            "services": lambda: self._make_pillar("services_page", "MigrationServicesPage"),
            "businesses": lambda: self._make_pillar("businesses_page", "BusinessesPage"),
            "parenting": lambda: self._make_pillar("parenting_page", "ParentingPage"),
            "cooperative": lambda: self._make_pillar("cooperative_page", "CooperativePage"),
            "cases": self._make_cases,
            "reports": self._make_reports,
            "sync": self._make_sync,
            "settings": self._make_settings,
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self._nav_keys = list(self._factories)
        titles = (
            self.tr("Home"),
            self.tr("Migrant households"),
            self.tr("Migration services"),
            self.tr("Productive businesses"),
            self.tr("Community parenting"),
            self.tr("Cooperative"),
            self.tr("Cases"),
            self.tr("Reports"),
            self.tr("Synchronisation"),
            self.tr("Settings"),
        )  # DESIGN §6: the four pillars between the register and the cases, then Laporan, Sinkronisasi
        assert len(titles) == len(self._nav_keys)
        for title in titles:
            self.nav.addItem(title)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._status_labels = {key: QLabel() for key in ("village", "officer", "pending", "sync", "backup")}
        for key, label in self._status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label)
        self._restore_geometry()
        self.nav.currentRowChanged.connect(self._show_page)
        self._status_timer = QTimer(self)
        self._status_timer.timeout.connect(self.refresh_status)
        self.statusBar().showMessage(self.tr("Opening the data…"))
        if db is not None:
            self.attach(db)

    def open_database_in_background(self) -> None:
        """Open, migrate and bring up to date on the database worker; `attach` runs when it is done."""
        run_in_background(self, lambda: _open_for_window(self.paths), self.attach, self._failed_to_open)

    def attach(self, db: Database) -> None:
        self.db = db
        if not self.findChild(QAction, "new_item"):
            # Ctrl+N and Ctrl+F act on the data, so they come with it. Attaching a shortcut is also
            # the window's first use of Qt's enums, which PySide builds all at once (~40 ms): after
            # the window is on screen, not before.
            self._add_actions()
        self.statusBar().clearMessage()
        self._status_timer.start(STATUS_REFRESH_MS)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        else:  # the officer already chose a page while the data was opening
            self._show_page(self.nav.currentRow())
        self.refresh_status()
        self.database_ready.emit()

    def _failed_to_open(self, error: Exception) -> None:
        if isinstance(error, DatabaseCorruptError):
            from desmigratif_desktop.ui.recovery_dialog import offer_recovery

            if offer_recovery(self, self.paths):
                self.open_database_in_background()
                return
        else:
            show_error(self, error)
        self.database_failed.emit(error)

    # -- pages -----------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        assert self.db is not None, "pages need the database"
        if key not in self._pages:
            page = self._factories[key]()
            self._pages[key] = page
            self.stack.addWidget(page)
            _reload(page)
        return self._pages[key]

    def go_to(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._nav_keys.index(key))
        return self.page(key)

    def _show_page(self, row: int) -> None:
        if row >= 0 and self.db is not None:  # before the database is open a click waits for it
            key = self._nav_keys[row]
            page = self.page(key)
            if key in self._stale:
                self._stale.discard(key)
                _reload(page)
            self.stack.setCurrentWidget(page)

    def _make_dashboard(self) -> QWidget:
        from desmigratif_desktop.ui.dashboard_page import DashboardPage  # QtCharts loads only when needed

        return DashboardPage(self.db)

    def _make_register(self) -> QWidget:
        from desmigratif_desktop.ui.register_page import RegisterPage

        page = RegisterPage(self.db)
        page.open_household.connect(self.open_household)
        page.new_household.connect(lambda: self.open_household("", ""))
        return page

    def _make_pillar(self, module_name: str, class_name: str) -> QWidget:
        """A pillar's page, imported only when first shown (keeps start-up light)."""
        module = importlib.import_module(f"desmigratif_desktop.ui.{module_name}")
        page = getattr(module, class_name)(self.db)
        page.changed.connect(self.data_changed)
        return page  # type: ignore[no-any-return]

    def _make_cases(self) -> QWidget:
        from desmigratif_desktop.ui.cases_page import CasesPage

        page = CasesPage(self.db)
        page.changed.connect(self.data_changed)
        return page

    def _make_reports(self) -> QWidget:
        from desmigratif_desktop.ui.reports_page import ReportsPage  # reportlab loads only when needed

        return ReportsPage(self.db)

    def _make_sync(self) -> QWidget:
        from desmigratif_desktop.ui.sync_page import SyncPage  # the crypto loads only when needed

        page = SyncPage(self.db)
        page.changed.connect(self.data_changed)
        page.synced.connect(self.refresh_status)
        return page

    def _make_settings(self) -> QWidget:
        from desmigratif_desktop.ui.settings_page import SettingsPage

        page = SettingsPage(self.db)
        page.data_changed.connect(self.data_changed)
        return page

    def open_household(self, household_id: str, person_id: str = "") -> None:
        from desmigratif_desktop.ui.household_dialog import HouseholdDialog

        dialog = HouseholdDialog(self.db, household_id or None, self)
        dialog.changed.connect(self.data_changed)
        dialog.open_person.connect(lambda other: QTimer.singleShot(0, lambda: self._open_person(other)))
        if person_id:
            dialog.select_member(person_id)
        dialog.exec()

    def _open_person(self, person_id: str) -> None:
        from desmigratif_desktop.services.persons import get_person

        person = get_person(self.db, person_id)
        if person is not None:
            self.open_household(person.household_id, person_id)

    def data_changed(self) -> None:
        """Something was saved: the page on screen shows it now, the others when next shown."""
        current = self.stack.currentWidget()
        for key, page in self._pages.items():
            if page is current:
                _reload(page)
            else:
                self._stale.add(key)
        self.refresh_status()

    # -- frame -----------------------------------------------------------------------------------

    def _add_actions(self) -> None:
        new = QAction(self.tr("New"), self)
        new.setObjectName("new_item")
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_item)
        search = QAction(self.tr("Search"), self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.focus_search)
        self.addActions([new, search])

    def new_item(self) -> None:
        """Ctrl+N makes what the current page lists (a case on Cases…); elsewhere a household."""
        from desmigratif_desktop.services.villages import is_district

        if self.db is None:
            return
        new_on_page = getattr(self.stack.currentWidget(), "new_item", None)
        if new_on_page is not None:
            new_on_page()
        elif not is_district(self.db):  # a district registers no household: its villages do
            self.open_household("", "")

    def focus_search(self) -> None:
        if self.db is None:
            return
        page = self.stack.currentWidget()
        if not hasattr(page, "focus_search"):
            page = self.go_to("register")
        page.focus_search()  # type: ignore[attr-defined]

    def refresh_status(self) -> None:
        from desmigratif_desktop.errors import NotInitialisedError
        from desmigratif_desktop.services.stats import status_facts

        labels = self._status_labels
        if self.db is None or database_busy():  # a job is writing: never read beside it
            return
        try:
            stats = status_facts(self.db)
        except NotInitialisedError:
            return
        labels["village"].setText(stats["region_name"])
        labels["officer"].setText(self.tr("Officer: {name}").format(name=stats["officer"]))
        labels["pending"].setText(
            self.tr("{n} changes not yet sent").format(n=format_count(stats["pending_changes"]))
        )
        last_sync = stats["last_sync"]
        labels["sync"].setText(
            self.tr("Last sync: {when}").format(when=f"{last_sync.astimezone():%d-%m-%Y %H:%M}")
            if last_sync
            else self.tr("Never synchronised")
        )
        from desmigratif_desktop.services.backups import last_backup_time

        backup = last_backup_time(self.paths)
        labels["backup"].setText(
            self.tr("Last backup: {when}").format(when=f"{backup:%d-%m-%Y %H:%M}")
            if backup
            else self.tr("No backup yet")
        )

    def _restore_geometry(self) -> None:
        saved = app_settings(self.paths).value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        app_settings(self.paths).setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)


def _reload(page: QWidget) -> None:
    reload = getattr(page, "reload", None)
    if reload is not None:
        reload()


def _open_for_window(paths: DataPaths) -> Database:
    """On the database worker: the heavy imports, the open (with any migration) and the upkeep."""
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.data.health import check_database_file
    from desmigratif_desktop.services.upkeep import routine_upkeep
    from desmigratif_desktop.ui import dashboard_page  # noqa: F401  (QtCharts loads here, not on the UI thread)

    check_database_file(paths.database)  # a damaged file is reported before anything writes to it
    db = Database.open(paths)
    try:
        routine_upkeep(db)
    except BaseException:
        db.close()
        raise
    return db
