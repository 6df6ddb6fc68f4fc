"""The Koperasi page driven as an officer would: the cooperative, its members, a month of figures."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.formatting import format_rupiah
from desmigratif_desktop.services.cooperative import CooperativeInput, save_cooperative
from desmigratif_desktop.services.cooperative_members import MemberInput, add_member
from desmigratif_desktop.services.cooperative_months import MonthInput, record_month
from desmigratif_desktop.services.persons import delete_person
from desmigratif_desktop.ui.cooperative_page import MEMBERS_TAB, MONTHS_TAB, PROFILE_TAB, CooperativePage
from desmigratif_desktop.ui.inputs import ChoiceBox
from tests.dbtools import query, scalar
from tests.factories import make_family
from tests.gui_helpers import click, double_click, save, type_into, when_dialog_opens

TODAY = date.today()
LAST_MONTH = TODAY.replace(day=1) - timedelta(days=1)


def open_page(qtbot: QtBot, db: Database) -> CooperativePage:
    page = CooperativePage(db)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    return page


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_record_the_cooperative_a_member_from_the_register_another_member_and_a_month(
    qtbot: QtBot, village_db: Database
) -> None:
    make_family(village_db)
    page = open_page(qtbot, village_db)
    assert page.invitation.isVisible()
    assert not page.tabs.isTabEnabled(MEMBERS_TAB) and not page.tabs.isTabEnabled(MONTHS_TAB)
    save_button = page.findChild(QPushButton, "save_cooperative")
    assert not save_button.isEnabled()  # no name yet
    type_into(page.profile, "name", "Koperasi Migran Sejahtera")
    type_into(page.profile, "legal_number", "AHU-0001234.AH.01.26.TAHUN 2019")
    type_into(page.profile, "founding_date", "17-08-2019")
    with qtbot.waitSignal(page.changed):
        click(qtbot, page, "save_cooperative")
    assert page.title.text() == "Koperasi Migran Sejahtera"
    assert not page.invitation.isVisible() and page.tabs.isTabEnabled(MEMBERS_TAB)
    saved = query(village_db, "SELECT name, legal_number, founding_date FROM cooperative")
    assert saved == [
        {
            "name": "Koperasi Migran Sejahtera",
            "legal_number": "AHU-0001234.AH.01.26.TAHUN 2019",
            "founding_date": "2019-08-17",
        }
    ]

    page.tabs.setCurrentIndex(MEMBERS_TAB)

    def from_register(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "person_search"), "aminah")
        results = dialog.findChild(QListWidget, "person_results")
        qtbot.waitUntil(lambda: results.count() == 1)
        results.itemClicked.emit(results.item(0))
        type_into(dialog, "joined_date", "02-01-2020")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(from_register)
    click(qtbot, page, "add_member")
    assert cells(page.members.table, 0) == ["0001", "Siti Aminah", "Registered", "F", "02-01-2020", ""]

    def other_person(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "other_person"), Qt.MouseButton.LeftButton)
        type_into(dialog, "name", "Karsinah")
        dialog.findChild(ChoiceBox, "sex").set_code("P")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(other_person)
    click(qtbot, page, "add_member")
    assert page.members.table.rowCount() == 2
    joined_today = f"{TODAY:%d-%m-%Y}"
    assert cells(page.members.table, 1) == ["0002", "Karsinah", "Not registered", "F", joined_today, ""]
    assert page.members.count_label.text() == "2 members"
    members = query(
        village_db,
        "SELECT name, sex, member_number, person_id IS NOT NULL AS registered "
        "FROM cooperative_member ORDER BY member_number",
    )
    assert members == [
        {"name": "Siti Aminah", "sex": "P", "member_number": "0001", "registered": 1},
        {"name": "Karsinah", "sex": "P", "member_number": "0002", "registered": 0},
    ]

    page.tabs.setCurrentIndex(MONTHS_TAB)

    def month(dialog: QWidget) -> None:
        type_into(dialog, "month", f"{LAST_MONTH:%m-%Y}")
        type_into(dialog, "savings_principal", "200.000")
        type_into(dialog, "savings_mandatory", "40000")
        type_into(dialog, "loans_given", "1.500.000")
        dialog.findChild(QSpinBox, "business_units").setValue(2)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(month)
    click(qtbot, page, "record_month")
    row = cells(page.months.table, 0)
    assert row[1:] == ["Rp200.000", "Rp40.000", "Rp0", "Rp1.500.000", "Rp0", "2"]
    assert row[0].endswith(str(LAST_MONTH.year))
    totals = page.findChild(QLabel, "totals").text()
    assert f"Savings: {format_rupiah(240_000)}" in totals
    assert f"outstanding: {format_rupiah(1_500_000)}" in totals
    columns = "month, savings_principal, savings_mandatory, loans_given, business_units"
    assert query(village_db, f"SELECT {columns} FROM cooperative_month") == [
        {
            "month": f"{LAST_MONTH:%Y-%m}",
            "savings_principal": 200_000,
            "savings_mandatory": 40_000,
            "loans_given": 1_500_000,
            "business_units": 2,
        }
    ]


def test_double_click_edits_a_month_and_it_stays_one_row(qtbot: QtBot, village_db: Database) -> None:
    save_cooperative(village_db, CooperativeInput(name="Koperasi Migran Sejahtera"))
    record_month(village_db, f"{LAST_MONTH:%Y-%m}", MonthInput(savings_mandatory=40_000, business_units=1))
    page = open_page(qtbot, village_db)
    page.tabs.setCurrentIndex(MONTHS_TAB)

    def raise_the_savings(dialog: QWidget) -> None:
        assert dialog.findChild(QLineEdit, "month").isReadOnly()
        type_into(dialog, "savings_mandatory", "45.000")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(raise_the_savings)
    double_click(qtbot, page.months.table, 0)
    qtbot.waitUntil(lambda: page.months.table.item(0, 2).text() == "Rp45.000")
    assert page.months.table.rowCount() == 1
    assert scalar(village_db, "SELECT count(*) FROM cooperative_month") == 1


def test_a_person_already_a_member_is_refused_next_to_the_field(qtbot: QtBot, village_db: Database) -> None:
    family = make_family(village_db)
    save_cooperative(village_db, CooperativeInput(name="Koperasi Migran Sejahtera"))
    add_member(village_db, MemberInput(joined_date=TODAY, person_id=family["wife"], member_number="0001"))
    page = open_page(qtbot, village_db)
    page.tabs.setCurrentIndex(MEMBERS_TAB)
    shown: list[str] = []

    def twice(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "person_search"), "aminah")
        results = dialog.findChild(QListWidget, "person_results")
        qtbot.waitUntil(lambda: results.count() == 1)
        results.itemClicked.emit(results.item(0))
        save(dialog)  # type: ignore[arg-type]
        shown.append(dialog.findChild(QLabel, "message_person_id").text())
        assert dialog.isVisible()  # refused: the dialog stays open with the message
        dialog.discard()  # type: ignore[attr-defined]

    when_dialog_opens(twice)
    click(qtbot, page, "add_member")
    assert shown == ["Siti Aminah sudah tercatat sebagai anggota (nomor anggota 0001)."]
    assert scalar(village_db, "SELECT count(*) FROM cooperative_member") == 1


def test_a_member_whose_person_was_deleted_stays_listed_by_name(qtbot: QtBot, village_db: Database) -> None:
    family = make_family(village_db)
    save_cooperative(village_db, CooperativeInput(name="Koperasi Migran Sejahtera"))
    add_member(village_db, MemberInput(joined_date=TODAY, person_id=family["wife"], member_number="0001"))
    delete_person(village_db, family["wife"])
    page = open_page(qtbot, village_db)
    assert cells(page.members.table, 0)[1:3] == ["Siti Aminah", "No longer in the register"]

    def leave(dialog: QWidget) -> None:
        chosen = dialog.findChild(QLabel, "person_chosen").text()
        assert chosen == "Siti Aminah (no longer in the register)"
        type_into(dialog, "left_date", f"{TODAY:%d-%m-%Y}")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(leave)
    double_click(qtbot, page.members.table, 0)
    qtbot.waitUntil(lambda: page.members.table.rowCount() == 0)  # the list shows current members
    page.members.which.set_code("former")
    assert cells(page.members.table, 0)[1] == "Siti Aminah"
    assert scalar(village_db, "SELECT left_date FROM cooperative_member") == TODAY.isoformat()


def test_new_item_opens_the_profile_first_then_a_new_member(qtbot: QtBot, village_db: Database) -> None:
    page = open_page(qtbot, village_db)
    page.tabs.setCurrentIndex(MEMBERS_TAB)
    page.new_item()
    assert page.tabs.currentIndex() == PROFILE_TAB
    save_cooperative(village_db, CooperativeInput(name="Koperasi Migran Sejahtera"))
    page.reload()
    titles: list[str] = []

    def look(dialog: QWidget) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()  # type: ignore[attr-defined]

    when_dialog_opens(look)
    page.new_item()
    assert titles == ["Add member"] and page.tabs.currentIndex() == MEMBERS_TAB
