"""Render the main screens with 3,000 demo households to docs/screenshots/ (`make screenshots`).

Runs on Qt's offscreen platform, in Indonesian, on a temporary data dir; the README shows the result.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desmigratif_desktop.app import install_translator  # noqa: E402
from desmigratif_desktop.data.database import Database  # noqa: E402
from desmigratif_desktop.paths import DataPaths  # noqa: E402
from desmigratif_desktop.services.demo import add_demo_data  # noqa: E402
from desmigratif_desktop.services.office_details import OfficeDetails, save_office_details  # noqa: E402
from desmigratif_desktop.services.setup import initialise_village  # noqa: E402


def shoot(widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()  # type: ignore[union-attr]
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render_pdf_page(pdf: Path, page: int, name: str, width: int = 1100) -> None:
    """A page of a report as the reader sees it, with Qt's own PDF renderer (nothing else to install)."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(page)
    image = document.render(page, QSize(width, round(width * size.height() / size.width())))
    framed = QImage(image.size(), QImage.Format.Format_RGB32)
    framed.fill(QColor("white"))  # the PDF page is transparent where nothing is printed
    painter = QPainter(framed)
    painter.drawImage(0, 0, image)
    painter.end()
    path = OUT / f"{name}.png"
    framed.save(str(path))
    document.close()
    print(path.relative_to(ROOT))


def wait_for_jobs() -> None:
    """Let a background job (an export, an import) finish and its results reach the screen."""
    import time

    from desmigratif_desktop.ui.tasks import database_busy

    app = QApplication.instance()
    while database_busy():
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()  # type: ignore[union-attr]


def shoot_sync(village_window: QWidget, village_db: Database, work_dir: Path) -> None:
    """Sinkronisasi on both sides: the village writes its bundle to a stick, the district office (trusted
    both ways) imports it; both then change one household, so the district has a conflict to review."""
    from sqlalchemy import select

    from desmigratif_desktop.data.register import Household
    from desmigratif_desktop.data.write import table_of
    from desmigratif_desktop.services.households import HouseholdInput, update_household
    from desmigratif_desktop.services.setup import initialise_district
    from desmigratif_desktop.ui import sync_destinations
    from desmigratif_desktop.ui.conflicts_dialog import ConflictsDialog
    from desmigratif_desktop.ui.main_window import MainWindow
    from sync.apply import import_bundles
    from sync.export import export_bundles
    from sync.identity import own_identity
    from sync.keys import ensure_keys
    from sync.peers import trust

    stick = work_dir / "flashdisk"
    stick.mkdir()
    # the picture shows a stick plugged in, whatever the machine making it has
    sync_destinations.removable_destinations = lambda: [  # type: ignore[assignment]
        sync_destinations.Destination("FLASHDISK", stick, 7_650_000_000)
    ]
    district_paths = DataPaths(work_dir / "dinas")
    initialise_district(district_paths, "33.29", "Budi Santoso")
    district_db = Database.open(district_paths)
    village_keys, district_keys = ensure_keys(village_db.paths), ensure_keys(district_paths)
    trust(district_db, own_identity(village_db.require_installation(), village_keys), district_keys.peer_id)
    trust(village_db, own_identity(district_db.require_installation(), district_keys), village_keys.peer_id)

    first = export_bundles(village_db, village_keys, work_dir / "pertama")
    import_bundles(district_db, district_keys, [bundle.path for bundle in first])
    households = table_of(Household)
    with village_db.read() as connection:
        household_id, kk = connection.execute(
            select(households.c.id, households.c.kk_number).order_by(households.c.kk_number).limit(1)
        ).one()
    update_household(district_db, household_id, HouseholdInput(kk_number=kk, address="Jl. Kaligangsa No. 12"))
    update_household(village_db, household_id, HouseholdInput(kk_number=kk, address="Jl. Kaligangsa No. 21"))

    village_page = village_window.go_to("sync")  # type: ignore[attr-defined]
    village_page.export()  # to the stick the page offers first
    wait_for_jobs()
    shoot(village_window, "sync-village")

    district_window = MainWindow(district_paths, district_db)
    district_window.resize(1280, 800)
    district_window.show()
    district_page = district_window.go_to("sync")
    district_page.import_(sorted(stick.glob("*.dmsync")))  # type: ignore[attr-defined]
    wait_for_jobs()
    shoot(district_window, "sync-district")
    conflicts = ConflictsDialog(district_db, district_window)
    conflicts.show()
    shoot(conflicts, "sync-conflicts")
    conflicts.close()
    district_window.close()
    district_db.close()


def shoot_recovery(work_dir: Path) -> None:
    """The box a damaged database brings up at start: a village with yesterday's backup, then pages torn."""
    import sqlite3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from desmigratif_desktop.data.backup import automatic_backup
    from desmigratif_desktop.ui.main_window import MainWindow

    paths = DataPaths(work_dir)
    initialise_village(paths, "33.29.15.2007", "Siti Aminah")
    with Database.open(paths) as db:
        add_demo_data(db, 40, seed=5)
    automatic_backup(paths, "daily")
    with Database.open(paths) as db:
        add_demo_data(db, 10, seed=6)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(paths.database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = bytes((i * 37) % 251 for i in range(3 * 4096))  # torn pages
    paths.database.write_bytes(bytes(data))

    window = MainWindow(paths)
    window.show()
    ended: list[bool] = []
    window.database_failed.connect(lambda _error: ended.append(True))

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, poll)
            return
        shoot(box, "recovery")
        box.findChild(QPushButton, "close_app").click()  # type: ignore[union-attr]

    QTimer.singleShot(0, poll)
    window.open_database_in_background()
    while not ended:
        QApplication.processEvents()
    window.close()


def main() -> None:
    app = QApplication(sys.argv)
    install_translator(app, "id")
    OUT.mkdir(parents=True, exist_ok=True)
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="screenshots-")))

    from desmigratif_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(paths)
    wizard.resize(880, 600)
    wizard.show()
    wizard.next()
    region = wizard.currentPage()
    region.search.setText("rengas larangan")  # type: ignore[attr-defined]
    for _ in range(200):
        app.processEvents()
        if region.results.count():  # type: ignore[attr-defined]
            break
        import time

        time.sleep(0.02)
    shoot(wizard, "setup-wizard")
    wizard.close()

    initialise_village(paths, "33.29.15.2007", "Siti Aminah")
    db = Database.open(paths)
    add_demo_data(db, 3000, seed=1)
    save_office_details(
        db, OfficeDetails("Siti Aminah", "H. Slamet Riyadi", "Jl. Raya Rengaspendawa No. 1", "0283-555123")
    )

    from desmigratif_desktop.ui.cooperative_page import MONTHS_TAB
    from desmigratif_desktop.ui.main_window import MainWindow

    window = MainWindow(db.paths, db)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    shoot(window, "main-window")
    register = window.go_to("register")
    shoot(window, "register-households")
    register.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    shoot(window, "register-people")
    window.go_to("services")
    shoot(window, "migration-services")
    businesses = window.go_to("businesses")
    shoot(window, "businesses")
    parenting = window.go_to("parenting")
    shoot(window, "parenting-children")
    parenting.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    shoot(window, "parenting-sessions")
    cooperative = window.go_to("cooperative")
    cooperative.tabs.setCurrentIndex(MONTHS_TAB)  # type: ignore[attr-defined]
    shoot(window, "cooperative")
    window.go_to("cases")
    shoot(window, "cases")
    reports = window.go_to("reports")
    from desmigratif_desktop.reports.documents import monthly_report

    month, target = reports.month.currentData(), reports.target_for(reports.chosen_kind())  # type: ignore[attr-defined]
    monthly_pdf = monthly_report(db, month, target)  # last month, the one the page offers first
    reports.reload()  # type: ignore[attr-defined]
    shoot(window, "reports")
    render_pdf_page(monthly_pdf, 0, "monthly-report-page-1")
    render_pdf_page(monthly_pdf, 1, "monthly-report-page-2")
    window.go_to("settings")
    shoot(window, "settings")

    from desmigratif_desktop.ui.household_dialog import HouseholdDialog
    from desmigratif_desktop.ui.person_dialog import PersonDialog

    household_id = register.households.model.id_at(0)  # type: ignore[attr-defined]
    editor = HouseholdDialog(db, household_id, window)
    editor.members_table.selectRow(1)
    editor.show()
    shoot(editor, "household-editor")
    person = PersonDialog(db, household_id, None, editor)
    person.nik.setText("33291512")
    person.full_name.setText("Bagus Saputra")
    person.birth_date.set_value(date(2014, 2, 1))
    person.show()
    shoot(person, "person-invalid-nik")
    person.discard()  # typed only for the picture: close without the unsaved-changes question
    editor.close()

    from desmigratif_desktop.ui.business_dialog import BusinessDialog

    first_business = businesses._rows[0].id  # type: ignore[attr-defined]
    business = BusinessDialog(db, first_business, window)
    business.resize(900, 820)
    business.show()
    shoot(business, "business-editor")
    business.discard()
    shoot_sync(window, db, Path(tempfile.mkdtemp(prefix="screenshots-sync-")))
    window.close()
    db.close()
    shoot_recovery(Path(tempfile.mkdtemp(prefix="screenshots-recovery-")))


if __name__ == "__main__":
    main()
