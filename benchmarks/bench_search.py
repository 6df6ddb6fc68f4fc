"""Keystroke to updated list at district scale: the person search at 100,000 persons.

Builds one village of ~25,000 demo households (~100,000 persons) in a temporary data dir, once per
run, then times what the person list does on each keystroke: `search_person_ids` with the typed
text, then `person_rows` for the first page of 50 ids. The baseline, in the same run and alternating
with the app, is the same search written by hand as plain SQL on a bare `sqlite3` connection: the
same rows in the same order, without SQLAlchemy, the filter/sort builders or the row dataclasses.
Then whole-list sorts, the household search and the dashboard are timed (app only). Medians go to
docs/PERFORMANCE.md.

    .venv/bin/python benchmarks/bench_search.py [--runs 7] [--households 25000] [--print-only]
        [--extra-index "CREATE INDEX ..."]...   (try an index before proposing a migration)
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe_machine  # noqa: E402
from benchmarks.report import write_section  # noqa: E402
from desmigratif_desktop.data.database import Database  # noqa: E402
from desmigratif_desktop.paths import DataPaths  # noqa: E402
from desmigratif_desktop.services.dashboard import dashboard_figures  # noqa: E402
from desmigratif_desktop.services.demo import add_demo_data  # noqa: E402
from desmigratif_desktop.services.register_queries import (  # noqa: E402
    HouseholdFilter,
    PersonFilter,
    PersonSort,
    household_rows,
    person_rows,
    search_household_ids,
    search_person_ids,
)
from desmigratif_desktop.services.setup import initialise_village  # noqa: E402

VILLAGE = "33.29.15.2007"
PAGE = 50
TARGET_MS = 100
# Not in the schema (yet): measured here so that adding it is a decision with numbers behind it.
# The dashboard's "recent changes" otherwise reads the whole change log, which only ever grows.


@dataclass(frozen=True)
class Case:
    label: str
    filter: PersonFilter
    raw_where: str  # the same filter by hand, for the baseline
    raw_params: tuple[str, ...]


_ALIVE = "p.deleted IS NOT 1"
_NAME_LIKE = "p.full_name LIKE ? ESCAPE '\\'"
_NUMBER_LIKE = (
    "(p.nik LIKE ? ESCAPE '\\' OR p.household_id IN "
    "(SELECT h.id FROM household h WHERE h.deleted IS NOT 1 AND h.kk_number LIKE ? ESCAPE '\\'))"
)
_LATEST_COUNTRY_IS = (
    "p.id IN (SELECT pl.person_id FROM placement pl WHERE pl.destination_country = ? "
    "AND pl.deleted IS NOT 1 AND NOT EXISTS (SELECT 1 FROM placement later "
    "WHERE later.person_id = pl.person_id AND later.deleted IS NOT 1 "
    "AND (later.departure_date > pl.departure_date "
    "OR (later.departure_date = pl.departure_date AND later.id > pl.id))))"
)
NIK_FRAGMENT = "33291552"  # the sub-district, then a woman born on the 12th: how a NIK is typed

CASES = (
    *(
        Case(f"name, typed “{text}”", PersonFilter(text=text), _NAME_LIKE, (f"%{text}%",))
        for text in ("s", "si", "sit", "siti")
    ),
    Case(
        f"NIK/KK fragment “{NIK_FRAGMENT}”",
        PersonFilter(text=NIK_FRAGMENT),
        _NUMBER_LIKE,
        (f"%{NIK_FRAGMENT}%", f"%{NIK_FRAGMENT}%"),
    ),
    Case(
        "filter change: status abroad + country Taiwan",
        PersonFilter(migration_status="abroad", destination_country="TW"),
        f"p.migration_status = ? AND {_LATEST_COUNTRY_IS}",
        ("abroad", "TW"),
    ),
)

RAW_PAGE = """
SELECT p.id, p.household_id, p.full_name, p.nik, p.sex, p.birth_date, p.relationship,
       h.kk_number, h.dusun, h.rt, h.rw, p.migration_status,
       (SELECT pl.destination_country FROM placement pl WHERE pl.person_id = p.id AND pl.deleted IS NOT 1
        ORDER BY pl.departure_date DESC, pl.id DESC LIMIT 1),
       p.phone,
       (SELECT coalesce(r.label_id, pl.destination_country) FROM placement pl
        LEFT JOIN reference_item r ON r.category = 'country' AND r.code = pl.destination_country
        WHERE pl.person_id = p.id AND pl.deleted IS NOT 1
        ORDER BY pl.departure_date DESC, pl.id DESC LIMIT 1),
       h.village_code
FROM person p JOIN household h ON h.id = p.household_id
WHERE p.deleted IS NOT 1 AND p.id IN ({marks})
"""


@dataclass
class Timings:
    app: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    matches: int = 0


# -- the village ---------------------------------------------------------------------------------


@contextlib.contextmanager
def district_scale_village(households: int) -> Iterator[DataPaths]:
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        paths = DataPaths(Path(tmp) / "data")
        initialise_village(paths, VILLAGE, "Benchmark")
        with Database.open(paths) as db:
            started = time.perf_counter()
            result = add_demo_data(db, households, seed=1)
        print(f"built {result.persons:,} persons in {time.perf_counter() - started:.1f} s", flush=True)
        yield paths


# -- one keystroke -------------------------------------------------------------------------------


def app_keystroke(db: Database, case: Case) -> tuple[float, list[str]]:
    started = time.perf_counter()
    ids = search_person_ids(db, case.filter)
    person_rows(db, ids[:PAGE])
    return time.perf_counter() - started, ids


def raw_keystroke(connection: sqlite3.Connection, case: Case) -> tuple[float, list[str]]:
    sql = (
        f"SELECT p.id FROM person p WHERE {_ALIVE} AND {case.raw_where} "
        "ORDER BY p.full_name COLLATE NOCASE, p.id"
    )
    started = time.perf_counter()
    ids = [row[0] for row in connection.execute(sql, case.raw_params)]
    page = ids[:PAGE]
    connection.execute(RAW_PAGE.format(marks=", ".join("?" * len(page))), page).fetchall()
    return time.perf_counter() - started, ids


def measure_keystrokes(db: Database, connection: sqlite3.Connection, runs: int) -> dict[str, Timings]:
    """App and baseline alternate, so a noisy neighbour slows both alike."""
    timings = {case.label: Timings() for case in CASES}
    for case in CASES:
        app_keystroke(db, case)  # warm the page cache and SQLAlchemy's statement cache
        for _ in range(runs):
            app_time, app_ids = app_keystroke(db, case)
            raw_time, raw_ids = raw_keystroke(connection, case)
            assert app_ids == raw_ids, f"the baseline must list the same persons: {case.label}"
            found = timings[case.label]
            found.app.append(app_time)
            found.raw.append(raw_time)
            found.matches = len(app_ids)
    return timings


def median_ms(action: Callable[[], Any], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure_other(db: Database, runs: int) -> dict[str, float]:
    """Column sorts over the whole list and the household search: app only."""
    results: dict[str, float] = {}
    for sort in PersonSort:
        results[f"persons, all, sorted by {sort.name.lower()}"] = median_ms(
            lambda sort=sort: person_rows(db, search_person_ids(db, PersonFilter(), sort)[:PAGE]), runs
        )
    for text in ("s", "siti"):
        results[f"households, typed “{text}”"] = median_ms(
            lambda text=text: household_rows(db, search_household_ids(db, HouseholdFilter(text=text))[:PAGE]),
            runs,
        )
    return results


def measure_widget(db: Database, runs: int) -> dict[str, float]:
    """Through the real person list (offscreen Qt): from the last key typed to the new count shown.

    Includes the list's typing pause, the query, the model reset and the first page's rows.
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desmigratif_desktop.ui.register_page import RegisterPage

    app = QApplication.instance() or QApplication([])
    page = RegisterPage(db)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.persons)
    page.persons.reload()
    box, label = page.persons.search_box, page.persons.count_label
    results: dict[str, float] = {}
    for typed in ("si", "sit", "siti", "33291552"):  # one character does not filter the list (by design)
        samples = []
        for _ in range(runs):
            box.clear()
            page.persons.reload()
            QTest.keyClicks(box, typed[:-1])
            app.processEvents()
            before = label.text()
            started = time.perf_counter()
            QTest.keyClick(box, typed[-1])
            while label.text() == before and time.perf_counter() - started < 5:
                app.processEvents()
            page.persons.table.viewport().repaint()  # the rows on screen are fetched and drawn
            samples.append(time.perf_counter() - started)
        results[f"typed “{typed}” in the person list"] = statistics.median(samples) * 1000
    page.close()
    return results


def create_indexes(database: Path, statements: list[str]) -> None:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


# -- report --------------------------------------------------------------------------------------


def render(
    timings: dict[str, Timings],
    other: dict[str, float],
    dashboard: float,
    persons: int,
    runs: int,
    extra_indexes: list[str],
    widget: dict[str, float],
) -> str:
    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    lines = [
        f"## Person search: keystroke to updated list at {persons:,} persons",
        "",
        f"`benchmarks/bench_search.py`, {runs} repetitions each, medians; app and baseline alternating.",
        f"Measured {date.today():%Y-%m-%d} on: {describe_machine()}.",
        *(
            ["", "Extra indexes for this run (not in the schema):", *(f"- `{sql}`" for sql in extra_indexes)]
            if extra_indexes
            else []
        ),
        "",
        "One keystroke = `search_person_ids` (every matching id, sorted by name, in SQL) + `person_rows`",
        f"for the first page of {PAGE}. Baseline: the same search written by hand as plain SQL on a bare",
        "`sqlite3` connection, same ids in the same order (checked), plus the same page query.",
        "",
        "| keystroke | matches | app | baseline (raw sqlite3) | app / baseline |",
        "|---|---|---|---|---|",
    ]
    for label, found in timings.items():
        app, raw = ms(found.app), ms(found.raw)
        lines.append(f"| {label} | {found.matches:,} | **{app:.1f} ms** | {raw:.1f} ms | {app / raw:.2f}× |")
    # One character does not filter the list (ui/register_page.py), so its row is shown, not judged.
    worst = max(ms(found.app) for label, found in timings.items() if "“s”" not in label)
    lines += [
        "",
        f"Target (issue 3): under {TARGET_MS} ms from keystroke to updated list at 100,000 persons "
        f"(this run: {persons:,}). "
        f"Slowest keystroke the list runs (two characters or more) {worst:.1f} ms: "
        f"**{'met' if worst < TARGET_MS else 'not met'}**. (The “s” row: what one letter would cost.)",
        "",
        "Through the widget, as the officer sees it (the real person list, offscreen Qt: the last key",
        "typed, the list's 30 ms typing pause, the query, the model reset, the visible rows drawn). A",
        "single character does not filter the list (it would match half the village), so typing “s”",
        "costs nothing there; the service-level “s” row above is what it would cost:",
        "",
        "| keystroke | key to updated list |",
        "|---|---|",
        *(f"| {label} | **{value:.1f} ms** |" for label, value in widget.items()),
        f"Slowest through the widget: {max(widget.values()):.1f} ms: "
        f"**{'met' if max(widget.values()) < TARGET_MS else 'not met'}** (target {TARGET_MS} ms).",
        "",
        "Other list actions (app only; a column sort is a click, not a keystroke):",
        "",
        "| action | app |",
        "|---|---|",
        *(f"| {label} | {value:.1f} ms |" for label, value in other.items()),
        "",
        f"Dashboard (`dashboard_figures`, all figures of the Beranda): **{dashboard:.1f} ms** (the change",
        "log is indexed by time since migration 0003, so the ten newest changes are found directly).",
        "",
        "The short prefixes cost most: “s” matches half the village, and every match is sorted and",
        "handed to the list. The baseline has the app's query plan (the same SQL shapes, including",
        "`deleted IS NOT 1`, see `services/register_queries.py`), so the ratio is the cost of the app's",
        "layers on top of SQLite's own work.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--households", type=int, default=25_000)
    parser.add_argument("--print-only", action="store_true", help="leave docs/PERFORMANCE.md alone")
    parser.add_argument("--extra-index", action="append", default=[], help="SQL run before measuring")
    args = parser.parse_args()
    with district_scale_village(args.households) as paths, Database.open(paths) as db:
        create_indexes(paths.database, args.extra_index)
        with contextlib.closing(sqlite3.connect(paths.database)) as connection:
            timings = measure_keystrokes(db, connection, args.runs)
        other = measure_other(db, args.runs)
        persons = len(search_person_ids(db, PersonFilter()))
        dashboard = median_ms(lambda: dashboard_figures(db), args.runs)
        widget = measure_widget(db, args.runs)
    body = render(timings, other, dashboard, persons, args.runs, args.extra_index, widget)
    if not args.print_only:
        write_section("search", body)
    print(body)


if __name__ == "__main__":
    main()
