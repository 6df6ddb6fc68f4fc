"""Errors the user can act on, each with a message in Indonesian and what to do next.

Anything that is not a `KnownError` is a bug: the CLI and the GUI show it differently (DESIGN §3).
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desmigratif_desktop.services.validation import Problem


class KnownError(Exception):
    """A problem the user caused or can fix; `message` says what happened, `hint` what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class NotInitialisedError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Data aplikasi belum disiapkan.",
            "Jalankan `desmigratif init --village KODE --officer NAMA` untuk menyiapkannya.",
        )


class AlreadyInitialisedError(KnownError):
    def __init__(self, region_code: str) -> None:
        super().__init__(
            f"Folder data ini sudah disiapkan untuk wilayah {region_code}; tidak ada yang diubah.",
            "Untuk instalasi baru, pakai folder data lain (di baris perintah: --data-dir).",
        )


class UnknownRegionError(KnownError):
    pass


class NotFoundError(KnownError):
    pass


class StillNeededError(KnownError):
    """A delete refused because other records depend on the row (e.g. a person who owns a business)."""


class ValidationError(KnownError):
    """Input that breaks a rule; `problems` holds every error (and warning) by field."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        lines = " ".join(p.message for p in errors)
        super().__init__(f"Data tidak valid: {lines}", "Perbaiki isian lalu simpan lagi.")


class DatabaseLockedError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Basis data sedang dipakai oleh proses lain.",
            "Tutup jendela Desmigratif lain yang memakai data yang sama, lalu coba lagi.",
        )


class DiskFullError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Penyimpanan penuh; perubahan tidak disimpan.",
            "Kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu coba lagi.",
        )


class DatabaseCorruptError(KnownError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"Berkas basis data {path} rusak atau bukan basis data Desmigratif.",
            "Pulihkan dari cadangan: `desmigratif restore BERKAS`.",
        )


class InvalidBackupError(KnownError):
    pass


class FileAccessError(KnownError):
    pass


_OS_REASONS = {
    errno.ENOENT: "tidak ditemukan",
    errno.EACCES: "tidak boleh diakses (izin ditolak)",
    errno.EPERM: "tidak boleh diakses (izin ditolak)",
    errno.EROFS: "berada di penyimpanan yang hanya bisa dibaca",
    errno.ENOTDIR: "salah satu bagian jalurnya adalah berkas, bukan folder",
    errno.EEXIST: "adalah berkas, bukan folder",  # raised by mkdir, the only place we make folders
    errno.EISDIR: "adalah folder, bukan berkas",
}


def from_os_error(error: OSError) -> KnownError:
    """What a failed file operation means for the user, in Indonesian."""
    if error.errno == errno.ENOSPC:
        return DiskFullError()
    reason = _OS_REASONS.get(error.errno or 0, f"tidak bisa dipakai ({error.strerror or error})")
    where = error.filename or "Berkas atau folder"
    return FileAccessError(f"{where} {reason}.", "Periksa jalurnya, atau pilih folder lain.")
