"""The log file: one line per record, in the current installation's file, with personal data masked."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desmigratif_desktop.logs import LOG_FILE_NAME, InstallationLog, configure_logging
from desmigratif_desktop.paths import DataPaths

NIK = "3329154101900001"


@pytest.fixture(autouse=True)
def _restore_root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_configured_twice_a_record_is_written_once(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "desa")
    configure_logging(paths)
    configure_logging(paths)
    logging.getLogger("test").info("satu baris")
    _flush()
    log_text = (paths.logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert log_text.count("satu baris") == 1


def test_a_second_data_dir_takes_over_the_log(tmp_path: Path) -> None:
    first, second = DataPaths(tmp_path / "a"), DataPaths(tmp_path / "b")
    configure_logging(first)
    configure_logging(second)
    logging.getLogger("test").info("untuk b")
    _flush()
    assert "untuk b" not in (first.logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "untuk b" in (second.logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert sum(isinstance(h, InstallationLog) for h in logging.getLogger().handlers) == 1


def test_a_nik_never_reaches_the_file(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "desa")
    configure_logging(paths)
    logging.getLogger("test").info("NIK %s disimpan", NIK)
    _flush()
    log_text = (paths.logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "disimpan" in log_text and NIK not in log_text
