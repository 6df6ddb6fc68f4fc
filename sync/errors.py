"""Why a bundle or an identity card was refused, in words an officer can act on."""

from __future__ import annotations

from desmigratif_desktop.errors import KnownError


class BundleRefusedError(KnownError):
    """A bundle that is not applied: nothing in the database changed."""


class IdentityRefusedError(KnownError):
    """An identity card (`keys trust`) that is not trusted: nothing in the database changed."""


class NoKeysError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "Kunci instalasi ini tidak ditemukan di folder data.",
            "Pulihkan folder `keys` dari cadangan, atau buat kunci baru dan tukarkan lagi dengan Dinas.",
        )
