"""The main window: navigation, the pages, a status bar, shortcuts; the first page loads after it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from desmigratif_desktop import APP_NAME
from desmigratif_desktop.data.backup import last_backup_time
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import NotInitialisedError
from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.services.stats import collect_stats
from desmigratif_desktop.ui.app_settings import GEOMETRY_KEY, app_settings

STATUS_REFRESH_MS = 60_000


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(APP_NAME)
        self.resize(1180, 760)
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": self._make_dashboard,
            "register": self._make_register,
            "cases": self._make_cases,
            "settings": self._make_settings,
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self._nav_keys = list(self._factories)
        for title in (self.tr("Home"), self.tr("Migrant households"), self.tr("Cases"), self.tr("Settings")):
            self.nav.addItem(title)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._status_labels = {key: QLabel() for key in ("village", "officer", "pending", "backup")}
        for key, label in self._status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label)
        self._add_actions()
        self._restore_geometry()
        self.nav.currentRowChanged.connect(self._show_page)
        timer = QTimer(self)
        timer.timeout.connect(self.refresh_status)
        timer.start(STATUS_REFRESH_MS)
        # Only the frame is built before the window shows; the first page's data loads right after.
        QTimer.singleShot(0, lambda: self.nav.setCurrentRow(0))
        QTimer.singleShot(0, self.refresh_status)

    # -- pages -----------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            page = self._factories[key]()
            self._pages[key] = page
            self.stack.addWidget(page)
            reload = getattr(page, "reload", None)
            if reload is not None:
                reload()
        return self._pages[key]

    def go_to(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._nav_keys.index(key))
        return self.page(key)

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.page(self._nav_keys[row]))

    def _make_dashboard(self) -> QWidget:
        from desmigratif_desktop.ui.dashboard_page import DashboardPage  # QtCharts loads only when needed

        return DashboardPage(self.db)

    def _make_register(self) -> QWidget:
        from desmigratif_desktop.ui.register_page import RegisterPage

        page = RegisterPage(self.db)
        page.open_household.connect(self.open_household)
        page.new_household.connect(lambda: self.open_household("", ""))
        return page

    def _make_cases(self) -> QWidget:
        from desmigratif_desktop.ui.cases_page import CasesPage

        page = CasesPage(self.db)
        page.changed.connect(self.data_changed)
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
        """Something was saved: every page that is built shows it, and so does the status bar."""
        for page in self._pages.values():
            reload = getattr(page, "reload", None)
            if reload is not None:
                reload()
        self.refresh_status()

    # -- frame -----------------------------------------------------------------------------------

    def _add_actions(self) -> None:
        new = QAction(self.tr("New"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_item)
        search = QAction(self.tr("Search"), self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.focus_search)
        self.addActions([new, search])

    def new_item(self) -> None:
        """Ctrl+N makes what the current page lists: a case on Cases, a household everywhere else."""
        if self.stack.currentWidget() is self._pages.get("cases"):
            self._pages["cases"].new_case()  # type: ignore[attr-defined]
        else:
            self.open_household("", "")

    def focus_search(self) -> None:
        page = self.stack.currentWidget()
        if not hasattr(page, "focus_search"):
            page = self.go_to("register")
        page.focus_search()  # type: ignore[attr-defined]

    def refresh_status(self) -> None:
        labels = self._status_labels
        try:
            stats = collect_stats(self.db)
        except NotInitialisedError:
            return
        labels["village"].setText(stats["region_name"])
        labels["officer"].setText(self.tr("Officer: {name}").format(name=stats["officer"]))
        labels["pending"].setText(
            self.tr("{n} changes not yet sent").format(n=format_count(stats["pending_changes"]))
        )
        backup = last_backup_time(self.db.paths)
        labels["backup"].setText(
            self.tr("Last backup: {when}").format(when=f"{backup:%d-%m-%Y %H:%M}")
            if backup
            else self.tr("No backup yet")
        )

    def _restore_geometry(self) -> None:
        saved = app_settings(self.db.paths).value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        app_settings(self.db.paths).setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
