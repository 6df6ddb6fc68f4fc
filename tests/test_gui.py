"""The minimal main window, driven headless with pytest-qt on a temporary data dir."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.ui.main_window import MainWindow
from tests.dbtools import count_rows


def test_the_window_shows_the_village_and_its_counts(qtbot: QtBot, village_db: Database) -> None:
    add_demo_data(village_db, 300)
    persons = count_rows(village_db.paths.database, "person", "NOT deleted")
    assert persons > 1000  # so the thousands separator shows
    window = MainWindow(village_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.summary.text()
    assert "Rengaspendawa" in text and "Siti Aminah" in text
    assert f"300 rumah tangga · {persons // 1000}.{persons % 1000:03d} orang" in text
    pending = count_rows(village_db.paths.database, "change_log", "NOT acknowledged")
    assert (
        f"{pending // 1000}.{pending % 1000:03d} perubahan belum terkirim"
        in window.statusBar().currentMessage()
    )


def test_a_fresh_data_dir_explains_how_to_set_up(qtbot: QtBot, data_paths: DataPaths) -> None:
    with Database.open(data_paths) as db:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        assert "belum disiapkan" in window.summary.text()
        assert "desmigratif init" in window.summary.text()
        assert window.statusBar().currentMessage() == "Belum disiapkan"
