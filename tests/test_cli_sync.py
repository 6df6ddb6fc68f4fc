"""`desmigratif keys …` and `desmigratif sync …` end to end, as an officer (or a script) runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BREBES, RENGASPENDAWA
from tests.sync_helpers import cli, count, regency_villages


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = cli(capsys, *args)
    assert code == 0, err
    return out


def stats(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict:
    return json.loads(ok(capsys, "--data-dir", str(data_dir), "stats", "--json"))


def init_village(capsys: pytest.CaptureFixture[str], data_dir: Path, code: str = RENGASPENDAWA) -> None:
    ok(capsys, "--data-dir", str(data_dir), "init", "--village", code, "--officer", "Siti")


def init_district(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    ok(
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--role",
        "district",
        "--district",
        BREBES,
        "--officer",
        "Budi",
    )


def exchange_cards(capsys: pytest.CaptureFixture[str], first: Path, second: Path, cards: Path) -> None:
    for here, there in ((first, second), (second, first)):
        card = cards / f"{there.name}.card"
        ok(capsys, "--data-dir", str(there), "keys", "export", "--out", str(card))
        out = ok(capsys, "--data-dir", str(here), "keys", "trust", str(card), "--yes")
        assert "Dipercaya" in out


def export(capsys: pytest.CaptureFixture[str], data_dir: Path, out: Path, *extra: str) -> list[Path]:
    """`sync export` prints one path a line on stdout, for scripts."""
    printed = ok(capsys, "--data-dir", str(data_dir), "sync", "export", "--out", str(out), *extra)
    paths = [Path(line) for line in printed.splitlines() if line.strip()]
    assert all(path.is_file() and path.suffix == ".dmsync" for path in paths)
    return paths


def test_village_to_district_and_back_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    village, district = tmp_path / "desa", tmp_path / "dinas"
    init_village(capsys, village)
    ok(capsys, "--data-dir", str(village), "demo", "--households", "50", "--seed", "1")
    init_district(capsys, district)
    exchange_cards(capsys, village, district, tmp_path)
    at_village = stats(capsys, village)
    assert at_village["households"] == 50 and at_village["pending_changes"] > 0

    (bundle,) = export(capsys, village, tmp_path / "usb")
    out = ok(capsys, "--data-dir", str(district), "sync", "import", str(bundle))
    assert f"{at_village['pending_changes']:,}".replace(",", ".") + " perubahan diterapkan" in out

    at_district = stats(capsys, district)
    assert at_district["role"] == "district"
    for figure in ("households", "persons", "placements", "cases", "businesses", "cooperative_members"):
        assert at_district[figure] == at_village[figure], figure

    (answer,) = export(capsys, district, tmp_path / "usb-back")
    out = ok(capsys, "--data-dir", str(village), "sync", "import", str(answer))
    assert "dikonfirmasi diterima" in out
    assert stats(capsys, village)["pending_changes"] == 0

    status = json.loads(ok(capsys, "--data-dir", str(village), "sync", "status", "--json"))
    assert status["pending_changes"] == 0
    (peer,) = status["peers"]
    assert peer["region_code"] == BREBES and peer["gaps"] == [] and peer["last_received"] is not None
    device = next(iter(peer["acknowledged_seq"]))
    assert peer["acknowledged_seq"] == {device: at_village["pending_changes"]}

    # Nothing left to send: the next bundle only confirms what arrived.
    (again,) = export(capsys, village, tmp_path / "usb-3")
    out = ok(capsys, "--data-dir", str(district), "sync", "import", str(again))
    assert "0 perubahan diterapkan" in out
    text = ok(capsys, "--data-dir", str(district), "sync", "status")
    assert "Desa Rengaspendawa" in text and "belum diterima" not in text


def test_export_before_any_trust_explains_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    village = tmp_path / "desa"
    init_village(capsys, village)
    code, out, err = cli(capsys, "--data-dir", str(village), "sync", "export", "--out", str(tmp_path / "usb"))
    assert code == 1 and out == ""
    assert "dipercaya" in err and "keys trust" in err
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


def test_a_village_cannot_choose_a_recipient(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    village, district = tmp_path / "desa", tmp_path / "dinas"
    init_village(capsys, village)
    init_district(capsys, district)
    exchange_cards(capsys, village, district, tmp_path)
    code, _, err = cli(
        capsys, "--data-dir", str(village), "sync", "export", "--out", str(tmp_path / "u"), "--to", "33.29"
    )
    assert code == 1 and "--to" in err


def test_the_district_writes_one_bundle_per_village_or_only_the_one_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    district = tmp_path / "dinas"
    init_district(capsys, district)
    codes = regency_villages(2)
    for code in codes:
        village = tmp_path / code
        init_village(capsys, village, code)
        exchange_cards(capsys, village, district, tmp_path)
    assert len(export(capsys, district, tmp_path / "all")) == 2
    (only,) = export(capsys, district, tmp_path / "one", "--to", codes[1])
    assert f"_ke_{codes[1]}_" in only.name
    code, _, err = cli(
        capsys,
        "--data-dir",
        str(district),
        "sync",
        "export",
        "--out",
        str(tmp_path / "x"),
        "--to",
        "33.29.99.9999",
    )
    assert code == 1 and "33.29.99.9999" in err


def test_one_refused_file_among_several_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    village, district = tmp_path / "desa", tmp_path / "dinas"
    init_village(capsys, village)
    ok(capsys, "--data-dir", str(village), "demo", "--households", "5", "--seed", "2")
    init_district(capsys, district)
    exchange_cards(capsys, village, district, tmp_path)
    (bundle,) = export(capsys, village, tmp_path / "usb")
    junk = tmp_path / "usb" / "bukan-bundel.dmsync"
    junk.write_bytes(b"bukan bundel")

    code, out, err = cli(capsys, "--data-dir", str(district), "sync", "import", str(junk), str(bundle))
    assert code == 1
    assert "bukan-bundel.dmsync" in err and "bukan berkas sinkronisasi" in err
    assert bundle.name in out and "perubahan diterapkan" in out
    assert count(district / "desmigratif.db", "SELECT count(*) FROM household") == 5


def test_keys_show_reads_out_the_fingerprint_on_the_card(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    village = tmp_path / "desa"
    init_village(capsys, village)
    shown = ok(capsys, "--data-dir", str(village), "keys", "show")
    card = tmp_path / "desa.card"
    ok(capsys, "--data-dir", str(village), "keys", "export", "--out", str(card))
    fingerprint = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    assert fingerprint in shown
    assert len(fingerprint) == 24 and fingerprint.count("-") == 4
