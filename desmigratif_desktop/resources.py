"""Finds the `resources/` folder: in a PyInstaller build, an installed wheel, or a source tree."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package = Path(__file__).resolve().parent
    candidates.append(package / "_resources")  # an installed wheel (see pyproject.toml)
    candidates.append(package.parent / "resources")  # a source tree or an editable install
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the application")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
