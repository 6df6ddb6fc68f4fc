"""Start-up: process launch to a visible main window with 3,000 households, against a bare PySide6 window.

Both are measured the same way, in the same run: the parent starts a fresh process and stops the
clock when the child reports that its window has been shown and the event loop has turned once.
The app child then also reports when the first page's data is on screen, and its memory with the
register's lists loaded (issue 3: under 300 MB with 3,000 households open).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--households 3000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe_machine  # noqa: E402
from benchmarks.report import write_section  # noqa: E402


def bare_child() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1180, 760)
    window.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    app.exec()


def app_child(data_dir: str) -> None:
    """The same steps as `desmigratif_desktop.app.run` for an installation that is set up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desmigratif_desktop.app import install_translator, instance_lock, is_set_up
    from desmigratif_desktop.logs import configure_logging
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.ui.main_window import MainWindow

    paths = DataPaths(Path(data_dir))
    app = QApplication([])
    install_translator(app, "id")
    configure_logging(paths)
    lock = instance_lock(paths)
    assert lock is not None and is_set_up(paths)
    window = MainWindow(paths)
    window.show()

    def shown() -> None:
        print("shown", flush=True)
        window.open_database_in_background()

    def first_page() -> None:
        app.processEvents()
        print("data", flush=True)
        window.go_to("register")
        app.processEvents()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"rss {rss:.0f}", flush=True)
        app.quit()

    window.database_ready.connect(lambda: QTimer.singleShot(0, first_page))
    QTimer.singleShot(0, shown)
    app.exec()
    if window.db is not None:
        window.db.close()


def launch(args: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=env)
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        word, _, value = line.strip().partition(" ")
        marks[word] = float(value) if value else time.perf_counter() - started
    child.wait(timeout=120)
    return marks


def prepare(households: int) -> Path:
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.services.demo import add_demo_data
    from desmigratif_desktop.services.setup import initialise_village

    data_dir = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    paths = DataPaths(data_dir)
    initialise_village(paths, "33.29.15.2007", "Benchmark")
    with Database.open(paths) as db:
        add_demo_data(db, households, seed=1)
    return data_dir


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--households", type=int, default=3000)
    parser.add_argument("--child", choices=["bare", "app"])
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    if args.child == "bare":
        bare_child()
        return
    if args.child == "app":
        app_child(args.data_dir)
        return

    data_dir = prepare(args.households)
    launch(["--child", "app", "--data-dir", str(data_dir)])  # warm the OS file cache for both alike
    launch(["--child", "bare"])
    bare, app = [], []
    for n in range(args.runs):
        bare.append(launch(["--child", "bare"]))
        app.append(launch(["--child", "app", "--data-dir", str(data_dir)]))
        print(f"run {n + 1}: bare {bare[-1]['shown']:.3f} s, app {app[-1]['shown']:.3f} s", flush=True)
    body = render(bare, app, args.households, args.runs)
    write_section("startup", body)
    print(body)


def render(bare: list[dict[str, float]], app: list[dict[str, float]], households: int, runs: int) -> str:
    def median(marks: list[dict[str, float]], key: str) -> float:
        return statistics.median(m[key] for m in marks)

    shown_bare, shown_app = median(bare, "shown"), median(app, "shown")
    ratio = shown_app / shown_bare
    return "\n".join(
        [
            f"## Start-up: main window with {households:,} households",
            "",
            f"`benchmarks/bench_startup.py`, {runs} runs alternating, each a fresh process, Qt offscreen.",
            f"Measured {date.today():%Y-%m-%d} on: {describe_machine()}.",
            "",
            "| launch to … | median | each run (s) |",
            "|---|---|---|",
            f"| bare PySide6 window visible (baseline) | **{shown_bare:.3f} s** | "
            + ", ".join(f"{m['shown']:.3f}" for m in bare)
            + " |",
            f"| the app's main window visible | **{shown_app:.3f} s** | "
            + ", ".join(f"{m['shown']:.3f}" for m in app)
            + " |",
            f"| the app's first page (Beranda) filled with data | {median(app, 'data'):.3f} s | "
            + ", ".join(f"{m['data']:.3f}" for m in app)
            + " |",
            "",
            f"Ratio of medians, app window / bare window: **{ratio:.2f}×** "
            f"(issue 3 target: within 2×: **{'met' if ratio <= 2 else 'not met'}**; "
            f"issue 7 target: within 1.5×: **{'met' if ratio <= 1.5 else 'not met'}**).",
            "The app's window is usable when it is visible: its pages and menus answer while the data opens "
            "on the database worker (the start-up check, migrations, upkeep), and a page chosen meanwhile "
            "shows as soon as the data is there.",
            f"Peak memory of the app with the dashboard and the register's lists loaded: "
            f"**{median(app, 'rss'):.0f} MB** (target: under 300 MB).",
            "",
        ]
    )


if __name__ == "__main__":
    main()
