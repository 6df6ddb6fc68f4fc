"""argparse in Indonesian. Its messages go through gettext; we answer that lookup for the ones users see.

argparse looks its `_` up at call time, so replacing it is enough; messages not listed stay English.
"""

from __future__ import annotations

import argparse

INDONESIAN = {
    "usage: ": "penggunaan: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak ada (pilih %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak valid (harus %(type)s)",
    "expected one argument": "memerlukan satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s taksa: bisa %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
}


def _translate(message: str) -> str:
    return INDONESIAN.get(message, message)


def speak_indonesian() -> None:
    argparse._ = _translate  # type: ignore[attr-defined]
