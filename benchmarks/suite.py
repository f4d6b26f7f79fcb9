"""The benchmarks `python -m benchmarks` runs, by the name `--only` takes, in the order they run."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.harness import Bench, Row
from benchmarks.suite_commands import (
    backup_benchmarks,
    command_benchmarks,
    demo_benchmarks,
    retier_benchmarks,
    startup_benchmarks,
)
from benchmarks.suite_files import file_benchmarks
from benchmarks.suite_gui import gui_benchmarks
from benchmarks.suite_queries import list_benchmarks, search_benchmarks, stats_benchmarks

BENCHMARKS: dict[str, Callable[[Bench], list[Row]]] = {
    "startup": startup_benchmarks,
    "gui": gui_benchmarks,
    "list": list_benchmarks,
    "search": search_benchmarks,
    "stats": stats_benchmarks,
    "commands": command_benchmarks,
    "retier": retier_benchmarks,
    "backup": backup_benchmarks,
    "ledger": file_benchmarks,
    "demo": demo_benchmarks,
}
