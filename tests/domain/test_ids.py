"""UUID version 7: layout, order and uniqueness."""

from __future__ import annotations

import itertools
import threading
import time
import uuid

from fazhi_desktop.domain.ids import uuid7, uuid7_hex, uuid7_time_ms


def test_version_and_variant() -> None:
    value = uuid7()
    assert isinstance(value, uuid.UUID)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert str(value)[14] == "7"


def test_timestamp_is_unix_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    # the counter may borrow a millisecond or two after a burst of ids
    assert before <= uuid7_time_ms(value) <= after + 5


def test_consecutive_ids_are_ordered() -> None:
    ids = [uuid7() for _ in range(1000)]
    assert all(a < b for a, b in itertools.pairwise(ids))
    assert [str(i) for i in ids] == sorted(str(i) for i in ids)


def test_ids_are_unique_even_from_threads() -> None:
    results: list[list[uuid.UUID]] = [[] for _ in range(4)]

    def work(out: list[uuid.UUID]) -> None:
        out.extend(uuid7() for _ in range(5000))

    threads = [threading.Thread(target=work, args=(out,)) for out in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [value for out in results for value in out]
    assert len(set(everything)) == len(everything) == 20000
    for out in results:
        assert out == sorted(out)


def test_many_ids_in_one_millisecond_stay_ordered() -> None:
    # 20,000 ids take a few milliseconds at most: the 12-bit counter overflows and borrows the
    # next millisecond, which must not break the order.
    ids = [uuid7() for _ in range(20000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_ids_in_bulk_are_the_same_ids_in_order() -> None:
    # Across several milliseconds' worth of counter, between ids made one by one.
    before = uuid7()
    bulk = [uuid.UUID(h) for h in uuid7_hex(9_000)]
    after = uuid7()
    assert uuid7_hex(0) == []
    assert all(v.version == 7 and v.variant == uuid.RFC_4122 for v in bulk)
    values = [before.int, *(v.int for v in bulk), after.int]
    assert values == sorted(set(values))
    assert all(len(h) == 32 and h == h.lower() for h in uuid7_hex(3))
