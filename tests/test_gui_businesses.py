"""The Usaha Produktif page and the business dialog, driven as an officer would."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.months import add_months, month_of, shown_month
from desmigratif_desktop.services.business_money import record_turnover
from desmigratif_desktop.services.businesses import BusinessInput, create_business
from desmigratif_desktop.ui.business_dialog import BusinessDialog
from desmigratif_desktop.ui.businesses_page import BusinessesPage
from desmigratif_desktop.ui.inputs import ChoiceBox
from tests.dbtools import query, scalar
from tests.factories import add_neighbour, make_family
from tests.gui_helpers import choose_person, click, press, save, type_into, when_dialog_opens

TODAY = date.today()
LAST_MONTH = add_months(month_of(TODAY), -1)
EARLIER = add_months(LAST_MONTH, -1)  # not the month the dialog suggests
STARTED = TODAY - timedelta(days=400)


def _page(qtbot: QtBot, db: Database) -> BusinessesPage:
    page = BusinessesPage(db)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    return page


def _message(dialog: QWidget, field: str) -> str:
    label = dialog.findChild(QLabel, f"message_{field}")
    return label.text() if label.isVisibleTo(dialog) else ""


def _fill_details(qtbot: QtBot, dialog: QWidget) -> None:
    type_into(dialog, "name", "Telur Asin Bu Siti")
    choose_person(qtbot, dialog, "aminah")
    dialog.findChild(ChoiceBox, "sector").set_code("food_processing")
    type_into(dialog, "products", "telur asin")
    type_into(dialog, "start_date", f"{STARTED:%d-%m-%Y}")
    dialog.findChild(QSpinBox, "workers").setValue(2)


def _kerupuk(db: Database, owner: str, **changes: object) -> str:
    values = {
        "name": "Kerupuk Bawang Bu Siti",
        "sector": "food_processing",
        "owner_person_id": owner,
        "start_date": STARTED,
        "workers": 1,
        **changes,
    }
    return create_business(db, BusinessInput(**values)).id  # type: ignore[arg-type]


def test_record_a_business_with_a_month_of_turnover_and_a_support(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    page = _page(qtbot, village_db)

    def fill(dialog: QWidget) -> None:
        _fill_details(qtbot, dialog)
        assert dialog.findChild(QLineEdit, "turnover_month").text() == shown_month(LAST_MONTH)
        type_into(dialog, "turnover_month", shown_month(EARLIER))
        type_into(dialog, "turnover_amount", "4.500.000")
        click(qtbot, dialog, "record_turnover")  # saves the new business first
        type_into(dialog, "support_provider", "Disnaker Kabupaten")
        type_into(dialog, "support_description", "Pelatihan pengemasan")
        click(qtbot, dialog, "add_support")
        assert dialog.findChild(QWidget, "turnovers").rowCount() == 1
        assert dialog.findChild(QWidget, "supports").item(0, 2).text() == "Disnaker Kabupaten"
        save(dialog)  # type: ignore[arg-type]

    when_dialog_opens(fill)
    page.new_item()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    shown = [page.table.item(0, c).text() for c in range(6)]
    assert shown == [
        "Telur Asin Bu Siti",
        "Siti Aminah",
        "Pengolahan makanan dan minuman",
        "Active",
        "2",
        f"Rp4.500.000 ({shown_month(EARLIER)})",
    ]
    assert query(village_db, "SELECT name, workers, status, deleted FROM business") == [
        {"name": "Telur Asin Bu Siti", "workers": 2, "status": "active", "deleted": 0}
    ]
    assert query(village_db, "SELECT month, amount FROM business_turnover") == [
        {"month": EARLIER, "amount": 4_500_000}
    ]
    assert query(village_db, "SELECT support_type, provider, description, amount FROM business_support") == [
        {
            "support_type": "training",
            "provider": "Disnaker Kabupaten",
            "description": "Pelatihan pengemasan",
            "amount": None,
        }
    ]
    qtbot.keyClicks(page.search_box, "telur")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 businesses")
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "kambing")
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)


def test_history_typed_but_not_added_is_saved_with_the_business(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    dialog = BusinessDialog(village_db)
    qtbot.addWidget(dialog)
    _fill_details(qtbot, dialog)
    type_into(dialog, "turnover_month", shown_month(LAST_MONTH))
    type_into(dialog, "turnover_amount", "2.000.000")
    dialog.findChild(ChoiceBox, "support_type").set_code("capital")
    type_into(dialog, "support_provider", "KUR BRI")
    type_into(dialog, "support_amount", "15.000.000")
    save(dialog)  # type: ignore[arg-type]
    assert scalar(village_db, "SELECT count(*) FROM business") == 1
    assert scalar(village_db, "SELECT amount FROM business_turnover") == 2_000_000
    assert query(village_db, "SELECT support_type, amount FROM business_support") == [
        {"support_type": "capital", "amount": 15_000_000}
    ]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_stopped_business_without_a_stop_date_cannot_be_saved(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    dialog = BusinessDialog(village_db)
    qtbot.addWidget(dialog)
    _fill_details(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    dialog.findChild(ChoiceBox, "status").set_code("stopped")
    assert _message(dialog, "stopped_date") == "Tanggal berhenti wajib diisi untuk usaha yang berhenti."
    assert not dialog.save_button.isEnabled()
    type_into(dialog, "stopped_date", f"{STARTED - timedelta(days=1):%d-%m-%Y}")
    assert _message(dialog, "stopped_date") == "Tanggal berhenti tidak boleh sebelum tanggal mulai usaha."
    type_into(dialog, "stopped_date", f"{TODAY:%d-%m-%Y}")
    assert _message(dialog, "stopped_date") == ""
    assert dialog.save_button.isEnabled()
    assert scalar(village_db, "SELECT count(*) FROM business") == 0


def test_an_owner_outside_the_target_group_is_warned_about(qtbot: QtBot, village_db: Database) -> None:
    add_neighbour(village_db)
    dialog = BusinessDialog(village_db)
    qtbot.addWidget(dialog)
    choose_person(qtbot, dialog, "warsito")
    assert "Warsito bukan PMI purna" in _message(dialog, "owner_person_id")


def test_recording_a_month_again_corrects_it(qtbot: QtBot, village_db: Database) -> None:
    business = _kerupuk(village_db, make_family(village_db)["wife"])
    record_turnover(village_db, business, LAST_MONTH, 3_000_000)
    dialog = BusinessDialog(village_db, business)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QWidget, "turnovers")
    assert table.item(0, 1).text() == "Rp3.000.000"
    type_into(dialog, "turnover_month", shown_month(add_months(LAST_MONTH, 2)))
    assert "belum tiba" in _message(dialog, "month")
    assert not dialog.findChild(QPushButton, "record_turnover").isEnabled()
    type_into(dialog, "turnover_month", shown_month(LAST_MONTH))
    type_into(dialog, "turnover_amount", "3.250.000")
    click(qtbot, dialog, "record_turnover")
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Rp3.250.000"
    assert query(village_db, "SELECT amount FROM business_turnover WHERE NOT deleted") == [
        {"amount": 3_250_000}
    ]
    assert dialog.wrote_anything


def test_delete_a_business_from_its_dialog(qtbot: QtBot, village_db: Database) -> None:
    business = _kerupuk(village_db, make_family(village_db)["wife"])
    record_turnover(village_db, business, LAST_MONTH, 3_000_000)
    page = _page(qtbot, village_db)
    assert page.table.rowCount() == 1

    def delete(dialog: QWidget) -> None:
        when_dialog_opens(lambda box: press(box, QMessageBox.StandardButton.Yes), skip=dialog)  # type: ignore[arg-type]
        click(qtbot, dialog, "delete_business")

    when_dialog_opens(delete)
    page.open_business(business)
    assert page.table.rowCount() == 0
    assert query(
        village_db, "SELECT deleted FROM business UNION ALL SELECT deleted FROM business_turnover"
    ) == [
        {"deleted": 1},
        {"deleted": 1},
    ]


def test_the_filters(qtbot: QtBot, village_db: Database) -> None:
    family = make_family(village_db)
    warsito = add_neighbour(village_db)
    _kerupuk(village_db, family["wife"])
    _kerupuk(
        village_db,
        warsito,
        name="Bengkel Motor Jaya",
        sector="repair",
        status="stopped",
        stopped_date=TODAY - timedelta(days=10),
    )
    page = _page(qtbot, village_db)
    assert page.table.rowCount() == 2
    page.status_filter.set_code("stopped")
    assert [page.table.item(0, c).text() for c in (0, 3)] == ["Bengkel Motor Jaya", "Stopped"]
    page.status_filter.set_code(None)
    page.sector_filter.set_code("food_processing")
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Kerupuk Bawang Bu Siti"
    page.sector_filter.set_code(None)
    qtbot.keyClicks(page.search_box, "warsito")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 1).text() == "Warsito"


def test_closing_with_an_amount_typed_but_not_recorded_asks_first(qtbot: QtBot, village_db: Database) -> None:
    business = _kerupuk(village_db, make_family(village_db)["wife"])
    dialog = BusinessDialog(village_db, business)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog, "turnover_amount", "1.750.000")
    when_dialog_opens(lambda box: press(box, QMessageBox.StandardButton.Save), skip=dialog)  # type: ignore[arg-type]
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert query(village_db, "SELECT month, amount FROM business_turnover") == [
        {"month": LAST_MONTH, "amount": 1_750_000}
    ]
