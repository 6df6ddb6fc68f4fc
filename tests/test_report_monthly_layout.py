"""The monthly report's PDF: what is printed, from figures built by hand (no database needed)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from desmigratif_desktop.months import months_ending
from desmigratif_desktop.reference.paper_labels import SERVICE_TYPE, SUPPORT_TYPE
from desmigratif_desktop.reports.monthly_pdf import write_monthly_pdf
from desmigratif_desktop.services.dashboard import LabelledCount, MonthFigures
from desmigratif_desktop.services.monthly_figures import (
    BusinessesSection,
    CasesSection,
    CaseTypeRow,
    CooperativeSection,
    Letterhead,
    MonthlyFigures,
    ParentingSection,
    RegisterSection,
    ServicesSection,
    StatusBySex,
)

HEADINGS = [
    "1. Data Rumah Tangga PMI",
    "2. Pilar 1: Layanan Migrasi",
    "3. Pilar 2: Usaha Produktif",
    "4. Pilar 3: Community Parenting",
    "5. Pilar 4: Koperasi",
    "6. Kasus / Pengaduan",
]
SERVICE_TYPES = list(SERVICE_TYPE.items())  # the six kinds, as the figures list them: zeros included
SUPPORT_TYPES = list(SUPPORT_TYPE.items())
COUNTRIES = [  # abroad, most first, as the figures list them
    ("TW", "Taiwan", 402),
    ("HK", "Hong Kong", 311),
    ("MY", "Malaysia", 205),
    ("SA", "Arab Saudi", 96),
    ("SG", "Singapura", 71),
    ("KR", "Korea Selatan", 48),
    ("JP", "Jepang", 30),
    ("BN", "Brunei Darussalam", 12),
    ("AE", "Uni Emirat Arab", 9),
    ("QA", "Qatar", 5),
    ("OM", "Oman", 3),
]


def letterhead(**changes: object) -> Letterhead:
    base = Letterhead(
        district=False,
        region_code="33.29.15.2007",
        village_name="Rengaspendawa",
        subdistrict_name="Larangan",
        regency_name="Kabupaten Brebes",
        province_name="Jawa Tengah",
        officer_name="Siti Rahayu",
        village_head_name="Slamet Riyadi",
        address="Jl. Raya Rengaspendawa No. 1",
        phone="0283-671234",
    )
    return dataclasses.replace(base, **changes)


def full_figures(**changes: object) -> MonthlyFigures:
    """October 2026 in a busy village; every number chosen so a test can find it."""
    months = months_ending("2026-10", 12)
    register = RegisterSection(
        households=3000,
        stock=[
            StatusBySex("prospective", "Calon PMI", 120, 310),
            StatusBySex("abroad", "PMI di luar negeri", 402, 832),
            StatusBySex("returned", "PMI purna", 210, 455),
            StatusBySex("none", "Anggota keluarga", 4512, 4630),
        ],
        new_households=12,
        new_persons=41,
        departures=17,
        returns=9,
        by_country=[LabelledCount(code, label, count) for code, label, count in COUNTRIES],
        by_sector=[
            LabelledCount("domestic_worker", "Penata laksana rumah tangga (PLRT)", 690),
            LabelledCount("caregiver", "Perawat lansia (caregiver)", 301),
            LabelledCount("factory", "Manufaktur/pabrik", 150),
            LabelledCount("plantation", "Perkebunan", 51),
            LabelledCount("fishing_crew", "Awak kapal perikanan", 30),
        ],
        monthly=[MonthFigures(month, 10 + index, index % 5) for index, month in enumerate(months)],
    )
    figures = MonthlyFigures(
        month="2026-10",
        as_of=date(2026, 10, 31),
        complete=True,
        generated_on=date(2026, 11, 23),
        letterhead=letterhead(),
        register=register,
        services=ServicesSection(
            contacts=sum(range(3, 9)),
            contacts_by_type=[
                LabelledCount(code, label, 3 + n) for n, (code, label) in enumerate(SERVICE_TYPES)
            ],
            non_procedural_signs=2,
            follow_ups_due=6,
            socialisation_events=3,
            attendees_male=38,
            attendees_female=47,
        ),
        businesses=BusinessesSection(
            businesses=150,
            active=132,
            new_businesses=4,
            stopped=1,
            workers_employed=211,
            by_sector=[
                LabelledCount("culinary", "Kuliner (warung, katering)", 61),
                LabelledCount("retail", "Perdagangan (toko, warung kelontong)", 44),
                LabelledCount("livestock", "Peternakan", 27),
            ],
            turnover=245_750_000,
            businesses_reporting=118,
            support_by_type=[
                LabelledCount(code, label, 2 + n) for n, (code, label) in enumerate(SUPPORT_TYPES)
            ],
            capital_support=1_500_000,
        ),
        parenting=ParentingSection(
            children=640, children_with_profile=410, sessions=3, children_reached=57, caregivers_reached=44
        ),
        cooperative=CooperativeSection(
            name="Koperasi Migran Sejahtera",
            members=86,
            month_recorded=True,
            savings_principal=500_000,
            savings_mandatory=1_720_000,
            savings_voluntary=2_350_000,
            loans_given=15_000_000,
            loans_repaid=4_250_000,
            business_units=2,
            savings_to_date=98_400_000,
            loans_outstanding=37_500_000,
        ),
        cases=CasesSection(
            new=5,
            in_progress=7,
            resolved=3,
            by_type=[
                CaseTypeRow("unpaid_wages", "Gaji tidak dibayar", 2, 3, 1),
                CaseTypeRow("lost_contact", "Hilang kontak", 1, 2, 1),
                CaseTypeRow("trafficking", "Tindak pidana perdagangan orang (TPPO)", 2, 2, 1),
            ],
        ),
    )
    return dataclasses.replace(figures, **changes)


def empty_figures(**changes: object) -> MonthlyFigures:
    """A village set up yesterday: nothing recorded anywhere."""
    figures = MonthlyFigures(
        month="2026-10",
        as_of=date(2026, 10, 31),
        complete=True,
        generated_on=date(2026, 11, 23),
        letterhead=letterhead(village_head_name=None, address=None, phone=None),
        register=RegisterSection(
            households=0,
            stock=[
                StatusBySex("prospective", "Calon PMI", 0, 0),
                StatusBySex("abroad", "PMI di luar negeri", 0, 0),
                StatusBySex("returned", "PMI purna", 0, 0),
                StatusBySex("none", "Anggota keluarga", 0, 0),
            ],
            new_households=0,
            new_persons=0,
            departures=0,
            returns=0,
            by_country=[],
            by_sector=[],
            monthly=[MonthFigures(month, 0, 0) for month in months_ending("2026-10", 12)],
        ),
        services=ServicesSection(
            0, [LabelledCount(c, label, 0) for c, label in SERVICE_TYPES], 0, 0, 0, 0, 0
        ),
        businesses=BusinessesSection(
            0, 0, 0, 0, 0, [], 0, 0, [LabelledCount(c, label, 0) for c, label in SUPPORT_TYPES], 0
        ),
        parenting=ParentingSection(0, 0, 0, 0, 0),
        cooperative=CooperativeSection(None, 0, False, 0, 0, 0, 0, 0, 0, 0, 0),
        cases=CasesSection(0, 0, 0, []),
    )
    return dataclasses.replace(figures, **changes)


def write(figures: MonthlyFigures, tmp_path: Path, name: str = "laporan.pdf") -> list[str]:
    out = tmp_path / name
    write_monthly_pdf(figures, out)
    return [page.extract_text() for page in pypdf.PdfReader(out).pages]


def one_line(pages: list[str]) -> str:
    """All pages' text with whitespace runs collapsed, so a phrase wrapped in a cell still matches."""
    return re.sub(r"\s+", " ", " ".join(pages))


def dotted(value: int) -> str:
    """1234 -> 1.234, written here independently of the code under test."""
    digits = str(value)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return ".".join(groups)


@pytest.fixture(scope="module")
def full_report(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The busy October, written once for the tests that only read it."""
    return write(full_figures(), tmp_path_factory.mktemp("full"))


# Each phrase is a label and its figures as one printed row; the numbers are the inputs above.
PRINTED = [
    "PEMERINTAH KABUPATEN BREBES",
    "KECAMATAN LARANGAN",
    "DESA RENGASPENDAWA",
    "Provinsi Jawa Tengah",
    "LAPORAN BULANAN DESA MIGRAN PRODUKTIF (DESMIGRATIF)",
    "Periode: Oktober 2026",
    "PMI di luar negeri 402 832 1.234",
    "Rumah tangga PMI (per 31-10-2026) 3.000",
    "Keberangkatan PMI 17",
    "Kepulangan PMI 9",
    "Peserta 38 47 85",
    "Kontak dengan tanda keberangkatan nonprosedural 2",
    "Omzet bulan ini Rp245.750.000",
    "Bantuan modal 4 Rp1.500.000",
    "Usaha aktif (per 31-10-2026) 132",
    "Anak PMI (per 31-10-2026) 640",
    "Anak yang hadir dalam sesi 57",
    "Pengasuh yang hadir dalam sesi 44",
    "Nama koperasi: Koperasi Migran Sejahtera",
    "Simpanan pokok Rp500.000",
    "Simpanan sukarela Rp2.350.000",
    "Pinjaman beredar s.d. Oktober 2026 Rp37.500.000",
    "penarikan simpanan tidak dicatat",
    "Berangkat",
    "Pulang",
    "Okt 26",  # the 12 months end with the report's month…
    "Nov 25",  # …and begin eleven months before
]


@pytest.mark.parametrize("phrase", PRINTED)
def test_figure_is_printed(full_report: list[str], phrase: str) -> None:
    assert phrase in one_line(full_report)


def test_finished_month_is_not_called_running(full_report: list[str]) -> None:
    text = one_line(full_report)
    assert "keadaan s.d." not in text
    assert "Belum ada data" not in text


def test_running_month_says_how_far_it_goes(tmp_path: Path) -> None:
    figures = full_figures(month="2026-11", as_of=date(2026, 11, 23), complete=False)
    text = one_line(write(figures, tmp_path))
    assert "Periode: November 2026" in text
    assert "keadaan s.d. 23 November 2026" in text


def test_sections_are_numbered_in_order(full_report: list[str]) -> None:
    text = one_line(full_report)
    positions = [text.find(heading) for heading in HEADINGS]
    assert -1 not in positions, positions
    assert positions == sorted(positions)


def test_every_page_is_numbered_out_of_the_real_count(full_report: list[str]) -> None:
    assert 2 <= len(full_report) <= 3
    for number, page in enumerate(full_report, start=1):
        assert f"Halaman {number} dari {len(full_report)}" in page


def test_stock_rows_and_total_row(full_report: list[str]) -> None:
    text, stock = one_line(full_report), full_figures().register.stock
    for row in stock:
        assert f"{row.label} {dotted(row.male)} {dotted(row.female)} {dotted(row.male + row.female)}" in text
    male, female = sum(row.male for row in stock), sum(row.female for row in stock)
    assert f"Jumlah {dotted(male)} {dotted(female)} {dotted(male + female)}" in text


def test_long_country_list_ends_with_others_and_total(full_report: list[str]) -> None:
    text = one_line(full_report)
    shown, tail = COUNTRIES[:7], COUNTRIES[7:]
    for _code, label, count in shown:
        assert f"{label} {dotted(count)}" in text
    assert f"Lainnya {sum(count for *_, count in tail)}" in text
    assert "Uni Emirat Arab 9" not in text  # folded into Lainnya
    assert f"Jumlah {dotted(sum(count for *_, count in COUNTRIES))}" in text


def test_a_list_of_its_own_lainnya_gets_one_lainnya_row(tmp_path: Path) -> None:
    counts = [LabelledCount(code, label, count) for code, label, count in COUNTRIES]
    counts.insert(3, LabelledCount("other", "Lainnya", 100))
    figures = full_figures(register=dataclasses.replace(full_figures().register, by_country=counts))
    text = one_line(write(figures, tmp_path))
    assert f"Lainnya {100 + sum(count for *_, count in COUNTRIES[7:])}" in text
    assert text.count("Lainnya") == 2  # the table's row and the chart's bar


def test_service_contacts_support_and_savings_add_up(full_report: list[str]) -> None:
    text, figures = one_line(full_report), full_figures()
    for row in figures.services.contacts_by_type:
        assert f"{row.label} {row.count}" in text
    assert f"Jumlah kontak {sum(row.count for row in figures.services.contacts_by_type)}" in text
    assert f"Jumlah {sum(row.count for row in figures.businesses.support_by_type)} Rp1.500.000" in text
    assert f"Jumlah simpanan Rp{dotted(500_000 + 1_720_000 + 2_350_000)}" in text


def test_cases_by_type_and_total(full_report: list[str]) -> None:
    text, rows = one_line(full_report), full_figures().cases.by_type
    for row in rows:
        assert f"{row.label} {row.new} {row.in_progress} {row.resolved}" in text
    totals = [sum(getattr(row, column) for row in rows) for column in ("new", "in_progress", "resolved")]
    assert "Jumlah {} {} {}".format(*totals) in text


def test_cooperative_month_not_entered_is_not_shown_as_zeros(tmp_path: Path) -> None:
    cooperative = dataclasses.replace(
        full_figures().cooperative,
        month_recorded=False,
        savings_principal=0,
        savings_mandatory=0,
        savings_voluntary=0,
        loans_given=0,
        loans_repaid=0,
        business_units=0,
    )
    text = one_line(write(full_figures(cooperative=cooperative), tmp_path))
    assert "Angka koperasi bulan Oktober 2026 belum diisi" in text
    assert "Simpanan pokok" not in text
    assert "Simpanan disetor s.d. Oktober 2026 Rp98.400.000" in text


# -- the signatures ------------------------------------------------------------------------------


def test_village_signature_block(full_report: list[str]) -> None:
    last = one_line(full_report[-1:])
    for line in (
        "Rengaspendawa, 23 November 2026",
        "Petugas Desmigratif",
        "Siti Rahayu",
        "Mengetahui,",
        "Kepala Desa Rengaspendawa",
        "Slamet Riyadi",
    ):
        assert line in last


def test_unknown_village_head_gets_a_dotted_name_line(tmp_path: Path) -> None:
    figures = full_figures(letterhead=letterhead(village_head_name=None))
    text = one_line(write(figures, tmp_path))
    assert "Kepala Desa Rengaspendawa" in text
    assert "(......" in text


def test_district_report(tmp_path: Path) -> None:
    district = letterhead(
        district=True, region_code="33.29", village_name="", subdistrict_name="", officer_name="Budi Santoso"
    )
    text = one_line(write(full_figures(letterhead=district), tmp_path))
    assert "DINAS TENAGA KERJA" in text
    assert "LAPORAN BULANAN DESA MIGRAN PRODUKTIF (DESMIGRATIF) KABUPATEN BREBES" in text
    assert "Brebes, 23 November 2026" in text
    assert "Koordinator Desmigratif" in text and "Budi Santoso" in text
    assert "Kepala Dinas Tenaga Kerja Kabupaten Brebes" in text
    assert "(......" in text
    assert "Kepala Desa" not in text


# -- edge cases ----------------------------------------------------------------------------------


def test_empty_month_prints_a_clean_report(tmp_path: Path) -> None:
    pages = write(empty_figures(), tmp_path)
    text = one_line(pages)
    assert all(heading in text for heading in HEADINGS)
    assert text.count("Belum ada data") == 2  # both charts
    assert "Belum ada usaha aktif" in text
    assert "Belum ada PMI yang tercatat sedang bekerja di luar negeri" in text
    assert "Belum ada koperasi yang tercatat" in text
    assert "Tidak ada kasus baru" in text
    assert "Jumlah 0 0 0" in text  # the stock table still adds up
    assert "Omzet bulan ini Rp0" in text
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]


def test_names_with_markup_characters_print_as_typed(tmp_path: Path) -> None:
    cooperative = dataclasses.replace(full_figures().cooperative, name="Koperasi <Maju> & Jaya")
    figures = full_figures(
        letterhead=letterhead(village_name="Sumber<Rejo> & Co", officer_name="Siti & <Rahayu>"),
        cooperative=cooperative,
    )
    text = one_line(write(figures, tmp_path))
    assert "Koperasi <Maju> & Jaya" in text
    assert "DESA SUMBER<REJO> & CO" in text
    assert "Kepala Desa Sumber<Rejo> & Co" in text
    assert "Siti & <Rahayu>" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_progress_moves_to_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_monthly_pdf(
        full_figures(), tmp_path / "laporan.pdf", progress=lambda done, total: calls.append((done, total))
    )
    assert len(calls) >= 4
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1]
