"""Recording benchmark figures in benchmarks/RESULTS.md (newest first within each heading's runs)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

# The `fazhi` commands a benchmark runs log in (issue #17): a made-up administrator of its own
# databases, unless the caller names one.
os.environ.setdefault("FAZHI_USER", "bench")
os.environ.setdefault("FAZHI_PASSWORD", "Bench-pass-2024")

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def fazhi(*args: str) -> tuple[float, dict[str, Any]]:
    """Run one command in its own process; its wall time (incl. start-up) and its JSON answer."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "fazhi_desktop", *args, "--json"], check=True, capture_output=True, text=True
    )
    return time.perf_counter() - started, json.loads(done.stdout)


def demo_db(db: str, cases: int, *options: str) -> float:
    """Make the office of Lanshan county and `cases` demo cases in `db` (`options` such as --today
    go to both commands); the seconds `fazhi demo` took."""
    fazhi("--db", db, *options, "init", "--office", "431127", "--name", "蓝山县信访局")
    seconds, _ = fazhi("--db", db, *options, "demo", "--cases", str(cases))
    return seconds


def record(title: str, rows: list[tuple[str, str]]) -> None:
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    lines = [
        f"\n## {title}",
        f"{datetime.now():%Y-%m-%d %H:%M} · {machine}",
        "",
        "| what | figure |",
        "| --- | --- |",
    ]
    lines += [f"| {what} | {figure} |" for what, figure in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Benchmark results\n\nAppended by the scripts in this folder; compare runs of one day.\n"
        )
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(text)
