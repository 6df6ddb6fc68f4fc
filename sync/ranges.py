"""Sets of sequence numbers kept as sorted, non-overlapping, non-adjacent (first, last) ranges."""

from __future__ import annotations

from collections.abc import Iterable

Ranges = list[tuple[int, int]]


def add(ranges: Iterable[tuple[int, int]], seqs: Iterable[int]) -> Ranges:
    """`ranges` with `seqs` added, merged into the fewest ranges."""
    numbers = sorted(set(seqs))
    runs: Ranges = []
    for seq in numbers:  # consecutive numbers into runs first: a bundle brings thousands
        if runs and seq == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], seq)
        else:
            runs.append((seq, seq))
    merged: Ranges = []
    for first, last in sorted([*ranges, *runs]):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def of(seqs: Iterable[int]) -> Ranges:
    return add([], seqs)


def union(*lists: Iterable[Iterable[int]]) -> Ranges:
    """All the given ranges (tuples, or [first, last] lists as a manifest has them), merged."""
    return add([(int(first), int(last)) for pairs in lists for first, last in pairs], [])


def end_of(ranges: Ranges, seq: int) -> int | None:
    """The last number of the range holding `seq`, or None."""
    for first, last in ranges:
        if first <= seq <= last:
            return last
    return None


def contains(ranges: Ranges, seq: int) -> bool:
    return any(first <= seq <= last for first, last in ranges)


def contiguous_end(ranges: Ranges) -> int:
    """The highest n such that 1..n are all in `ranges` (0 when 1 is missing)."""
    if not ranges or ranges[0][0] > 1:
        return 0
    return ranges[0][1]


def gaps(ranges: Ranges) -> Ranges:
    """What is missing between 1 and the highest number held: the changes that have not arrived."""
    missing: Ranges = []
    expected = 1
    for first, last in ranges:
        if first > expected:
            missing.append((expected, first - 1))
        expected = last + 1
    return missing
