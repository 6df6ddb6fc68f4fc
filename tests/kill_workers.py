"""What the kill test's child processes do: real work through the services, reported as it completes.

Each worker opens the installation, writes `ready` to its report file, then works. A line is written to
the report only after the call that stored it has returned: whatever the report names was saved, and
must survive the SIGKILL that ends the child at a random moment. The report is written with `os.write`
to a file opened for appending, so a killed child leaves whole lines and at most one cut-off line.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.reference.regions import find_village
from desmigratif_desktop.services.backups import save_backup
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person
from sync.apply import Imported, import_bundles
from sync.keys import load_keys

# What the parent imports into its fork server once, so each child starts in milliseconds.
PRELOAD = [__name__]


class Report:
    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(self, line: str) -> None:
        os.write(self._fd, f"{line}\n".encode())


def save_families(data_dir: Path, report_path: Path, first_serial: int) -> None:
    """Households and their heads, one save at a time, as an officer at the form would, until killed."""
    report = Report(report_path)
    with Database.open(DataPaths(data_dir)) as db:
        prefix = find_village(db.require_installation().region_code).nik_prefix
        report.say("ready")
        for serial in range(first_serial, 10_000):  # above the demo's serials: no number is taken twice
            household = create_household(db, HouseholdInput(kk_number=f"{prefix}020120{serial:04d}"))
            report.say(f"household {household.id}")
            birth = date(1985, 1, 2)
            person = add_person(
                db,
                household.id,
                PersonInput(
                    nik=f"{prefix}{birth:%d%m%y}{serial:04d}",
                    full_name=f"Warga Tahan Mati {serial}",
                    sex="L",
                    birth_date=birth,
                    relationship="head",
                ),
            )
            report.say(f"person {person.id}")


def make_demo(data_dir: Path, report_path: Path, households: int) -> None:
    report = Report(report_path)
    with Database.open(DataPaths(data_dir)) as db:
        report.say("ready")
        add_demo_data(db, households, seed=7)
        report.say("done")


def import_bundle_files(data_dir: Path, report_path: Path, bundle: Path) -> None:
    report = Report(report_path)
    paths = DataPaths(data_dir)
    with Database.open(paths) as db:
        keys = load_keys(paths)
        report.say("ready")
        (outcome,) = import_bundles(db, keys, [bundle])
        report.say("done" if isinstance(outcome, Imported) else f"refused {outcome}")


def back_up(data_dir: Path, report_path: Path, out: Path) -> None:
    report = Report(report_path)
    report.say("ready")
    save_backup(DataPaths(data_dir), out)
    report.say("done")
