"""Sections 2-6 of the monthly workbook: the four pillars and the cases (section 1 is in monthly_xlsx)."""

from __future__ import annotations

from desmigratif_desktop.months import long_date, month_name
from desmigratif_desktop.reports.xlsx_style import (
    COUNT_FORMAT,
    RUPIAH_FORMAT,
    SheetCursor,
    counted_rows,
    total_of,
)
from desmigratif_desktop.services.monthly_figures import MonthlyFigures

C = COUNT_FORMAT
RP = RUPIAH_FORMAT
FACTS = ("Uraian", "Jumlah")


def write_services(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    services = figures.services
    month = month_name(figures.month)
    cursor.heading(f"Kontak layanan dalam bulan {month} menurut jenis layanan")
    rows = counted_rows(services.contacts_by_type)
    if rows:
        cursor.table(("Jenis layanan", "Jumlah kontak"), rows, (None, C), total=total_of(rows))
    else:
        cursor.note("Belum ada kontak layanan.")
    cursor.heading("Keberangkatan nonprosedural dan tindak lanjut")
    cursor.pairs(
        [
            ("Kontak dengan tanda keberangkatan nonprosedural", services.non_procedural_signs, C),
            (f"Tindak lanjut jatuh tempo per {long_date(figures.as_of)}", services.follow_ups_due, C),
        ],
        header=FACTS,
    )
    cursor.heading(f"Sosialisasi dalam bulan {month}")
    male, female = services.attendees_male, services.attendees_female
    cursor.table(
        ("Uraian", "Laki-laki", "Perempuan", "Jumlah"),
        [
            ("Kegiatan sosialisasi", None, None, services.socialisation_events),
            ("Peserta sosialisasi", male, female, male + female),
        ],
        (None, C, C, C),
    )


def write_businesses(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    businesses = figures.businesses
    cursor.heading("Usaha produktif PMI purna dan keluarga")
    cursor.pairs(
        [
            (f"Usaha tercatat per {long_date(figures.as_of)}", businesses.businesses, C),
            ("Usaha aktif", businesses.active, C),
            ("Usaha baru dalam bulan", businesses.new_businesses, C),
            ("Usaha berhenti dalam bulan", businesses.stopped, C),
            ("Tenaga kerja pada usaha aktif (selain pemilik)", businesses.workers_employed, C),
            ("Usaha yang melaporkan omzet bulan ini", businesses.businesses_reporting, C),
            ("Omzet bulan ini", businesses.turnover, RP),
        ],
        header=FACTS,
    )
    cursor.heading("Usaha aktif menurut sektor")
    sectors = counted_rows(businesses.by_sector)
    if sectors:
        cursor.table(("Sektor usaha", "Jumlah usaha"), sectors, (None, C), total=total_of(sectors))
    else:
        cursor.note("Belum ada usaha aktif.")
    cursor.heading(f"Dukungan dalam bulan {month_name(figures.month)}")
    support = counted_rows(businesses.support_by_type)
    if support:
        cursor.table(("Jenis dukungan", "Jumlah"), support, (None, C), total=total_of(support))
        cursor.skip()
    cursor.pairs([("Nilai bantuan modal", businesses.capital_support, RP)])


def write_parenting(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    parenting = figures.parenting
    cursor.heading("Anak PMI dan kegiatan parenting")
    cursor.pairs(
        [
            (f"Anak PMI per {long_date(figures.as_of)}", parenting.children, C),
            ("Anak dengan profil pengasuhan", parenting.children_with_profile, C),
            (f"Sesi parenting dalam bulan {month_name(figures.month)}", parenting.sessions, C),
            ("Anak yang hadir", parenting.children_reached, C),
            ("Pengasuh yang hadir", parenting.caregivers_reached, C),
        ],
        header=FACTS,
    )


def write_cooperative(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    cooperative = figures.cooperative
    if cooperative.name is None:
        cursor.heading("Koperasi")
        cursor.note("Belum ada koperasi yang tercatat.")
        return
    month = month_name(figures.month)
    cursor.heading("Koperasi")
    cursor.pairs(
        [
            ("Nama koperasi", cooperative.name, None),
            (f"Anggota per {long_date(figures.as_of)}", cooperative.members, C),
        ]
    )
    cursor.heading(f"Simpanan dan pinjaman dalam bulan {month}")
    if cooperative.month_recorded:
        _cooperative_month(cursor, figures)
    else:
        # Zeros would read as a month without savings; the truth is that nobody entered it yet.
        cursor.note(f"Angka koperasi bulan {month} belum diisi.")
    cursor.heading(f"Sampai dengan akhir {month}")
    cursor.pairs(
        [
            ("Simpanan yang disetor s.d. bulan ini", cooperative.savings_to_date, RP),
            ("Sisa pinjaman", cooperative.loans_outstanding, RP),
        ],
        header=FACTS,
    )
    cursor.note("Penarikan simpanan tidak dicatat: simpanan s.d. bulan ini adalah jumlah yang disetor.")


def _cooperative_month(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    cooperative = figures.cooperative
    savings = [
        ("Simpanan pokok", cooperative.savings_principal),
        ("Simpanan wajib", cooperative.savings_mandatory),
        ("Simpanan sukarela", cooperative.savings_voluntary),
    ]
    cursor.table(("Simpanan", "Jumlah"), savings, (None, RP), total=total_of(savings, "Jumlah simpanan"))
    cursor.skip()
    cursor.pairs(
        [
            ("Pinjaman disalurkan", cooperative.loans_given, RP),
            ("Pinjaman dikembalikan", cooperative.loans_repaid, RP),
            ("Unit usaha koperasi", cooperative.business_units, C),
        ]
    )


def write_cases(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    cases = figures.cases
    cursor.heading("Kasus dan pengaduan PMI")
    cursor.pairs(
        [
            ("Kasus baru dalam bulan", cases.new, C),
            (f"Kasus dalam proses per {long_date(figures.as_of)}", cases.in_progress, C),
            ("Kasus selesai dalam bulan", cases.resolved, C),
        ],
        header=FACTS,
    )
    cursor.heading("Menurut jenis kasus")
    rows = [(row.label, row.new, row.in_progress, row.resolved) for row in cases.by_type]
    if not rows:
        cursor.note("Tidak ada kasus.")
        return
    cursor.table(
        ("Jenis kasus", "Baru", "Dalam proses", "Selesai"), rows, (None, C, C, C), total=total_of(rows)
    )
