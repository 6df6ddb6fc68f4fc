"""Layanan Migrasi driven as an officer would: contacts, a case opened from one, socialisation events."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.service_contacts import ContactInput, record_contact
from desmigratif_desktop.services.socialisation import AttendeeInput, EventInput, record_event
from desmigratif_desktop.ui.inputs import ChoiceBox, DateField
from desmigratif_desktop.ui.services_page import MigrationServicesPage
from desmigratif_desktop.ui.socialisation_dialog import SocialisationDialog
from tests.dbtools import query, scalar
from tests.factories import make_family
from tests.gui_helpers import choose_person, click, press, save, type_into, when_dialog_opens

TODAY = date.today()


def shown_page(qtbot: QtBot, db: Database) -> MigrationServicesPage:
    page = MigrationServicesPage(db)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    return page


def cells(page: MigrationServicesPage, model_name: str) -> list[list[str]]:
    model = getattr(page, model_name)
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_record_a_contact_and_a_visitor_and_find_them(qtbot: QtBot, village_db: Database) -> None:
    family = make_family(village_db)
    page = shown_page(qtbot, village_db)

    def registered(dialog: QWidget) -> None:
        choose_person(qtbot, dialog, "aminah")
        dialog.findChild(ChoiceBox, "service_type").set_code("document_requirements")
        dialog.findChild(QPlainTextEdit, "question").setPlainText("Syarat paspor untuk ke Taiwan?")
        dialog.findChild(QPlainTextEdit, "outcome").setPlainText("Diberi daftar dokumen")
        type_into(dialog, "follow_up_date", (TODAY + timedelta(days=14)).strftime("%d-%m-%Y"))
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(registered)
    click(qtbot, page, "new_contact")
    assert cells(page, "contact_model") == [
        [
            TODAY.strftime("%d-%m-%Y"),
            "Siti Aminah",
            "Document requirements",
            "Diberi daftar dokumen",
            (TODAY + timedelta(days=14)).strftime("%d-%m-%Y"),
        ]
    ]
    stored = query(village_db, "SELECT person_id, service_type, question FROM service_contact")
    assert stored == [
        {
            "person_id": family["wife"],
            "service_type": "document_requirements",
            "question": "Syarat paspor untuk ke Taiwan?",
        }
    ]

    def visitor(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "who_visitor"), Qt.MouseButton.LeftButton)
        assert not dialog.findChild(QWidget, "person_id").isVisible()
        type_into(dialog, "visitor_name", "Rohmat Hidayat")
        type_into(dialog, "contact_date", (TODAY - timedelta(days=3)).strftime("%d-%m-%Y"))
        dialog.findChild(ChoiceBox, "service_type").set_code("safe_migration")
        assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]  # the sex is missing
        assert "Jenis kelamin" in dialog.findChild(QLabel, "message_visitor_sex").text()
        dialog.findChild(ChoiceBox, "visitor_sex").set_code("L")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(visitor)
    page.new_item()  # Ctrl+N on this page
    assert [row[1] for row in cells(page, "contact_model")] == ["Siti Aminah", "Rohmat Hidayat (visitor)"]
    assert scalar(village_db, "SELECT visitor_sex FROM service_contact WHERE person_id IS NULL") == "L"

    page.focus_search()
    qtbot.keyClicks(page.search_box, "rohmat")
    qtbot.waitUntil(lambda: page.contact_model.rowCount() == 1)
    assert page.contact_count.text() == "1 contacts"
    page.search_box.clear()
    page.type_filter.set_code("document_requirements")
    assert [row[1] for row in cells(page, "contact_model")] == ["Siti Aminah"]


def test_open_a_case_from_a_contact(qtbot: QtBot, village_db: Database) -> None:
    family = make_family(village_db)
    page = shown_page(qtbot, village_db)
    seen: dict[str, object] = {}

    def fill_and_open_case(dialog: QWidget) -> None:
        choose_person(qtbot, dialog, "aminah")
        dialog.findChild(ChoiceBox, "service_type").set_code("safe_migration")
        dialog.findChild(QPlainTextEdit, "question").setPlainText("Diajak sponsor berangkat lewat Batam")
        click(qtbot, dialog, "open_case")
        seen["info"] = dialog.findChild(QLabel, "case_info").text()
        seen["open_case_enabled"] = dialog.findChild(QPushButton, "open_case").isEnabled()
        seen["signs"] = dialog.findChild(QCheckBox, "non_procedural_signs").isChecked()
        dialog.reject()  # type: ignore[attr-defined]  # everything is saved: it closes without asking

    when_dialog_opens(fill_and_open_case)
    page.new_contact()
    assert str(seen["info"]).startswith("Case opened: Keberangkatan nonprosedural")
    assert seen["open_case_enabled"] is False and seen["signs"] is True
    case = query(village_db, "SELECT id, case_type, person_id, reported_date, description FROM case_record")[
        0
    ]
    assert (case["case_type"], case["person_id"]) == ("non_procedural", family["wife"])
    assert case["reported_date"] == TODAY.isoformat()
    assert "Diajak sponsor berangkat lewat Batam" in case["description"]
    contact = query(village_db, "SELECT case_id, non_procedural_signs FROM service_contact")[0]
    assert contact == {"case_id": case["id"], "non_procedural_signs": 1}
    assert page.contact_model.rowCount() == 1


def test_record_a_socialisation_event_with_named_attendees(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    page = shown_page(qtbot, village_db)
    page.tabs.setCurrentIndex(1)

    def fill(dialog: QWidget) -> None:
        type_into(dialog, "topic", "Bahaya keberangkatan nonprosedural")
        type_into(dialog, "place", "Balai Desa")
        assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]  # nobody attended yet
        assert dialog.findChild(QLabel, "message_attendees_total").text()
        dialog.findChild(QSpinBox, "attendees_male").setValue(14)
        choose_person(qtbot, dialog, "aminah")
        click(qtbot, dialog, "add_registered")
        # Siti Aminah is a woman: the women counted went from 0 to 1 to include her.
        assert dialog.findChild(QSpinBox, "attendees_female").value() == 1
        type_into(dialog, "attendee_name", "Pak Carik")
        dialog.findChild(ChoiceBox, "attendee_sex").set_code("L")
        click(qtbot, dialog, "add_named")
        dialog.findChild(QSpinBox, "attendees_female").setValue(21)
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill)
    click(qtbot, page, "new_event")
    today = TODAY.strftime("%d-%m-%Y")
    assert cells(page, "event_model") == [
        [today, "Bahaya keberangkatan nonprosedural", "Balai Desa", "14", "21", "35"]
    ]
    assert page.event_count.text() == "1 events"
    named = query(
        village_db, "SELECT name, sex, person_id IS NOT NULL AS registered FROM socialisation_attendee"
    )
    assert sorted(named, key=lambda a: a["name"]) == [
        {"name": "Pak Carik", "sex": "L", "registered": 0},
        {"name": "Siti Aminah", "sex": "P", "registered": 1},
    ]


def test_edit_an_event_removing_an_attendee(qtbot: QtBot, village_db: Database) -> None:
    event_id = record_event(
        village_db,
        EventInput(
            TODAY,
            "Migrasi aman",
            3,
            2,
            attendees=[AttendeeInput(name="Darmi", sex="P"), AttendeeInput(name="Karto", sex="L")],
        ),
    ).id
    page = shown_page(qtbot, village_db)

    def remove_darmi(dialog: QWidget) -> None:
        attendees = dialog.findChild(QListWidget, "attendee_list")
        assert [attendees.item(n).text() for n in range(attendees.count())] == [
            "Darmi (F, typed)",
            "Karto (M, typed)",
        ]
        attendees.setCurrentRow(0)
        click(qtbot, dialog, "remove_attendee")
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(remove_darmi)
    page.open_event(event_id)
    live = query(village_db, "SELECT name FROM socialisation_attendee WHERE NOT deleted")
    assert live == [{"name": "Karto"}]


def test_a_dialog_refuses_a_future_date_next_to_the_field(qtbot: QtBot, village_db: Database) -> None:
    dialog = SocialisationDialog(village_db)
    qtbot.addWidget(dialog)
    dialog.findChild(DateField, "event_date").set_value(TODAY + timedelta(days=2))
    assert "melewati hari ini" in dialog.messages.text("event_date")
    assert not dialog.save_button.isEnabled()


def test_delete_a_contact_from_its_dialog(qtbot: QtBot, village_db: Database) -> None:
    contact_id = record_contact(
        village_db, ContactInput(TODAY, "referral", visitor_name="Rohmat", visitor_sex="L")
    ).id
    page = shown_page(qtbot, village_db)
    assert page.contact_model.rowCount() == 1

    def delete(dialog: QWidget) -> None:
        when_dialog_opens(lambda box: press(box, QMessageBox.StandardButton.Yes), skip=dialog)  # type: ignore[arg-type]
        click(qtbot, dialog, "delete")

    when_dialog_opens(delete)
    page.open_contact(contact_id)
    assert page.contact_model.rowCount() == 0
    assert scalar(village_db, "SELECT deleted FROM service_contact") == 1


def test_follow_ups_due_are_marked_and_filtered(qtbot: QtBot, village_db: Database) -> None:
    last_week = TODAY - timedelta(days=7)
    for name, follow_up in (("Rohmat", TODAY - timedelta(days=1)), ("Darmi", TODAY + timedelta(days=5))):
        record_contact(
            village_db,
            ContactInput(last_week, "referral", visitor_name=name, visitor_sex="L", follow_up_date=follow_up),
        )
    page = shown_page(qtbot, village_db)
    follow_ups = {row[1]: row[4] for row in cells(page, "contact_model")}
    assert follow_ups["Rohmat (visitor)"].endswith("(due)")
    assert not follow_ups["Darmi (visitor)"].endswith("(due)")
    qtbot.mouseClick(page.due_only, Qt.MouseButton.LeftButton)
    assert [row[1] for row in cells(page, "contact_model")] == ["Rohmat (visitor)"]
