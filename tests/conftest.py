"""Shared fixtures: every test gets its own data dir; Qt runs headless."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Set before anything imports Qt (DESIGN §7: the test configuration makes GUI tests headless).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desmigratif_desktop.data.database import Database
from desmigratif_desktop.paths import DATA_DIR_ENV, DataPaths
from desmigratif_desktop.services.setup import initialise_district, initialise_village

RENGASPENDAWA = "33.29.15.2007"  # Desa Rengaspendawa, Kec. Larangan, Kab. Brebes
LARANGAN_NIK_PREFIX = "332915"
BREBES = "33.29"


def make_nik(birth: date, sex: str, serial: int = 1, prefix: str = LARANGAN_NIK_PREFIX) -> str:
    """A structurally valid NIK, built from the published rule (day + 40 for women)."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{prefix}{day:02d}{birth:%m}{birth.year % 100:02d}{serial:04d}"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that forgets --data-dir still never touches a real user's data."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def village_db(data_paths: DataPaths) -> Iterator[Database]:
    initialise_village(data_paths, RENGASPENDAWA, "Siti Aminah")
    with Database.open(data_paths) as db:
        yield db


@pytest.fixture
def district_db(tmp_path: Path) -> Iterator[Database]:
    paths = DataPaths(tmp_path / "district")
    initialise_district(paths, BREBES, "Budi Santoso")
    with Database.open(paths) as db:
        yield db
