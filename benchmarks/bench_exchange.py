"""Benchmark: a township's package of N demo cases with their steps, exported, then imported by the county.

Run:  .venv/bin/python benchmarks/bench_exchange.py [--cases 10000] [--no-record]
Makes a county and a township (the county issues the township's key file), fills the township with
`fazhi demo`, times `exchange export` there and `exchange import` at the county (each a whole command,
start-up included), then the import of the same package again (all duplicates). The issue's target is
export then import of 10,000 cases within 10 s. Each command's CPU time (user + system, of its
process) is given beside its wall time: on a shared machine the wall time says more about the load
than about the program. Figures go to benchmarks/RESULTS.md (unless --no-record); nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import fazhi, record

Timed = tuple[float, float, dict[str, Any]]


def timed(*args: str) -> Timed:
    """`fazhi(*args)` with the CPU seconds its process used besides the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, answer = fazhi(*args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), answer


def seconds(t: Timed) -> str:
    return f"{t[0]:.2f} s wall, {t[1]:.2f} s CPU"


TODAY = "2024-11-20"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--no-record", action="store_true", help="print the figures only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        county, township = str(Path(folder) / "county.db"), str(Path(folder) / "township.db")
        key, package = str(Path(folder) / "t.key"), str(Path(folder) / "p.zip")
        fazhi("--db", county, "init", "--office", "431127", "--name", "蓝山县信访局")
        fazhi(
            "--db",
            county,
            "office",
            "add",
            "--office",
            "431127101",
            "--name",
            "塔峰镇信访办",
            "--level",
            "township",
            "--key-file",
            key,
        )
        fazhi(
            "--db",
            township,
            "init",
            "--office",
            "431127101",
            "--name",
            "塔峰镇信访办",
            "--level",
            "township",
            "--parent",
            "431127",
            "--parent-name",
            "蓝山县信访局",
            "--key-file",
            key,
        )
        demo_s, _ = fazhi("--db", township, "--today", TODAY, "demo", "--cases", str(args.cases))
        exported = timed("--db", township, "--today", TODAY, "exchange", "export", package)
        imported = timed("--db", county, "--today", TODAY, "exchange", "import", package)
        again = timed("--db", county, "--today", TODAY, "exchange", "import", package)
        sent, got = exported[2], imported[2]
        size = Path(package).stat().st_size
    counts = sent["counts"]
    rows = [
        (f"demo --cases {args.cases} (township)", f"{demo_s:.1f} s"),
        (
            "package",
            f"{counts.get('cases', 0):,} cases, {counts.get('steps', 0):,} steps, "
            f"{counts.get('petitioners', 0):,} people; {size / 1e6:.1f} MB",
        ),
        ("exchange export", seconds(exported)),
        ("exchange import (all new)", f"{seconds(imported)}; cases {got['counts'].get('cases')}"),
        (
            "export then import",
            f"{exported[0] + imported[0]:.2f} s wall, {exported[1] + imported[1]:.2f} s CPU (target ≤ 10 s)",
        ),
        ("exchange import again (all duplicates)", seconds(again)),
        ("load (1 min) at the end", f"{os.getloadavg()[0]:.1f}"),
    ]
    if args.no_record:
        print("\n".join(f"{what}: {figure}" for what, figure in rows))
        return
    record(f"Exchange: a township's package of {args.cases:,} demo cases (SQLite, whole commands)", rows)


if __name__ == "__main__":
    main()
