"""The district office's screens, driven as a coordinator would: lists and Beranda by village, the NIKs
found in two villages, verifying a household and asking for a correction, the recapitulation; and what
the village officer sees of a review once it has come back with the district's bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.months import month_name, previous_month
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.ui import report_actions
from desmigratif_desktop.ui.dashboard_page import DashboardPage
from desmigratif_desktop.ui.household_dialog import HouseholdDialog
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.register_page import RegisterPage
from desmigratif_desktop.ui.reports_page import ReportsPage
from desmigratif_desktop.ui.review_panel import CorrectionDialog
from tests.conftest import make_nik
from tests.dbtools import query, scalar
from tests.district_helpers import KAMAL, RENGASPENDAWA, carry, open_village, trust_each_other
from tests.factories import add_neighbour, make_family
from tests.gui_helpers import click, double_click, type_into, when_dialog_opens

JOB_TIMEOUT_MS = 60_000


@dataclass
class Brebes:
    district: Database
    rengas: Database  # open: the village side of the round trip
    ids: dict[str, str]
    stick: Path


@pytest.fixture
def brebes(district_db: Database, tmp_path: Path) -> Iterator[Brebes]:
    """Rengaspendawa: Siti Aminah (abroad) and Warsito; Kamal: a Siti Aminah with the same NIK (the
    training factory gives both the same one) and Yanti in dusun Sidamulya. Both sent their bundles."""
    with open_village(tmp_path, RENGASPENDAWA) as rengas, open_village(tmp_path, KAMAL) as kamal:
        family = make_family(rengas)
        add_neighbour(rengas)
        kamal_family = make_family(kamal)
        yanti_home = create_household(
            kamal, HouseholdInput(kk_number="3329152002070009", dusun="Sidamulya")
        ).id
        birth = date(1992, 4, 4)
        add_person(
            kamal,
            yanti_home,
            PersonInput(
                nik=make_nik(birth, "P", 4), full_name="Yanti", sex="P", birth_date=birth, relationship="head"
            ),
        )
        for village in (rengas, kamal):
            trust_each_other(village, district_db)
            carry(village, district_db, tmp_path / "stick")
        ids = {
            "rengas_household": family["household"],
            "rengas_siti": family["wife"],
            "kamal_household": kamal_family["household"],
            "kamal_siti": kamal_family["wife"],
        }
        yield Brebes(district_db, rengas, ids, tmp_path / "stick")


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column_texts(model: object, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]  # type: ignore[attr-defined]


# -- the register ----------------------------------------------------------------------------------


def test_the_lists_filter_by_village_and_show_each_rows_village(qtbot: QtBot, brebes: Brebes) -> None:
    page = shown(qtbot, RegisterPage(brebes.district))
    assert isinstance(page, RegisterPage)
    page.reload()
    households = page.households
    assert households.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Village"
    assert households.model.rowCount() == 4
    assert sorted(column_texts(households.model, 1)) == ["Kamal", "Kamal", "Rengaspendawa", "Rengaspendawa"]
    assert not page.findChild(QPushButton, "new_household").isVisible()  # villages register households

    village_box = households.filters["village_code"]
    assert [village_box.itemText(n) for n in range(village_box.count())] == [
        "All villages",
        "Kamal (Kec. Larangan)",
        "Rengaspendawa (Kec. Larangan)",
    ]
    village_box.set_code(KAMAL)
    qtbot.waitUntil(lambda: households.model.rowCount() == 2)
    kamal_ids = {
        row["id"]
        for row in query(brebes.district, "SELECT id FROM household WHERE village_code = :v", v=KAMAL)
    }
    assert {households.model.id_at(row) for row in range(2)} == kamal_ids
    dusun = households.filters["dusun"]
    assert [dusun.itemText(n) for n in range(1, dusun.count())] == ["Krajan", "Sidamulya"]
    village_box.set_code(RENGASPENDAWA)
    qtbot.waitUntil(lambda: households.model.rowCount() == 2)
    assert [dusun.itemText(n) for n in range(1, dusun.count())] == ["Krajan"]  # Warsito has none

    people = page.persons
    page.tabs.setCurrentWidget(people)
    people.filters["village_code"].set_code(KAMAL)
    qtbot.waitUntil(lambda: people.model.rowCount() == 2)
    assert sorted(column_texts(people.model, 0)) == ["Siti Aminah", "Yanti"]
    assert column_texts(people.model, 1) == ["Kamal", "Kamal"]


def test_a_villages_lists_have_no_village_filter_column_or_duplicates_tab(
    qtbot: QtBot, village_db: Database
) -> None:
    make_family(village_db)
    page = shown(qtbot, RegisterPage(village_db))
    assert isinstance(page, RegisterPage)
    page.reload()
    assert "village_code" not in page.households.filters and "village_code" not in page.persons.filters
    assert (
        page.households.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        == "Head of family"
    )
    assert page.tabs.count() == 2 and page.duplicates is None
    assert page.findChild(QPushButton, "new_household").isVisible()


def test_the_duplicate_niks_tab_lists_both_holders_and_opens_a_household(
    qtbot: QtBot, brebes: Brebes
) -> None:
    page = shown(qtbot, RegisterPage(brebes.district))
    assert isinstance(page, RegisterPage) and page.duplicates is not None
    page.reload()
    page.tabs.setCurrentWidget(page.duplicates)
    table = page.duplicates.findChild(QTableWidget, "duplicate_niks")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(2)]
    nik = scalar(brebes.district, "SELECT nik FROM person WHERE id = :id", id=brebes.ids["rengas_siti"])
    assert rows == [
        [nik, "Siti Aminah", "Kamal", "3329150101200001"],
        [nik, "Siti Aminah", "Rengaspendawa", "3329150101200001"],
    ]
    summary = page.duplicates.findChild(QLabel, "duplicates_summary").text()
    assert summary.startswith("NIKs registered in more than one village: 1.")
    with qtbot.waitSignal(page.open_household) as opened:
        double_click(qtbot, table, 1)
    assert opened.args == [brebes.ids["rengas_household"], brebes.ids["rengas_siti"]]


# -- the Beranda -----------------------------------------------------------------------------------


def test_the_beranda_narrows_to_one_village(qtbot: QtBot, brebes: Brebes) -> None:
    page = shown(qtbot, DashboardPage(brebes.district))
    assert isinstance(page, DashboardPage)
    page.reload()
    tiles = page.tiles
    assert (tiles["households"].value.text(), tiles["abroad"].value.text()) == ("4", "2")
    village = page.findChild(ChoiceBox, "dashboard_village")
    village.set_code(KAMAL)
    qtbot.waitUntil(lambda: tiles["households"].value.text() == "2")
    assert tiles["abroad"].value.text() == "1"  # Kamal's Siti; Yanti never left
    village.set_code(None)
    qtbot.waitUntil(lambda: tiles["households"].value.text() == "4")


def test_a_villages_beranda_has_no_village_filter(qtbot: QtBot, village_db: Database) -> None:
    page = shown(qtbot, DashboardPage(village_db))
    assert page.findChild(ChoiceBox, "dashboard_village") is None


# -- verifying -------------------------------------------------------------------------------------


def _status(editor: QWidget) -> str:
    return editor.findChild(QLabel, "review_status").text()


def test_verify_then_ask_for_a_correction_from_the_household_editor(qtbot: QtBot, brebes: Brebes) -> None:
    household = brebes.ids["rengas_household"]
    editor = shown(qtbot, HouseholdDialog(brebes.district, household))
    assert editor.findChild(QLabel, "review_village").text() == "Village Rengaspendawa:"
    assert _status(editor) == "Not yet checked by the district office."
    click(qtbot, editor, "verify")
    today = f"{date.today():%d-%m-%Y}"
    assert _status(editor) == f"Verified by the district office (Budi Santoso, {today})."
    assert not editor.findChild(QPushButton, "verify").isEnabled()  # nothing to verify again
    assert [
        (r["status"], r["reviewer_name"])
        for r in query(brebes.district, "SELECT * FROM household_review WHERE household_id = :h", h=household)
    ] == [("verified", "Budi Santoso")]

    def ask(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog)
        assert not dialog.save_button.isEnabled()  # a request must say what to correct
        dialog.findChild(QPlainTextEdit, "note").setPlainText("Nomor HP kepala keluarga belum diisi.")
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()

    when_dialog_opens(ask)
    click(qtbot, editor, "ask_correction")
    qtbot.waitUntil(lambda: "asks for a correction" in _status(editor))
    assert _status(editor) == (
        f"The district office asks for a correction (Budi Santoso, {today}): "
        "Nomor HP kepala keluarga belum diisi."
    )
    assert editor.findChild(QPushButton, "verify").isEnabled()
    latest = query(
        brebes.district,
        "SELECT status, note FROM household_review WHERE household_id = :h ORDER BY version DESC LIMIT 1",
        h=household,
    )
    assert latest == [{"status": "needs_correction", "note": "Nomor HP kepala keluarga belum diisi."}]


def test_the_village_sees_the_review_and_its_own_later_change(qtbot: QtBot, brebes: Brebes) -> None:
    household = brebes.ids["rengas_household"]
    at_district = shown(qtbot, HouseholdDialog(brebes.district, household))
    click(qtbot, at_district, "verify")
    carry(brebes.district, brebes.rengas, brebes.stick)

    editor = shown(qtbot, HouseholdDialog(brebes.rengas, household))
    panel = editor.findChild(QWidget, "review_panel")
    assert panel.isVisible()
    today = f"{date.today():%d-%m-%Y}"
    assert _status(editor) == f"Verified by the district office (Budi Santoso, {today})."
    assert not editor.findChild(QPushButton, "verify").isVisible()  # a village only reads it
    type_into(editor, "dusun", "Karangsari")
    click(qtbot, editor, "save")
    assert _status(editor) == (
        f"Verified by the district office (Budi Santoso, {today}) before the last change: "
        "it will be checked again."
    )

    neighbour = scalar(brebes.rengas, "SELECT id FROM household WHERE id != :h", h=household)
    unreviewed = shown(qtbot, HouseholdDialog(brebes.rengas, neighbour))
    assert not unreviewed.findChild(QWidget, "review_panel").isVisible()


# -- the recapitulation ----------------------------------------------------------------------------


def test_the_recapitulation_is_made_from_the_reports_page_only_at_a_district(
    qtbot: QtBot, brebes: Brebes, village_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_actions, "open_file", lambda _path: True)
    at_village = shown(qtbot, ReportsPage(village_db))
    assert isinstance(at_village, ReportsPage)
    village_kinds = [at_village.kind.itemData(n) for n in range(at_village.kind.count())]
    assert "recap_pdf" not in village_kinds and "recap_xlsx" not in village_kinds

    page = shown(qtbot, ReportsPage(brebes.district))
    assert isinstance(page, ReportsPage)
    kinds = [page.kind.itemData(n) for n in range(page.kind.count())]
    assert kinds[:2] == ["recap_pdf", "recap_xlsx"]
    page.kind.setCurrentIndex(0)
    month = previous_month(date.today())
    page.month.setCurrentIndex(page.month.findData(month))
    click(qtbot, page, "make_report")
    qtbot.waitUntil(page.make_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    assert page.current is not None and page.current.name == f"rekapitulasi-desa-{month}.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(page.current).pages)
    assert f"Periode: {month_name(month)}" in text and "Kamal" in text and "Rengaspendawa" in text


@pytest.mark.parametrize("office", ["village", "district"])
def test_ctrl_n_opens_a_new_household_only_where_households_are_registered(
    qtbot: QtBot, village_db: Database, district_db: Database, office: str
) -> None:
    """The district's register has no "New household" button; Ctrl+N must not open an editor that
    cannot save there."""
    from desmigratif_desktop.ui.main_window import MainWindow

    db = village_db if office == "village" else district_db
    window = MainWindow(db.paths)
    qtbot.addWidget(window)
    opened: list[str] = []
    window.open_household = lambda household_id, person_id="": opened.append(household_id)  # type: ignore[method-assign]
    window.attach(db)
    window.go_to("register")
    new = window.findChild(QAction, "new_item")
    assert (
        new is not None
        and new.shortcut().matches(QKeySequence("Ctrl+N")) == QKeySequence.SequenceMatch.ExactMatch
    )
    new.trigger()
    assert opened == ([""] if office == "village" else [])
