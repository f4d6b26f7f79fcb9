"""Chosen points where a test may kill the process (issue #17: nothing is lost to a SIGKILL).

`FAZHI_TEST_KILL_AT=<point>` makes the process kill itself, as abruptly as a power cut, when it
reaches that point (the Nth time with `<point>:N`). Unset (always, outside the tests), `reached`
reads one environment variable and does nothing else.
"""

from __future__ import annotations

import os
import signal

ENV = "FAZHI_TEST_KILL_AT"
_seen: dict[str, int] = {}


def reached(point: str) -> None:
    """Die here if the tests asked for it (SIGKILL: no finally, no atexit, no flush)."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != point:
        return
    _seen[point] = _seen.get(point, 0) + 1
    if _seen[point] < int(nth or 1):
        return
    kill = getattr(signal, "SIGKILL", None)
    if kill is None:  # Windows: no SIGKILL; _exit skips every clean-up just the same
        os._exit(137)
    os.kill(os.getpid(), kill)
