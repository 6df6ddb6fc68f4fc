"""The documents the app prints, one function each: read the figures, lay them out, write the file.

The CLI and the Laporan page call only these. Each takes an optional `progress(done, total)` and
returns the path written; bad input (a malformed or future month, an unknown KK, a file that cannot
be written) raises a `KnownError` before the target file is touched.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reports.household_pdf import write_household_pdf
from desmigratif_desktop.reports.monthly_pdf import write_monthly_pdf
from desmigratif_desktop.reports.output import Progress, no_progress
from desmigratif_desktop.reports.recap_pdf import write_recap_pdf
from desmigratif_desktop.reports.recap_xlsx import write_recap_xlsx
from desmigratif_desktop.reports.register_pdf import write_register_pdf
from desmigratif_desktop.reports.spreadsheets import write_monthly_xlsx, write_register_xlsx
from desmigratif_desktop.services import report_rows
from desmigratif_desktop.services.monthly_figures import letterhead_of, monthly_figures
from desmigratif_desktop.services.recap import recap_figures
from desmigratif_desktop.services.register_queries import PersonFilter, PersonSort
from desmigratif_desktop.services.report_filters import describe_filter

MONTHLY_STEPS = 10  # figures read, then the layout reports its own steps


def monthly_report(
    db: Database, month: str, out: Path, today: date | None = None, progress: Progress = no_progress
) -> Path:
    """Laporan bulanan (PDF) for `month` ("YYYY-MM")."""
    progress(0, MONTHLY_STEPS)
    figures = monthly_figures(db, month, today)
    progress(1, MONTHLY_STEPS)
    write_monthly_pdf(figures, out, progress=lambda done, total: progress(1 + done, 1 + total))
    return out


def monthly_spreadsheet(
    db: Database, month: str, out: Path, today: date | None = None, progress: Progress = no_progress
) -> Path:
    """The monthly report's tables as an Excel workbook, one sheet per section."""
    progress(0, 2)
    figures = monthly_figures(db, month, today)
    progress(1, 2)
    write_monthly_xlsx(figures, out)
    progress(2, 2)
    return out


def recap_report(
    db: Database, month: str, out: Path, today: date | None = None, progress: Progress = no_progress
) -> Path:
    """Rekapitulasi (PDF) of a district office: a row per village for `month`, and the total."""
    progress(0, 3)
    recap = recap_figures(db, month, today)
    progress(1, 3)
    write_recap_pdf(recap, out, progress=lambda done, total: progress(1 + done, 1 + total))
    return out


def recap_spreadsheet(
    db: Database, month: str, out: Path, today: date | None = None, progress: Progress = no_progress
) -> Path:
    """The same recapitulation as an Excel workbook."""
    progress(0, 2)
    recap = recap_figures(db, month, today)
    progress(1, 2)
    write_recap_xlsx(recap, out)
    progress(2, 2)
    return out


def household_report(
    db: Database, household_id: str, out: Path, today: date | None = None, progress: Progress = no_progress
) -> Path:
    """Profil rumah tangga (PDF): one household, its members, placements and cases."""
    today = today or date.today()
    progress(0, 2)
    profile = report_rows.household_profile(db, household_id, today)
    progress(1, 2)
    write_household_pdf(profile, letterhead_of(db), out, printed_on=today)
    progress(2, 2)
    return out


def household_report_by_kk(
    db: Database, kk_number: str, out: Path, today: date | None = None, progress: Progress = no_progress
) -> Path:
    return household_report(db, report_rows.household_id_by_kk(db, kk_number), out, today, progress)


def register_report(
    db: Database,
    out: Path,
    filter: PersonFilter | None = None,
    sort: PersonSort = PersonSort.NAME,
    descending: bool = False,
    today: date | None = None,
    progress: Progress = no_progress,
) -> Path:
    """The register of migrant workers (or the list on screen, `filter`) as a PDF."""
    return _register(write_register_pdf, db, out, filter, sort, descending, today, progress)


def register_spreadsheet(
    db: Database,
    out: Path,
    filter: PersonFilter | None = None,
    sort: PersonSort = PersonSort.NAME,
    descending: bool = False,
    today: date | None = None,
    progress: Progress = no_progress,
) -> Path:
    """The same register as an Excel workbook."""
    return _register(write_register_xlsx, db, out, filter, sort, descending, today, progress)


def _register(
    write: Callable[..., object],
    db: Database,
    out: Path,
    filter: PersonFilter | None,
    sort: PersonSort,
    descending: bool,
    today: date | None,
    progress: Progress,
) -> Path:
    """Count first (the progress bar's end and the title's total), then stream the lines in order."""
    today = today or date.today()
    write(
        report_rows.register_lines(db, filter, sort, descending, today),
        report_rows.count_register_lines(db, filter),
        letterhead_of(db),
        out,
        printed_on=today,
        filter_description=describe_filter(db, filter),
        progress=progress,
    )
    return out
