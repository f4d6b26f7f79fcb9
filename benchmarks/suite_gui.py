"""The GUI benchmarks of #21, each in a fresh process (gui_probe.py) so that "start" includes
importing Python, Qt and the program: start to the painted main window, and the peak memory after
scrolling the case list end to end, beside a bare PySide6 window with an empty QTableView; then, in
the same window, one case sheet printed through the GUI's runner (the first of the session, and
again)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Bench, Row, in_turn

PROBE = Path(__file__).resolve().parent / "gui_probe.py"


def _probe(*args: str) -> dict[str, Any]:
    started = time.time()
    out = subprocess.run([sys.executable, str(PROBE), *args], check=True, capture_output=True, text=True)
    answer: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    answer["to_paint"] = answer["painted"] - started
    return answer


def gui_benchmarks(bench: Bench) -> list[Row]:
    db = bench.copy()
    with sqlite3.connect(db) as bare:
        cases = int(bare.execute("SELECT count(*) FROM cases").fetchone()[0])
    number = bench.first_case()
    windows: list[dict[str, Any]] = []
    bares: list[dict[str, Any]] = []

    def window() -> None:
        windows.append(_probe("--db", str(db), "--sheet", number))

    def empty() -> None:
        bares.append(_probe("--bare"))

    in_turn(bench.repeat, window, empty)
    return [
        Row(
            "start to the painted main window (case list)",
            [w["to_paint"] for w in windows],
            "bare PySide6 window, empty QTableView",
            [b["to_paint"] for b in bares],
            limit=1.0,
            factor=2.0,
            answers=all(w["rows"] == cases for w in windows),
            note=f"the list holds {windows[-1]['rows']:,} of {cases:,} cases",
        ),
        Row(
            "the same, CPU time of the process (what a shared machine's load does not inflate)",
            [w["cpu"] for w in windows],
            "the bare window's CPU time",
            [b["cpu"] for b in bares],
            limit=1.0,
            factor=2.0,
        ),
        Row(
            "peak RSS, the list scrolled end to end",
            [w["peak_mb"] for w in windows],
            "the bare window's RSS",
            [b["peak_mb"] for b in bares],
            unit="MB",
            limit=300,
        ),
        Row(
            "one case sheet PDF from the GUI, the first of the session (request to result)",
            [w["sheets"][0] for w in windows],
            limit=0.3,
            answers=all(p >= 1 for w in windows for p in w["pages"]),
        ),
        Row(
            "the same, printed again",
            [s for w in windows for s in w["sheets"][1:]],
            limit=0.3,
        ),
    ]
