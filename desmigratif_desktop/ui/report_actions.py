"""What the screens do with a report: make it in the background, open it, print it, copy it elsewhere.

Every screen opens files through `open_file` alone, so tests replace that one function and no viewer
starts. Reports are written to the data dir's "laporan" folder; "Save as…" copies one out (a USB stick).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.reports.output import Progress, no_progress, report_file
from desmigratif_desktop.services.register_queries import PersonFilter, PersonSort
from desmigratif_desktop.ui.dialogs import inform, warn
from desmigratif_desktop.ui.errors import show_error
from desmigratif_desktop.ui.tasks import run_job

REPORTS_FOLDER_NAME = "laporan"
REPORT_SUFFIXES = (".pdf", ".xlsx")
MAX_RENDER_DPI = 300  # sharp on paper; a page image stays ~35 MB however fine the printer is


def reports_folder(db: Database) -> Path:
    return db.paths.data_dir / REPORTS_FOLDER_NAME


def dated_name(stem: str, suffix: str, today: date | None = None) -> str:
    """A list printed today: daftar-pmi-2026-11-23.pdf (a second one the same day replaces it)."""
    return f"{stem}-{(today or date.today()).isoformat()}{suffix}"


def made_reports(folder: Path) -> list[Path]:
    """The reports already in `folder`, newest first (half-written temporary files are hidden)."""
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.suffix.lower() in REPORT_SUFFIXES and not path.name.startswith(".") and path.is_file()
    ]
    return sorted(found, key=lambda path: (path.stat().st_mtime, path.name), reverse=True)


# -- making ----------------------------------------------------------------------------------------


def make_report(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Path],
    on_done: Callable[[Path], None],
    on_failed: Callable[[], None] = lambda: None,
) -> QProgressDialog:
    """`work(progress)` on the database worker (it reads the data), `on_done(path)` back on the UI
    thread; a failure is shown to the user (known errors in Indonesian), then `on_failed()` runs."""

    def failed(error: Exception) -> None:
        show_error(parent, error)
        on_failed()

    return run_job(parent, label, work, lambda path: on_done(Path(path)), failed)


def make_and_open(parent: QWidget, label: str, work: Callable[[Progress], Path]) -> QProgressDialog:
    return make_report(parent, label, work, lambda path: open_report(parent, path))


def print_household(parent: QWidget, db: Database, household_id: str, kk_number: str) -> QProgressDialog:
    """The household profile for the family file, made in the background and opened."""
    from desmigratif_desktop.reports import documents  # reportlab loads when the first report is made

    kk = "".join(c for c in kk_number if c.isdigit()) or "tanpa-kk"  # a file name, whatever was typed
    out = reports_folder(db) / f"profil-rumah-tangga-{kk}.pdf"
    return make_and_open(
        parent,
        QCoreApplication.translate("ReportActions", "Making the household profile…"),
        lambda progress: documents.household_report(db, household_id, out, progress=progress),
    )


def print_register(
    parent: QWidget,
    db: Database,
    suffix: str,
    filter: PersonFilter,
    sort: PersonSort,
    descending: bool,
) -> QProgressDialog:
    """The list on screen (its filter, its order) as a PDF or a workbook, made in the background, opened."""
    from desmigratif_desktop.reports import documents

    out = reports_folder(db) / dated_name("daftar-penduduk", suffix)
    write = documents.register_report if suffix == ".pdf" else documents.register_spreadsheet
    return make_and_open(
        parent,
        QCoreApplication.translate("ReportActions", "Making the list…"),
        lambda progress: write(db, out, filter, sort, descending, progress=progress),
    )


# -- opening ---------------------------------------------------------------------------------------


def open_file(path: Path) -> bool:
    """Hand a file (or a folder) to the system: the PDF reader, Excel, the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_report(parent: QWidget, path: Path) -> None:
    """Open a report (or the reports folder) with the system's program; say so when there is none."""
    if not open_file(path):
        warn(
            parent,
            QCoreApplication.translate("ReportActions", "Cannot open the file"),
            QCoreApplication.translate(
                "ReportActions", "No program on this computer opens {name}.\nThe file is in {folder}."
            ).format(name=path.name, folder=path.parent),
        )


# -- saving a copy ---------------------------------------------------------------------------------


def save_copy(source: Path, target: Path) -> Path:
    """Copy a report to `target` safely (temporary name, then rename); the report's suffix is added
    when the chosen name lacks it. Problems come back as Indonesian known errors."""
    if target.suffix.lower() != source.suffix.lower():
        target = target.with_name(target.name + source.suffix)
    if target.resolve() == source.resolve():
        return target
    with report_file(target, source.suffix.lower()) as handle, source.open("rb") as original:
        shutil.copyfileobj(original, handle)
    return target


def save_copy_as(parent: QWidget, source: Path, target: Path | None = None) -> None:
    """Ask where to copy the report (unless `target` is given), copy it, and say where it went."""
    if target is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReportActions", "Save a copy of the report"),
            str(Path.home() / source.name),
            QCoreApplication.translate("ReportActions", "Reports (*{suffix})").format(suffix=source.suffix),
        )
        if not chosen:
            return
        target = Path(chosen)
    destination = target
    run_job(
        parent,
        QCoreApplication.translate("ReportActions", "Copying the report…"),
        lambda _progress: save_copy(source, destination),
        lambda written: inform(
            parent,
            QCoreApplication.translate("ReportActions", "Report saved"),
            QCoreApplication.translate("ReportActions", "A copy of the report was saved to {path}").format(
                path=written
            ),
        ),
    )


# -- printing --------------------------------------------------------------------------------------


def _loaded(pdf: Path) -> QPdfDocument:
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise KnownError(
            QCoreApplication.translate("ReportActions", "{name} cannot be read as a PDF.").format(
                name=pdf.name
            ),
            QCoreApplication.translate("ReportActions", "Make the report again, then print it."),
        )
    return document


def printer_for(pdf: Path) -> QPrinter:
    """A printer set to A4 in the orientation of the report's first page (the register is landscape)."""
    document = _loaded(pdf)
    first = document.pagePointSize(0)
    document.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf.stem)
    printer.setFullPage(True)  # the PDF carries its own margins: print it 1:1 on the sheet
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    landscape = first.width() > first.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return printer


def print_pdf(pdf: Path, printer: QPrinter, progress: Progress = no_progress) -> int:
    """Paint the pages of `pdf` (the range chosen in the print dialog, else all) onto `printer`, each
    scaled to fit the sheet; returns how many pages were printed. Safe off the UI thread."""
    document = _loaded(pdf)
    pages = _chosen_pages(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise KnownError(
            QCoreApplication.translate("ReportActions", "The printer cannot be used."),
            QCoreApplication.translate(
                "ReportActions", "Check that it is switched on and connected, then try again."
            ),
        )
    try:
        for done, page in enumerate(pages):
            if done:
                printer.newPage()
            _paint_page(painter, document, page, min(printer.resolution(), MAX_RENDER_DPI))
            progress(done + 1, len(pages))
    finally:
        painter.end()
        document.close()
    return len(pages)


def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int) -> None:
    size = document.pagePointSize(page)
    image = document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
    sheet = QRectF(painter.viewport())
    scale = min(sheet.width() / size.width(), sheet.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    target = QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)
    painter.drawImage(target, image)


def print_with_dialog(parent: QWidget, pdf: Path) -> None:
    """The system's print dialog (printer, pages, copies), then the pages are sent in the background."""
    try:
        printer = printer_for(pdf)
    except KnownError as error:
        show_error(parent, error)
        return
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportActions", "Print {name}").format(name=pdf.name))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    run_job(
        parent,
        QCoreApplication.translate("ReportActions", "Printing…"),
        lambda progress: print_pdf(pdf, printer, progress),
        lambda _n: None,
    )
