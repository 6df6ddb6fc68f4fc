"""Where an installation keeps its files: one data dir, overridable so installs never touch each other."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "DesmigratifDesktop"
DATA_DIR_ENV = "DESMIGRATIF_DATA_DIR"
DB_FILE_NAME = "desmigratif.db"


@dataclass(frozen=True)
class DataPaths:
    data_dir: Path
    log_dir: Path | None = None  # None: a "logs" folder inside the data dir

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.log_dir or self.data_dir / "logs"


def resolve_data_paths(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """`--data-dir` first, then DESMIGRATIF_DATA_DIR, then the platform's user data and log dirs.

    An overridden data dir keeps its logs inside it, so test runs and parallel installs stay apart.
    """
    chosen = cli_value or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    return DataPaths(
        platformdirs.user_data_path(APP_DIR_NAME, appauthor=False),
        platformdirs.user_log_path(APP_DIR_NAME, appauthor=False),
    )
