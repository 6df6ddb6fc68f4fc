"""Issue 4, done when: one record of each pillar, made in the main window as an officer would, shows in
its page's list and then on the Beranda (the dashboard)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QRadioButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.main_window import MainWindow
from tests.conftest import make_nik
from tests.dbtools import scalar
from tests.factories import make_family
from tests.gui_helpers import choose_person, click, save, type_into, when_dialog_opens

TODAY = date.today()


@pytest.fixture
def window(qtbot: QtBot, village_db: Database) -> Iterator[MainWindow]:
    """Siti Aminah works in Taiwan; her husband Darto and their daughter Rina (10) are at home."""
    family = make_family(village_db)
    for name, birth, sex, relationship in (
        ("Darto", date(1986, 5, 1), "L", "spouse"),
        ("Rina Lestari", TODAY - timedelta(days=10 * 365 + 40), "P", "child"),
    ):
        data = PersonInput(make_nik(birth, sex, 60 + len(name)), name, sex, birth, relationship)
        add_person(village_db, family["household"], data)
    shown = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    yield shown


def open_page(window: MainWindow, title: str) -> QWidget:
    """Click the page's entry in the navigation, as the officer does."""
    rows = [window.nav.item(n).text() for n in range(window.nav.count())]
    window.nav.setCurrentRow(rows.index(title))
    return window.stack.currentWidget()


def pillar(window: MainWindow, name: str) -> tuple[str, str]:
    """The figure and the detail lines of a pillar's box on the Beranda."""
    dashboard = open_page(window, "Home")
    value = dashboard.findChild(QLabel, f"pillar_{name}_value")
    details = dashboard.findChild(QLabel, f"pillar_{name}_details")
    return value.text(), details.text()


def rows_of(table: QWidget) -> list[list[str]]:
    model = table.model()  # type: ignore[attr-defined]
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def test_a_migration_service_contact_and_a_socialisation_event(qtbot: QtBot, window: MainWindow) -> None:
    assert pillar(window, "services")[0] == "0"
    page = open_page(window, "Migration services")

    def contact(dialog: QWidget) -> None:
        choose_person(qtbot, dialog, "aminah")
        dialog.findChild(ChoiceBox, "service_type").set_code("safe_migration")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(contact)
    window.new_item()  # Ctrl+N on this page: a new contact
    assert any("Siti Aminah" in row for row in rows_of(page.findChild(QWidget, "contacts")))

    def event(dialog: QWidget) -> None:
        type_into(dialog, "topic", "Migrasi aman ke Taiwan")
        dialog.findChild(QSpinBox, "attendees_male").setValue(12)
        dialog.findChild(QSpinBox, "attendees_female").setValue(30)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(event)
    click(qtbot, page, "new_event")
    assert any("Migrasi aman ke Taiwan" in row for row in rows_of(page.findChild(QWidget, "events")))

    value, details = pillar(window, "services")
    assert value == "1"  # contacts this month
    assert "42 people at socialisation events this year" in details


def test_a_productive_business(qtbot: QtBot, window: MainWindow, village_db: Database) -> None:
    page = open_page(window, "Productive businesses")

    def fill(dialog: QWidget) -> None:
        type_into(dialog, "name", "Telur Asin Bu Siti")
        choose_person(qtbot, dialog, "aminah")
        dialog.findChild(ChoiceBox, "sector").set_code("food_processing")
        type_into(dialog, "start_date", f"{TODAY - timedelta(days=400):%d-%m-%Y}")
        dialog.findChild(QSpinBox, "workers").setValue(3)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill)
    window.new_item()
    assert [row[:2] for row in rows_of(page.findChild(QWidget, "businesses"))] == [
        ["Telur Asin Bu Siti", "Siti Aminah"]
    ]
    value, details = pillar(window, "businesses")
    assert value == "1"
    assert "3 workers employed" in details
    assert scalar(village_db, "SELECT count(*) FROM business WHERE deleted = 0") == 1


def test_a_child_profile_and_a_parenting_session(qtbot: QtBot, window: MainWindow) -> None:
    value, details = pillar(window, "parenting")
    assert value == "1" and "0 with a care profile" in details  # Rina, from the register
    page = open_page(window, "Community parenting")
    children = page.findChild(QWidget, "children")
    assert [row[0] for row in rows_of(children)] == ["Rina Lestari"]

    def profile(dialog: QWidget) -> None:
        caregiver = dialog.findChild(ChoiceBox, "caregiver_person_id")
        caregiver.setCurrentIndex(caregiver.findText("Darto", Qt.MatchFlag.MatchStartsWith))
        type_into(dialog, "school", "SD Negeri 2 Rengaspendawa")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(profile)
    centre = children.visualRect(children.model().index(0, 0)).center()  # type: ignore[attr-defined]
    qtbot.mouseClick(children.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[attr-defined]
    qtbot.mouseDClick(children.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "SD Negeri 2 Rengaspendawa" in rows_of(children)[0])

    def session(dialog: QWidget) -> None:
        type_into(dialog, "topic", "Mengenali tanda stres pada anak")
        listed = dialog.findChild(QListWidget, "children_list")
        listed.item(0).setCheckState(Qt.CheckState.Checked)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(session)
    window.new_item()  # a new session
    sessions = rows_of(page.findChild(QWidget, "sessions"))
    assert [row[1] for row in sessions] == ["Mengenali tanda stres pada anak"]

    value, details = pillar(window, "parenting")
    assert value == "1"
    assert "1 with a care profile" in details
    assert "1 sessions this year, 1 children reached" in details


def test_the_cooperative_and_a_member(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window, "Cooperative")
    type_into(page, "name", "Koperasi Migran Sejahtera")
    type_into(page, "founding_date", "17-08-2019")
    click(qtbot, page, "save_cooperative")

    def member(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "other_person"), Qt.MouseButton.LeftButton)
        type_into(dialog, "name", "Karsinah")
        dialog.findChild(ChoiceBox, "sex").set_code("P")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(member)
    window.new_item()  # with a cooperative recorded: a new member
    assert [row[1] for row in rows_of(page.findChild(QWidget, "members"))] == ["Karsinah"]
    assert pillar(window, "cooperative")[0] == "1"
