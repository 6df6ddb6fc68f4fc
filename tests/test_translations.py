"""Every visible string has an Indonesian translation, and the compiled file matches its source."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desmigratif_desktop.app import install_translator
from desmigratif_desktop.data.database import Database

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desmigratif_id.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent
SOURCES = [
    *sorted((ROOT / "desmigratif_desktop" / "ui").glob("*.py")),
    ROOT / "desmigratif_desktop" / "app.py",
]


def untranslated(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or "").strip():
                problems.append(f"{name}: {message.findtext('source')!r}")
    return problems


def test_every_string_in_the_screens_has_an_indonesian_translation(tmp_path: Path) -> None:
    """Extract the strings from today's code into a copy of the .ts: nothing may come out unfinished."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [TOOLS / "pyside6-lupdate", "-locations", "none", "-no-obsolete", *SOURCES, "-ts", fresh],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert untranslated(fresh) == [], "run `make translations` and translate the new strings"
    sources = sum(1 for _ in ET.parse(fresh).getroot().iter("message"))
    assert sources > 200  # the extraction really ran over the screens


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "id.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", TS, "-qm", compiled], check=True, capture_output=True, timeout=60
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations` to rebuild the .qm"


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "id")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


def test_the_window_speaks_indonesian_by_default(
    qtbot: QtBot, village_db: Database, indonesian: None
) -> None:
    from desmigratif_desktop.ui.main_window import MainWindow

    window = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Beranda",
        "Rumah Tangga PMI",
        "Layanan Migrasi",
        "Usaha Produktif",
        "Community Parenting",
        "Koperasi",
        "Kasus",
        "Laporan",
        "Sinkronisasi",
        "Pengaturan",
    ]  # DESIGN §6


def test_english_can_be_chosen(qtbot: QtBot, village_db: Database, qapp: QApplication) -> None:
    from desmigratif_desktop.ui.main_window import MainWindow

    assert install_translator(qapp, "en") is None
    window = MainWindow(village_db.paths, village_db)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Home"
