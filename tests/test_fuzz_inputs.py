"""Fuzzing what comes from outside as files and arguments: backup files to restore, and the command line.

Issue 7 (item 6). Sync bundles are fuzzed in test_sync_refusals.py and identity cards are parsed on the
same path; here the other doors:

- a backup file: arbitrary bytes, a real backup with bytes changed or cut short, SQLite databases that
  are not ours, an empty file, a folder. Either it is a real backup (and after the restore the
  installation holds a whole database of today's schema) or the refusal is an `InvalidBackupError` in
  Indonesian and the installation's database file and data dir are exactly as they were;
- the command line: argument lists drawn from the real commands and options with good, bad and odd
  values. `main` ends with 0, 1 or 2, never a traceback; a failure says why on stderr in Indonesian, and
  leaves the database byte for byte as it was.

The examples are the same on every run; DESMIGRATIF_FUZZ=N draws N times as many at random (fuzz_helpers).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import string
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from sqlmodel import SQLModel

import desmigratif_desktop.data.models  # noqa: F401  (fills SQLModel.metadata)
from desmigratif_desktop.cli import main
from desmigratif_desktop.data.backup import backup_database
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.data.enums import MigrationStatus
from desmigratif_desktop.data.migrate import head_revision
from desmigratif_desktop.errors import InvalidBackupError
from desmigratif_desktop.months import add_months, month_of
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.services.backups import check_backup, restore
from desmigratif_desktop.services.demo import add_demo_data
from desmigratif_desktop.services.setup import initialise_district, initialise_village
from desmigratif_desktop.services.upkeep import routine_upkeep
from sync.identity import own_identity, write_card
from sync.keys import load_keys
from tests.conftest import BREBES, RENGASPENDAWA
from tests.fuzz_helpers import assert_indonesian, fuzz_settings
from tests.sync_helpers import database_state


@dataclass(frozen=True)
class Installations:
    """Installations set up once, settled (opened with the start-up upkeep until nothing changes), and
    copied for every example: a village with a few families, a district office, and files to hand in."""

    village: DataPaths
    district: DataPaths
    backup: Path  # a real backup of the village
    district_card: Path  # the district's identity card
    kk_numbers: tuple[str, ...]


def settle(paths: DataPaths) -> None:
    for _ in range(2):
        with Database.open(paths) as db:
            routine_upkeep(db)


@pytest.fixture(scope="module")
def installations(tmp_path_factory: pytest.TempPathFactory) -> Installations:
    root = tmp_path_factory.mktemp("fuzz-installations")
    village = DataPaths(root / "desa")
    initialise_village(village, RENGASPENDAWA, "Siti Aminah")
    with Database.open(village) as db:
        add_demo_data(db, 3)
    district = DataPaths(root / "dinas")
    initialise_district(district, BREBES, "Budi Santoso")
    settle(village)
    settle(district)
    backup = backup_database(village.database, root / "cadangan-desa.db")
    with Database.open(district) as db:
        keys = load_keys(district)
        card = write_card(own_identity(db.require_installation(), keys), keys, root / "dinas.dmid")
    settle(district)
    with contextlib.closing(sqlite3.connect(village.database)) as conn:
        kks = tuple(row[0] for row in conn.execute("SELECT kk_number FROM household ORDER BY kk_number"))
    return Installations(village, district, backup, card, kks)


def copy_of(paths: DataPaths, into: Path) -> DataPaths:
    target = into / paths.data_dir.name
    shutil.copytree(paths.data_dir, target)
    return DataPaths(target)


@contextlib.contextmanager
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A fresh folder for one example (the fixture's tmp_path is shared by all the examples of a test)."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def files_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def state(paths: DataPaths) -> tuple[tuple[str, str | None], list[str]]:
    """The database file's SHA-256 (every connection closed, so nothing is left in a WAL) and the data
    dir's files."""
    return database_state(paths), files_in(paths.data_dir)


# == backups ========================================================================================


def assert_whole_database_of_today(paths: DataPaths, region_code: str) -> None:
    """What an accepted backup must leave: a database SQLite finds whole, today's schema, our installation."""
    with contextlib.closing(sqlite3.connect(paths.database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        for table in SQLModel.metadata.sorted_tables:
            found = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
            missing = {column.name for column in table.columns} - found
            assert not missing, f"{table.name} lacks {missing}"
        assert conn.execute("SELECT region_code FROM installation").fetchall() == [(region_code,)]


def restore_outcome(paths: DataPaths, file: Path) -> str:
    """Check and restore `file` as the restore screen does; "restored" or "refused", the property held."""
    before = state(paths)
    try:
        info = check_backup(file)
    except InvalidBackupError as error:
        assert_indonesian(str(error), [str(file)])
        checked = False
    else:
        checked = True
    try:
        kept = restore(paths, file)
    except InvalidBackupError as error:
        assert not checked, f"check_backup accepted what restore refused: {error}"
        assert_indonesian(str(error), [str(file)])
        assert state(paths) == before, "a refused restore changed the installation"
        return "refused"
    assert checked, "restore took a file check_backup refused"
    assert kept is not None and kept.is_file()  # the replaced database, kept in backups/
    assert_whole_database_of_today(paths, info.region_code)
    return "restored"


def test_the_genuine_backup_is_restored(installations: Installations, tmp_path: Path) -> None:
    """The baseline of the properties below: the unchanged file is accepted and restored."""
    paths = copy_of(installations.village, tmp_path)
    assert restore_outcome(paths, installations.backup) == "restored"


@pytest.mark.parametrize("kind", ["empty", "folder", "missing", "text", "sqlite-header-only"])
def test_what_is_plainly_not_a_backup_is_refused_and_changes_nothing(
    installations: Installations, tmp_path: Path, kind: str
) -> None:
    paths = copy_of(installations.village, tmp_path)
    file = tmp_path / "cadangan.db"
    if kind == "empty":
        file.write_bytes(b"")
    elif kind == "folder":
        file.mkdir()
    elif kind == "text":
        file.write_text("Ini bukan cadangan.\n" * 100)
    elif kind == "sqlite-header-only":
        file.write_bytes(installations.backup.read_bytes()[:100])
    assert restore_outcome(paths, file) == "refused"


@fuzz_settings(150)
@given(data=st.one_of(st.binary(max_size=4096), st.binary(max_size=4096).map(b"SQLite format 3\x00".__add__)))
@example(data=b"")
@example(data=b"SQLite format 3\x00")
def test_arbitrary_bytes_are_refused_and_change_nothing(
    installations: Installations, tmp_path: Path, data: bytes
) -> None:
    with scratch(tmp_path) as folder:
        paths = copy_of(installations.village, folder)
        file = folder / "cadangan.db"
        file.write_bytes(data)
        assert restore_outcome(paths, file) == "refused"


# A real backup with bytes changed: (position, new byte) pairs; positions that pass the end wrap round.
Changes = list[tuple[int, int]]


def changed(genuine: bytes, changes: Changes, keep: int | None) -> bytes:
    data = bytearray(genuine)
    for position, value in changes:
        data[position % len(data)] = value
    return bytes(data if keep is None else data[:keep])


@fuzz_settings(150)
@given(
    changes=st.lists(
        st.tuples(st.one_of(st.integers(0, 4095), st.integers(0, 1 << 22)), st.integers(0, 255)),
        max_size=6,
    ),
    keep=st.none() | st.integers(0, 1 << 22),
)
@example(changes=[], keep=4096 * 3)  # the first pages only
@example(changes=[(18, 2), (19, 2)], keep=None)  # the header says WAL
def test_a_backup_with_bytes_changed_or_cut_is_whole_or_refused(
    installations: Installations, tmp_path: Path, changes: Changes, keep: int | None
) -> None:
    genuine = installations.backup.read_bytes()
    with scratch(tmp_path) as folder:
        paths = copy_of(installations.village, folder)
        file = folder / "cadangan.db"
        file.write_bytes(changed(genuine, changes, keep))
        outcome = restore_outcome(paths, file)
        event(outcome)
        if not changes and keep is None:
            assert outcome == "restored"


def damage_an_index_entry(data: bytearray, conn: sqlite3.Connection) -> None:
    """The last byte of an index's one page: its last entry no longer matches its row."""
    page = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_change_log_created_at'"
    ).fetchone()
    data[page[0] * conn.execute("PRAGMA page_size").fetchone()[0] - 1] ^= 0x01


def damage_the_schema_text(data: bytearray, _conn: sqlite3.Connection) -> None:
    """A byte of a table's name in an index's CREATE statement is no longer UTF-8."""
    data[bytes(data).index(b"ON household (") + 4] = 0xB0


def rename_a_column(data: bytearray, _conn: sqlite3.Connection) -> None:
    """household.notes becomes household.notez in the schema's text: still SQL, still whole, not ours."""
    start = bytes(data).index(b"CREATE TABLE household")
    data[bytes(data).index(b"notes VARCHAR", start) + 4] = ord("z")


@pytest.mark.parametrize("damage", [damage_an_index_entry, damage_the_schema_text, rename_a_column])
def test_damage_the_fuzzing_found_is_refused_and_changes_nothing(
    installations: Installations, tmp_path: Path, damage: Callable[[bytearray, sqlite3.Connection], None]
) -> None:
    """What the test above found (its positions depend on the file, so they are made here by what they
    hit): the first passed `PRAGMA quick_check` and was restored, an inconsistent database put in place;
    the second made SQLite's own message undecodable and a UnicodeDecodeError escaped inspect_backup; the
    third passed every check and was restored, a database the app cannot read put in place."""
    data = bytearray(installations.backup.read_bytes())
    with contextlib.closing(sqlite3.connect(installations.backup)) as conn:
        damage(data, conn)
    paths = copy_of(installations.village, tmp_path)
    file = tmp_path / "cadangan.db"
    file.write_bytes(bytes(data))
    assert restore_outcome(paths, file) == "refused"


# Table names of our schema and others; a database made of them is SQLite, whole, and not a backup of ours.
_OUR_TABLES = sorted(table.name for table in SQLModel.metadata.sorted_tables)
_identifier = st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=12).filter(
    lambda name: not name.startswith("sqlite")
)


@fuzz_settings(60)
@given(
    tables=st.dictionaries(
        st.one_of(st.sampled_from(_OUR_TABLES), _identifier),
        st.lists(
            st.one_of(st.sampled_from(["id", "deleted", "role", "region_code"]), _identifier), max_size=5
        ),
        max_size=6,
    ),
    revision=st.none() | st.sampled_from(sorted({head_revision(), "9999", "", "0005x"})),
    journal=st.sampled_from(["delete", "wal"]),
)
@example(
    tables={"household": ["id"], "person": ["id"], "installation": ["id"]},
    revision=head_revision(),
    journal="wal",
)
def test_a_sqlite_database_that_is_not_ours_is_refused(
    installations: Installations,
    tmp_path: Path,
    tables: dict[str, list[str]],
    revision: str | None,
    journal: str,
) -> None:
    """Only the real schema passes: even with a known revision and some of our table names, a database
    that lacks our columns is refused (a newer revision is refused as from a newer version)."""
    with scratch(tmp_path) as folder:
        paths = copy_of(installations.village, folder)
        file = folder / "lain.db"
        with contextlib.closing(sqlite3.connect(file)) as conn:
            conn.execute(f"PRAGMA journal_mode={journal}")
            for name, columns in tables.items():
                listed = ", ".join(f'"{column}"' for column in dict.fromkeys(columns)) or "x"
                conn.execute(f'CREATE TABLE "{name}" ({listed})')
            if revision is not None:
                conn.execute("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32))")
                conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
            conn.commit()
        assert restore_outcome(paths, file) == "refused"


# == the command line ===============================================================================

# Values a script or an officer might give, good and bad, per kind of argument.
_today = date.today()
_this_month = month_of(_today)
_free_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/\\"), max_size=24
).filter(lambda text: not text.startswith("~"))
_numbers = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["0", "-1", "1", "2", "100001", "1e3", "0x10", "٣", "²", " 2 ", "", "1_000"]),
)
_months = st.one_of(
    st.sampled_from(
        [
            _this_month,
            add_months(_this_month, -1),
            add_months(_this_month, 1),
            "2026-13",
            "2026-00",
            "0000-01",
            "0026-11",
            "1999-12",
            "2000-01",
            "9999-12",
            "26-10",
            "10-2026",
            "2026-1",
            "2026/10",
            "٢٠٢٦-١٠",
            "",
        ]
    ),
    st.dates().map(lambda day: f"{day:%Y-%m}"),
    _free_text,
)
_digit_strings = st.integers(0, 20).flatmap(lambda n: st.text(alphabet=string.digits, min_size=n, max_size=n))
_codes = st.one_of(
    st.sampled_from(
        [
            RENGASPENDAWA,
            BREBES,
            "33",
            "33.29.15",
            "99.99",
            "3329152007",
            "33.29.15.2007 ",
            "",
            "33.29.15.9999",
        ]
    ),
    _free_text,
)
_phones = st.one_of(
    st.sampled_from(["0812-3456-7890", "+62 812 3456 7890", "+44 20 7946 0958", "0812", "+", "+62", ""]),
    _digit_strings,
    _free_text,
)
_statuses = st.one_of(st.sampled_from([status.value for status in MigrationStatus]), _free_text)
_hex = st.text(alphabet="0123456789abcdef", max_size=40)


@dataclass(frozen=True)
class Where:
    """The files of one example, for the path arguments to name."""

    root: Path
    backup: Path
    card: Path
    kk_numbers: tuple[str, ...]


PathChoice = Callable[[Where], str]
_PATHS: dict[str, PathChoice] = {
    "new-pdf": lambda w: str(w.root / "hasil.pdf"),
    "new-xlsx": lambda w: str(w.root / "hasil.xlsx"),
    "unicode": lambda w: str(w.root / "laporan ñ 日本 (1).pdf"),
    "relative": lambda w: "relatif.out",
    "existing-garbage": lambda w: str(w.root / "ada.bin"),
    "empty-file": lambda w: str(w.root / "kosong.bin"),
    "folder": lambda w: str(w.root),
    "through-a-file": lambda w: str(w.root / "ada.bin" / "x.pdf"),
    "missing-folder": lambda w: str(w.root / "tidak" / "ada" / "x.pdf"),
    "empty": lambda w: "",
    "backup": lambda w: str(w.backup),
    "card": lambda w: str(w.card),
}
_paths = st.sampled_from(sorted(_PATHS))


def _kks(where: Where) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(where.kk_numbers), _digit_strings, _free_text)


# Each command: its words, then its options as (name, kind); "FILE" is a positional path.
Option = tuple[str, str]
COMMANDS: dict[tuple[str, ...], list[Option]] = {
    ("init",): [
        ("--role", "role"),
        ("--village", "code"),
        ("--district", "code"),
        ("--officer", "text"),
    ],
    ("demo",): [("--households", "count"), ("--seed", "number")],
    ("stats",): [("--json", "flag")],
    ("backup",): [("--out", "path")],
    ("restore",): [("FILE", "path"), ("--yes", "flag")],
    ("profile",): [("--officer", "text"), ("--head", "text"), ("--address", "text"), ("--phone", "phone")],
    ("report", "monthly"): [("--month", "month"), ("--out", "path")],
    ("report", "household"): [("--kk", "kk"), ("--out", "path")],
    ("report", "register"): [
        ("--status", "status"),
        ("--country", "text"),
        ("--dusun", "text"),
        ("--out", "path"),
    ],
    ("report", "recap"): [("--month", "month"), ("--out", "path")],
    ("report", "duplicates"): [("--json", "flag")],
    ("export", "register"): [("--status", "status"), ("--country", "text"), ("--out", "path")],
    ("export", "monthly"): [("--month", "month"), ("--out", "path")],
    ("export", "recap"): [("--month", "month"), ("--out", "path")],
    ("keys", "show"): [],
    ("keys", "export"): [("--out", "path")],
    ("keys", "trust"): [("FILE", "path"), ("--yes", "flag")],
    ("keys", "list"): [("--json", "flag")],
    ("keys", "revoke"): [("FILE", "device"), ("--yes", "flag")],
    ("sync", "export"): [("--out", "path"), ("--to", "code")],
    ("sync", "import"): [("FILE", "path"), ("FILE", "path")],
    ("sync", "status"): [("--json", "flag")],
    ("sync", "conflicts"): [("--json", "flag")],
    ("sync", "resolve"): [("FILE", "hex"), ("--keep", "keep")],
}
_DEMO_TOO_LONG = range(4, 100_001)  # demo is given at most 3 households here: the others take long


def _demo_count_is_quick(text: str) -> bool:
    try:
        return int(text) not in _DEMO_TOO_LONG
    except ValueError:
        return True


def _value(kind: str, where: Where) -> st.SearchStrategy[str]:
    by_kind: dict[str, st.SearchStrategy[str]] = {
        "role": st.sampled_from(["village", "district", "desa", ""]),
        "code": _codes,
        "text": _free_text,
        "count": _numbers.filter(_demo_count_is_quick),
        "number": _numbers,
        "phone": _phones,
        "month": _months,
        "kk": _kks(where),
        "status": _statuses,
        "device": st.one_of(_hex, _codes),
        "hex": _hex,
        "keep": st.sampled_from(["kept", "other", "both", ""]),
        "path": _paths.map(lambda name: _PATHS[name](where)),
    }
    return by_kind[kind]


@st.composite
def command_lines(draw: st.DrawFn, where: Where) -> list[str]:
    """A command (never the GUI) with some of its options, good or bad values, sometimes extra words."""
    if draw(st.integers(0, 19)) == 0:
        return [draw(st.sampled_from(["--version", "--help", "-h"]))]
    words = draw(st.sampled_from(sorted(COMMANDS)))
    argv = list(words)
    for name, kind in COMMANDS[words]:
        if draw(st.integers(0, 3)) == 0:  # mostly given: a missing required option is only a usage error
            continue
        if kind == "flag":
            argv.append(name)
        elif name == "FILE":
            argv.append(draw(_value(kind, where)))
        else:
            argv += [name, draw(_value(kind, where))]
    if draw(st.integers(0, 3)) == 0:
        extra = st.one_of(_free_text, st.sampled_from(["--help", "--json", "--yes", "-x", "--"]))
        argv += draw(st.lists(extra, min_size=1, max_size=2))
    return argv


@dataclass
class Example:
    where: Where
    data_dir: Path
    initialised: bool


def prepare(kind: str, folder: Path, installations: Installations) -> Example:
    (folder / "ada.bin").write_bytes(b"\x00\xffbukan apa-apa" * 10)
    (folder / "kosong.bin").write_bytes(b"")
    backup = folder / "cadangan.db"
    shutil.copy(installations.backup, backup)
    card = folder / "dinas.dmid"
    shutil.copy(installations.district_card, card)
    where = Where(folder, backup, card, installations.kk_numbers)
    if kind == "village":
        return Example(where, copy_of(installations.village, folder).data_dir, True)
    if kind == "district":
        return Example(where, copy_of(installations.district, folder).data_dir, True)
    if kind == "empty-folder":
        (folder / "kosong").mkdir()
        return Example(where, folder / "kosong", False)
    if kind == "a-file":
        return Example(where, folder / "ada.bin", False)
    if kind.startswith("typed:"):  # a name as typed, relative to the working folder
        typed = folder / kind.removeprefix("typed:")
        return Example(where, typed, typed.is_dir() and (typed / "desmigratif.db").is_file())
    return Example(where, folder / "belum-ada", False)


def run_cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: --help, --version and usage errors
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else -1)
    out, err = capsys.readouterr()
    return code, out, err


@fuzz_settings(250)
@given(
    data=st.data(),
    kind=st.one_of(
        st.sampled_from(["village", "village", "village", "district", "missing", "empty-folder", "a-file"]),
        _free_text.filter(lambda name: name.strip() not in ("", ".", "..")).map("typed:".__add__),
    ),
)
def test_any_command_line_ends_with_a_status_and_a_failure_changes_nothing(
    installations: Installations,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: st.DataObject,
    kind: str,
) -> None:
    with scratch(tmp_path) as folder:
        monkeypatch.chdir(folder)  # a relative --out lands here
        monkeypatch.setenv("HOME", str(folder))  # and so does one under ~
        example_ = prepare(kind, folder, installations)
        data_dir = kind.removeprefix("typed:") if kind.startswith("typed:") else str(example_.data_dir)
        argv = ["--data-dir", data_dir, *data.draw(command_lines(example_.where), label="argv")]
        paths = DataPaths(example_.data_dir.resolve())
        before = database_state(paths) if example_.initialised else None
        existed = example_.data_dir.exists()

        code, out, err = run_cli(capsys, argv)
        event(f"{kind.split(':')[0]}: {' '.join(word for word in argv[2:4] if word.isalpha())} -> {code}")

        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err and "Traceback" not in out, (argv, err)
        if code != 0:
            assert_indonesian(err, [*argv, str(folder)])
            if before is not None:
                assert database_state(paths) == before, (argv, err)
            if not existed:
                assert not example_.data_dir.exists(), (argv, err)


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "monthly", "--month", "2026-13", "--out", "x.pdf"],
        ["report", "monthly", "--month", "0000-01", "--out", "x.pdf"],
        ["export", "recap", "--month", "9999-12", "--out", "x.xlsx"],
        ["report", "household", "--kk", "", "--out", "x.pdf"],
        ["report", "household", "--kk", "3329150101200099", "--out", "x.pdf"],
        ["demo", "--households", "0"],
        ["demo", "--households", "²"],
        ["demo", "--households", "100001"],
        ["profile", "--phone", "12"],
        ["profile", "--officer", ""],
        ["profile", "--officer", "x" * 101],
        ["init", "--village", RENGASPENDAWA, "--officer", "Siti"],
        ["init", "--role", "district", "--officer", "Budi"],
        ["restore", "tidak-ada.db", "--yes"],
        ["restore", "."],
        ["keys", "trust", "tidak-ada.dmid", "--yes"],
        ["keys", "revoke", "abc", "--yes"],
        ["sync", "import", "tidak-ada.dmsync"],
        ["sync", "resolve", "abc", "--keep", "kept"],
        ["sync", "export", "--out", "usb", "--to", "99.99"],
        ["stats", "--bogus"],
        ["backup"],
    ],
    ids=lambda argv: " ".join(argv)[:40],
)
def test_known_mistakes_fail_in_indonesian_and_change_nothing(
    installations: Installations,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """Fixed examples of the property above, each a mistake: the status is 1 or 2, never 0."""
    monkeypatch.chdir(tmp_path)
    paths = copy_of(installations.village, tmp_path)
    before = database_state(paths)
    code, _, err = run_cli(capsys, ["--data-dir", str(paths.data_dir), *argv])
    assert code in (1, 2), err
    assert_indonesian(err, [*argv, str(tmp_path)])
    assert database_state(paths) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "--json"],
        ["report", "household", "--kk", "{kk}", "--out", "profil.pdf"],
        ["export", "monthly", "--month", add_months(_this_month, -1), "--out", "bulanan.xlsx"],
        ["profile", "--phone", "0812 3456 7890", "--officer", "  Siti   Aminah "],
        ["--version"],
    ],
    ids=lambda argv: " ".join(argv)[:40],
)
def test_good_command_lines_succeed(
    installations: Installations,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """The other side of the properties above: the same harness runs the right commands to status 0."""
    monkeypatch.chdir(tmp_path)
    paths = copy_of(installations.village, tmp_path)
    argv = [word.format(kk=installations.kk_numbers[0]) for word in argv]
    code, out, err = run_cli(capsys, ["--data-dir", str(paths.data_dir), *argv])
    assert code == 0, err
    assert out.strip() and "Traceback" not in err
