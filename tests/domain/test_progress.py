"""Long work's helpers: the cycle collector paused around bulk work, and running again after it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from fazhi_desktop.domain.progress import collector_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_running_again_after_even_on_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("import failed")
    assert gc.isenabled()


def test_overlapping_pauses_keep_it_paused_until_the_last_ends() -> None:
    first_in, second_out = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other_worker() -> None:
        with collector_paused():
            first_in.wait()
        second_out.set()

    worker = threading.Thread(target=other_worker)
    worker.start()
    with collector_paused():
        first_in.set()
        second_out.wait(5)
        seen.append(gc.isenabled())  # the other worker's pause ended; this one has not
    worker.join()
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()

    @collector_paused()
    def bulk_work() -> bool:
        return gc.isenabled()

    assert bulk_work() is False
    assert not gc.isenabled()
