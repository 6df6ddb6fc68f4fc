"""Hand-built inputs of the spreadsheet export: register lines and a monthly report's figures.

Every number is chosen here, so the tests compute what the workbook must say from these, never from the
code under test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

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
from desmigratif_desktop.services.report_rows import RegisterLine
from tests.conftest import make_nik

PRINTED_ON = date(2026, 11, 23)
VILLAGE = Letterhead(
    district=False,
    region_code="33.29.15.2007",
    village_name="Rengaspendawa",
    subdistrict_name="Larangan",
    regency_name="Kabupaten Brebes",
    province_name="Jawa Tengah",
    officer_name="Siti Rahayu",
    village_head_name="H. Darsono",
)
DISTRICT = Letterhead(
    district=True,
    region_code="33.29",
    village_name="",
    subdistrict_name="",
    regency_name="Kabupaten Brebes",
    province_name="Jawa Tengah",
    officer_name="Budi Santoso",
)


def line(name: str, birth: date, sex: str, serial: int, **changes: Any) -> RegisterLine:
    base = RegisterLine(
        full_name=name,
        nik=make_nik(birth, sex, serial),
        sex=sex,
        birth_date=birth,
        age=PRINTED_ON.year - birth.year,
        kk_number=f"3329150101{serial:06d}",
        address="Dusun Krajan RT 001/RW 002",
        status="PMI di luar negeri",
        country="Taiwan",
        sector="Perawat lansia (caregiver)",
        departure_date=date(2025, 10, 19),
        return_date=None,
        procedural=True,
        phone="081234567890",
    )
    return replace(base, **changes)


def three_lines() -> list[RegisterLine]:
    return [
        line("Siti Aminah", date(1990, 3, 12), "P", 2),
        line(
            "Warsito",
            date(1985, 7, 1),
            "L",
            3,
            status="PMI purna",
            country="Malaysia",
            sector="Perkebunan",
            departure_date=date(2019, 2, 1),
            return_date=date(2023, 5, 17),
            procedural=False,
            phone=None,
        ),
        line(
            "Dewi Lestari",
            date(2001, 11, 30),
            "P",
            4,
            status="Calon PMI",
            country="",
            sector="",
            departure_date=None,
            procedural=None,
        ),
    ]


MONTHS = [f"{2025 + (m > 12)}-{(m - 1) % 12 + 1:02d}" for m in range(11, 23)]  # 2025-11 .. 2026-10


def full_figures(**changes: Any) -> MonthlyFigures:
    register = RegisterSection(
        households=1234,
        stock=[
            StatusBySex("prospective", "Calon PMI", 12, 30),
            StatusBySex("abroad", "PMI di luar negeri", 410, 1105),
            StatusBySex("returned", "PMI purna", 220, 385),
            StatusBySex("none", "Anggota keluarga", 1800, 2011),
        ],
        new_households=7,
        new_persons=23,
        departures=19,
        returns=11,
        by_country=[
            LabelledCount("TW", "Taiwan", 700),
            LabelledCount("HK", "Hong Kong", 500),
            LabelledCount("MY", "Malaysia", 315),
        ],
        by_sector=[
            LabelledCount("domestic_worker", "Penata laksana rumah tangga (PLRT)", 900),
            LabelledCount("caregiver", "Perawat lansia (caregiver)", 615),
        ],
        monthly=[MonthFigures(month, 10 + n, n) for n, month in enumerate(MONTHS)],
    )
    services = ServicesSection(
        contacts=0,  # deliberately not the sum: the table's total must come from its rows
        contacts_by_type=[
            LabelledCount("job_information", "Informasi lowongan kerja", 14),
            LabelledCount("document_requirements", "Persyaratan dokumen", 9),
            LabelledCount("safe_migration", "Konsultasi migrasi aman", 6),
            LabelledCount("complaint", "Pengaduan", 2),
            LabelledCount("referral", "Rujukan", 0),
            LabelledCount("document_facilitation", "Fasilitasi dokumen", 3),
        ],
        non_procedural_signs=2,
        follow_ups_due=5,
        socialisation_events=3,
        attendees_male=41,
        attendees_female=67,
    )
    businesses = BusinessesSection(
        businesses=58,
        active=51,
        new_businesses=4,
        stopped=1,
        workers_employed=37,
        by_sector=[
            LabelledCount("food_processing", "Pengolahan makanan dan minuman", 30),
            LabelledCount("retail", "Perdagangan (toko, warung kelontong)", 21),
        ],
        turnover=1_500_000_000,
        businesses_reporting=44,
        support_by_type=[
            LabelledCount("training", "Pelatihan", 3),
            LabelledCount("mentoring", "Pendampingan", 8),
            LabelledCount("capital", "Bantuan modal", 2),
            LabelledCount("marketing", "Pemasaran", 0),
        ],
        capital_support=12_500_000,
    )
    parenting = ParentingSection(
        children=312, children_with_profile=120, sessions=4, children_reached=85, caregivers_reached=61
    )
    cooperative = CooperativeSection(
        name="Koperasi <Maju> & Sejahtera",
        members=240,
        month_recorded=True,
        savings_principal=1_200_000,
        savings_mandatory=4_800_000,
        savings_voluntary=2_350_000,
        loans_given=35_000_000,
        loans_repaid=12_750_000,
        business_units=3,
        savings_to_date=410_000_000,
        loans_outstanding=96_500_000,
    )
    cases = CasesSection(
        new=3,
        in_progress=5,
        resolved=2,
        by_type=[
            CaseTypeRow("unpaid_wages", "Gaji tidak dibayar", 2, 3, 1),
            CaseTypeRow("trafficking", "Tindak pidana perdagangan orang (TPPO)", 1, 2, 1),
        ],
    )
    figures = MonthlyFigures(
        month="2026-10",
        as_of=date(2026, 10, 31),
        complete=True,
        generated_on=PRINTED_ON,
        letterhead=VILLAGE,
        register=register,
        services=services,
        businesses=businesses,
        parenting=parenting,
        cooperative=cooperative,
        cases=cases,
    )
    return replace(figures, **changes)


def empty_figures() -> MonthlyFigures:
    full = full_figures()
    return replace(
        full,
        register=RegisterSection(
            households=0,
            stock=[replace(row, male=0, female=0) for row in full.register.stock],
            new_households=0,
            new_persons=0,
            departures=0,
            returns=0,
            by_country=[],
            by_sector=[],
            monthly=[MonthFigures(month, 0, 0) for month in MONTHS],
        ),
        services=ServicesSection(
            0, [c._replace(count=0) for c in full.services.contacts_by_type], 0, 0, 0, 0, 0
        ),
        businesses=BusinessesSection(0, 0, 0, 0, 0, [], 0, 0, [], 0),
        parenting=ParentingSection(0, 0, 0, 0, 0),
        cooperative=CooperativeSection(None, 0, False, 0, 0, 0, 0, 0, 0, 0, 0),
        cases=CasesSection(0, 0, 0, []),
    )
