"""The details printed on every report (officer, village head, office address and phone): service,
command line and the Pengaturan form, each checked against the database and the printed PDF."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import ValidationError
from desmigratif_desktop.reports.documents import monthly_report
from desmigratif_desktop.services.office_details import (
    OfficeDetails,
    office_details,
    save_office_details,
)
from desmigratif_desktop.ui.settings_page import SettingsPage
from tests.dbtools import count_rows, logical_dump, query
from tests.gui_helpers import click, type_into
from tests.test_cli import run

HEAD = "H. Slamet Riyadi"


def _profile_log(db: Database) -> list[dict]:
    return query(db, "SELECT payload FROM change_log WHERE entity = 'village_profile' ORDER BY seq")


def test_a_village_saves_its_head_address_and_phone_through_the_change_log(village_db: Database) -> None:
    before = len(_profile_log(village_db))
    saved = save_office_details(
        village_db,
        OfficeDetails("  Siti  Rahayu ", HEAD, "Jl. Raya Rengaspendawa No. 1", "0812 3456 7890"),
    )
    row = query(village_db, "SELECT * FROM village_profile")[0]
    assert (row["officer_name"], row["village_head_name"], row["address"]) == (
        "Siti Rahayu",
        HEAD,
        "Jl. Raya Rengaspendawa No. 1",
    )
    assert row["phone"] == saved.phone and row["phone"].replace("-", "").startswith("0812")
    assert query(village_db, "SELECT officer_name FROM installation")[0]["officer_name"] == "Siti Rahayu"
    log = _profile_log(village_db)
    assert len(log) == before + 1
    assert json.loads(log[-1]["payload"])["village_head_name"] == HEAD
    assert office_details(village_db) == (saved, True)


def test_saving_the_same_details_again_sends_nothing(village_db: Database) -> None:
    details = OfficeDetails("Siti", HEAD)
    save_office_details(village_db, details)
    entries = count_rows(village_db.paths.database, "change_log")
    save_office_details(village_db, replace(details, village_head_name=f" {HEAD} "))
    assert count_rows(village_db.paths.database, "change_log") == entries


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (OfficeDetails(""), "officer_name"),
        (OfficeDetails("Siti", phone="12"), "phone"),
        (OfficeDetails("Siti", village_head_name="x" * 101), "village_head_name"),
        (OfficeDetails("Siti", address="Jl. " * 60), "address"),
    ],
)
def test_bad_details_are_refused_and_change_nothing(
    village_db: Database, details: OfficeDetails, field: str
) -> None:
    before = logical_dump(village_db.paths.database)
    with pytest.raises(ValidationError) as refused:
        save_office_details(village_db, details)
    assert [problem.field for problem in refused.value.problems] == [field]
    assert logical_dump(village_db.paths.database) == before


def test_a_district_office_keeps_only_its_officer(district_db: Database) -> None:
    assert office_details(district_db) == (OfficeDetails("Budi Santoso"), False)
    saved = save_office_details(district_db, OfficeDetails("Rina Wati", HEAD, "Jl. Dinas", None))
    assert saved == OfficeDetails("Rina Wati")
    assert query(district_db, "SELECT officer_name FROM installation")[0]["officer_name"] == "Rina Wati"
    assert count_rows(district_db.paths.database, "village_profile") == 0


def test_the_monthly_report_is_signed_by_the_saved_names(village_db: Database, tmp_path: Path) -> None:
    save_office_details(village_db, OfficeDetails("Siti Rahayu", HEAD, "Jl. Raya No. 1", "0283-555123"))
    out = monthly_report(village_db, "2024-01", tmp_path / "laporan.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jl. Raya No. 1" in text
    assert HEAD in text.split("Mengetahui,")[1]
    assert "Siti Rahayu" in text.split("Petugas Desmigratif")[1]


# -- the command line -----------------------------------------------------------------------------


def test_profile_command_shows_and_changes_only_what_is_given(
    capsys: pytest.CaptureFixture[str], village_db: Database
) -> None:
    data_dir = str(village_db.paths.data_dir)
    code, out, err = run(capsys, "--data-dir", data_dir, "profile", "--head", HEAD)
    assert code == 0, err
    assert HEAD in out
    code, out, _ = run(capsys, "--data-dir", data_dir, "profile", "--address", "Jl. Balai Desa")
    assert code == 0
    row = query(village_db, "SELECT village_head_name, address FROM village_profile")[0]
    assert (row["village_head_name"], row["address"]) == (HEAD, "Jl. Balai Desa")


def test_profile_command_refuses_a_bad_phone_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], village_db: Database
) -> None:
    before = logical_dump(village_db.paths.database)
    code, _, err = run(capsys, "--data-dir", str(village_db.paths.data_dir), "profile", "--phone", "12")
    assert code == 1
    assert "Nomor telepon tidak valid" in err
    assert logical_dump(village_db.paths.database) == before


def test_profile_command_at_a_district_takes_only_the_officer(
    capsys: pytest.CaptureFixture[str], district_db: Database
) -> None:
    before = logical_dump(district_db.paths.database)
    code, _, err = run(capsys, "--data-dir", str(district_db.paths.data_dir), "profile", "--head", HEAD)
    assert code == 2
    assert "--officer" in err
    assert logical_dump(district_db.paths.database) == before


# -- the Pengaturan form --------------------------------------------------------------------------


def test_the_settings_form_saves_the_village_head(qtbot: QtBot, village_db: Database) -> None:
    page = SettingsPage(village_db)
    qtbot.addWidget(page)
    page.show()
    box = page.office_details
    type_into(box, "village_head_name", HEAD)
    type_into(box, "phone", "12")
    assert not box.save_button.isEnabled()
    assert "Nomor telepon tidak valid" in box.messages.text("phone")
    type_into(box, "phone", "0283-555123")
    with qtbot.waitSignal(page.data_changed):
        click(qtbot, box, "save_office_details")
    assert box.status.text() == "Saved."
    row = query(village_db, "SELECT village_head_name, phone FROM village_profile")[0]
    assert row["village_head_name"] == HEAD
    assert box.phone.text() == row["phone"]  # the form shows the number as stored
