"""Names the machine a benchmark ran on: results without the machine are meaningless."""

from __future__ import annotations

import os
import platform
import sqlite3
from pathlib import Path


def describe_machine() -> str:
    cpu = _cpu_model()
    memory = _memory_gib()
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory} RAM; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def _memory_gib() -> str:
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        return f"{kib / 1024 / 1024:.0f} GiB"
    return "unknown"
