"""Crash safety (issue 7, DESIGN §4): SIGKILL at random moments of saves, demo data, imports and backups.

A village laptop loses power mid-save. Each attempt starts a child process on a fresh copy of an
installation, lets it work (`tests/kill_workers.py`), kills it with SIGKILL at a random moment, and then
checks what a power cut must leave:
- the database passes `PRAGMA integrity_check`;
- every record the child reported saved (its call had returned) is there;
- every row of the register has the change-log entry of its version (rows and log commit together);
- a bulk write (demo data, an import) is there whole or not at all;
- a backup file, if it exists under its name, is a complete, checked database.
The children fork from a server that has the app imported, so 200 kills cost about a minute. The
figures are printed at the end of the module, in CI too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desmigratif_desktop.data.backup import inspect_backup
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.demo import add_demo_data
from sync.tables import synced_models
from tests import kill_workers
from tests.dbtools import integrity, synced_rows
from tests.sync_helpers import clone, opened, trusted_pair

RNG = random.Random(20261202)
TEMPLATE_HOUSEHOLDS = 120  # a village with a register, so every write has indexes to update
DEMO_HOUSEHOLDS = 60
KILLS = {"save": 60, "demo": 40, "import": 60, "backup": 40}  # 200 in all
POLL_S = 0.002


@dataclass
class Tally:
    kills: Counter[str]
    corrupt: int = 0
    lost: int = 0  # records reported saved and missing after the kill
    saved_checked: int = 0
    finished: Counter[str] = field(default_factory=Counter)  # ended before their kill moment
    whole: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        whole = ", ".join(f"{name} {count}" for name, count in sorted(self.whole.items()))
        kinds = ", ".join(f"{kind} {count}" for kind, count in self.kills.items())
        return (
            f"kill test: {sum(self.kills.values())} kills ({kinds}); "
            f"{self.corrupt} corrupt databases; {self.lost} lost saved records of {self.saved_checked} "
            f"reported saved; {sum(self.finished.values())} more children ended before their kill moment "
            f"and were checked too; outcomes: {whole}"
        )


TALLY = Tally(Counter())


@pytest.fixture(scope="module")
def forkserver() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(kill_workers.PRELOAD)
    return context


@pytest.fixture(scope="module", autouse=True)
def print_the_figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\n{TALLY.line()}")


@dataclass(frozen=True)
class Scene:
    village: DataPaths  # TEMPLATE_HOUSEHOLDS demo households
    empty_village: DataPaths  # set up, nothing recorded
    district: DataPaths  # trusts the village, holds nothing yet
    bundle: Path  # the village's first bundle to the district


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    root = tmp_path_factory.mktemp("kill-scene")
    village, district = trusted_pair(root)
    empty = clone(village, root / "empty")
    with opened(village) as (node,):
        add_demo_data(node.db, TEMPLATE_HOUSEHOLDS, seed=11)
        (bundle,) = node.export(root / "usb")
    return Scene(village, empty, district, bundle)


# -- running and killing a child ----------------------------------------------------------------------


@dataclass
class Run:
    report: Path
    exitcode: int | None  # None: still running when killed
    ready_to_end_s: float

    def lines(self) -> list[str]:
        """Whole lines only: a line cut by the kill was never reported."""
        text = self.report.read_text() if self.report.exists() else ""
        return text.split("\n")[:-1]


def run_child(
    context: multiprocessing.context.ForkServerContext,
    work: Callable[..., None],
    args: tuple[object, ...],
    report: Path,
    kill_after_s: float | None,
) -> Run:
    """Start `work`, wait until it reports ready, then kill it after `kill_after_s` (None: let it end)."""
    child = context.Process(target=work, args=(*args[:1], report, *args[1:]), daemon=True)
    child.start()
    while child.is_alive() and not (report.exists() and report.read_text().startswith("ready\n")):
        time.sleep(POLL_S)
    ready = time.monotonic()
    if kill_after_s is not None:
        deadline = ready + kill_after_s
        while child.is_alive() and time.monotonic() < deadline:
            time.sleep(POLL_S)
        with contextlib.suppress(ProcessLookupError):  # it may end between the look and the kill
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join(timeout=120)
    killed = child.exitcode == -signal.SIGKILL
    return Run(report, None if killed else child.exitcode, time.monotonic() - ready)


def fresh(template: DataPaths, tmp_path: Path, name: str) -> DataPaths:
    return clone(template, tmp_path / name)


# -- what must hold after every kill -------------------------------------------------------------------


def ids_in(database: Path, table: str) -> set[str]:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}


def rows_without_their_log_entry(database: Path) -> int:
    """Rows whose current version has no change-log entry: a write that committed without its log."""
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return sum(
            conn.execute(
                f"SELECT count(*) FROM {table} AS t WHERE NOT EXISTS (SELECT 1 FROM change_log AS c "
                "WHERE c.entity = ? AND c.row_id = t.id AND c.version = t.version)",
                (table,),
            ).fetchone()[0]
            for table in synced_models()
        )


def check_database(paths: DataPaths, label: str) -> None:
    result = integrity(paths.database)
    if result != "ok":
        TALLY.corrupt += 1
    assert result == "ok", label


def kill_points(kind: str, longest_s: float) -> Iterator[tuple[int, float]]:
    """Random moments over the whole work, every fifth in its last tenth (the commit), until KILLS[kind]
    children were really killed: one that ends before its moment is checked too, but not counted."""
    for attempt in range(4 * KILLS[kind]):
        if TALLY.kills[kind] >= KILLS[kind]:
            return
        late = attempt % 5 == 4
        yield attempt, RNG.uniform(0.9 * longest_s, 1.05 * longest_s) if late else RNG.uniform(0, longest_s)
    raise AssertionError(f"{kind}: fewer than {KILLS[kind]} children were still working when killed")


def tally(kind: str, run: Run) -> None:
    if run.exitcode is None:
        TALLY.kills[kind] += 1
    else:
        TALLY.finished[kind] += 1


# -- the four kinds of work ----------------------------------------------------------------------------


def test_saves_killed_at_random_keep_every_reported_record(
    forkserver: multiprocessing.context.ForkServerContext, scene: Scene, tmp_path: Path
) -> None:
    for attempt, after in kill_points("save", 0.6):
        paths = fresh(scene.village, tmp_path, f"save-{attempt}")
        run = run_child(
            forkserver, kill_workers.save_families, (paths.data_dir, 5000), tmp_path / f"s{attempt}", after
        )
        assert run.exitcode is None, f"the child ended by itself ({run.exitcode}) in attempt {attempt}"
        tally("save", run)
        check_database(paths, f"save {attempt}")
        reported = [line.split() for line in run.lines()[1:]]
        households, persons = ids_in(paths.database, "household"), ids_in(paths.database, "person")
        missing = [i for kind, i in reported if i not in (households if kind == "household" else persons)]
        TALLY.saved_checked += len(reported)
        TALLY.lost += len(missing)
        assert not missing, f"attempt {attempt}: reported saved, then gone: {missing}"
        assert rows_without_their_log_entry(paths.database) == 0, attempt
        TALLY.whole["saves reported"] += len(reported)
        shutil.rmtree(paths.data_dir)


def test_demo_data_killed_at_random_is_there_whole_or_not_at_all(
    forkserver: multiprocessing.context.ForkServerContext, scene: Scene, tmp_path: Path
) -> None:
    whole = fresh(scene.empty_village, tmp_path, "demo-whole")
    run = run_child(
        forkserver, kill_workers.make_demo, (whole.data_dir, DEMO_HOUSEHOLDS), tmp_path / "dw", None
    )
    assert run.exitcode == 0 and run.lines()[-1] == "done"
    full_register = len(ids_in(whole.database, "household"))
    assert full_register == DEMO_HOUSEHOLDS
    for attempt, after in kill_points("demo", run.ready_to_end_s):
        paths = fresh(scene.empty_village, tmp_path, f"demo-{attempt}")
        run = run_child(
            forkserver,
            kill_workers.make_demo,
            (paths.data_dir, DEMO_HOUSEHOLDS),
            tmp_path / f"d{attempt}",
            after,
        )
        tally("demo", run)
        check_database(paths, f"demo {attempt}")
        households = len(ids_in(paths.database, "household"))
        assert households in (0, full_register), (attempt, households)
        assert rows_without_their_log_entry(paths.database) == 0, attempt
        if run.lines()[-1:] == ["done"]:  # reported finished: the register and the pillars are there
            assert households == full_register and synced_rows(paths.database) > households, attempt
        TALLY.whole["demo " + ("register whole" if households else "nothing")] += 1
        shutil.rmtree(paths.data_dir)


def test_imports_killed_at_random_apply_all_or_nothing(
    forkserver: multiprocessing.context.ForkServerContext, scene: Scene, tmp_path: Path
) -> None:
    whole = fresh(scene.district, tmp_path, "import-whole")
    args = (whole.data_dir, scene.bundle)
    run = run_child(forkserver, kill_workers.import_bundle_files, args, tmp_path / "iw", None)
    assert run.exitcode == 0 and run.lines()[-1] == "done", run.lines()
    expected = synced_rows(whole.database)
    assert expected == synced_rows(scene.village.database)
    for attempt, after in kill_points("import", run.ready_to_end_s):
        paths = fresh(scene.district, tmp_path, f"import-{attempt}")
        run = run_child(
            forkserver,
            kill_workers.import_bundle_files,
            (paths.data_dir, scene.bundle),
            tmp_path / f"i{attempt}",
            after,
        )
        tally("import", run)
        check_database(paths, f"import {attempt}")
        present = synced_rows(paths.database)
        assert present in (0, expected), (attempt, present, expected)
        if run.lines()[-1:] == ["done"]:
            assert present == expected, attempt
        TALLY.whole["import " + ("applied" if present else "nothing")] += 1
        shutil.rmtree(paths.data_dir)


def test_backups_killed_at_random_leave_no_half_backup(
    forkserver: multiprocessing.context.ForkServerContext, scene: Scene, tmp_path: Path
) -> None:
    whole = fresh(scene.village, tmp_path, "backup-whole")
    out = tmp_path / "usb" / "cadangan.db"
    run = run_child(forkserver, kill_workers.back_up, (whole.data_dir, out), tmp_path / "bw", None)
    assert run.exitcode == 0 and inspect_backup(out).households == TEMPLATE_HOUSEHOLDS
    rows = synced_rows(scene.village.database)
    for attempt, after in kill_points("backup", run.ready_to_end_s):
        target = tmp_path / f"usb-{attempt}" / "cadangan.db"
        run = run_child(
            forkserver, kill_workers.back_up, (whole.data_dir, target), tmp_path / f"b{attempt}", after
        )
        tally("backup", run)
        check_database(whole, f"backup {attempt}")
        assert synced_rows(whole.database) == rows, attempt  # the source is only read
        if target.exists():  # under its own name only when complete: checked like a restore checks it
            assert inspect_backup(target).households == TEMPLATE_HOUSEHOLDS, attempt
            assert synced_rows(target) == rows, attempt
        else:
            assert run.lines()[-1:] != ["done"], attempt
        TALLY.whole["backup " + ("file complete" if target.exists() else "no file")] += 1
