"""The first-start wizard driven as an officer would, and the village search behind it.

Expected villages come from the Kepmendagri 300.2.2-2138/2025 list as published, read by hand:
Desa Rengaspendawa is 33.29.15.2007 in Kecamatan Larangan (33.29.15, eleven villages, the first
Kamal 33.29.15.2001), Kabupaten Brebes (33.29), Jawa Tengah. Brebes has one more "rengas" village,
Rengasbandung (33.29.07.2020, Kecamatan Jatibarang). Three villages are called just "Rengas":
18.02.15.2001 (Lampung), 33.26.13.2017 (Pekalongan) and the kelurahan 36.74.05.1006 (Tangerang Selatan).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from desmigratif_desktop.cli import main
from desmigratif_desktop.data.database import Database
from desmigratif_desktop.errors import AlreadyInitialisedError, KnownError
from desmigratif_desktop.paths import DataPaths
from desmigratif_desktop.reference.regions import (
    VillageIndex,
    find_regency,
    find_village,
    search_regencies,
)
from desmigratif_desktop.services.setup import initialise_village
from desmigratif_desktop.ui import setup_wizard
from desmigratif_desktop.ui.setup_wizard import SetupWizard, run_setup_wizard
from tests.conftest import BREBES, RENGASPENDAWA
from tests.dbtools import query

RENGASBANDUNG = "33.29.07.2020"
EXACTLY_RENGAS = {"18.02.15.2001", "33.26.13.2017", "36.74.05.1006"}
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
PROFILE_BOOKKEEPING = {"id", "created_at", "updated_at", "version", "device_id"}


@pytest.fixture(scope="module")
def index() -> VillageIndex:
    return VillageIndex.build()


def codes(villages: list[Any]) -> list[str]:
    return [village.code for village in villages]


# --- the index ------------------------------------------------------------------------------------------


def test_a_whole_name_finds_the_village_with_its_region(index: VillageIndex) -> None:
    [found] = index.search("Rengaspendawa")
    assert found.code == RENGASPENDAWA
    assert (found.name, found.kind) == ("Rengaspendawa", "desa")
    assert (found.subdistrict_name, found.regency_name, found.province_name) == (
        "Larangan",
        "Kabupaten Brebes",
        "Jawa Tengah",
    )
    assert found == find_village(RENGASPENDAWA)  # the same village the setup service stores


def test_search_ignores_case_and_matches_part_of_a_name(index: VillageIndex) -> None:
    assert RENGASPENDAWA in codes(index.search("RENGASPEN"))
    assert RENGASPENDAWA in codes(index.search("pendawa"))


def test_equal_names_come_first_then_prefixes_then_words_then_anywhere(index: VillageIndex) -> None:
    found = index.search("rengas", limit=100)
    names = [village.name for village in found]
    assert len(found) == 34  # every village with "rengas" anywhere in its name
    assert set(codes(found[:3])) == EXACTLY_RENGAS
    assert names.index("Rengas Abang") < names.index("Rengaspendawa")  # prefixes, alphabetical
    assert names.index("Rengaspendawa") < names.index("Jerambah Rengas")  # then a later word
    assert names.index("Sungai Rengas") < names.index("Engkerengas")  # then inside a word
    assert set(names[-3:]) == {"Engkerengas", "Kerengas", "Pulaurengas"}
    assert next(v for v in found if v.code == "36.74.05.1006").kind == "kelurahan"


def test_the_limit_keeps_the_best_matches(index: VillageIndex) -> None:
    assert set(codes(index.search("rengas", limit=3))) == EXACTLY_RENGAS
    assert index.search("rengas", limit=0) == []


@pytest.mark.parametrize(
    "text",
    [
        "rengas larangan",
        "rengaspendawa brebes",
        "Rengas Kec. Larangan",
        "larangan rengasp",
        "desa rengaspendawa",
    ],
)
def test_a_second_word_narrows_by_sub_district_or_regency(index: VillageIndex, text: str) -> None:
    assert codes(index.search(text)) == [RENGASPENDAWA]


def test_narrowing_by_regency_keeps_every_village_there(index: VillageIndex) -> None:
    expected = {RENGASBANDUNG, RENGASPENDAWA}
    assert set(codes(index.search("rengas brebes"))) == expected
    assert set(codes(index.search("rengas kab. brebes"))) == expected


def test_narrowing_by_a_large_region_keeps_the_ranking(index: VillageIndex) -> None:
    """Jawa Barat, Tengah and Timur hold six "rengas" villages: the exact name first, then A to Z."""
    assert codes(index.search("rengas jawa")) == [
        "33.26.13.2017",  # Rengas
        RENGASBANDUNG,
        "32.15.06.2001",  # Rengasdengklok Selatan
        "32.15.06.2002",  # Rengasdengklok Utara
        "32.01.22.2008",  # Rengasjajar
        RENGASPENDAWA,
    ]


def test_a_code_or_code_prefix_lists_the_villages_in_code_order(index: VillageIndex) -> None:
    larangan = index.search("33.29.15")
    assert len(larangan) == 11
    assert codes(larangan) == sorted(codes(larangan))
    assert larangan[0].code == "33.29.15.2001" and larangan[0].name == "Kamal"
    assert RENGASPENDAWA in codes(larangan)
    assert codes(index.search(RENGASPENDAWA)) == [RENGASPENDAWA]
    assert codes(index.search("3329152007")) == [RENGASPENDAWA]


@pytest.mark.parametrize("text", ["xyzzy", "rengaspendawa bali", "99.99", "", "   ", "-"])
def test_nothing_found(index: VillageIndex, text: str) -> None:
    assert index.search(text) == []


def test_regencies_by_name_kind_or_code() -> None:
    assert codes(search_regencies("brebes")) == [BREBES]
    assert search_regencies("Brebes")[0] == find_regency(BREBES)
    assert codes(search_regencies("bogor")) == ["32.01", "32.71"]  # Kabupaten Bogor, Kota Bogor
    assert codes(search_regencies("kota bogor")) == ["32.71"]
    assert codes(search_regencies("kab bogor")) == ["32.01"]
    assert codes(search_regencies("33.29")) == [BREBES]
    assert codes(search_regencies(RENGASPENDAWA)) == [BREBES]
    assert search_regencies("xyzzy") == []


# --- the wizard -----------------------------------------------------------------------------------------


@pytest.fixture
def wizard(qtbot: QtBot, data_paths: DataPaths) -> SetupWizard:
    shown = SetupWizard(data_paths)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the radio button's circle, as a person would (its widget is wider than circle and text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def search_for(qtbot: QtBot, wizard: SetupWizard, text: str) -> None:
    field = wizard.region_page.search
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: any(text.split()[0].lower() in row.lower() for row in result_rows(wizard)))


def result_rows(wizard: SetupWizard) -> list[str]:
    results = wizard.region_page.results
    return [results.item(row).text() for row in range(results.count())]


def pick(qtbot: QtBot, wizard: SetupWizard, code: str) -> None:
    results = wizard.region_page.results
    [item] = [results.item(row) for row in range(results.count()) if f"({code})" in results.item(row).text()]
    results.scrollToItem(item)
    where = results.visualItemRect(item).center()
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert results.selectedItems() == [item]


def type_officer(qtbot: QtBot, wizard: SetupWizard, name: str) -> None:
    qtbot.keyClicks(wizard.officer_page.name, name)


def finish(qtbot: QtBot, wizard: SetupWizard) -> None:
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        click(qtbot, wizard, FINISH)


def set_up_village(qtbot: QtBot, wizard: SetupWizard, text: str, officer: str = "Siti Aminah") -> None:
    choose(qtbot, wizard.role_page.village_button)
    click(qtbot, wizard, NEXT)
    search_for(qtbot, wizard, text)
    pick(qtbot, wizard, RENGASPENDAWA)
    click(qtbot, wizard, NEXT)
    type_officer(qtbot, wizard, officer)
    finish(qtbot, wizard)


def installation_of(paths: DataPaths) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with Database.open(paths) as db:
        installation = db.require_installation().model_dump()
        profiles = query(db, "SELECT * FROM village_profile")
    kept = [{k: v for k, v in row.items() if k not in PROFILE_BOOKKEEPING} for row in profiles]
    return installation, kept


@pytest.mark.parametrize("text", ["rengasp", "rengas larangan"])
def test_an_officer_sets_up_a_village(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths, text: str
) -> None:
    set_up_village(qtbot, wizard, text)
    assert not wizard.isVisible()
    installation, [profile] = installation_of(data_paths)
    assert installation["role"] == "village"
    assert installation["region_code"] == RENGASPENDAWA
    assert installation["officer_name"] == "Siti Aminah"
    assert profile["code"] == RENGASPENDAWA and profile["name"] == "Rengaspendawa"
    assert wizard.installation is not None and wizard.installation.region_code == RENGASPENDAWA


def test_the_wizard_and_init_make_the_same_installation(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths, tmp_path: Path
) -> None:
    set_up_village(qtbot, wizard, "rengaspendawa", officer="  Siti   Aminah ")
    by_cli = DataPaths(tmp_path / "by-cli")
    assert (
        main(
            [
                "--data-dir",
                str(by_cli.data_dir),
                "init",
                "--village",
                RENGASPENDAWA,
                "--officer",
                "Siti Aminah",
            ]
        )
        == 0
    )
    by_service = DataPaths(tmp_path / "by-service")
    initialise_village(by_service, RENGASPENDAWA, "Siti Aminah")

    (from_wizard, wizard_profile), (from_cli, cli_profile) = (
        installation_of(data_paths),
        installation_of(by_cli),
    )
    identity = ("role", "region_code", "region_name", "officer_name")
    assert [from_wizard[k] for k in identity] == [from_cli[k] for k in identity]
    assert [from_wizard[k] for k in identity] == [installation_of(by_service)[0][k] for k in identity]
    assert wizard_profile == cli_profile == installation_of(by_service)[1]
    assert wizard_profile[0]["officer_name"] == "Siti Aminah"  # cleaned by the service, as on the CLI


def test_a_district_office_chooses_its_regency(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths, tmp_path: Path
) -> None:
    choose(qtbot, wizard.role_page.district_button)
    click(qtbot, wizard, NEXT)
    assert "regency" in wizard.region_page.title().lower()
    search_for(qtbot, wizard, "brebes")
    assert result_rows(wizard) == ["Kabupaten Brebes, Jawa Tengah (33.29)"]
    pick(qtbot, wizard, BREBES)
    click(qtbot, wizard, NEXT)
    type_officer(qtbot, wizard, "Budi Santoso")
    finish(qtbot, wizard)
    installation, profiles = installation_of(data_paths)
    by_cli = DataPaths(tmp_path / "by-cli")
    argv = ["--data-dir", str(by_cli.data_dir), "init", "--role", "district", "--district", BREBES]
    assert main([*argv, "--officer", "Budi Santoso"]) == 0
    expected, _ = installation_of(by_cli)
    assert (installation["role"], installation["region_code"]) == ("district", BREBES)
    assert installation["region_name"] == expected["region_name"] == "Dinas Kabupaten Brebes, Jawa Tengah"
    assert profiles == []


def test_next_needs_one_selected_village(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, NEXT)
    assert not wizard.button(NEXT).isEnabled()
    search_for(qtbot, wizard, "rengas")
    assert "Rengaspendawa — Larangan sub-district, Kab. Brebes, Jawa Tengah (33.29.15.2007)" in result_rows(
        wizard
    )
    assert not wizard.button(NEXT).isEnabled()  # 34 matches: the officer has to choose
    pick(qtbot, wizard, RENGASPENDAWA)
    assert wizard.button(NEXT).isEnabled()
    qtbot.keyClicks(wizard.region_page.search, "p")  # "rengasp": still in the list, still selected
    qtbot.waitUntil(lambda: len(result_rows(wizard)) < 34)
    assert wizard.region_page.selected() == find_village(RENGASPENDAWA)
    wizard.region_page.search.clear()
    qtbot.keyClicks(wizard.region_page.search, "xyzzy rengas")
    qtbot.waitUntil(lambda: "Nothing matches" in wizard.region_page.status.text())
    assert result_rows(wizard) == [] and not wizard.button(NEXT).isEnabled()


def test_a_single_match_is_selected_for_the_officer(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, NEXT)
    search_for(qtbot, wizard, "rengaspendawa brebes")
    assert wizard.region_page.selected() == find_village(RENGASPENDAWA)
    assert wizard.button(NEXT).isEnabled()


def test_changing_the_role_starts_a_new_search(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, NEXT)
    search_for(qtbot, wizard, "brebes")
    assert all("sub-district" in row for row in result_rows(wizard))  # villages: Brebes, Sawah Brebes
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    choose(qtbot, wizard.role_page.district_button)
    click(qtbot, wizard, NEXT)
    assert wizard.region_page.search.text() == "" and result_rows(wizard) == []
    search_for(qtbot, wizard, "brebes")
    assert result_rows(wizard) == ["Kabupaten Brebes, Jawa Tengah (33.29)"]


def test_typing_fast_searches_once_after_a_pause(
    qtbot: QtBot, wizard: SetupWizard, index: VillageIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    click(qtbot, wizard, NEXT)
    searched: list[str] = []
    real_search = index.search

    def spy(text: str, limit: int = 50) -> list[Any]:
        searched.append(text)
        return real_search(text, limit)

    monkeypatch.setattr(index, "search", spy)
    search_for(qtbot, wizard, "rengaspendawa")
    assert searched == ["rengaspendawa"]


def test_an_empty_officer_name_keeps_finish_disabled(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, NEXT)
    search_for(qtbot, wizard, "rengaspendawa")
    click(qtbot, wizard, NEXT)
    page = wizard.officer_page
    assert "Rengaspendawa" in page.region.text()
    assert not wizard.button(FINISH).isEnabled()
    assert page.messages.text("officer_name") == ""  # no scolding before the first key
    type_officer(qtbot, wizard, "Si")
    assert wizard.button(FINISH).isEnabled()
    qtbot.keyClick(page.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.name, Qt.Key.Key_Backspace)
    assert page.messages.text("officer_name") == "Nama petugas wajib diisi."
    assert not wizard.button(FINISH).isEnabled()
    type_officer(qtbot, wizard, "   ")
    assert page.messages.text("officer_name") == "Nama petugas wajib diisi."
    assert not wizard.button(FINISH).isEnabled()
    type_officer(qtbot, wizard, "x" * 101)
    assert "paling banyak 100 huruf" in page.messages.text("officer_name")
    assert not wizard.button(FINISH).isEnabled()


def test_a_known_error_is_shown_and_the_wizard_stays_open(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    initialise_village(data_paths, "33.29.15.2001", "Someone Else")  # e.g. set up meanwhile from the CLI
    shown: list[BaseException] = []
    monkeypatch.setattr(setup_wizard, "show_error", lambda _parent, error: shown.append(error))
    click(qtbot, wizard, NEXT)
    search_for(qtbot, wizard, "rengaspendawa")
    click(qtbot, wizard, NEXT)
    type_officer(qtbot, wizard, "Siti Aminah")
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], AlreadyInitialisedError) and isinstance(shown[0], KnownError)
    assert wizard.isVisible() and wizard.result() == 0
    assert wizard.button(FINISH).isEnabled()  # the officer can go back and change something
    assert installation_of(data_paths)[0]["region_code"] == "33.29.15.2001"  # nothing was changed


@pytest.fixture
def slow_index(monkeypatch: pytest.MonkeyPatch, index: VillageIndex) -> Iterator[threading.Event]:
    """The index as on a first start: not built yet, and building until the test lets it finish."""
    release = threading.Event()

    def build() -> VillageIndex:
        release.wait(10)
        return index

    monkeypatch.setattr(VillageIndex, "cached", classmethod(lambda cls: None))
    monkeypatch.setattr(VillageIndex, "build", classmethod(lambda cls: build()))
    yield release
    release.set()  # never leave a pool thread waiting


def test_the_officer_can_type_while_the_list_is_loading(
    qtbot: QtBot, slow_index: threading.Event, wizard: SetupWizard
) -> None:
    click(qtbot, wizard, NEXT)
    page = wizard.region_page
    assert page.status.text() == "Loading the list of regions…"
    qtbot.keyClicks(page.search, "rengas larangan")
    qtbot.wait(300)  # the UI thread stays free: the search timer fires and finds no index yet
    assert result_rows(wizard) == [] and not wizard.button(NEXT).isEnabled()
    slow_index.set()
    qtbot.waitUntil(lambda: wizard.region_page.selected() is not None)
    assert wizard.region_page.selected() == find_village(RENGASPENDAWA)


def test_a_list_that_cannot_be_loaded_is_explained(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(cls: type[VillageIndex]) -> VillageIndex:
        raise OSError(5, "Input/output error")

    shown: list[BaseException] = []
    monkeypatch.setattr(setup_wizard, "show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(VillageIndex, "cached", classmethod(lambda cls: None))
    monkeypatch.setattr(VillageIndex, "build", classmethod(broken))
    wizard = SetupWizard(data_paths)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], OSError)  # show_error turns it into a known error (disk) message
    click(qtbot, wizard, NEXT)
    assert wizard.region_page.status.text() == "The list of regions could not be loaded."
    assert not wizard.button(NEXT).isEnabled()


def when_wizard_shows(act: Callable[[SetupWizard], None]) -> None:
    def poll() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, SetupWizard) and shown.isVisible():
            act(shown)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_run_setup_wizard_says_whether_the_officer_finished(
    qtbot: QtBot, data_paths: DataPaths, tmp_path: Path
) -> None:
    when_wizard_shows(lambda shown: shown.reject())
    assert run_setup_wizard(data_paths) is False

    def complete(shown: SetupWizard) -> None:
        shown.next()
        shown.region_page.search.setText(RENGASPENDAWA)
        qtbot.waitUntil(lambda: shown.region_page.selected() is not None)
        shown.next()
        shown.officer_page.name.setText("Siti Aminah")
        shown.button(FINISH).click()

    when_wizard_shows(complete)
    assert run_setup_wizard(data_paths) is True
    assert installation_of(data_paths)[0]["region_code"] == RENGASPENDAWA
