"""The district's recapitulation (rekapitulasi) on A4 landscape: one row per village, then the total.

Layout only: the figures arrive computed in `Recap` (services/recap.py). The head is the district's kop
surat, as on its monthly report; the table repeats its two header rows on every page; the signatures
are the coordinator's, acknowledged by the head of the labour office.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.months import long_date, month_name
from desmigratif_desktop.reports.monthly_pdf import place_of
from desmigratif_desktop.reports.output import Progress, no_progress
from desmigratif_desktop.reports.pdf_style import (
    BODY,
    CELL,
    CELL_BOLD,
    LANDSCAPE,
    NOTE,
    RUNNING,
    SUBTITLE,
    TITLE,
    Signatory,
    build_pdf,
    content_width,
    footer_for,
    grid_table,
    letterhead_flowables,
    paragraph,
    signature_flowables,
    text,
)
from desmigratif_desktop.services.recap import FIGURE_NAMES, Recap, RecapFigures

TITLE_TEXT = "REKAPITULASI DATA DESA MIGRAN PRODUKTIF (DESMIGRATIF)"
HEADER = ParagraphStyle("recap_header", parent=CELL_BOLD, alignment=TA_CENTER, fontSize=8, leading=9.5)
NAME_WIDTHS = (22.0, 92.0, 104.0)  # No, Kecamatan, Desa; the figures share the rest of the width
HEADER_ROWS = 2
FIRST_FIGURE = len(NAME_WIDTHS)


def recap_title(recap: Recap) -> str:
    return f"Rekapitulasi Desmigratif {recap.letterhead.regency_name} {month_name(recap.month)}"


def write_recap_pdf(recap: Recap, out: Path, progress: Progress = no_progress) -> None:
    """Lay the recapitulation out and write it to `out` (atomically, see `build_pdf`)."""
    progress(0, 2)
    # the notes go with the signatures: a page of signatures alone would say nothing of what is signed
    story = [*title_block(recap), recap_table(recap), KeepTogether([*notes(recap), *signatures(recap)])]
    progress(1, 2)
    title = recap_title(recap)
    build_pdf(
        out,
        story,
        title=title,
        footer=footer_for(title, recap.generated_on),
        pagesize=LANDSCAPE,
        author=recap.letterhead.officer_name,
    )
    progress(2, 2)


def title_block(recap: Recap) -> list[Flowable]:
    letterhead = recap.letterhead
    flowables: list[Flowable] = [
        *letterhead_flowables(letterhead, content_width(LANDSCAPE)),
        Paragraph(TITLE_TEXT, TITLE),
        paragraph(letterhead.regency_name.upper(), TITLE),
        paragraph(f"Periode: {month_name(recap.month)}", SUBTITLE),
    ]
    if not recap.complete:  # nobody files a half month as the final figures
        flowables.append(paragraph(f"Bulan belum berakhir: keadaan s.d. {long_date(recap.as_of)}", RUNNING))
    flowables.append(Spacer(1, 6))
    return flowables


# -- the table -----------------------------------------------------------------------------------


def recap_table(recap: Recap) -> Flowable:
    if not recap.rows:
        return paragraph(
            "Belum ada data desa yang diterima Dinas. Data desa sampai ke Dinas melalui sinkronisasi "
            "(menu Sinkronisasi, atau `desmigratif sync import`).",
            BODY,
        )
    body = [
        [str(number), _cell(row.village.subdistrict_name), _cell(row.village.name), *_numbers(row.figures)]
        for number, row in enumerate(recap.rows, start=1)
    ]
    total = [Paragraph("Jumlah", CELL_BOLD), "", "", *_numbers(recap.total)]
    rows = [*_header(recap), *body, total]
    table = grid_table(
        rows,
        _widths(),
        header_rows=HEADER_ROWS,
        right_columns=range(FIRST_FIGURE, FIRST_FIGURE + len(FIGURE_NAMES)),
        total_row=True,
    )
    table.setStyle(TableStyle([*_header_spans(), ("SPAN", (0, -1), (FIRST_FIGURE - 1, -1))]))
    return table


# (title, figures under it): a group spans its figures; a single figure spans both header rows.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Rumah tangga PMI", ("Rumah tangga PMI",)),
    ("PMI per {as_of}", ("Calon PMI", "PMI di luar negeri", "PMI purna")),
    ("Mutasi bulan ini", ("Berangkat", "Pulang")),
    ("Kasus", ("Baru", "Berjalan")),
    ("Usaha produktif aktif", ("Usaha produktif aktif",)),
    ("Anak PMI", ("Anak PMI",)),
    ("Anggota koperasi", ("Anggota koperasi",)),
)
assert sum(len(names) for _, names in GROUPS) == len(FIGURE_NAMES), "a column per figure"


def _header(recap: Recap) -> list[list[object]]:
    top: list[object] = [_head("No"), _head("Kecamatan"), _head("Desa")]
    bottom: list[object] = ["", "", ""]
    for title, names in GROUPS:
        top += [_head(title.format(as_of=f"{recap.as_of:%d-%m-%Y}"))] + [""] * (len(names) - 1)
        bottom += [""] if len(names) == 1 else [_head(name) for name in names]
    return [top, bottom]


def _header_spans() -> list[tuple[object, ...]]:
    spans: list[tuple[object, ...]] = [("SPAN", (column, 0), (column, 1)) for column in range(FIRST_FIGURE)]
    column = FIRST_FIGURE
    for _title, names in GROUPS:
        last = column + len(names) - 1
        spans.append(("SPAN", (column, 0), (last, 0) if len(names) > 1 else (column, 1)))
        column = last + 1
    spans.append(("VALIGN", (0, 0), (-1, HEADER_ROWS - 1), "MIDDLE"))
    return spans


def _widths() -> list[float]:
    figures_width = content_width(LANDSCAPE) - sum(NAME_WIDTHS)
    return [*NAME_WIDTHS, *([figures_width / len(FIGURE_NAMES)] * len(FIGURE_NAMES))]


def _head(title: str) -> Paragraph:
    return Paragraph(text(title), HEADER)


def _cell(value: str) -> Paragraph:
    return Paragraph(text(value), CELL)


def _numbers(figures: RecapFigures) -> list[str]:
    return [format_count(getattr(figures, name)) for name in FIGURE_NAMES]


# -- the foot ------------------------------------------------------------------------------------


def notes(recap: Recap) -> list[Flowable]:
    as_of = long_date(recap.as_of)
    lines = [
        f"Keterangan: calon PMI, PMI di luar negeri, PMI purna, kasus berjalan, usaha aktif, anak PMI dan "
        f"anggota koperasi adalah keadaan per {as_of}; berangkat, pulang dan kasus baru terjadi dalam "
        f"bulan {month_name(recap.month)}.",
        "Angka setiap desa sama dengan laporan bulanan desa tersebut, dihitung dari data desa yang sudah "
        f"diterima Dinas melalui sinkronisasi sampai {long_date(recap.generated_on)}.",
    ]
    return [Spacer(1, 4), *(paragraph(line, NOTE) for line in lines)]


def signatures(recap: Recap) -> list[Flowable]:
    letterhead = recap.letterhead
    dated = f"{place_of(letterhead)}, {long_date(recap.generated_on)}"
    author = Signatory([dated, "Koordinator Desmigratif"], letterhead.officer_name)
    head = Signatory(["Mengetahui,", f"Kepala Dinas Tenaga Kerja {letterhead.regency_name}"])
    return signature_flowables(head, author, content_width(LANDSCAPE))
