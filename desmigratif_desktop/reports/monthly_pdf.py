"""The monthly report (laporan bulanan) on A4: what the officer signs and the village head acknowledges.

Layout only: every figure arrives computed in `MonthlyFigures`. Here: the head (kop surat, title,
period), section 1 (the register, with its charts) and the signatures; the pillars' sections are in
`monthly_pillars.py`. Short tables go two abreast so the report stays at two or three pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desmigratif_desktop.months import long_date, month_name
from desmigratif_desktop.reports import charts
from desmigratif_desktop.reports.count_tables import (
    counts_table,
    heading,
    ranked_table,
    subheading,
    top_with_rest,
)
from desmigratif_desktop.reports.monthly_pillars import (
    businesses_section,
    cases_section,
    cooperative_section,
    parenting_section,
    services_section,
)
from desmigratif_desktop.reports.output import Progress, no_progress
from desmigratif_desktop.reports.pdf_style import (
    RUNNING,
    SUBTITLE,
    TITLE,
    Signatory,
    build_pdf,
    content_width,
    footer_for,
    letterhead_flowables,
    paragraph,
    side_by_side,
    signature_block,
)
from desmigratif_desktop.services.monthly_figures import Letterhead, MonthlyFigures

TITLE_TEXT = "LAPORAN BULANAN DESA MIGRAN PRODUKTIF (DESMIGRATIF)"
Section = Callable[[MonthlyFigures], list[Flowable]]


def write_monthly_pdf(figures: MonthlyFigures, out: Path, progress: Progress = no_progress) -> None:
    """Lay the month's figures out on A4 portrait and write them to `out` (atomically, see `build_pdf`)."""
    parts: list[Section] = [
        title_block,
        register_section,
        services_section,
        businesses_section,
        parenting_section,
        cooperative_section,
        cases_section,
        signatures,
    ]
    total = len(parts) + 1  # the last step is reportlab's layout, the slowest one
    story: list[Flowable] = []
    for done, part in enumerate(parts):
        progress(done, total)
        story.extend(part(figures))
    progress(len(parts), total)
    title = f"Laporan Bulanan Desmigratif {month_name(figures.month)}"
    build_pdf(
        out,
        story,
        title=title,
        footer=footer_for(title, figures.generated_on),
        author=figures.letterhead.officer_name,
    )
    progress(total, total)


# -- the head and the foot -----------------------------------------------------------------------


def title_block(figures: MonthlyFigures) -> list[Flowable]:
    letterhead = figures.letterhead
    flowables = [*letterhead_flowables(letterhead, content_width()), Paragraph(TITLE_TEXT, TITLE)]
    if letterhead.district:
        flowables.append(paragraph(letterhead.regency_name.upper(), TITLE))
    flowables.append(paragraph(f"Periode: {month_name(figures.month)}", SUBTITLE))
    if not figures.complete:  # so nobody files a half month as the final figures
        running = f"Bulan belum berakhir: keadaan s.d. {long_date(figures.as_of)}"
        flowables.append(paragraph(running, RUNNING))
    flowables.append(Spacer(1, 4))
    return flowables


def signatures(figures: MonthlyFigures) -> list[Flowable]:
    letterhead = figures.letterhead
    dated = f"{place_of(letterhead)}, {long_date(figures.generated_on)}"
    if letterhead.district:
        author = Signatory([dated, "Koordinator Desmigratif"], letterhead.officer_name)
        acknowledges = Signatory(["Mengetahui,", f"Kepala Dinas Tenaga Kerja {letterhead.regency_name}"])
    else:
        author = Signatory([dated, "Petugas Desmigratif"], letterhead.officer_name)
        acknowledges = Signatory(
            ["Mengetahui,", f"Kepala Desa {letterhead.village_name}"], letterhead.village_head_name
        )
    return [signature_block(acknowledges, author, content_width())]


def place_of(letterhead: Letterhead) -> str:
    """Where the report is signed: the village, or the regency's town ("Kabupaten Brebes" -> "Brebes")."""
    if not letterhead.district:
        return letterhead.village_name
    return letterhead.regency_name.removeprefix("Kabupaten ").removeprefix("Kota ")


# -- 1. the register -----------------------------------------------------------------------------


def register_section(figures: MonthlyFigures) -> list[Flowable]:
    register, as_of, month = figures.register, figures.as_of, month_name(figures.month)
    stock = counts_table(
        ["Status migrasi", "L", "P", "Jumlah"],
        [[row.label, row.male, row.female, row.total] for row in register.stock],
        [
            "Jumlah",
            sum(row.male for row in register.stock),
            sum(row.female for row in register.stock),
            register.persons,
        ],
        label_share=0.49,
    )
    flows = counts_table(
        ["Rumah tangga dan mutasi", "Jumlah"],
        [
            [f"Rumah tangga PMI (per {as_of:%d-%m-%Y})", register.households],
            ["Rumah tangga baru terdaftar", register.new_households],
            ["Orang baru terdaftar", register.new_persons],
            ["Keberangkatan PMI", register.departures],
            ["Kepulangan PMI", register.returns],
        ],
        None,
    )
    return [
        KeepTogether(
            [
                heading(1, "Data Rumah Tangga PMI"),
                subheading(f"a. Keadaan per {long_date(as_of)} dan mutasi bulan {month}"),
                side_by_side(stock, flows, content_width()),
            ]
        ),
        KeepTogether([subheading(f"b. PMI di luar negeri per {long_date(as_of)}"), abroad_tables(figures)]),
        *register_charts(figures),
    ]


def abroad_tables(figures: MonthlyFigures) -> Flowable:
    register = figures.register
    if not register.by_country and not register.by_sector:
        return paragraph("Belum ada PMI yang tercatat sedang bekerja di luar negeri.")
    return side_by_side(
        ranked_table("Negara tujuan", register.by_country),
        ranked_table("Sektor pekerjaan", register.by_sector),
        content_width(),
    )


def register_charts(figures: MonthlyFigures) -> list[Flowable]:
    """Two charts, each kept whole but free to start a page: the first often still fits on page 1."""
    register, width = figures.register, content_width()
    months = register.monthly
    period = month_name(figures.month)
    if months:
        period = f"{month_name(months[0].month)} s.d. {period}"
    destinations = charts.destinations_chart(
        top_with_rest(register.by_country), width, "PMI di luar negeri menurut negara tujuan"
    )
    movements = charts.movements_chart(months, width, f"Keberangkatan dan kepulangan PMI, {period}")
    return [KeepTogether([subheading("c. Grafik"), destinations]), Spacer(1, 6), movements]
