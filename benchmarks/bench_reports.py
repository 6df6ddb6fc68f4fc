"""Reports: the monthly report of a 3,000-household village, and the register at ~3,000 and ~15,000 persons.

Baselines measured in the same run: raw sqlite3 reading the same rows, and bare reportlab laying out
the same cells as one Table split over many pages (what the register would cost without building it
page by page). Runs alternate between the app and its baseline, so a noisy neighbour hurts both
alike; medians and ratios go to docs/PERFORMANCE.md.

    .venv/bin/python benchmarks/bench_reports.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe_machine  # noqa: E402
from benchmarks.report import write_section  # noqa: E402

VILLAGE = "33.29.15.2007"
REGISTER_SQL = """
    SELECT p.full_name, p.nik, p.sex, p.birth_date, h.kk_number, h.dusun, h.rt, h.rw, p.migration_status
    FROM person p JOIN household h ON h.id = p.household_id
    WHERE p.deleted IS NOT 1 ORDER BY p.full_name COLLATE NOCASE, p.id
"""


def prepare(households: int) -> Path:
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.services.demo import add_demo_data
    from desmigratif_desktop.services.setup import initialise_village

    data_dir = Path(tempfile.mkdtemp(prefix=f"bench-reports-{households}-"))
    paths = DataPaths(data_dir)
    initialise_village(paths, VILLAGE, "Benchmark")
    with Database.open(paths) as db:
        add_demo_data(db, households, seed=1)
    return data_dir


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def median_of(runs: int, work: Callable[[], object]) -> tuple[float, list[float]]:
    work()  # warm: imports, the OS file cache, SQLite's page cache
    times = [timed(work) for _ in range(runs)]
    return statistics.median(times), times


def raw_rows(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(REGISTER_SQL).fetchall()


def one_split_table(rows: list[tuple[object, ...]], out: Path) -> None:
    """Bare reportlab: the same cells in one Table that the layout splits page after page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    cells = [["No", "Nama", "NIK", "L/P", "Lahir", "KK", "Dusun", "RT", "RW", "Status"]]
    cells += [[str(n), *("" if v is None else str(v) for v in row)] for n, row in enumerate(rows, 1)]
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build([Table(cells, repeatRows=1)])


def monthly(runs: int, data_dir: Path, out_dir: Path) -> dict[str, object]:
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.months import add_months, month_of
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.reports.documents import monthly_report
    from desmigratif_desktop.services.monthly_figures import monthly_figures

    month = add_months(month_of(date.today()), -1)
    with Database.open(DataPaths(data_dir)) as db:
        persons = db.engine.connect().exec_driver_sql("SELECT count(*) FROM person").scalar()
        report = median_of(runs, lambda: monthly_report(db, month, out_dir / "bulanan.pdf"))
        figures = median_of(runs, lambda: monthly_figures(db, month))
    baseline = median_of(runs, lambda: raw_rows(data_dir / "desmigratif.db"))
    return {"month": month, "persons": persons, "report": report, "figures": figures, "raw": baseline}


def register(runs: int, data_dir: Path, out_dir: Path) -> dict[str, object]:
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.reports.documents import register_report, register_spreadsheet
    from desmigratif_desktop.services.register_queries import PersonFilter

    everyone = PersonFilter()  # every person, so the sizes are the persons of the register
    database = data_dir / "desmigratif.db"
    rows = raw_rows(database)
    with Database.open(DataPaths(data_dir)) as db:
        pdf = median_of(runs, lambda: register_report(db, out_dir / "daftar.pdf", everyone))
        xlsx = median_of(runs, lambda: register_spreadsheet(db, out_dir / "daftar.xlsx", everyone))
    from pypdf import PdfReader

    pages = len(PdfReader(out_dir / "daftar.pdf").pages)
    raw = median_of(runs, lambda: raw_rows(database))
    return {"persons": len(rows), "pdf": pdf, "xlsx": xlsx, "raw": raw, "pages": pages, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    out_dir = Path(tempfile.mkdtemp(prefix="bench-reports-out-"))
    village = prepare(3000)
    month = monthly(args.runs, village, out_dir)
    print(f"monthly: {month['report'][0]:.3f} s", flush=True)
    small = register(args.runs, prepare(750), out_dir)
    large = register(args.runs, prepare(3750), out_dir)
    naive_runs = max(1, args.runs // 2)
    naive_small = median_of(naive_runs, lambda: one_split_table(small["rows"], out_dir / "n.pdf"))
    naive_large = median_of(naive_runs, lambda: one_split_table(large["rows"], out_dir / "n.pdf"))
    print(f"register: {small['pdf'][0]:.3f} s / {large['pdf'][0]:.3f} s", flush=True)
    body = render(args.runs, month, small, large, (naive_small, naive_large))
    write_section("reports", body)
    print(body)


def _each(times: list[float]) -> str:
    return ", ".join(f"{t:.3f}" for t in times)


Timing = tuple[float, list[float]]


def _naive_row(register: dict, naive: Timing) -> str:
    return f"| {register['persons']:,} | {naive[0]:.3f} s | {_each(naive[1])} | {register['pdf'][0]:.3f} s |"


def render(runs: int, month: dict, small: dict, large: dict, naive: tuple[Timing, Timing]) -> str:
    report, figures, raw = month["report"], month["figures"], month["raw"]
    growth_pdf = large["pdf"][0] / small["pdf"][0]
    growth_xlsx = large["xlsx"][0] / small["xlsx"][0]
    size_ratio = large["persons"] / small["persons"]
    naive_small, naive_large = naive
    return "\n".join(
        [
            "## Reports: the monthly report and the register",
            "",
            f"`benchmarks/bench_reports.py`, medians of {runs} runs after one warm-up, in one process.",
            f"Measured {date.today():%Y-%m-%d} on: {describe_machine()}.",
            "",
            f"### Monthly report, demo village of 3,000 households ({month['persons']:,} persons), "
            f"month {month['month']}",
            "",
            "| step | median | each run (s) |",
            "|---|---|---|",
            f"| raw sqlite3: read every person with their household (baseline) | {raw[0]:.3f} s | "
            f"{_each(raw[1])} |",
            f"| the report's figures (`monthly_figures`) | {figures[0]:.3f} s | {_each(figures[1])} |",
            f"| **the whole PDF** (`report monthly`) | **{report[0]:.3f} s** | {_each(report[1])} |",
            "",
            f"Target under 2 s: **{'met' if report[0] < 2 else 'not met'}**. The figures take "
            f"{figures[0] / raw[0]:.1f}× a raw read of the register; the rest is reportlab's layout.",
            "",
            "### The register (every person), PDF and Excel",
            "",
            "| persons | pages | PDF median | Excel median | raw sqlite3 read (baseline) |",
            "|---|---|---|---|---|",
            *(
                f"| {r['persons']:,} | {r['pages']:,} | **{r['pdf'][0]:.3f} s** | {r['xlsx'][0]:.3f} s | "
                f"{r['raw'][0]:.3f} s |"
                for r in (small, large)
            ),
            "",
            f"{size_ratio:.2f}× the persons took **{growth_pdf:.2f}×** the time for the PDF and "
            f"{growth_xlsx:.2f}× for Excel (linear, the target, when the two ratios are close).",
            "",
            "Baseline 2, what page-sized pieces avoid: bare reportlab laying out the same rows (fewer "
            "columns, no letterhead) as one Table that the layout splits page after page:",
            "",
            "| persons | one split Table | each run (s) | the app's register PDF |",
            "|---|---|---|---|",
            _naive_row(small, naive_small),
            _naive_row(large, naive_large),
            "",
            f"{size_ratio:.2f}× the persons took {naive_large[0] / naive_small[0]:.2f}× the time as one "
            f"split Table, against {growth_pdf:.2f}× for the app's pages.",
            "",
        ]
    )


if __name__ == "__main__":
    main()
