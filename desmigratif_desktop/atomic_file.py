"""Writing a file safely: to a temporary name beside it, flushed to disk, then renamed over the target.

A power cut or a USB stick pulled out mid-write leaves the old file (or none), never a torn file that
looks complete. Reports, bundles and identity cards are all written this way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PARTIAL_PREFIX = "."
PARTIAL_SUFFIX = ".partial"


def partial_name(target: Path) -> Path:
    return target.with_name(f"{PARTIAL_PREFIX}{target.name}{PARTIAL_SUFFIX}")


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    """Yield a handle on the temporary file; on success it replaces `target`. OSError propagates,
    after the temporary file is removed."""
    partial = partial_name(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
