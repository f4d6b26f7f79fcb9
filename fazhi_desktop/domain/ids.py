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
        now_ms = time.time_ns() // 1_000_000
        with self.lock:
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


def uuid7_time_ms(value: uuid.UUID) -> int:
    """The Unix time in milliseconds stored in a version 7 UUID."""
    return value.int >> 80
