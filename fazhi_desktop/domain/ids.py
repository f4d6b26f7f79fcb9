"""Time-ordered identifiers: UUID version 7 (RFC 9562), which Python 3.11's uuid module lacks."""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_COUNTER_BITS = 12
_COUNTER_MAX = (1 << _COUNTER_BITS) - 1
# A fresh millisecond starts its counter at a random value below half the range, so that ids stay
# hard to guess yet thousands more fit in the same millisecond before the counter runs out.
_COUNTER_SEED_BITS = _COUNTER_BITS - 1


class _Sequence:
    """The last millisecond and counter handed out, so that ids increase strictly in this process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last_ms = -1
        self.counter = 0

    def next(self) -> tuple[int, int]:
        """The millisecond and the 12-bit counter for the next id."""
        with self.lock:
            return self._next(time.time_ns() // 1_000_000)

    def _next(self, now_ms: int) -> tuple[int, int]:
        if now_ms > self.last_ms:
            self.last_ms = now_ms
            self.counter = secrets.randbits(_COUNTER_SEED_BITS)
        else:
            # Same millisecond, or the wall clock stepped back: keep counting from the last id
            # so that ids never go backwards (RFC 9562 section 6.2, method 1).
            self.counter += 1
            if self.counter > _COUNTER_MAX:
                self.last_ms += 1
                self.counter = secrets.randbits(_COUNTER_SEED_BITS)
        return self.last_ms, self.counter

    def runs(self, count: int) -> list[tuple[int, int, int]]:
        """`count` ids in a row as `next` gives them one by one (the clock read once: they are made in
        the same moment), as runs of (millisecond, first counter, how many)."""
        if count <= 0:
            return []
        now_ms = time.time_ns() // 1_000_000
        taken: list[tuple[int, int, int]] = []
        with self.lock:
            ms, counter = self._next(now_ms)
            left = count
            while True:
                # The rest of this millisecond's counter at once; then the next millisecond.
                n = min(left, _COUNTER_MAX - counter + 1)
                taken.append((ms, counter, n))
                left -= n
                if not left:
                    break
                ms, counter = ms + 1, secrets.randbits(_COUNTER_SEED_BITS)
            self.last_ms, self.counter = ms, counter + n - 1
        return taken


_sequence = _Sequence()


def uuid7() -> uuid.UUID:
    """A new version 7 UUID: 48-bit Unix milliseconds, a 12-bit counter, 62 random bits."""
    timestamp_ms, counter = _sequence.next()
    value = (timestamp_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= counter << 64  # rand_a, used as a counter
    value |= 0b10 << 62  # variant (RFC 9562)
    value |= secrets.randbits(62)  # rand_b
    return uuid.UUID(int=value)


_HEX3 = [f"{c:03x}" for c in range(1 << _COUNTER_BITS)]
#: The first hex digit of rand_b carries the variant (0b10) in its top two bits.
_VARIANT_DIGIT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def uuid7_hex(count: int) -> list[str]:
    """`count` new version 7 UUIDs as 32 hex digits, increasing: what `uuid7` gives one by one, for
    bulk writes that need no UUID objects (`uuid.UUID(hex)` makes one of them)."""
    noise = secrets.token_hex(8 * count)  # rand_b: 62 random bits each
    out: list[str] = []
    at = 0
    for ms, first, n in _sequence.runs(count):
        head = f"{ms & ((1 << 48) - 1):012x}7"  # the millisecond, then the version
        for c, tail in zip(range(first, first + n), range(at, at + 16 * n, 16), strict=True):
            out.append(head + _HEX3[c] + _VARIANT_DIGIT[noise[tail]] + noise[tail + 1 : tail + 16])
        at += 16 * n
    return out


def uuid7_time_ms(value: uuid.UUID) -> int:
    """The Unix time in milliseconds stored in a version 7 UUID."""
    return value.int >> 80
