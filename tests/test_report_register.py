"""The register as a PDF: read back with pypdf, every name, NIK and page checked against what was written."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reports.register_pdf import write_register_pdf
from desmigratif_desktop.services import report_rows
from desmigratif_desktop.services.monthly_figures import Letterhead
from desmigratif_desktop.services.register_queries import PersonFilter, PersonSort, search_person_ids
from desmigratif_desktop.services.report_rows import RegisterLine
from tests.dbtools import query
from tests.test_report_rows import TODAY, Village, build_village

PRINTED = date(2026, 11, 23)
LETTERHEAD = Letterhead(
    district=False,
    region_code="33.29.15.2007",
    village_name="Rengaspendawa",
    subdistrict_name="Larangan",
    regency_name="Kabupaten Brebes",
    province_name="Jawa Tengah",
    officer_name="Siti Rahayu",
)
HEADERS = ["No", "Nama", "NIK", "L/P", "Umur", "Nomor KK", "Alamat", "Status", "Negara tujuan", "Sektor"]
HEADERS += ["Berangkat", "Pulang"]


def synthetic_line(n: int, **changes: object) -> RegisterLine:
    values: dict[str, object] = {
        "full_name": f"Pekerja Nomor {n:04d}",
        "nik": f"3329154{n:09d}",
        "sex": "P" if n % 2 else "L",
        "birth_date": date(1990, 1, 1),
        "age": 20 + n % 30,
        "kk_number": f"3329150{n:09d}",
        "address": f"Jl. Melati No. {n}, Dusun Krajan, RT 001/RW 002",
        "status": "PMI di luar negeri",
        "country": "Taiwan",
        "sector": "Perawat lansia (caregiver)",
        "departure_date": date(2024, 1, 1) + timedelta(days=n),
        "return_date": None,
        "procedural": True,
        "phone": None,
    }
    values.update(changes)
    return RegisterLine(**values)  # type: ignore[arg-type]


def write(tmp_path: Path, lines: list[RegisterLine], chunk: int = 25, **kwargs: object) -> pypdf.PdfReader:
    out = tmp_path / "register.pdf"
    chunks = [lines[start : start + chunk] for start in range(0, len(lines), chunk)]
    write_register_pdf(chunks, len(lines), LETTERHEAD, out, printed_on=PRINTED, **kwargs)  # type: ignore[arg-type]
    return pypdf.PdfReader(out)


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def niks_in(text: str) -> list[str]:
    return re.findall(r"\b\d{16}\b", text)


@dataclass(frozen=True)
class Placed:
    text: str
    x: float
    y: float
    width: float


def placed_text(page: pypdf.PageObject) -> list[Placed]:
    """Every piece of text with its position on the page and its drawn width."""
    pieces: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        text = text.strip()
        if not text or not font:
            return
        name = str(font.get("/BaseFont", "/Helvetica")).lstrip("/")
        x, y = tm[4] + cm[4], tm[5] + cm[5]
        pieces.append(Placed(text, x, y, stringWidth(text, name, size)))

    page.extract_text(visitor_text=visit)
    return pieces


# -- many pages ----------------------------------------------------------------------------------


def test_long_register_lists_every_line_once_in_order_with_the_header_on_every_page(tmp_path: Path) -> None:
    lines = [synthetic_line(n) for n in range(1, 121)]

    texts = page_texts(write(tmp_path, lines))

    assert len(texts) > 3
    for number, text in enumerate(texts, start=1):
        for header in HEADERS:
            assert header in text.splitlines(), (number, header)
        assert f"Halaman {number} dari {len(texts)}" in text
    printed = [nik for text in texts for nik in niks_in(text) if nik.startswith("3329154")]
    assert printed == [line.nik for line in lines]
    everything = flat(" ".join(texts))
    assert everything.count("Pekerja Nomor 0120") == 1


def test_every_page_but_the_last_is_filled_to_its_bottom_margin(tmp_path: Path) -> None:
    """A page-sized table that did not fit would be split, leaving a nearly empty page behind it."""
    reader = write(tmp_path, [synthetic_line(n) for n in range(1, 200)])

    bottom_margin = 1.8 * 72 / 2.54
    footer_line = bottom_margin / 2
    for page in reader.pages[:-1]:
        rows = [p.y for p in placed_text(page) if p.y > footer_line + 5]
        assert min(rows) < bottom_margin + 2 * 23  # less than two (two-line) rows left unused


def test_first_page_has_letterhead_title_date_and_count(tmp_path: Path) -> None:
    lines = [synthetic_line(n) for n in range(1, 1235)]

    first = flat(page_texts(write(tmp_path, lines, chunk=500))[0])

    assert "PEMERINTAH KABUPATEN BREBES" in first
    assert "DESA RENGASPENDAWA" in first
    assert "DAFTAR PEKERJA MIGRAN INDONESIA (PMI)" in first
    assert "Keadaan per 23 November 2026" in first
    assert "Jumlah: 1.234 orang" in first


def test_rows_show_the_values_in_their_columns_as_written(tmp_path: Path) -> None:
    line = synthetic_line(
        7, full_name="Siti Aminah", departure_date=date(2025, 10, 19), return_date=date(2026, 3, 1), age=36
    )

    text = flat(page_texts(write(tmp_path, [line]))[0])

    assert "1 Siti Aminah 3329154000000007 P 36 3329150000000007" in text
    assert "PMI di luar negeri Taiwan Perawat lansia (caregiver) 19-10-2025 01-03-2026" in text


def test_nothing_overlaps_and_long_names_wrap_inside_their_cell(tmp_path: Path) -> None:
    long_name = "Raden Ajeng Siti Nurhaliza Kusumawardhani Prameswari Binti Haji Abdurrahman"
    long_address = (
        "Jalan Raya Rengaspendawa Gang Kenanga Nomor 120 Belakang Balai Desa, Dusun Krajan, RT 012/RW 006"
    )
    endless = "Wiwiekkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
    lines = [synthetic_line(n) for n in range(1, 60)]
    lines[3] = synthetic_line(4, full_name=long_name, address=long_address)
    lines[5] = synthetic_line(6, full_name=endless, sector="Penata laksana rumah tangga (PLRT)")

    reader = write(tmp_path, lines)

    page_width = float(reader.pages[0].mediabox.width)
    for page in reader.pages:
        pieces = placed_text(page)
        rows: dict[float, list[Placed]] = {}
        for piece in pieces:
            rows.setdefault(round(piece.y, 1), []).append(piece)
        for row in rows.values():
            row.sort(key=lambda p: p.x)
            for left, right in itertools.pairwise(row):
                assert left.x + left.width <= right.x + 0.5, (left, right)
        assert all(piece.x + piece.width <= page_width - 50 for piece in pieces)
    name_lines = [p for p in placed_text(reader.pages[0]) if len(p.text) > 3 and p.text in long_name]
    assert len(name_lines) > 1 and " ".join(p.text for p in name_lines) == long_name
    assert len({p.x for p in name_lines}) == 1  # one above the other, in one cell


def test_names_print_exactly_as_typed(tmp_path: Path) -> None:
    line = synthetic_line(1, full_name="Warung <Bu Siti> & Anak")

    assert "Warung <Bu Siti> & Anak" in page_texts(write(tmp_path, [line]))[0]


def test_progress_climbs_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    lines = [synthetic_line(n) for n in range(1, 101)]

    write(tmp_path, lines, progress=lambda done, total: calls.append((done, total)))

    assert len(calls) > 3
    assert all(total == 100 for _done, total in calls)
    done = [d for d, _total in calls]
    assert done == sorted(done) and done[0] < 100 and done[-1] == 100


# -- nobody to list ------------------------------------------------------------------------------


def test_empty_register_prints_one_clean_page(tmp_path: Path) -> None:
    texts = page_texts(write(tmp_path, []))

    assert len(texts) == 1
    text = flat(texts[0])
    assert "Belum ada calon PMI, PMI, atau PMI purna yang tercatat di register." in text
    assert "Jumlah: 0 orang" in text
    assert "Halaman 1 dari 1" in text
    assert "Nomor KK" not in text  # no empty table


def test_empty_filtered_register_names_the_filter(tmp_path: Path) -> None:
    text = flat(page_texts(write(tmp_path, [], filter_description="Dusun: Krajan; Negara: Taiwan"))[0])

    assert "Saringan: Dusun: Krajan; Negara: Taiwan" in text
    assert "Tidak ada orang yang sesuai dengan saringan ini." in text


# -- from the database ---------------------------------------------------------------------------


@pytest.fixture
def village(village_db: Database) -> Village:
    return build_village(village_db)


def db_register(db: Database, tmp_path: Path, *args: object) -> str:
    filter = args[0] if args else None
    out = tmp_path / "db-register.pdf"
    lines = report_rows.register_lines(db, *args, today=TODAY)  # type: ignore[arg-type]
    total = report_rows.count_register_lines(db, filter)  # type: ignore[arg-type]
    write_register_pdf(lines, total, LETTERHEAD, out, printed_on=PRINTED, filter_description="Dusun: Krajan")
    return "\n".join(page_texts(pypdf.PdfReader(out)))


def test_filtered_register_prints_the_register_page_list_in_its_order(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    filter = PersonFilter(dusun="Krajan")
    ids = search_person_ids(village_db, filter, PersonSort.AGE, True)
    niks = {row["id"]: row["nik"] for row in query(village_db, "SELECT id, nik FROM person")}

    text = db_register(village_db, tmp_path, filter, PersonSort.AGE, True)

    known = set(niks.values())  # the text also holds 16-digit KK numbers
    assert [nik for nik in niks_in(text) if nik in known] == [niks[i] for i in ids]
    assert "Jumlah: 3 orang" in flat(text)
    assert "Saringan: Dusun: Krajan" in flat(text)


def test_deleted_people_are_not_printed(village_db: Database, village: Village, tmp_path: Path) -> None:
    deleted = [row["nik"] for row in query(village_db, "SELECT nik FROM person WHERE deleted = 1")]

    text = db_register(village_db, tmp_path, PersonFilter())

    assert len(deleted) == 3
    assert not set(deleted) & set(niks_in(text))
    for name in ("Joko Susilo", "Yanto", "Tono"):
        assert name not in text
    for name in ("Siti Aminah", "Bambang Wijaya", "Dewi Lestari", "Agus Salim"):
        assert name in text
