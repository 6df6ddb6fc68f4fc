"""Hybrid logical clock: versions that order writes across devices even when laptop clocks are wrong.

A version is a string whose lexical order is the clock order: wall-clock milliseconds, a counter
for writes within one millisecond (or while the wall clock runs behind), and the device id as a
tie-breaker. See Kulkarni et al., "Logical Physical Clocks" (2014).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

_MS_WIDTH = 13
_COUNTER_WIDTH = 6
MAX_COUNTER = 10**_COUNTER_WIDTH - 1


@dataclass
class HybridClock:
    device_id: str
    ms: int = 0
    counter: int = 0

    def tick(self, now_ms: int | None = None) -> str:
        """Advance for a local write and return its version."""
        wall = now_ms if now_ms is not None else time.time_ns() // 1_000_000
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        else:
            self.counter += 1
        self._carry()
        return format_version(self.ms, self.counter, self.device_id)

    def observe(self, version: str, now_ms: int | None = None) -> None:
        """Move past a version received from another device, so later local writes order after it."""
        remote_ms, remote_counter, _ = parse_version(version)
        wall = now_ms if now_ms is not None else time.time_ns() // 1_000_000
        if wall > self.ms and wall > remote_ms:
            self.ms, self.counter = wall, 0
        elif remote_ms > self.ms:
            self.ms, self.counter = remote_ms, remote_counter + 1
        elif remote_ms == self.ms:
            self.counter = max(self.counter, remote_counter) + 1
        else:
            self.counter += 1
        self._carry()

    def _carry(self) -> None:
        """Keep the counter within its digits, so lexical order stays clock order, by borrowing a ms."""
        if self.counter > MAX_COUNTER:
            self.ms, self.counter = self.ms + 1, 0


def format_version(ms: int, counter: int, device_id: str) -> str:
    return f"{ms:0{_MS_WIDTH}d}-{counter:0{_COUNTER_WIDTH}d}-{device_id}"


def parse_version(version: str) -> tuple[int, int, str]:
    ms, counter, device_id = version.split("-", 2)
    return int(ms), int(counter), device_id
