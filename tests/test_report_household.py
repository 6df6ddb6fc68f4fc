"""The household profile as a PDF: households made through the services, the PDF read back with pypdf."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.reports.household_pdf import write_household_pdf
from desmigratif_desktop.services.cases import CaseInput, open_case
from desmigratif_desktop.services.households import HouseholdInput, create_household, update_household
from desmigratif_desktop.services.report_rows import household_profile
from tests.dbtools import scalar
from tests.factories import NEIGHBOUR_KK, add_neighbour
from tests.test_report_register import LETTERHEAD, PRINTED
from tests.test_report_rows import KK_1, KK_2, TODAY, Village, ago, build_village


@pytest.fixture
def village(village_db: Database) -> Village:
    return build_village(village_db)


def profile_text(db: Database, household_id: str, tmp_path: Path) -> tuple[str, int]:
    """The PDF's text with whitespace collapsed, and its page count."""
    out = tmp_path / "profil.pdf"
    write_household_pdf(household_profile(db, household_id, TODAY), LETTERHEAD, out, printed_on=PRINTED)
    pages = pypdf.PdfReader(out).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split()), len(pages)


def label(db: Database, category: str, code: str) -> str:
    return scalar(
        db, "SELECT label_id FROM reference_item WHERE category = :c AND code = :k", c=category, k=code
    )


def day(value: date) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def test_profile_shows_the_household_and_its_members_in_order(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    text, pages = profile_text(village_db, village.household["H1"], tmp_path)

    assert "PROFIL RUMAH TANGGA PMI" in text
    assert "DESA RENGASPENDAWA" in text
    assert f"Nomor KK {KK_1}" in text
    assert "Kepala keluarga Siti Aminah" in text
    assert "Alamat Jl. Melati No. 4" in text and "Dusun Krajan" in text and "RT/RW RT 001/RW 002" in text
    assert "Telepon 0812-3456-7890" in text
    assert "Jumlah anggota 3 orang" in text
    assert "Anggota Rumah Tangga (3 orang)" in text
    positions = [text.index(village.nik[name]) for name in ("Siti Aminah", "Bambang Wijaya", "Dewi Lestari")]
    assert positions == sorted(positions)
    assert f"Siti Aminah {village.nik['Siti Aminah']} P" in text
    assert "12-03-1990" in text
    for code in ("head", "spouse", "child"):
        assert label(village_db, "relationship", code) in text
    assert label(village_db, "education", "senior_secondary") in text
    assert "Petani" in text
    assert f"Halaman 1 dari {pages}" in text


def test_deleted_member_and_their_case_are_left_out(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    text, _pages = profile_text(village_db, village.household["H1"], tmp_path)

    assert "Joko Susilo" not in text
    assert village.nik["Joko Susilo"] not in text
    assert "Sakit di rantau." not in text


def test_profile_lists_the_placements_with_their_details(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    h1, _pages = profile_text(village_db, village.household["H1"], tmp_path)
    h2, _pages = profile_text(village_db, village.household["H2"], tmp_path)

    assert label(village_db, "country", "TW") in h1
    assert label(village_db, "sector", "caregiver") in h1
    assert "Chen Family" in h1 and "PT Sinar Jaya" in h1
    assert f"Berangkat: {day(ago(400))}" in h1
    assert f"Akhir kontrak: {day(ago(400) + timedelta(days=730))}" in h1
    assert "Pulang: -" in h1
    assert "Prosedural: Ya" in h1 and "Paspor: C1234567" in h1 and "BPJS: Ya" in h1

    assert f"Nomor KK {KK_2}" in h2
    hong_kong, malaysia = label(village_db, "country", "HK"), label(village_db, "country", "MY")
    assert h2.index(hong_kong) < h2.index(malaysia)  # newest departure first
    assert f"Berangkat: {day(ago(900))}" in h2 and f"Pulang: {day(ago(100))}" in h2
    assert f"Berangkat: {day(ago(3000))}" in h2 and f"Pulang: {day(ago(2000))}" in h2
    assert "Prosedural: Tidak" in h2 and "BPJS: Tidak" in h2
    assert label(village_db, "country", "KR") not in h2  # that placement was deleted


def test_profile_lists_cases_with_their_follow_up(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    text, _pages = profile_text(village_db, village.household["H1"], tmp_path)

    assert "Kasus dan Pengaduan (2)" in text
    wages, contact = (
        label(village_db, "case_type", "unpaid_wages"),
        label(village_db, "case_type", "lost_contact"),
    )
    assert f"{day(ago(30))} Siti Aminah {wages} Dalam proses" in text
    assert f"{day(ago(300))} Siti Aminah {contact} Baru" in text
    assert text.index(wages) < text.index(contact)
    assert "Uraian: Gaji tiga bulan belum dibayar." in text
    assert f"{day(ago(25))}: Kunjungan ke keluarga" in text
    assert f"{day(ago(20))}: Menghubungi P3MI (Siti Rahayu)" in text
    assert "Tindak lanjut: belum ada." in text


def test_profile_ends_with_the_officers_signature(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    text, _pages = profile_text(village_db, village.household["H1"], tmp_path)

    assert "Rengaspendawa, 23 November 2026 Petugas Desmigratif Siti Rahayu" in text
    assert "Keadaan per 23 November 2026" in text


def test_empty_sections_say_so(village_db: Database, tmp_path: Path) -> None:
    add_neighbour(village_db)  # Warsito, head of his household, never abroad
    household = scalar(village_db, "SELECT id FROM household WHERE kk_number = :kk", kk=NEIGHBOUR_KK)

    text, pages = profile_text(village_db, household, tmp_path)

    assert "Warsito" in text
    assert "Belum ada penempatan tercatat." in text
    assert "Belum ada kasus tercatat." in text
    assert "Kasus dan Pengaduan (0)" in text
    assert pages == 1


def test_household_without_members_prints_cleanly(village_db: Database, tmp_path: Path) -> None:
    household = create_household(village_db, HouseholdInput(kk_number="3329150505050005")).id

    text, pages = profile_text(village_db, household, tmp_path)

    assert "Belum ada anggota rumah tangga tercatat." in text
    assert "Anggota Rumah Tangga (0 orang)" in text
    assert "Kepala keluarga -" in text
    assert pages == 1


def test_notes_print_exactly_as_typed(village_db: Database, village: Village, tmp_path: Path) -> None:
    update_household(
        village_db,
        village.household["H2"],
        HouseholdInput(kk_number=KK_2, dusun="Sukamaju", notes="Rumah <dekat> masjid & pasar"),
    )

    text, _pages = profile_text(village_db, village.household["H2"], tmp_path)

    assert "Catatan Rumah <dekat> masjid & pasar" in text


def test_very_long_notes_and_case_descriptions_print_whole_across_pages(
    village_db: Database, village: Village, tmp_path: Path
) -> None:
    """A long case write-up must never make a family's profile unprintable."""
    notes = " ".join(f"catatan-{n}." for n in range(900))  # about 11,000 characters: pages of notes
    story = " ".join(f"uraian-{n}." for n in range(900))
    update_household(village_db, village.household["H2"], HouseholdInput(kk_number=KK_2, notes=notes))
    member = scalar(
        village_db, "SELECT id FROM person WHERE household_id = :h LIMIT 1", h=village.household["H2"]
    )
    open_case(village_db, CaseInput("lost_contact", TODAY, story, person_id=member))

    text, pages = profile_text(village_db, village.household["H2"], tmp_path)

    assert pages > 2
    words = text.split()
    for prefix in ("catatan", "uraian"):
        printed = [word for word in words if word.startswith(f"{prefix}-")]
        assert printed == [f"{prefix}-{n}." for n in range(900)]  # every sentence once, in order
