"""Per-installation UI settings (window geometry, language), kept in the data dir beside the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desmigratif_desktop.paths import DataPaths

LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "window/geometry"
LANGUAGES = ("id", "en")


def app_settings(paths: DataPaths) -> QSettings:
    return QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)


def language(paths: DataPaths) -> str:
    chosen = str(app_settings(paths).value(LANGUAGE_KEY, "id"))
    return chosen if chosen in LANGUAGES else "id"
