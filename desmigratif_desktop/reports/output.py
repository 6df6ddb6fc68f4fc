"""Writing a report file safely (see `atomic_file`), with the report's suffix checked first."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desmigratif_desktop.atomic_file import atomic_write
from desmigratif_desktop.errors import FileAccessError, KnownError, from_os_error

# (done, total): the GUI's progress bar; total may grow while a long table is laid out.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    pass


class ReportFileError(FileAccessError):
    pass


@contextlib.contextmanager
def report_file(target: Path, suffix: str) -> Iterator[BinaryIO]:
    """Open a temporary file beside `target` for writing; on success it replaces `target`.

    A target without the expected suffix (".pdf", ".xlsx") is refused before anything is written.
    """
    target = Path(target)
    if target.suffix.lower() != suffix:
        raise ReportFileError(
            f"Nama berkas {target.name} harus berakhiran {suffix}.",
            f"Pilih nama berkas yang berakhiran {suffix}, misalnya laporan{suffix}.",
        )
    if target.is_dir():
        raise ReportFileError(f"{target} adalah folder, bukan berkas.", "Pilih nama berkas.")
    try:
        with atomic_write(target) as handle:
            yield handle
    except OSError as error:
        raise _report_error(error) from error


def _report_error(error: OSError) -> KnownError:
    known = from_os_error(error)
    if isinstance(known, FileAccessError):
        return known
    return KnownError(
        "Penyimpanan penuh; berkas laporan tidak dibuat. Data aplikasi tidak berubah.",
        "Kosongkan ruang di disk atau pilih penyimpanan lain, lalu buat laporannya lagi.",
    )
