"""The main window, cases, dashboard and settings, driven as an officer would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.ui.cases_page import CasesPage
from desmigratif_desktop.ui.dashboard_page import DashboardPage
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.main_window import MainWindow
from desmigratif_desktop.ui.settings_page import SettingsPage
from tests.dbtools import count_rows, scalar
from tests.factories import make_family
from tests.gui_helpers import save, when_dialog_opens

TODAY = date.today()


def test_record_a_case_with_a_follow_up(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    page = CasesPage(village_db)
    qtbot.addWidget(page)
    page.show()
    page.reload()

    def fill(dialog: QWidget) -> None:
        dialog.findChild(ChoiceBox, "case_type").set_code("unpaid_wages")
        search = dialog.findChild(QLineEdit, "person_search")
        qtbot.keyClicks(search, "aminah")
        results = dialog.findChild(QListWidget, "person_results")
        qtbot.waitUntil(lambda: results.count() == 1)
        results.itemClicked.emit(results.item(0))
        dialog.findChild(QPlainTextEdit, "description").setPlainText("Gaji tiga bulan belum dibayar")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill)
    page.new_case()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 2).text() == "Siti Aminah"
    case_id = scalar(village_db, "SELECT id FROM case_record")
    assert scalar(village_db, "SELECT status FROM case_record") == "open"

    def follow_up(dialog: QWidget) -> None:
        text = dialog.findChild(QLineEdit, "action_text")
        text.setText("Lapor ke BP3MI")
        qtbot.mouseClick(dialog.add_action_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    when_dialog_opens(follow_up)
    page.open_case(case_id)
    assert scalar(village_db, "SELECT description FROM case_action") == "Lapor ke BP3MI"
    assert scalar(village_db, "SELECT status FROM case_record") == "in_progress"
    assert page.table.item(0, 4).text() == "1"


def test_dashboard_numbers_equal_the_database(qtbot: QtBot, village_db: Database) -> None:
    add_demo_data(village_db, 120)
    page = DashboardPage(village_db)
    qtbot.addWidget(page)
    page.reload()
    db = village_db.paths.database
    expected = {
        "households": count_rows(db, "household", "NOT deleted"),
        "prospective": count_rows(db, "person", "NOT deleted AND migration_status = 'prospective'"),
        "abroad": count_rows(db, "person", "NOT deleted AND migration_status = 'abroad'"),
        "returned": count_rows(db, "person", "NOT deleted AND migration_status = 'returned'"),
        "open_cases": count_rows(db, "case_record", "NOT deleted AND status IN ('open', 'in_progress')"),
    }
    shown = {key: int(tile.value.text().replace(".", "")) for key, tile in page.tiles.items()}
    assert shown == expected
    month_start = TODAY.replace(day=1).isoformat()
    departed = count_rows(
        db, "placement", f"NOT deleted AND departure_date >= '{month_start}' AND departure_date <= '{TODAY}'"
    )
    returned = count_rows(
        db, "placement", f"NOT deleted AND return_date >= '{month_start}' AND return_date <= '{TODAY}'"
    )
    departures, returns = page.monthly_chart.chart().series()[0].barSets()
    assert (departures.at(departures.count() - 1), returns.at(returns.count() - 1)) == (departed, returned)
    abroad_by_country = page.country_chart.chart().series()[0].barSets()[0]
    shown_total = sum(abroad_by_country.at(i) for i in range(abroad_by_country.count()))
    assert 0 < shown_total <= expected["abroad"]  # the top countries of those abroad now
    assert page.recent.count() == 10


def test_the_main_window_navigates_and_shows_the_status(qtbot: QtBot, village_db: Database) -> None:
    add_demo_data(village_db, 10)
    window = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: "dashboard" in window._pages)
    pending = count_rows(village_db.paths.database, "change_log", "NOT acknowledged")
    assert window._status_labels["village"].text().startswith("Desa Rengaspendawa")
    assert window._status_labels["pending"].text().startswith(str(pending))
    window.nav.setCurrentRow(1)
    register = window.stack.currentWidget()
    assert register.households.model.rowCount() == 10  # type: ignore[attr-defined]
    window.focus_search()
    search_box = register.households.search_box  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search_box)


def test_the_window_remembers_its_size(qtbot: QtBot, village_db: Database) -> None:
    first = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 660)  # within the offscreen screen (800 wide) and above the minimum height
    first.close()
    second = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 660)


def test_training_data_loads_in_the_background(qtbot: QtBot, village_db: Database) -> None:
    page = SettingsPage(village_db)
    qtbot.addWidget(page)
    page.show()
    page.demo_count.setValue(40)
    when_dialog_opens(lambda box: box.accept())  # type: ignore[attr-defined]  # the "added" message
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        qtbot.mouseClick(page.findChild(QWidget, "load_demo"), Qt.MouseButton.LeftButton)
    assert count_rows(village_db.paths.database, "household") == 40


def test_a_backup_from_settings_is_a_valid_backup(qtbot: QtBot, village_db: Database, tmp_path: Path) -> None:
    from desmigratif_desktop.data.backup import inspect_backup

    add_demo_data(village_db, 5)
    page = SettingsPage(village_db)
    qtbot.addWidget(page)
    target = tmp_path / "cadangan.db"
    when_dialog_opens(lambda box: box.accept())  # type: ignore[attr-defined]  # "backup saved"
    page.save_backup(str(target))
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert inspect_backup(target).households == 5


def test_restore_from_settings_brings_the_backup_back(
    qtbot: QtBot, village_db: Database, tmp_path: Path
) -> None:
    from desmigratif_desktop.data.backup import backup_database

    add_demo_data(village_db, 5)
    saved = backup_database(village_db.paths.database, tmp_path / "c.db")
    add_demo_data(village_db, 7, seed=3)
    page = SettingsPage(village_db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_changed, timeout=10_000):
        page.restore(str(saved), confirm=False)
    assert count_rows(village_db.paths.database, "household") == 5


def test_the_window_shows_first_and_the_data_fills_in(qtbot: QtBot, village_db: Database) -> None:
    add_demo_data(village_db, 15)
    window = MainWindow(village_db.paths)  # as at start-up: no database yet
    qtbot.addWidget(window)
    window.show()
    assert window.db is None and window.stack.count() == 0
    assert window.nav.count() == 10  # home, register, the four pillars, cases, reports, sync, settings
    with qtbot.waitSignal(window.database_ready, timeout=20_000):
        window.open_database_in_background()
    assert window.db is not None
    dashboard = window.stack.currentWidget()
    assert int(dashboard.tiles["households"].value.text()) == 15  # type: ignore[attr-defined]
    window.db.close()


def test_a_damaged_database_is_reported_at_start_not_set_up_over(qtbot: QtBot, tmp_path: Path) -> None:
    from desmigratif_desktop.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    paths.database.write_bytes(b"rusak" * 500)
    window = MainWindow(paths)
    qtbot.addWidget(window)
    shown: list[str] = []

    def close(box: QWidget) -> None:
        shown.append(box.text())  # type: ignore[attr-defined]
        box.findChild(QPushButton, "close_app").click()  # type: ignore[union-attr]

    when_dialog_opens(close)
    with qtbot.waitSignal(window.database_failed, timeout=20_000):
        window.open_database_in_background()
    assert "cannot be read" in shown[0] and "No usable automatic backup" in shown[0]
    assert paths.database.read_bytes() == b"rusak" * 500


def test_is_set_up_looks_without_changing_anything(village_db: Database, tmp_path: Path) -> None:
    from desmigratif_desktop.app import is_set_up
    from desmigratif_desktop.paths import DataPaths

    assert is_set_up(village_db.paths)
    missing = DataPaths(tmp_path / "none")
    assert not is_set_up(missing) and not missing.data_dir.exists()
    empty = DataPaths(tmp_path / "empty")
    Database.open(empty).close()  # migrated, but nobody set it up
    assert not is_set_up(empty)
    damaged = DataPaths(tmp_path / "damaged")
    damaged.data_dir.mkdir()
    damaged.database.write_bytes(b"x" * 100)
    assert not is_set_up(damaged)
    assert damaged.database.read_bytes() == b"x" * 100


def test_a_follow_up_typed_on_a_new_case_is_saved_with_it(qtbot: QtBot, village_db: Database) -> None:
    from desmigratif_desktop.ui.case_dialog import CaseDialog

    dialog = CaseDialog(village_db)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Hilang kontak sejak Maret")
    dialog.action_text.setText("Lapor ke BP3MI")
    save(dialog)  # type: ignore[arg-type]
    assert scalar(village_db, "SELECT count(*) FROM case_record") == 1
    assert scalar(village_db, "SELECT description FROM case_action") == "Lapor ke BP3MI"
    assert scalar(village_db, "SELECT status FROM case_record") == "in_progress"


def test_closing_an_edited_form_asks_before_losing_it(qtbot: QtBot, village_db: Database) -> None:
    from desmigratif_desktop.ui.person_dialog import PersonDialog

    family = make_family(village_db)
    household, person_id = family["household"], family["wife"]
    from desmigratif_desktop.services.persons import get_person

    dialog = PersonDialog(village_db, household, get_person(village_db, person_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: closes without a question
    assert not dialog.isVisible()

    dialog.show()
    dialog.full_name.setText("Siti Aminah Binti Slamet")
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), skip=dialog)  # type: ignore[attr-defined]
    dialog.reject()
    assert dialog.isVisible()  # Cancel: still editing
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Discard).click(), skip=dialog)  # type: ignore[attr-defined]
    dialog.reject()
    assert not dialog.isVisible()
    assert scalar(village_db, "SELECT full_name FROM person WHERE id = :id", id=person_id) == "Siti Aminah"
