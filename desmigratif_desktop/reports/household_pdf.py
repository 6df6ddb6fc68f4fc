"""The household profile (profil rumah tangga PMI) as a PDF, for the family file: A4 portrait.

The household, its members, their placements abroad and their cases with the follow-up actions, then
the officer's signature. A section with nothing to show says so rather than printing an empty table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desmigratif_desktop.formatting import format_count
from desmigratif_desktop.months import long_date
from desmigratif_desktop.reports.pdf_style import (
    BODY,
    BOLD,
    CELL,
    HEADING,
    SMALL,
    SUBTITLE,
    TITLE,
    build_pdf,
    content_width,
    footer_for,
    grid_table,
    letterhead_flowables,
    region_line,
    text,
)
from desmigratif_desktop.services.monthly_figures import Letterhead
from desmigratif_desktop.services.report_rows import (
    CaseLine,
    HouseholdProfile,
    MemberLine,
    PlacementLine,
    full_address,
)

TITLE_TEXT = "PROFIL RUMAH TANGGA PMI"
FRAME_PADDING = 6.0  # SimpleDocTemplate's frame pads its content by 6 pt on every side
SMALL_CELL = ParagraphStyle("household_cell", parent=CELL, fontSize=7.5, leading=9.2)
SMALL_CELL_BOLD = ParagraphStyle("household_cell_bold", parent=SMALL_CELL, fontName=BOLD)
LABEL_CELL = ParagraphStyle("household_label", parent=CELL, fontName=BOLD)
NOTE = ParagraphStyle("household_note", parent=SMALL, alignment=TA_CENTER, spaceBefore=3, spaceAfter=4)
EMPTY = ParagraphStyle("household_empty", parent=BODY, textColor=SMALL.textColor, leftIndent=4)
PRIVACY_NOTE = (
    "Dokumen ini memuat data pribadi (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). "
    "Simpan dalam berkas keluarga dan jangan disebarluaskan."
)


def write_household_pdf(
    profile: HouseholdProfile, letterhead: Letterhead, out: Path, *, printed_on: date
) -> None:
    """Lay one household's profile out and write it to `out` safely."""
    width = content_width() - 2 * FRAME_PADDING
    story: list[Flowable] = [
        *letterhead_flowables(letterhead, width),
        Paragraph(text(TITLE_TEXT), TITLE),
        Paragraph(text(region_line(letterhead)), SUBTITLE),
        Paragraph(text(f"Keadaan per {long_date(printed_on)}"), SUBTITLE),
        Paragraph(text(PRIVACY_NOTE), NOTE),  # under the title: it never needs a page of its own
        *_household_section(profile, width),
        *_members_section(profile.members, width),
        *_placements_section(profile.placements, width),
        *_cases_section(profile.cases, width),
        Spacer(1, 14),
        _signature(letterhead, printed_on, width),
    ]
    title = f"{TITLE_TEXT} · KK {profile.kk_number}"
    build_pdf(out, story, title=title, footer=footer_for(title, printed_on))


def _day(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else "-"


def _yes_no(value: bool) -> str:
    return "Ya" if value else "Tidak"


def _cell(value: object, style: ParagraphStyle = SMALL_CELL) -> Paragraph:
    shown = "-" if value is None or value == "" else value
    return Paragraph(text(shown), style)


def _lines(*parts: str) -> Paragraph:
    """Several values stacked in one cell (already escaped parts, joined with line breaks)."""
    return Paragraph("<br/>".join(parts), SMALL_CELL)


def _empty(sentence: str) -> Paragraph:
    return Paragraph(text(sentence), EMPTY)


def _fitted(widths: Sequence[float], width: float, stretch: int) -> list[float]:
    """`widths` with column `stretch` taking whatever is left of `width`."""
    fitted = list(widths)
    fitted[stretch] = width - (sum(widths) - widths[stretch])
    return fitted


def _smaller(table: Table) -> Table:
    """Narrow paddings for the dense tables (grid_table's header text is re-set to the cell size)."""
    table.setStyle(
        [
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    return table


# -- A. the household ----------------------------------------------------------------------------


def _household_section(profile: HouseholdProfile, width: float) -> list[Flowable]:
    rt_rw = f"RT {profile.rt or '-'}/RW {profile.rw or '-'}" if profile.rt or profile.rw else None
    pairs = [
        ("Nomor KK", profile.kk_number),
        ("Kepala keluarga", profile.head_name),
        ("Alamat", full_address(profile.address, None, None, None)),
        ("Dusun", profile.dusun),
        ("RT/RW", rt_rw),
        ("Telepon", profile.phone),
        ("Jumlah anggota", f"{format_count(len(profile.members))} orang"),
        ("Catatan", profile.notes),
    ]
    rows = [[Paragraph(text(label), LABEL_CELL), _cell(value, CELL)] for label, value in pairs]
    table = Table(rows, colWidths=[110, width - 110], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#c8ced6"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [Paragraph("A. Data Rumah Tangga", HEADING), table]


# -- B. members ----------------------------------------------------------------------------------

_MEMBER_HEADERS = (
    "No",
    "Nama",
    "NIK",
    "L/P",
    "Tempat, tgl lahir",
    "Hubungan",
    "Pendidikan",
    "Pekerjaan",
    "Status",
)
_MEMBER_WIDTHS = (18, 0, 74, 20, 62, 52, 66, 56, 58)


def _members_section(members: Sequence[MemberLine], width: float) -> list[Flowable]:
    heading = Paragraph(f"B. Anggota Rumah Tangga ({format_count(len(members))} orang)", HEADING)
    if not members:
        return [heading, _empty("Belum ada anggota rumah tangga tercatat.")]
    rows: list[list[Any]] = [[_cell(h, SMALL_CELL_BOLD) for h in _MEMBER_HEADERS]]
    for number, member in enumerate(members, start=1):
        birth = ", ".join(part for part in (member.birth_place, _day(member.birth_date)) if part)
        rows.append(
            [
                _cell(number),
                _cell(member.full_name),
                _cell(member.nik),
                _cell(member.sex),
                _cell(birth),
                _cell(member.relationship),
                _cell(member.education),
                _cell(member.occupation),
                _cell(member.status),
            ]
        )
    table = grid_table(rows, _fitted(_MEMBER_WIDTHS, width, stretch=1))
    return [heading, _smaller(table)]


# -- C. placements -------------------------------------------------------------------------------

_PLACEMENT_HEADERS = (
    "No",
    "Nama / negara",
    "Sektor / jabatan",
    "Pemberi kerja",
    "Skema / P3MI",
    "Tanggal",
    "Dokumen",
)
_PLACEMENT_WIDTHS = (16, 92, 78, 62, 60, 94, 0)


def _placements_section(placements: Sequence[PlacementLine], width: float) -> list[Flowable]:
    heading = Paragraph("C. Riwayat Penempatan", HEADING)
    if not placements:
        return [heading, _empty("Belum ada penempatan tercatat.")]
    rows: list[list[Any]] = [[_cell(h, SMALL_CELL_BOLD) for h in _PLACEMENT_HEADERS]]
    for number, placement in enumerate(placements, start=1):
        rows.append(
            [
                _cell(number),
                _lines(f"<b>{text(placement.full_name)}</b>", text(placement.country)),
                _stacked(placement.sector, placement.job_title),
                _cell(placement.employer),
                _stacked(placement.scheme, placement.placement_agency),
                _labelled(
                    ("Berangkat", _day(placement.departure_date)),
                    ("Akhir kontrak", _day(placement.contract_end_date)),
                    ("Pulang", _day(placement.return_date)),
                ),
                _documents(placement),
            ]
        )
    table = grid_table(rows, _fitted(_PLACEMENT_WIDTHS, width, stretch=6))
    return [heading, _smaller(table)]


def _documents(placement: PlacementLine) -> Paragraph:
    pairs: list[tuple[str | None, str]] = [
        ("Prosedural", _yes_no(placement.procedural)),
        ("Paspor", placement.passport_number or "-"),
        ("BPJS", _yes_no(placement.bpjs_member)),
    ]
    if placement.siskop2mi_id:  # a long id: on a line of its own under its label
        pairs += [("SISKOP2MI", ""), (None, placement.siskop2mi_id)]
    return _labelled(*pairs)


def _stacked(first: str, second: str | None) -> Paragraph:
    return _lines(*(text(part) for part in (first or "-", second) if part))


def _labelled(*pairs: tuple[str | None, str]) -> Paragraph:
    """ "Label: value" lines, the label muted; a pair without a label is a value on a line of its own."""
    return _lines(
        *(
            f'<font color="#555555">{text(label)}:</font> {text(value)}' if label else text(value)
            for label, value in pairs
        )
    )


# -- D. cases ------------------------------------------------------------------------------------

_CASE_HEADERS = ("No", "Dilaporkan", "Nama", "Jenis kasus", "Status", "Selesai")
_CASE_WIDTHS = (18, 56, 0, 130, 66, 56)


def _cases_section(cases: Sequence[CaseLine], width: float) -> list[Flowable]:
    heading = Paragraph(f"D. Kasus dan Pengaduan ({format_count(len(cases))})", HEADING)
    if not cases:
        return [heading, _empty("Belum ada kasus tercatat.")]
    rows: list[list[Any]] = [[_cell(h, SMALL_CELL_BOLD) for h in _CASE_HEADERS]]
    details: list[int] = []
    for number, case in enumerate(cases, start=1):
        rows.append(
            [
                _cell(number),
                _cell(_day(case.reported_date)),
                _cell(case.full_name),
                _cell(case.case_type),
                _cell(case.status),
                _cell(_day(case.resolved_date)),
            ]
        )
        details.append(len(rows))
        rows.append(["", _case_detail(case), "", "", "", ""])
    table = grid_table(rows, _fitted(_CASE_WIDTHS, width, stretch=2), zebra=False, split_in_row=True)
    commands: list[tuple[Any, ...]] = []
    for row in details:
        commands += [("SPAN", (1, row), (-1, row)), ("LINEABOVE", (1, row), (-1, row), 0.3, "#d5dbe1")]
        commands.append(("SPAN", (0, row - 1), (0, row)))  # the number stands beside both lines
    table.setStyle(commands)
    return [heading, _smaller(table)]


def _case_detail(case: CaseLine) -> Paragraph:
    parts = [f"<b>Uraian:</b> {text(case.description)}"]
    if case.actions:
        parts.append("<b>Tindak lanjut:</b>")
        for action in case.actions:
            actor = f" ({text(action.actor)})" if action.actor else ""
            parts.append(f"&nbsp;&nbsp;{_day(action.action_date)}: {text(action.description)}{actor}")
    else:
        parts.append("<b>Tindak lanjut:</b> belum ada.")
    return _lines(*parts)


# -- signature -----------------------------------------------------------------------------------


def _signature(letterhead: Letterhead, printed_on: date, width: float) -> Flowable:
    place = letterhead.regency_name if letterhead.district else letterhead.village_name
    role = "Petugas Dinas Tenaga Kerja" if letterhead.district else "Petugas Desmigratif"
    block = [
        Paragraph(text(f"{place}, {long_date(printed_on)}"), BODY),
        Paragraph(text(role), BODY),
        Spacer(1, 42),
        Paragraph(f"<u><b>{text(letterhead.officer_name)}</b></u>", BODY),
    ]
    table = Table([["", block]], colWidths=[width - 200, 200], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([table])
