"""Reports from the screens, driven as an officer would: the Laporan page, the household editor, the lists.

Opening a file is recorded instead of launching a viewer; printing is checked on a printer that writes
a PDF. The reports themselves are the real ones, read back with pypdf and openpyxl.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.services.placements import PlacementInput, add_placement
from desmigratif_desktop.ui import report_actions
from desmigratif_desktop.ui.household_dialog import HouseholdDialog
from desmigratif_desktop.ui.inputs import ChoiceBox
from desmigratif_desktop.ui.main_window import MainWindow
from desmigratif_desktop.ui.register_page import RegisterPage
from desmigratif_desktop.ui.reports_page import ReportsPage
from desmigratif_desktop.ui.tasks import database_busy
from tests.conftest import make_nik
from tests.dbtools import scalar
from tests.factories import KK, add_neighbour, make_family
from tests.gui_helpers import click, type_into, when_dialog_opens

TODAY = date(2026, 11, 23)
JOB_TIMEOUT_MS = 60_000


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the application asked the system to open (no viewer starts in tests)."""
    calls: list[Path] = []

    def record(path: Path) -> bool:
        calls.append(Path(path))
        return True

    monkeypatch.setattr(report_actions, "open_file", record)
    return calls


def first_page_text(path: Path) -> str:
    return PdfReader(path).pages[0].extract_text()


def all_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def workbook_values(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [
        str(value) for sheet in book for row in sheet.iter_rows(values_only=True) for value in row if value
    ]


def reports_page(qtbot: QtBot, db: Database) -> ReportsPage:
    page = ReportsPage(db, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def choose(combo: ChoiceBox | object, data: str) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def make(qtbot: QtBot, page: ReportsPage, kind: str, month: str | None = None) -> Path:
    choose(page.kind, kind)
    if month is not None:
        choose(page.month, month)
    click(qtbot, page, "make_report")
    qtbot.waitUntil(page.make_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    assert page.current is not None
    return page.current


def add_worker_abroad(db: Database, name: str, serial: int) -> str:
    """One more person working abroad, in a household of their own."""
    household = create_household(db, HouseholdInput(kk_number=f"33291501012000{serial:02d}")).id
    birth = date(1988, 5, serial)
    person = add_person(
        db,
        household,
        PersonInput(
            nik=make_nik(birth, "P", serial), full_name=name, sex="P", birth_date=birth, relationship="head"
        ),
    ).id
    add_placement(
        db,
        person,
        PlacementInput(
            destination_country="HK",
            sector="domestic_worker",
            departure_date=date.today() - timedelta(days=90),
        ),
    )
    return person


# -- the Laporan page ------------------------------------------------------------------------------


def test_the_months_offered_end_this_month_and_last_month_is_chosen(
    qtbot: QtBot, village_db: Database
) -> None:
    page = reports_page(qtbot, village_db)
    offered = [page.month.itemData(n) for n in range(page.month.count())]
    assert len(offered) == 24
    assert offered[0] == "2026-11" and offered[-1] == "2024-12"  # no future month can be chosen
    assert page.month.currentData() == "2026-10"
    assert page.month.currentText() == "Oktober 2026"
    choose(page.kind, "register_pdf")
    assert not page.month.isEnabled()  # the register is as it stands today
    assert not page.open_button.isEnabled()  # nothing made yet


def test_the_monthly_report_is_made_in_the_background(
    qtbot: QtBot, village_db: Database, opened: list[Path]
) -> None:
    add_demo_data(village_db, 60)
    page = reports_page(qtbot, village_db)
    choose(page.kind, "monthly_pdf")
    click(qtbot, page, "make_report")
    # the click returned while the report is still being made on the database worker
    assert database_busy()
    assert page.findChild(QProgressDialog) is not None
    assert not page.make_button.isEnabled()
    qtbot.waitUntil(page.make_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    assert not database_busy()

    written = village_db.paths.data_dir / "laporan" / "laporan-bulanan-2026-10.pdf"
    assert written.is_file()
    assert "Oktober 2026" in first_page_text(written)
    assert str(written) in page.result.text()
    assert page.made.count() == 1 and page.current == written
    click(qtbot, page, "open_report")
    assert opened == [written]


def test_the_monthly_tables_of_a_chosen_month_as_a_workbook(qtbot: QtBot, village_db: Database) -> None:
    make_family(village_db)
    page = reports_page(qtbot, village_db)
    written = make(qtbot, page, "monthly_xlsx", "2026-09")
    assert written == village_db.paths.data_dir / "laporan" / "tabel-laporan-bulanan-2026-09.xlsx"
    assert any("September 2026" in value for value in workbook_values(written))
    assert not page.print_button.isEnabled()  # a workbook is printed from Excel


def test_the_register_lists_the_migrant_workers_only(qtbot: QtBot, village_db: Database) -> None:
    family = make_family(village_db)
    add_neighbour(village_db)  # Warsito has never worked abroad
    page = reports_page(qtbot, village_db)
    pdf = make(qtbot, page, "register_pdf")
    assert pdf.name == "daftar-pmi-2026-11-23.pdf"
    text = all_text(pdf)
    assert "Siti Aminah" in text and family["nik"] in text
    assert "Warsito" not in text
    workbook = make(qtbot, page, "register_xlsx")
    assert workbook.name == "daftar-pmi-2026-11-23.xlsx"
    values = workbook_values(workbook)
    assert "Siti Aminah" in values and "Warsito" not in values
    # the newest report comes first, and choosing an older one lets it be opened again
    assert [page.made.item(n).text().split()[0] for n in range(page.made.count())] == [
        workbook.name,
        pdf.name,
    ]
    page.made.setCurrentRow(1)
    assert page.current == pdf and page.print_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_explained_and_leaves_no_file(
    qtbot: QtBot, village_db: Database
) -> None:
    make_family(village_db)
    blocker = village_db.paths.data_dir / "laporan"
    blocker.write_text("not a folder")  # where the reports folder should be
    page = reports_page(qtbot, village_db)
    shown: list[str] = []
    when_dialog_opens(lambda box: (shown.append(box.text()), box.accept()))
    choose(page.kind, "monthly_pdf")
    click(qtbot, page, "make_report")
    qtbot.waitUntil(lambda: bool(shown) and page.make_button.isEnabled(), timeout=JOB_TIMEOUT_MS)
    assert str(blocker) in shown[0]
    assert "bukan folder" in shown[0]  # Indonesian, with what went wrong
    assert blocker.read_text() == "not a folder"
    assert list(village_db.paths.data_dir.rglob("*.pdf")) == []
    assert page.current is None


def test_save_a_copy_for_the_usb_stick(qtbot: QtBot, village_db: Database, tmp_path: Path) -> None:
    make_family(village_db)
    page = reports_page(qtbot, village_db)
    made = make(qtbot, page, "monthly_pdf")
    stick = tmp_path / "usb"
    stick.mkdir()
    told: list[str] = []
    when_dialog_opens(lambda box: (told.append(box.text()), box.accept()))
    page.save_current_as(stick / "laporan-oktober")  # typed without ".pdf"
    qtbot.waitUntil(lambda: bool(told), timeout=JOB_TIMEOUT_MS)
    copy = stick / "laporan-oktober.pdf"
    assert copy.read_bytes() == made.read_bytes()
    assert str(copy) in told[0]
    assert [p.name for p in stick.iterdir()] == ["laporan-oktober.pdf"]  # no temporary file left


def test_a_copy_to_a_place_that_cannot_be_written_is_refused(
    qtbot: QtBot, village_db: Database, tmp_path: Path
) -> None:
    make_family(village_db)
    page = reports_page(qtbot, village_db)
    make(qtbot, page, "monthly_pdf")
    not_a_folder = tmp_path / "berkas"
    not_a_folder.write_text("x")
    shown: list[str] = []
    when_dialog_opens(lambda box: (shown.append(box.text()), box.accept()))
    page.save_current_as(not_a_folder / "salinan.pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=JOB_TIMEOUT_MS)
    assert str(not_a_folder) in shown[0]
    assert not_a_folder.read_text() == "x"


def test_printing_sends_every_page_to_the_printer(qtbot: QtBot, village_db: Database, tmp_path: Path) -> None:
    add_demo_data(village_db, 40)
    page = reports_page(qtbot, village_db)
    report = make(qtbot, page, "monthly_pdf")
    pages = len(PdfReader(report).pages)
    printer = report_actions.printer_for(report)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    printer.setResolution(96)  # a PDF "printer"; the page count is what matters here
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    progress: list[tuple[int, int]] = []
    assert (
        report_actions.print_pdf(report, printer, lambda done, total: progress.append((done, total))) == pages
    )
    assert len(PdfReader(printed).pages) == pages
    assert progress[-1] == (pages, pages)


def test_printing_a_page_range_and_the_register_in_landscape(
    qtbot: QtBot, village_db: Database, tmp_path: Path
) -> None:
    add_demo_data(village_db, 120)
    page = reports_page(qtbot, village_db)
    register = make(qtbot, page, "register_pdf")
    assert len(PdfReader(register).pages) >= 2
    printer = report_actions.printer_for(register)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setResolution(96)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page-two.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert report_actions.print_pdf(register, printer) == 1
    assert len(PdfReader(tmp_path / "page-two.pdf").pages) == 1


# -- the household editor and the register page ----------------------------------------------------


def test_print_the_profile_of_a_saved_household(
    qtbot: QtBot, village_db: Database, opened: list[Path]
) -> None:
    family = make_family(village_db)
    new = HouseholdDialog(village_db)
    qtbot.addWidget(new)
    assert not new.print_button.isEnabled()  # nothing saved yet: nothing to print

    editor = HouseholdDialog(village_db, family["household"])
    qtbot.addWidget(editor)
    editor.show()
    click(qtbot, editor, "print_profile")
    qtbot.waitUntil(lambda: bool(opened), timeout=JOB_TIMEOUT_MS)
    assert opened == [village_db.paths.data_dir / "laporan" / f"profil-rumah-tangga-{KK}.pdf"]
    text = all_text(opened[0])
    assert KK in text and "Siti Aminah" in text and family["nik"] in text


def test_the_laporan_page_lists_a_profile_printed_from_the_editor(
    qtbot: QtBot, village_db: Database, opened: list[Path]
) -> None:
    family = make_family(village_db)
    page = reports_page(qtbot, village_db)
    assert page.made.count() == 0 and "No reports made yet" in page.result.text()
    editor = HouseholdDialog(village_db, family["household"])
    qtbot.addWidget(editor)
    click(qtbot, editor, "print_profile")
    qtbot.waitUntil(lambda: bool(opened), timeout=JOB_TIMEOUT_MS)
    page.reload()  # shown again
    assert page.made.item(0).text().startswith(f"profil-rumah-tangga-{KK}.pdf")
    assert "No reports made yet" not in page.result.text()
    assert page.open_button.isEnabled()  # the newest is chosen: Buka opens it at once
    click(qtbot, page, "open_report")
    assert len(opened) == 2 and opened[1] == opened[0]  # the profile, opened again from the list


def test_printing_a_changed_household_saves_it_first(
    qtbot: QtBot, village_db: Database, opened: list[Path]
) -> None:
    family = make_family(village_db)
    editor = HouseholdDialog(village_db, family["household"])
    qtbot.addWidget(editor)
    editor.show()
    type_into(editor, "dusun", "Karangsari")
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, editor, "print_profile")
    qtbot.waitUntil(lambda: bool(opened), timeout=JOB_TIMEOUT_MS)
    assert scalar(village_db, "SELECT dusun FROM household WHERE id = :id", id=family["household"]) == (
        "Karangsari"
    )
    assert "Karangsari" in all_text(opened[0])


def test_the_register_page_prints_the_list_as_filtered_and_sorted(
    qtbot: QtBot, village_db: Database, opened: list[Path]
) -> None:
    make_family(village_db)  # Siti Aminah, in Taiwan
    add_neighbour(village_db)  # Warsito, at home
    add_worker_abroad(village_db, "Ahmad Fauzi", 11)
    add_worker_abroad(village_db, "Wulan Sari", 12)
    page = RegisterPage(village_db)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.tabs.setCurrentWidget(page.persons)
    page.persons.filters["migration_status"].set_code("abroad")
    page.persons.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by name, Z to A

    click(qtbot, page, "print_list")
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=JOB_TIMEOUT_MS)
    assert opened[0].suffix == ".pdf" and opened[0].parent == village_db.paths.data_dir / "laporan"
    text = all_text(opened[0])
    assert "Warsito" not in text
    assert text.index("Wulan Sari") < text.index("Siti Aminah") < text.index("Ahmad Fauzi")

    type_into(page.persons, "search", "sari")
    qtbot.waitUntil(lambda: page.persons.model.rowCount() == 1)
    click(qtbot, page, "export_list")
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=JOB_TIMEOUT_MS)
    assert opened[1].suffix == ".xlsx"
    values = workbook_values(opened[1])
    assert "Wulan Sari" in values
    assert "Siti Aminah" not in values and "Ahmad Fauzi" not in values


def test_laporan_sits_between_kasus_and_pengaturan(qtbot: QtBot, village_db: Database) -> None:
    window = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(window)
    titles = [window.nav.item(n).text() for n in range(window.nav.count())]
    assert titles[-4:] == ["Cases", "Reports", "Synchronisation", "Settings"]
    assert isinstance(window.go_to("reports"), ReportsPage)
