"""Writing a report file safely: to a temporary name beside it, then renamed over the target.

A power cut or a full USB stick leaves the old file (or none), never a torn PDF that looks complete.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

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
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as error:
        _remove_quietly(partial)
        raise _report_error(error) from error
    except BaseException:
        _remove_quietly(partial)
        raise


def _report_error(error: OSError) -> KnownError:
    known = from_os_error(error)
    if isinstance(known, FileAccessError):
        return known
    return KnownError(
        "Penyimpanan penuh; berkas laporan tidak dibuat. Data aplikasi tidak berubah.",
        "Kosongkan ruang di disk atau pilih penyimpanan lain, lalu buat laporannya lagi.",
    )


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
