"""`desmigratif report …` and `export …`: files that open, and refusals that change nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desmigratif_desktop.months import add_months, month_name, month_of
from tests.conftest import RENGASPENDAWA
from tests.dbtools import count_rows, logical_dump
from tests.test_cli import run

THIS_MONTH = month_of(date.today())
LAST_MONTH = add_months(THIS_MONTH, -1)


@pytest.fixture
def demo_village(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    village = tmp_path / "desa"
    code, _, err = run(
        capsys, "--data-dir", str(village), "init", "--village", RENGASPENDAWA, "--officer", "Siti"
    )
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", str(village), "demo", "--households", "60")
    assert code == 0, err
    return village


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_monthly_report_is_written_for_last_month(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path
) -> None:
    out = tmp_path / "laporan.pdf"
    code, printed, err = run(
        capsys, "--data-dir", str(demo_village), "report", "monthly", "--month", LAST_MONTH, "--out", str(out)
    )
    assert code == 0, err
    assert str(out) in printed
    text = pdf_text(out)
    assert month_name(LAST_MONTH) in text
    assert "Rengaspendawa".upper() in text.upper()
    pages = len(PdfReader(out).pages)
    assert f"Halaman {pages} dari {pages}" in text


def test_household_report_by_kk(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path
) -> None:
    database = demo_village / "desmigratif.db"
    kk = _first_kk(database)
    out = tmp_path / "profil.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(demo_village), "report", "household", "--kk", kk, "--out", str(out)
    )
    assert code == 0, err
    assert kk in pdf_text(out)


def test_register_pdf_and_spreadsheet_list_every_migrant_worker(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path
) -> None:
    database = demo_village / "desmigratif.db"
    migrants = count_rows(database, "person", "deleted IS NOT 1 AND migration_status != 'none'")
    sheet = tmp_path / "daftar.xlsx"
    code, _, err = run(capsys, "--data-dir", str(demo_village), "export", "register", "--out", str(sheet))
    assert code == 0, err
    rows = list(openpyxl.load_workbook(sheet, read_only=True).active.iter_rows(values_only=True))
    niks = {
        cell for row in rows for cell in row if isinstance(cell, str) and len(cell) == 16 and cell.isdigit()
    }
    expected = _niks(database, "deleted IS NOT 1 AND migration_status != 'none'")
    assert len(expected) == migrants
    assert expected <= niks  # every migrant worker's NIK, as text with all 16 digits

    pdf = tmp_path / "daftar.pdf"
    code, _, err = run(capsys, "--data-dir", str(demo_village), "report", "register", "--out", str(pdf))
    assert code == 0, err
    text = pdf_text(pdf)
    assert all(nik in text for nik in expected)


@pytest.mark.parametrize(
    ("month", "message"),
    [
        ("2026-13", "tidak dikenali"),
        ("10-2026", "tidak dikenali"),
        (add_months(THIS_MONTH, 1), "belum tiba"),
        ("0000-05", "terlalu lama"),
    ],
)
def test_a_malformed_or_future_month_is_refused(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path, month: str, message: str
) -> None:
    database = demo_village / "desmigratif.db"
    before = logical_dump(database)
    out = tmp_path / "laporan.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(demo_village), "report", "monthly", "--month", month, "--out", str(out)
    )
    assert code == 1
    assert message in err and "Traceback" not in err
    assert not out.exists()
    assert logical_dump(database) == before


def test_an_unknown_kk_is_refused(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path
) -> None:
    out = tmp_path / "profil.pdf"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(demo_village),
        "report",
        "household",
        "--kk",
        "9999999999999999",
        "--out",
        str(out),
    )
    assert code == 1
    assert "9999999999999999" in err
    assert not out.exists()


def test_a_wrong_file_suffix_is_refused_before_writing(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "laporan.xlsx"
    code, _, err = run(
        capsys, "--data-dir", str(demo_village), "report", "monthly", "--month", LAST_MONTH, "--out", str(out)
    )
    assert code == 1
    assert ".pdf" in err
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_an_existing_report_is_replaced_whole(
    capsys: pytest.CaptureFixture[str], demo_village: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "laporan.pdf"
    out.parent.mkdir()
    out.write_bytes(b"an older report")
    code, _, err = run(
        capsys, "--data-dir", str(demo_village), "report", "monthly", "--month", LAST_MONTH, "--out", str(out)
    )
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["laporan.pdf"]  # no partial file left beside it


def _first_kk(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return str(
            conn.execute("SELECT kk_number FROM household WHERE deleted IS NOT 1 LIMIT 1").fetchone()[0]
        )


def _niks(database: Path, where: str) -> set[str]:
    with sqlite3.connect(database) as conn:
        return {row[0] for row in conn.execute(f"SELECT nik FROM person WHERE {where}")}
