"""Sections 2 to 6 of the monthly report: the four pillars and the cases, one function each.

Each returns flowables kept together, so a section's heading never ends a page alone. Where a month
has nothing to count, the section says so in words rather than printing a table of zeros that could
pass for a real month (the cooperative's unentered month above all).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desmigratif_desktop.data.enums import SupportType
from desmigratif_desktop.formatting import format_count, format_rupiah
from desmigratif_desktop.months import month_name
from desmigratif_desktop.reports.count_tables import NIL, counts_table, heading, ranked_table
from desmigratif_desktop.reports.pdf_style import BODY, NOTE, content_width, paragraph, side_by_side, text
from desmigratif_desktop.services.monthly_figures import MonthlyFigures


def services_section(figures: MonthlyFigures) -> list[Flowable]:
    services, as_of = figures.services, figures.as_of
    contacts = counts_table(
        ["Jenis layanan", "Kontak"],
        [[row.label, row.count] for row in services.contacts_by_type],
        ["Jumlah kontak", services.contacts],
    )
    others = counts_table(
        ["Uraian", "Jumlah"],
        [
            ["Kontak dengan tanda keberangkatan nonprosedural", services.non_procedural_signs],
            [f"Tindak lanjut jatuh tempo (per {as_of:%d-%m-%Y})", services.follow_ups_due],
            ["Kegiatan sosialisasi", services.socialisation_events],
        ],
        None,
    )
    male, female = services.attendees_male, services.attendees_female
    attendees = counts_table(
        ["Peserta sosialisasi", "L", "P", "Jumlah"],
        [["Peserta", male, female, male + female]],
        None,
        label_share=0.49,
    )
    body = side_by_side(contacts, [others, Spacer(1, 6), attendees], content_width())
    return [KeepTogether([heading(2, "Pilar 1: Layanan Migrasi"), body])]


def businesses_section(figures: MonthlyFigures) -> list[Flowable]:
    business = figures.businesses
    summary = counts_table(
        ["Uraian", "Jumlah"],
        [
            ["Usaha tercatat (aktif dan berhenti)", business.businesses],
            [f"Usaha aktif (per {figures.as_of:%d-%m-%Y})", business.active],
            ["Usaha baru bulan ini", business.new_businesses],
            ["Usaha berhenti bulan ini", business.stopped],
            ["Tenaga kerja usaha aktif (selain pemilik)", business.workers_employed],
            ["Usaha yang melaporkan omzet", business.businesses_reporting],
            ["Omzet bulan ini", format_rupiah(business.turnover)],
        ],
        None,
        label_share=0.66,
    )
    capital = format_rupiah(business.capital_support)
    support = counts_table(
        ["Dukungan bulan ini", "Kali", "Nilai"],
        [
            [row.label, row.count, capital if row.code == SupportType.CAPITAL else NIL]
            for row in business.support_by_type
        ],
        ["Jumlah", sum(row.count for row in business.support_by_type), capital],
        label_share=0.40,
    )
    sectors = ranked_table(
        "Sektor usaha aktif", business.by_sector, count_header="Usaha", empty="Belum ada usaha aktif", limit=6
    )
    body = side_by_side(summary, [sectors, Spacer(1, 6), support], content_width())
    return [KeepTogether([heading(3, "Pilar 2: Usaha Produktif"), body])]


def parenting_section(figures: MonthlyFigures) -> list[Flowable]:
    parenting = figures.parenting
    summary = counts_table(
        ["Uraian", "Jumlah"],
        [
            [f"Anak PMI (per {figures.as_of:%d-%m-%Y})", parenting.children],
            ["Anak PMI dengan profil pengasuhan", parenting.children_with_profile],
            ["Sesi parenting bulan ini", parenting.sessions],
            ["Anak yang hadir dalam sesi", parenting.children_reached],
            ["Pengasuh yang hadir dalam sesi", parenting.caregivers_reached],
        ],
        None,
    )
    return [KeepTogether([heading(4, "Pilar 3: Community Parenting"), summary])]


def cooperative_section(figures: MonthlyFigures) -> list[Flowable]:
    cooperative, month = figures.cooperative, month_name(figures.month)
    head = heading(5, "Pilar 4: Koperasi")
    if cooperative.name is None:
        return [KeepTogether([head, paragraph("Belum ada koperasi yang tercatat.")])]
    name = Paragraph(f"Nama koperasi: <b>{text(cooperative.name)}</b>", BODY)
    to_date: list[list[object]] = [
        [f"Anggota (per {figures.as_of:%d-%m-%Y})", format_count(cooperative.members)],
        [f"Simpanan disetor s.d. {month}", format_rupiah(cooperative.savings_to_date)],
        [f"Pinjaman beredar s.d. {month}", format_rupiah(cooperative.loans_outstanding)],
    ]
    if cooperative.month_recorded:
        savings: Flowable = counts_table(
            [f"Simpanan {month}", "Jumlah"],
            [
                ["Simpanan pokok", format_rupiah(cooperative.savings_principal)],
                ["Simpanan wajib", format_rupiah(cooperative.savings_mandatory)],
                ["Simpanan sukarela", format_rupiah(cooperative.savings_voluntary)],
            ],
            ["Jumlah simpanan", format_rupiah(cooperative.savings)],
        )
        to_date[:0] = [
            ["Pinjaman disalurkan bulan ini", format_rupiah(cooperative.loans_given)],
            ["Angsuran pinjaman diterima bulan ini", format_rupiah(cooperative.loans_repaid)],
            ["Unit usaha koperasi", format_count(cooperative.business_units)],
        ]
    else:
        savings = paragraph(
            f"Angka koperasi bulan {month} belum diisi: simpanan, pinjaman, dan unit usaha bulan ini "
            "belum dapat dilaporkan."
        )
    summary = counts_table(["Uraian", "Jumlah"], to_date, None, label_share=0.68)
    note = paragraph(
        "Catatan: penarikan simpanan tidak dicatat, sehingga simpanan s.d. bulan ini adalah jumlah "
        "yang telah disetor.",
        NOTE,
    )
    body = side_by_side(savings, summary, content_width())
    return [KeepTogether([head, name, Spacer(1, 4), body, note])]


def cases_section(figures: MonthlyFigures) -> list[Flowable]:
    cases = figures.cases
    head = heading(6, "Kasus / Pengaduan")
    if not cases.by_type and not (cases.new or cases.in_progress or cases.resolved):
        nothing = (
            "Tidak ada kasus baru, kasus dalam proses, maupun kasus selesai "
            f"pada bulan {month_name(figures.month)}."
        )
        return [KeepTogether([head, paragraph(nothing)])]
    table = counts_table(
        ["Jenis kasus", "Baru bulan ini", f"Dalam proses per {figures.as_of:%d-%m-%Y}", "Selesai bulan ini"],
        [[row.label, row.new, row.in_progress, row.resolved] for row in cases.by_type],
        ["Jumlah", cases.new, cases.in_progress, cases.resolved],
        content_width(),
        label_share=0.43,
    )
    return [KeepTogether([head, table])]
