"""Finds the top-level `resources/` folder in a source tree, an editable install or a PyInstaller build."""

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
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the application")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
