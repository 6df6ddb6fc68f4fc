"""A rotating log file per installation; personal data is masked before it is written (UU PDP)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desmigratif_desktop.paths import DataPaths

LOG_FILE_NAME = "desmigratif.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class InstallationLog(RotatingFileHandler):
    """The one log file this process writes to (its own class, so it can be found and replaced)."""


def configure_logging(paths: DataPaths) -> Path | None:
    """Log to the installation's log dir; with no writable log dir, log nowhere rather than fail.

    Called again (another data dir, or the same one twice), it replaces its earlier handler: a second
    handler would write every line twice and mask it twice, and masking is the costly part.
    """
    log_file = paths.logs / LOG_FILE_NAME
    root = logging.getLogger()
    for earlier in [h for h in root.handlers if isinstance(h, InstallationLog)]:
        if Path(earlier.baseFilename).resolve() == log_file.resolve():
            return log_file
        root.removeHandler(earlier)
        earlier.close()
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = InstallationLog(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskPersonalData())
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


class MaskPersonalData(logging.Filter):
    """lokal-id's Samaran filter (NIK, names, phones… masked), loaded with the first record.

    Importing it costs a fifth of a second, which start-up should not pay before the window shows.
    """

    def __init__(self) -> None:
        super().__init__()
        self._samaran: logging.Filter | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if self._samaran is None:
            from lokal.samaran.logging import SamaranFilter

            self._samaran = SamaranFilter()
        return bool(self._samaran.filter(record))
