"""Row ids, in a module of their own so that code which only needs an id does not load the ORM."""

from __future__ import annotations

import os


def new_id() -> str:
    """A random (version 4) UUID as 32 hex digits: unique across every village without coordination.

    Built from os.urandom directly: `uuid.uuid4()` costs several times more, and bulk work makes many.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()
