"""Community Parenting driven as an officer would: a child's profile, a session with its attendance."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.parenting import ChildProfileInput, save_child_profile
from desmigratif_desktop.services.parenting_sessions import SessionInput, create_session
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.ui.child_dialog import SOMEONE_ELSE
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.parenting_page import ParentingPage
from tests.conftest import make_nik
from tests.dbtools import query, scalar
from tests.factories import make_family
from tests.gui_helpers import double_click, press, save, type_into, when_dialog_opens

TODAY = date.today()
RINA_BIRTH = TODAY - timedelta(days=10 * 365 + 40)


@pytest.fixture
def family(village_db: Database) -> dict[str, str]:
    """Siti Aminah works in Taiwan; her husband Darto is at home with their daughter Rina (10)."""
    ids = make_family(village_db)
    for key, name, birth, sex, relationship in (
        ("husband", "Darto", date(1986, 5, 1), "L", "spouse"),
        ("child", "Rina Lestari", RINA_BIRTH, "P", "child"),
    ):
        data = PersonInput(make_nik(birth, sex, 50 + len(ids)), name, sex, birth, relationship)
        ids[key] = add_person(village_db, ids["household"], data).id
    return ids


@pytest.fixture
def page(qtbot: QtBot, village_db: Database, family: dict[str, str]) -> ParentingPage:
    shown = ParentingPage(village_db)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    shown.reload()
    return shown


def cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


def items(widget: QListWidget) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]


def tick(widget: QListWidget, starting: str, checked: bool = True) -> None:
    found = [widget.item(n) for n in range(widget.count()) if widget.item(n).text().startswith(starting)]
    assert len(found) == 1, (starting, items(widget))
    found[0].setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def test_the_children_come_from_the_register(qtbot: QtBot, page: ParentingPage) -> None:
    table = page.children_table
    assert table.model().rowCount() == 1
    assert [cell(table, 0, c) for c in range(7)] == [
        "Rina Lestari",
        "10",
        "F",  # English: the tests install no translator
        "Siti Aminah",
        "Taiwan",
        "",
        "",
    ]
    assert "register" in page.findChild(QLabel, "register_note").text()
    assert page.children_count.text() == "1 children, 0 with a profile"
    search = page.findChild(QLineEdit, "search")
    qtbot.keyClicks(search, "budi")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    search.clear()
    qtbot.keyClicks(search, "lestari")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)


def test_record_a_child_profile(
    qtbot: QtBot, page: ParentingPage, village_db: Database, family: dict[str, str]
) -> None:
    def fill(dialog: QWidget) -> None:
        assert "Siti Aminah (Taiwan)" in dialog.findChild(QLabel, "child_summary").text()
        assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]  # no caregiver yet
        caregiver = dialog.findChild(ChoiceBox, "caregiver_person_id")
        caregiver.setCurrentIndex(caregiver.findText("Darto", Qt.MatchFlag.MatchStartsWith))
        assert dialog.findChild(QLineEdit, "caregiver_relationship").text() == "Ayah"  # suggested
        type_into(dialog, "school", "SD Negeri 2 Rengaspendawa")
        type_into(dialog, "school_grade", "Kelas 4")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill)
    double_click(qtbot, page.children_table, 0)
    qtbot.waitUntil(lambda: cell(page.children_table, 0, 5) == "Darto (Ayah)")
    assert cell(page.children_table, 0, 6) == "SD Negeri 2 Rengaspendawa, Kelas 4"
    assert page.children_count.text() == "1 children, 1 with a profile"
    [profile] = query(village_db, "SELECT * FROM child_profile")
    assert (profile["person_id"], profile["caregiver_person_id"]) == (family["child"], family["husband"])
    assert profile["school_grade"] == "Kelas 4"

    def someone_else(dialog: QWidget) -> None:
        dialog.findChild(ChoiceBox, "caregiver_person_id").set_code(SOMEONE_ELSE)
        type_into(dialog, "caregiver_name", "Nenek Warsini")
        type_into(dialog, "caregiver_relationship", "Mbah")  # not a completion: no popup offscreen
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(someone_else)
    double_click(qtbot, page.children_table, 0)
    qtbot.waitUntil(lambda: cell(page.children_table, 0, 5) == "Nenek Warsini (Mbah)")
    rows = query(village_db, "SELECT caregiver_person_id, caregiver_name FROM child_profile")
    assert rows == [{"caregiver_person_id": None, "caregiver_name": "Nenek Warsini"}]


def test_record_a_session_with_a_child_and_caregivers(
    qtbot: QtBot, page: ParentingPage, village_db: Database, family: dict[str, str]
) -> None:
    save_child_profile(village_db, family["child"], ChildProfileInput(caregiver_person_id=family["husband"]))
    page.tabs.setCurrentIndex(1)

    def fill(dialog: QWidget) -> None:
        assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]  # the topic is missing
        assert dialog.messages.text("topic") == "Tema wajib diisi."  # type: ignore[attr-defined]
        type_into(dialog, "topic", "Pola asuh anak PMI di era digital")  # no completion popup offscreen
        type_into(dialog, "facilitator", "Kader PKK")
        children = dialog.findChild(QListWidget, "children_list")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "children_filter"), "rina")
        assert [children.item(n).isHidden() for n in range(children.count())] == [False]
        tick(children, "Rina Lestari")
        caregivers = dialog.findChild(QListWidget, "caregivers_list")
        assert items(caregivers) == ["Darto — family or caregiver of Rina Lestari"]
        tick(caregivers, "Darto")
        type_into(dialog, "caregiver_new_name", "Bu Warni")
        qtbot.mouseClick(dialog.findChild(QPushButton, "add_caregiver"), Qt.MouseButton.LeftButton)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill)
    qtbot.mouseClick(page.findChild(QPushButton, "new_session"), Qt.MouseButton.LeftButton)
    table = page.sessions_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    shown = [table.item(0, c).text() for c in range(5)]
    assert shown == [f"{TODAY:%d-%m-%Y}", "Pola asuh anak PMI di era digital", "Kader PKK", "1", "2"]
    attendance = query(
        village_db, "SELECT person_id, name, role FROM parenting_attendance ORDER BY role, name"
    )
    assert attendance == [
        {"person_id": None, "name": "Bu Warni", "role": "caregiver"},
        {"person_id": family["husband"], "name": "Darto", "role": "caregiver"},
        {"person_id": family["child"], "name": "Rina Lestari", "role": "child"},
    ]

    def untick(dialog: QWidget) -> None:
        caregivers = dialog.findChild(QListWidget, "caregivers_list")
        assert items(caregivers)[:2] == ["Darto — family or caregiver of Rina Lestari", "Bu Warni"]
        tick(caregivers, "Bu Warni", checked=False)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(untick)
    double_click(qtbot, table, 0)
    qtbot.waitUntil(lambda: table.item(0, 4).text() == "1")
    assert scalar(village_db, "SELECT deleted FROM parenting_attendance WHERE name = 'Bu Warni'") == 1


def test_deleting_a_session_from_its_dialog(
    qtbot: QtBot, page: ParentingPage, village_db: Database, family: dict[str, str]
) -> None:
    create_session(village_db, SessionInput(TODAY, "Bahaya gawai bagi anak"), [family["child"]])
    page.reload()

    def delete(dialog: QWidget) -> None:
        when_dialog_opens(lambda box: press(box, QMessageBox.StandardButton.Yes), skip=dialog)  # type: ignore[arg-type]
        qtbot.mouseClick(dialog.findChild(QPushButton, "delete_session"), Qt.MouseButton.LeftButton)

    when_dialog_opens(delete)
    page.open_session(scalar(village_db, "SELECT id FROM parenting_session"))
    assert page.sessions_table.rowCount() == 0
    assert scalar(village_db, "SELECT deleted FROM parenting_session") == 1
    assert scalar(village_db, "SELECT count(*) FROM parenting_attendance WHERE NOT deleted") == 0


def test_a_past_date_lists_the_children_of_that_day(
    qtbot: QtBot, page: ParentingPage, family: dict[str, str]
) -> None:
    """Siti left for Taiwan 400 days ago: at a session 500 days ago Rina was not yet a migrant's child."""

    def check(dialog: QWidget) -> None:
        children = dialog.findChild(QListWidget, "children_list")
        assert items(children) == ["Rina Lestari, 10 years, Krajan"]
        dialog.findChild(DateField, "session_date").set_value(TODAY - timedelta(days=500))
        assert items(children) == []
        dialog.findChild(DateField, "session_date").set_value(TODAY + timedelta(days=2))
        assert "melewati hari ini" in dialog.messages.text("session_date")  # type: ignore[attr-defined]
        dialog.discard()  # type: ignore[attr-defined]

    when_dialog_opens(check)
    page.new_item()
    assert page.tabs.currentIndex() == 1
    page.focus_search()
    assert page.tabs.currentIndex() == 0
