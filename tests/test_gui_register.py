"""The household register as an officer drives it: create, find, edit, record a return, delete."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.ui.household_dialog import HouseholdDialog
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.person_dialog import PersonDialog
from desmigratif_desktop.ui.register_page import RegisterPage
from tests.conftest import make_nik
from tests.dbtools import query, scalar
from tests.factories import KK, add_neighbour, make_family
from tests.gui_helpers import press, save, type_into, when_dialog_opens

TODAY = date.today()


def fill_person(dialog: QWidget, nik: str, name: str, sex: str, birth: date, relationship: str) -> None:
    type_into(dialog, "nik", nik)
    type_into(dialog, "full_name", name)
    dialog.findChild(ChoiceBox, "sex").set_code(sex)
    type_into(dialog, "birth_date", f"{birth:%d%m%Y}")  # typed as eight digits, as people often do
    dialog.findChild(ChoiceBox, "relationship").set_code(relationship)


def add_member_through_dialog(qtbot: QtBot, editor: HouseholdDialog, *person: object) -> None:
    def fill_and_save(dialog: QWidget) -> None:
        fill_person(dialog, *person)  # type: ignore[arg-type]
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill_and_save)
    qtbot.mouseClick(editor.add_member_button, Qt.MouseButton.LeftButton)


def test_create_a_household_with_three_members_and_a_placement(qtbot: QtBot, village_db: Database) -> None:
    editor = HouseholdDialog(village_db)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.add_member_button.isEnabled()  # members need a saved household
    type_into(editor, "kk_number", KK)
    type_into(editor, "dusun", "Krajan")
    type_into(editor, "rt", "3")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.household_id is not None

    husband, wife, child = date(1985, 7, 4), date(1990, 3, 12), date(2014, 2, 1)
    add_member_through_dialog(qtbot, editor, make_nik(husband, "L", 1), "Slamet Riyadi", "L", husband, "head")
    add_member_through_dialog(qtbot, editor, make_nik(wife, "P", 2), "Siti Aminah", "P", wife, "spouse")
    add_member_through_dialog(qtbot, editor, make_nik(child, "L", 3), "Bagus Saputra", "L", child, "child")
    qtbot.waitUntil(lambda: editor.members_table.rowCount() == 3)

    names = [editor.members_table.item(r, 0).text() for r in range(3)]
    editor.members_table.selectRow(names.index("Siti Aminah"))

    def depart(dialog: QWidget) -> None:
        dialog.findChild(ChoiceBox, "destination_country").set_code("HK")
        dialog.findChild(ChoiceBox, "sector").set_code("domestic_worker")
        dialog.findChild(DateField, "departure_date").set_value(TODAY - timedelta(days=200))
        type_into(dialog, "placement_agency", "PT Bina Karya Mandiri")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(depart)
    qtbot.mouseClick(editor.add_placement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.placements_table.rowCount() == 1)

    assert scalar(village_db, "SELECT count(*) FROM household WHERE dusun = 'Krajan' AND rt = '003'") == 1
    people = query(village_db, "SELECT full_name, migration_status FROM person ORDER BY full_name")
    assert [(p["full_name"], p["migration_status"]) for p in people] == [
        ("Bagus Saputra", "none"),
        ("Siti Aminah", "abroad"),
        ("Slamet Riyadi", "none"),
    ]
    assert scalar(village_db, "SELECT destination_country FROM placement") == "HK"
    assert editor.placements_table.item(0, 0).text() == "Hong Kong"


def test_find_a_household_by_part_of_a_name_and_by_nik(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    add_neighbour(village_db)
    page = RegisterPage(village_db)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    people = page.persons
    page.tabs.setCurrentWidget(people)
    assert people.model.rowCount() == 2

    qtbot.keyClicks(people.search_box, "amin")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert people.model.data(people.model.index(0, 0)) == "Siti Aminah"
    assert people.count_label.text() == "1 people"  # tests run in the source language

    people.search_box.clear()
    qtbot.keyClicks(people.search_box, ids["nik"][:10])
    qtbot.waitUntil(
        lambda: people.model.rowCount() == 1 and people.model.data(people.model.index(0, 1)) == ids["nik"]
    )

    households = page.households
    qtbot.keyClicks(households.search_box, "aminah")
    qtbot.waitUntil(lambda: households.model.rowCount() == 1)
    assert households.model.id_at(0) == ids["household"]


def test_edit_a_household_and_unsaved_changes_are_not_lost_silently(
    qtbot: QtBot, village_db: Database
) -> None:
    ids = make_family(village_db)
    editor = HouseholdDialog(village_db, ids["household"])
    qtbot.addWidget(editor)
    editor.show()
    type_into(editor, "dusun", "Karangsari")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert (
        scalar(village_db, "SELECT dusun FROM household WHERE id = :id", id=ids["household"]) == "Karangsari"
    )

    type_into(editor, "address", "Gg. Mawar No. 5")
    asked: list[str] = []

    def stay(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        press(box, QMessageBox.StandardButton.Cancel)  # type: ignore[arg-type]

    when_dialog_opens(stay, skip=None)
    editor.close()
    qtbot.waitUntil(lambda: bool(asked))
    assert editor.isVisible()  # Cancel keeps the editor open with the typed text
    assert editor.fields["address"].text() == "Gg. Mawar No. 5"

    when_dialog_opens(lambda box: press(box, QMessageBox.StandardButton.Save))  # type: ignore[arg-type]
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert (
        scalar(village_db, "SELECT address FROM household WHERE id = :id", id=ids["household"])
        == "Gg. Mawar No. 5"
    )


def test_record_a_return(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    editor = HouseholdDialog(village_db, ids["household"])
    qtbot.addWidget(editor)
    editor.show()
    editor.select_member(ids["wife"])
    assert editor.return_button.isEnabled()

    def came_home(dialog: QWidget) -> None:
        type_into(dialog, "return_date", f"{TODAY - timedelta(days=3):%d-%m-%Y}")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(came_home)
    qtbot.mouseClick(editor.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.placements_table.item(0, 3).text() != "")
    assert scalar(village_db, "SELECT return_date FROM placement") == str(TODAY - timedelta(days=3))
    assert (
        scalar(village_db, "SELECT migration_status FROM person WHERE id = :id", id=ids["wife"]) == "returned"
    )
    assert not editor.return_button.isEnabled()


def test_delete_a_household_after_confirmation(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    editor = HouseholdDialog(village_db, ids["household"])
    qtbot.addWidget(editor)
    editor.show()
    when_dialog_opens(lambda box: press(box, QMessageBox.StandardButton.Yes))  # type: ignore[arg-type]
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert scalar(village_db, "SELECT deleted FROM household WHERE id = :id", id=ids["household"]) == 1
    assert scalar(village_db, "SELECT count(*) FROM person WHERE NOT deleted") == 0
    page = RegisterPage(village_db)
    qtbot.addWidget(page)
    page.reload()
    assert page.households.model.rowCount() == 0


def test_an_invalid_nik_is_explained_and_blocks_save(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    dialog = PersonDialog(village_db, ids["household"])
    qtbot.addWidget(dialog)
    fill_person(dialog, "33291512", "Bagus", "L", date(2014, 2, 1), "child")
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert "16 digit" in dialog.messages.text("nik")
    assert not save_button.isEnabled()
    type_into(dialog, "nik", make_nik(date(2014, 2, 1), "L", 3))
    assert dialog.messages.text("nik") == ""
    assert save_button.isEnabled()


def test_a_nik_whose_date_disagrees_warns_but_saves(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    dialog = PersonDialog(village_db, ids["household"])
    qtbot.addWidget(dialog)
    fill_person(dialog, make_nik(date(2014, 2, 1), "L", 3), "Bagus", "L", date(2014, 2, 2), "child")
    assert "berbeda" in dialog.messages.text("nik")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    save(dialog)
    assert scalar(village_db, "SELECT birth_date FROM person WHERE full_name = 'Bagus'") == "2014-02-02"


def test_a_duplicate_nik_offers_to_open_the_existing_person(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    dialog = PersonDialog(village_db, ids["household"])
    qtbot.addWidget(dialog)
    dialog.show()
    fill_person(dialog, ids["nik"], "Siti A.", "P", date(1990, 3, 12), "spouse")
    assert "Siti Aminah" in dialog.messages.text("nik")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    with qtbot.waitSignal(dialog.open_person) as opened:
        qtbot.mouseClick(dialog.open_duplicate, Qt.MouseButton.LeftButton)
    assert opened.args == [ids["wife"]]


def test_ctrl_s_saves_only_a_valid_form(qtbot: QtBot, village_db: Database) -> None:
    """The dialog's Ctrl+S shortcut, activated as Qt does on the key press (offscreen key routing to
    shortcuts is not dependable, so the shortcut is triggered directly)."""
    ids = make_family(village_db)
    dialog = PersonDialog(village_db, ids["household"])
    qtbot.addWidget(dialog)
    (shortcut,) = [s for s in dialog.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+S")]
    fill_person(dialog, "123", "Bagus", "L", date(2014, 2, 1), "child")
    shortcut.activated.emit()
    assert scalar(village_db, "SELECT count(*) FROM person WHERE full_name = 'Bagus'") == 0
    type_into(dialog, "nik", make_nik(date(2014, 2, 1), "L", 3))
    shortcut.activated.emit()
    assert scalar(village_db, "SELECT count(*) FROM person WHERE full_name = 'Bagus'") == 1


def test_dates_are_typed_and_a_wrong_one_is_explained(qtbot: QtBot, village_db: Database) -> None:
    ids = make_family(village_db)
    dialog = PersonDialog(village_db, ids["household"])
    qtbot.addWidget(dialog)
    fill_person(dialog, make_nik(date(2014, 2, 1), "L", 3), "Bagus", "L", date(2014, 2, 1), "child")
    type_into(dialog, "birth_date", "31-02-2014")
    assert "dd-mm-yyyy" in dialog.messages.text("birth_date")
    assert not dialog.save_button.isEnabled()
    type_into(dialog, "birth_date", "01/02/2014")
    assert dialog.messages.text("birth_date") == ""
    save(dialog)
    assert scalar(village_db, "SELECT birth_date FROM person WHERE full_name = 'Bagus'") == "2014-02-01"


def test_a_new_dusun_appears_in_the_filter_after_saving(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    page = RegisterPage(village_db)
    qtbot.addWidget(page)
    page.reload()
    dusun_box = page.households.filters["dusun"]
    assert dusun_box.findData("Sukamaju") == -1
    create_household(village_db, HouseholdInput(kk_number="3329150202150002", dusun="Sukamaju"))
    page.reload()
    dusun_box.set_code("Sukamaju")
    qtbot.waitUntil(lambda: page.households.model.rowCount() == 1)
    assert page.households.count_label.text() == "1 households"


def test_one_letter_does_not_filter_two_do(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    add_neighbour(village_db)
    page = RegisterPage(village_db)
    qtbot.addWidget(page)
    page.reload()
    people = page.persons
    qtbot.keyClicks(people.search_box, "w")
    qtbot.wait(100)
    assert people.model.rowCount() == 2  # "w" alone would match nothing useful; the list stays whole
    qtbot.keyClicks(people.search_box, "a")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert people.model.data(people.model.index(0, 0)) == "Warsito"
