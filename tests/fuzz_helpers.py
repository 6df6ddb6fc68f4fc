"""What the fuzz tests share: their hypothesis settings, and what an Indonesian message looks like."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from hypothesis import HealthCheck, settings

# The examples are the same on every run (derandomized, as the other hypothesis tests here);
# DESMIGRATIF_FUZZ=N draws new ones at random, N times as many, when hunting.
_HUNT = int(os.environ.get("DESMIGRATIF_FUZZ", "0") or 0)


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples * max(_HUNT, 1),
        deadline=None,
        derandomize=not _HUNT,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# Words of the messages argparse, Python and libraries write in English; none may reach the officer.
_ENGLISH = re.compile(
    r"\b(error|invalid|expected|required|unrecognized|usage|must|cannot|can't|not found|no such|"
    r"traceback|exception|failed|the|is not|permission denied)\b",
    re.IGNORECASE,
)
_INDONESIAN = re.compile(
    r"\b(tidak|bukan|belum|wajib|harus|galat|pilih|periksa|sudah|perlu|dibatalkan|rusak|terlalu|hanya|"
    r"memerlukan|boleh|penuh|dipakai|lebih|jalankan|pasang|kosongkan|tutup|dicatat|gunakan|pakai|"
    r"paling|berbeda)\b",
    re.IGNORECASE,
)


def assert_indonesian(message: str, echoed: Sequence[str] = ()) -> None:
    """A message in Indonesian: some Indonesian words, and no English ones once what the user typed
    (which a message may quote) is taken out."""
    words = message
    for token in sorted((t for t in echoed if t and t.strip()), key=len, reverse=True):
        words = words.replace(token, " ")
    assert message.strip(), "an empty message"
    assert "Traceback" not in message, message
    assert not _ENGLISH.search(words), message
    assert _INDONESIAN.search(message), message
