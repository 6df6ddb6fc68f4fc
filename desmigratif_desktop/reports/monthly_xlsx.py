"""The monthly report's tables as an Excel workbook: one sheet per section, numbers kept as numbers.

The district office adds the villages' figures up in Excel, so every count and amount is a real number
(formatted, never text) and every total is written as a value: it shows in any viewer, formulas or not.
Section titles are the PDF's, so a reader can put the paper and the workbook side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from desmigratif_desktop.months import long_date, month_name
from desmigratif_desktop.reports.monthly_xlsx_pillars import (
    write_businesses,
    write_cases,
    write_cooperative,
    write_parenting,
    write_services,
)
from desmigratif_desktop.reports.pdf_style import region_line
from desmigratif_desktop.reports.xlsx_style import (
    COUNT_FORMAT,
    DATE_FORMAT,
    SECTION_WIDTHS,
    SheetCursor,
    counted_rows,
    describe_workbook,
    print_on_a4,
    save_workbook,
    total_of,
)
from desmigratif_desktop.services.monthly_figures import Letterhead, MonthlyFigures

TITLE = "LAPORAN BULANAN DESA MIGRAN PRODUKTIF (DESMIGRATIF)"
C = COUNT_FORMAT
SERIES_COLOURS = ("2B6CB0", "C05621")  # departures, returns: the PDF chart's colours

SectionWriter = Callable[[SheetCursor, MonthlyFigures], None]


def write_monthly_xlsx(figures: MonthlyFigures, out: Path) -> None:
    """Write the workbook: "Keterangan" (who, which period), then the six sections' sheets."""
    workbook = Workbook()
    describe_workbook(workbook, f"Laporan Bulanan Desmigratif {month_name(figures.month)}")
    about = workbook.active
    about.title = "Keterangan"
    print_on_a4(about, landscape=False)
    _write_about(SheetCursor(about, (30, 60)), figures)
    for sheet_name, heading, writer in SECTIONS:
        sheet = workbook.create_sheet(sheet_name)
        print_on_a4(sheet, landscape=False)
        cursor = SheetCursor(sheet, SECTION_WIDTHS)
        _section_top(cursor, heading, figures)
        writer(cursor, figures)
    save_workbook(workbook, out)


def report_title(letterhead: Letterhead) -> str:
    """A district office's recapitulation names its regency."""
    return f"{TITLE} {letterhead.regency_name.upper()}" if letterhead.district else TITLE


def period_line(figures: MonthlyFigures) -> str:
    """While the month still runs, say so: nobody must take it for the final figures."""
    running = "" if figures.complete else f" (keadaan s.d. {long_date(figures.as_of)})"
    return f"Periode: {month_name(figures.month)}{running}"


def _section_top(cursor: SheetCursor, heading: str, figures: MonthlyFigures) -> None:
    cursor.title(heading)
    cursor.line(period_line(figures))
    cursor.line(region_line(figures.letterhead))


def _write_about(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    letterhead = figures.letterhead
    cursor.title(report_title(letterhead))
    cursor.line(period_line(figures))
    cursor.heading("Keterangan laporan")
    status = "Final (bulan sudah berakhir)" if figures.complete else "Sementara (bulan masih berjalan)"
    cursor.pairs(
        [
            ("Periode", month_name(figures.month), None),
            ("Kode periode", figures.month, None),
            ("Keadaan per", figures.as_of, DATE_FORMAT),
            ("Status laporan", status, None),
            ("Dibuat pada", figures.generated_on, DATE_FORMAT),
        ]
    )
    cursor.heading("Wilayah dan petugas")
    cursor.pairs([(label, value, None) for label, value in _who_and_where(letterhead)])
    cursor.heading("Isi buku kerja")
    cursor.table(("Lembar", "Isi"), [(name, heading) for name, heading, _ in SECTIONS], (None, None))


def _who_and_where(letterhead: Letterhead) -> list[tuple[str, str]]:
    rows = [("Kode wilayah", letterhead.region_code)]
    if not letterhead.district:
        rows += [("Desa", letterhead.village_name), ("Kecamatan", letterhead.subdistrict_name)]
    rows += [("Kabupaten/Kota", letterhead.regency_name), ("Provinsi", letterhead.province_name)]
    if letterhead.address:
        rows.append(("Alamat kantor", letterhead.address))
    if letterhead.phone:
        rows.append(("Telepon", letterhead.phone))
    if letterhead.district:
        rows.append(("Koordinator Desmigratif", letterhead.officer_name))
    else:
        rows.append(("Petugas Desmigratif", letterhead.officer_name))
        rows.append(("Kepala Desa", letterhead.village_head_name or "(belum dicatat)"))
    return rows


# -- 1. the register ---------------------------------------------------------------------------


def _write_register(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    register = figures.register
    cursor.heading(f"Keadaan per {long_date(figures.as_of)}")
    stock = [(row.label, row.male, row.female, row.total) for row in register.stock]
    cursor.table(
        ("Status", "Laki-laki", "Perempuan", "Jumlah"), stock, (None, C, C, C), total=total_of(stock)
    )
    cursor.skip()
    cursor.pairs([("Rumah tangga PMI", register.households, C)])
    cursor.heading(f"Perubahan dalam bulan {month_name(figures.month)}")
    cursor.pairs(
        [
            ("Rumah tangga baru terdaftar", register.new_households, C),
            ("Orang baru terdaftar", register.new_persons, C),
            ("Keberangkatan (penempatan dimulai)", register.departures, C),
            ("Kepulangan (penempatan berakhir)", register.returns, C),
        ],
        header=("Uraian", "Jumlah"),
    )
    cursor.heading("PMI di luar negeri menurut negara tujuan")
    _counted_table(
        cursor, ("Negara tujuan", "Jumlah PMI"), register.by_country, "Belum ada PMI di luar negeri."
    )
    cursor.heading("PMI di luar negeri menurut sektor pekerjaan")
    _counted_table(
        cursor, ("Sektor pekerjaan", "Jumlah PMI"), register.by_sector, "Belum ada PMI di luar negeri."
    )
    _write_twelve_months(cursor, figures)


def _write_twelve_months(cursor: SheetCursor, figures: MonthlyFigures) -> None:
    cursor.heading("Keberangkatan dan kepulangan 12 bulan terakhir")
    if not figures.register.monthly:
        cursor.note("Belum ada data.")
        return
    top = cursor.row
    rows = [(month_name(m.month), m.departures, m.returns) for m in figures.register.monthly]
    total = total_of(rows)
    first, last = cursor.table(("Bulan", "Berangkat", "Pulang"), rows, (None, C, C), total=total)
    if total[1] or total[2]:  # twelve months of nothing: the zeros say it, an empty chart would not
        cursor.sheet.add_chart(_movements_chart(cursor, first, last), f"F{top}")


def _movements_chart(cursor: SheetCursor, first: int, last: int) -> BarChart:
    """Grouped bars, as in the PDF: departures and returns side by side for each month."""
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = "Keberangkatan dan kepulangan"
    chart.y_axis.title = "Orang"
    chart.y_axis.numFmt = "0"
    chart.legend.position = "b"
    # openpyxl leaves the axes' "delete" unset, and recent Excel then hides both axes
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(cursor.sheet, min_col=2, max_col=3, min_row=first - 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    for series, colour in zip(chart.series, SERIES_COLOURS, strict=True):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.set_categories(Reference(cursor.sheet, min_col=1, min_row=first, max_row=last))
    chart.width, chart.height = 18, 8  # cm
    return chart


def _counted_table(
    cursor: SheetCursor, header: Sequence[str], counts: Sequence[tuple[str, str, int]], empty_note: str
) -> None:
    """A label/count table with its total; a note instead when there is nothing to count."""
    if not counts:
        cursor.note(empty_note)
        return
    rows = counted_rows(counts)
    cursor.table(header, rows, (None, C), total=total_of(rows))


SECTIONS: tuple[tuple[str, str, SectionWriter], ...] = (
    ("Rumah Tangga PMI", "1. Data Rumah Tangga PMI", _write_register),
    ("Layanan Migrasi", "2. Pilar 1 Layanan Migrasi", write_services),
    ("Usaha Produktif", "3. Pilar 2 Usaha Produktif", write_businesses),
    ("Parenting", "4. Pilar 3 Community Parenting", write_parenting),
    ("Koperasi", "5. Pilar 4 Koperasi", write_cooperative),
    ("Kasus", "6. Kasus / Pengaduan", write_cases),
)
