"""The command line as a script or a person uses it: exit codes, output, and what it leaves on disk."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from lokal import parse_nik

from desmigratif_desktop import __version__
from desmigratif_desktop.cli import main
from tests.conftest import BREBES, RENGASPENDAWA
from tests.dbtools import count_rows, logical_dump


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse: --help, --version and usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "desa"


@pytest.fixture
def village(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "init", "--village", RENGASPENDAWA, "--officer", "Siti"
    )
    assert code == 0, err
    return data_dir


def stats(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "stats", "--json")
    assert code == 0, err
    return json.loads(out)


def test_init_demo_stats_gives_a_full_village(capsys: pytest.CaptureFixture[str], village: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(village), "demo", "--households", "3000", "--seed", "1")
    assert code == 0
    assert "3.000 rumah tangga" in out

    result = stats(capsys, village)
    assert result["village_code"] == RENGASPENDAWA
    assert result["role"] == "village"
    assert result["households"] == 3000
    assert result["persons"] == count_rows(village / "desmigratif.db", "person") > 3000
    assert all(result["migrants"][status] > 0 for status in ("prospective", "abroad", "returned"))
    assert result["cases"] > 0
    assert "Empat pilar:" in out
    assert_pillars_counted(result, village / "desmigratif.db")
    # Nothing has gone to the district yet: every row written is a pending change.
    assert result["pending_changes"] == count_rows(village / "desmigratif.db", "change_log")


CHILDREN_OF_MIGRANTS = """
    SELECT count(*) FROM person AS c
    WHERE c.deleted = 0 AND c.birth_date > date('now', '-18 years') AND EXISTS (
        SELECT 1 FROM person AS p
        WHERE p.household_id = c.household_id AND p.deleted = 0 AND p.migration_status = 'abroad'
          AND ((c.relationship = 'child' AND p.relationship IN ('head', 'spouse'))
            OR (c.relationship = 'grandchild' AND p.relationship IN ('child', 'child_in_law'))))
"""


def assert_pillars_counted(result: dict, database: Path) -> None:
    """`stats --json` reports each pillar as the stored rows say (issue 4), and the demo filled each one."""
    with sqlite3.connect(database) as conn:

        def live(table: str, where: str = "1") -> int:
            return int(
                conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0 AND {where}").fetchone()[0]
            )

        expected = {
            "service_contacts": live("service_contact"),
            "socialisation_events": live("socialisation_event"),
            "businesses": live("business"),
            "children": conn.execute(CHILDREN_OF_MIGRANTS).fetchone()[0],
            "parenting_sessions": live("parenting_session"),
            "cooperative_members": live(
                "cooperative_member", "(left_date IS NULL OR left_date > date('now'))"
            ),
        }
    assert {key: result[key] for key in expected} == expected
    assert all(count > 0 for count in expected.values()), expected
    assert expected["businesses"] < result["households"] / 4  # not every household has a business


def test_demo_niks_all_pass_the_published_rule(capsys: pytest.CaptureFixture[str], village: Path) -> None:
    run(capsys, "--data-dir", str(village), "demo", "--households", "200")
    with sqlite3.connect(village / "desmigratif.db") as conn:
        people = conn.execute("SELECT nik, sex, birth_date FROM person").fetchall()
    for nik, sex, birth in people:
        info = parse_nik(nik)
        assert info.valid, (nik, info.errors)
        assert info.gender == sex
        assert info.birth_date[5:] == birth[5:10] and info.birth_date[2:4] == birth[2:4]


def test_init_refuses_an_unknown_village_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "init", "--village", "33.29.15.9999", "--officer", "Siti"
    )
    assert code == 1
    assert "33.29.15.9999" in err and "Kemendagri" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not data_dir.exists()


def test_init_refuses_an_initialised_dir_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], village: Path
) -> None:
    before = logical_dump(village / "desmigratif.db")
    code, _, err = run(
        capsys, "--data-dir", str(village), "init", "--village", "33.29.15.2001", "--officer", "Ani"
    )
    assert code == 1
    assert "sudah disiapkan" in err
    assert logical_dump(village / "desmigratif.db") == before


def init_district(capsys: pytest.CaptureFixture[str], target: Path, code: str) -> tuple[int, str, str]:
    args = ["--data-dir", str(target), "init", "--role", "district", "--district", code, "--officer", "Budi"]
    return run(capsys, *args)


def test_district_init_checks_the_regency_code(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "dinas"
    code, _, err = init_district(capsys, target, "33.99")
    assert code == 1 and "33.99" in err
    assert not target.exists()

    code, out, _ = init_district(capsys, target, BREBES)
    assert code == 0 and "Kabupaten Brebes" in out
    result = stats(capsys, target)
    assert (
        result["role"] == "district" and result["district_code"] == BREBES and result["village_code"] is None
    )


def test_district_init_without_code_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "init", "--role", "district", "--officer", "Budi"
    )
    assert code == 2
    assert "--district" in err
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("command", [["stats"], ["demo", "--households", "5"], ["backup", "--out", "x.db"]])
def test_commands_on_a_missing_data_dir_explain_and_create_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "tidak-ada"
    code, _, err = run(capsys, "--data-dir", str(missing), *command)
    assert code == 1
    assert "belum disiapkan" in err and "init" in err
    assert not missing.exists()


@pytest.mark.parametrize("count", ["0", "-3", "banyak", "100001"])
def test_demo_refuses_a_bad_count_as_usage(
    capsys: pytest.CaptureFixture[str], village: Path, count: str
) -> None:
    before = logical_dump(village / "desmigratif.db")
    code, _, err = run(capsys, "--data-dir", str(village), "demo", "--households", count)
    assert code == 2 and "--households" in err
    assert logical_dump(village / "desmigratif.db") == before


def test_a_corrupt_database_is_reported_not_overwritten(
    capsys: pytest.CaptureFixture[str], village: Path
) -> None:
    database = village / "desmigratif.db"
    for extra in ("-wal", "-shm"):
        Path(f"{database}{extra}").unlink(missing_ok=True)
    database.write_bytes(b"bukan basis data " * 500)
    damaged = database.read_bytes()
    code, _, err = run(capsys, "--data-dir", str(village), "stats")
    assert code == 1
    assert "rusak" in err and "restore" in err
    assert database.read_bytes() == damaged


def test_backup_and_restore_round_trip(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(village), "demo", "--households", "20")
    saved = tmp_path / "cadangan.db"
    code, out, _ = run(capsys, "--data-dir", str(village), "backup", "--out", str(saved))
    assert code == 0 and str(saved) in out
    at_backup = stats(capsys, village)

    run(capsys, "--data-dir", str(village), "demo", "--households", "5", "--seed", "2")
    assert stats(capsys, village)["households"] == 25

    code, out, _ = run(capsys, "--data-dir", str(village), "restore", str(saved), "--yes")
    assert code == 0
    assert stats(capsys, village)["households"] == at_backup["households"] == 20
    kept = list((village / "backups").glob("replaced-*.db"))
    assert len(kept) == 1 and count_rows(kept[0], "household") == 25


def test_backup_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "ada.db"
    existing.write_bytes(b"berkas lain")
    code, _, err = run(capsys, "--data-dir", str(village), "backup", "--out", str(existing))
    assert code == 1 and "sudah ada" in err
    assert existing.read_bytes() == b"berkas lain"


@pytest.mark.parametrize("content", [b"", b"sampah" * 100, b"SQLite format 3\x00" + b"\x00" * 80])
def test_restore_refuses_what_is_not_a_backup(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path, content: bytes
) -> None:
    bogus = tmp_path / "bukan-cadangan.db"
    bogus.write_bytes(content)
    before = logical_dump(village / "desmigratif.db")
    code, _, err = run(capsys, "--data-dir", str(village), "restore", str(bogus), "--yes")
    assert code == 1
    assert "bukan cadangan" in err
    assert logical_dump(village / "desmigratif.db") == before
    assert not list((village / "backups").glob("replaced-*"))


def test_restore_without_yes_and_without_a_terminal_asks_for_yes(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "c.db"
    run(capsys, "--data-dir", str(village), "backup", "--out", str(saved))
    before = logical_dump(village / "desmigratif.db")
    code, _, err = run(capsys, "--data-dir", str(village), "restore", str(saved))
    assert code == 1 and "--yes" in err
    assert logical_dump(village / "desmigratif.db") == before


def test_stats_without_json_is_readable(capsys: pytest.CaptureFixture[str], village: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(village), "stats")
    assert code == 0
    assert "Rengaspendawa" in out and "Rumah tangga:" in out


def test_data_dir_comes_from_the_environment(
    capsys: pytest.CaptureFixture[str], village: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESMIGRATIF_DATA_DIR", str(village))
    code, out, _ = run(capsys, "stats", "--json")
    assert code == 0 and json.loads(out)["village_code"] == RENGASPENDAWA


@pytest.mark.parametrize("command", ["init", "demo", "stats", "backup", "restore", "gui"])
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"penggunaan: desmigratif {command}")
    assert "tampilkan bantuan ini lalu keluar" in out


def test_version_from_both_entry_points(tmp_path: Path) -> None:
    env = {**os.environ, "DESMIGRATIF_DATA_DIR": str(tmp_path)}
    script = Path(sys.executable).with_name("desmigratif")
    for command in ([sys.executable, "-m", "desmigratif_desktop", "--version"], [str(script), "--version"]):
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"desmigratif {__version__}"


def test_a_user_mistake_in_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desmigratif_desktop",
            "--data-dir",
            str(tmp_path / "x"),
            "init",
            "--village",
            "1",
            "--officer",
            "A",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("desmigratif: ") and "Traceback" not in done.stderr


def test_usage_errors_are_explained_in_indonesian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "init", "--village", RENGASPENDAWA)
    assert code == 2
    assert "galat: argumen berikut wajib diisi: --officer" in err
    code, _, err = run(capsys, "stats", "--bogus")
    assert code == 2 and "argumen tidak dikenal: --bogus" in err


def test_a_data_dir_that_is_a_file_is_explained(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    not_a_dir = tmp_path / "catatan.txt"
    not_a_dir.write_text("isi")
    code, _, err = run(
        capsys, "--data-dir", str(not_a_dir), "init", "--village", RENGASPENDAWA, "--officer", "Siti"
    )
    assert code == 1
    assert str(not_a_dir) in err and "bukan folder" in err and "Traceback" not in err
    assert not_a_dir.read_text() == "isi"


def test_a_folder_in_place_of_the_database_is_explained(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "d" / "desmigratif.db").mkdir(parents=True)
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "init", "--village", RENGASPENDAWA, "--officer", "A"
    )
    assert code == 1
    assert "tidak bisa dibuka" in err and "folder bernama desmigratif.db" in err


def test_a_backup_into_a_path_through_a_file_is_explained(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(village), "backup", "--out", str(blocker / "cadangan.db"))
    assert code == 1
    assert err.startswith("desmigratif: ") and "bukan folder" in err
