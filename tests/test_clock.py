"""The hybrid logical clock: versions only go up, and their string order is the clock order."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from desmigratif_desktop.data.clock import HybridClock, format_version, parse_version

DEVICE = "a" * 32
OTHER = "b" * 32
MAX_MS = 10**13 - 1  # 13 digits of milliseconds: until the year 2286
MAX_COUNTER = 999_999  # 6 digits

wall_times = st.integers(0, MAX_MS)
device_ids = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)


def test_first_tick_takes_the_wall_clock() -> None:
    clock = HybridClock(DEVICE)
    assert clock.tick(now_ms=1_700_000_000_123) == f"1700000000123-000000-{DEVICE}"


def test_tick_in_the_same_millisecond_counts_up() -> None:
    clock = HybridClock(DEVICE)
    versions = [clock.tick(now_ms=5000) for _ in range(3)]
    assert versions == [f"0000000005000-00000{n}-{DEVICE}" for n in range(3)]


def test_wall_clock_going_backwards_keeps_the_clock_where_it_was() -> None:
    clock = HybridClock(DEVICE)
    first = clock.tick(now_ms=2_000)
    second = clock.tick(now_ms=1_000)  # the laptop's clock was set back
    assert parse_version(first) == (2_000, 0, DEVICE)
    assert parse_version(second) == (2_000, 1, DEVICE)
    # When the wall clock passes the stored time again, the counter starts over.
    assert parse_version(clock.tick(now_ms=2_001)) == (2_001, 0, DEVICE)


def test_clock_resumes_from_stored_state() -> None:
    # The installation row stores ms and counter; a new recorder continues from there.
    clock = HybridClock(DEVICE, ms=9_000, counter=4)
    assert parse_version(clock.tick(now_ms=8_000)) == (9_000, 5, DEVICE)


def test_tick_without_now_uses_the_real_clock() -> None:
    clock = HybridClock(DEVICE)
    first = clock.tick()
    second = clock.tick()
    assert first < second
    assert parse_version(first)[0] > 1_700_000_000_000  # after November 2023


@given(walls=st.lists(wall_times, min_size=2, max_size=200))
def test_versions_strictly_increase_whatever_the_wall_clock_does(walls: list[int]) -> None:
    clock = HybridClock(DEVICE)
    versions = [clock.tick(now_ms=wall) for wall in walls]
    parsed = [parse_version(v) for v in versions]
    assert all(a < b for a, b in pairwise(parsed))
    # ...and the strings, compared as strings, are in the same order.
    assert all(a < b for a, b in pairwise(versions))
    # The clock never runs behind the latest wall time it has seen.
    assert all(ms >= max(walls[: n + 1]) for n, (ms, _, _) in enumerate(parsed))


@given(
    a=st.tuples(wall_times, st.integers(0, MAX_COUNTER), device_ids),
    b=st.tuples(wall_times, st.integers(0, MAX_COUNTER), device_ids),
)
def test_lexical_order_is_clock_order(a: tuple[int, int, str], b: tuple[int, int, str]) -> None:
    va, vb = format_version(*a), format_version(*b)
    assert (va < vb) == (a < b)
    assert (va == vb) == (a == b)


@given(ms=wall_times, counter=st.integers(0, MAX_COUNTER), device=device_ids)
def test_parse_reverses_format(ms: int, counter: int, device: str) -> None:
    assert parse_version(format_version(ms, counter, device)) == (ms, counter, device)


def test_device_id_breaks_ties_only() -> None:
    assert format_version(10, 0, "b") > format_version(10, 0, "a")
    assert format_version(10, 1, "a") > format_version(10, 0, "b")
    assert format_version(11, 0, "a") > format_version(10, 999_999, "z")


def test_lexical_order_survives_the_counter_passing_six_digits() -> None:
    # A laptop whose clock is far behind its stored clock (set back after running ahead, or after
    # observing a device with a clock in the future) keeps counting up on every write.
    clock = HybridClock(DEVICE, ms=1_800_000_000_000, counter=999_998)
    versions = [clock.tick(now_ms=1_700_000_000_000) for _ in range(3)]
    parsed = [parse_version(v) for v in versions]
    assert all(a < b for a, b in pairwise(parsed))
    assert all(a < b for a, b in pairwise(versions)), f"not in lexical order: {versions}"


# -- observe -----------------------------------------------------------------------------------


@given(
    local_walls=st.lists(wall_times, max_size=20),
    remote=st.tuples(wall_times, st.integers(0, MAX_COUNTER - 10)),
    observe_wall=wall_times,
    next_wall=wall_times,
)
def test_after_observe_the_next_local_version_orders_after_the_remote_one(
    local_walls: list[int], remote: tuple[int, int], observe_wall: int, next_wall: int
) -> None:
    clock = HybridClock(DEVICE)
    local = [clock.tick(now_ms=wall) for wall in local_walls]
    remote_version = format_version(*remote, OTHER)
    clock.observe(remote_version, now_ms=observe_wall)
    after = clock.tick(now_ms=next_wall)
    assert parse_version(after)[:2] > remote  # later by (ms, counter), not by the device-id tie-break
    assert after > remote_version
    assert all(after > v for v in local)


def test_observe_jumps_to_a_remote_clock_that_runs_ahead() -> None:
    clock = HybridClock(DEVICE)
    clock.tick(now_ms=1_000)
    clock.observe(format_version(5_000, 7, OTHER), now_ms=1_001)
    assert parse_version(clock.tick(now_ms=1_002)) == (5_000, 9, DEVICE)


def test_observe_with_the_same_millisecond_takes_the_larger_counter() -> None:
    clock = HybridClock(DEVICE, ms=5_000, counter=2)
    clock.observe(format_version(5_000, 7, OTHER), now_ms=100)
    assert (clock.ms, clock.counter) == (5_000, 8)
    clock = HybridClock(DEVICE, ms=5_000, counter=9)
    clock.observe(format_version(5_000, 7, OTHER), now_ms=100)
    assert (clock.ms, clock.counter) == (5_000, 10)


def test_observe_of_an_old_version_still_moves_forward() -> None:
    clock = HybridClock(DEVICE, ms=5_000, counter=3)
    clock.observe(format_version(4_000, 50, OTHER), now_ms=100)
    assert (clock.ms, clock.counter) == (5_000, 4)


def test_observe_when_the_wall_clock_is_ahead_of_both() -> None:
    clock = HybridClock(DEVICE, ms=5_000, counter=3)
    clock.observe(format_version(6_000, 50, OTHER), now_ms=7_000)
    assert (clock.ms, clock.counter) == (7_000, 0)


@given(exchanges=st.lists(st.tuples(st.booleans(), wall_times, wall_times), min_size=1, max_size=40))
def test_two_devices_exchanging_versions_never_go_back(exchanges: list[tuple[bool, int, int]]) -> None:
    """Each step one device writes and the other receives the write: a causal chain stays ordered."""
    clocks = {True: HybridClock(DEVICE), False: HybridClock(OTHER)}
    chain: list[str] = []
    for writer, write_wall, receive_wall in exchanges:
        if chain:
            clocks[writer].observe(chain[-1], now_ms=write_wall)
        version = clocks[writer].tick(now_ms=write_wall)
        clocks[not writer].observe(version, now_ms=receive_wall)
        chain.append(version)
    assert all(a < b for a, b in pairwise(chain))
