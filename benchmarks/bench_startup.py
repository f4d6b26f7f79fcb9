"""Start-up of the command line (#21): `fazhi --version` and `fazhi case list --limit 50` beside
their baselines, `python -c pass` and `python -c "import sqlalchemy"`, measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--cases 100000] [--db FILE] [--rounds 9] [--no-record]

Each round runs the four commands once each, in turn, so the machine's load falls on all of them
alike; the table gives the median, the spread (lowest–highest) and the ratio to the baseline. The
targets: `--version` within 3 × `python -c pass`, `case list` within `import sqlalchemy` + 150 ms.
The answers are checked too: the version printed, and the page of 50 against the same query
through bare sqlite3.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import demo_db, record
from fazhi_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - started, done.stdout


def check_answers(db: str) -> None:
    """The commands answer what they should, not only fast."""
    _, version = timed([sys.executable, "-m", "fazhi_desktop", "--version"])
    assert version.strip() == f"fazhi {__version__}", version
    _, listed = timed(
        [sys.executable, "-m", "fazhi_desktop", "--db", db, "case", "list", "--limit", "50", "--json"]
    )
    shown = [row["number"] for row in json.loads(listed)["cases"]]
    with sqlite3.connect(db) as bare:
        newest = [
            number
            for (number,) in bare.execute(
                "SELECT number FROM cases ORDER BY registered_on DESC, id DESC LIMIT 50"
            )
        ]
    assert shown == newest, "case list's page differs from the bare query's"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="an existing database to measure (skips making one)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "bench.db")
        if not args.db:
            demo_db(db, args.cases)
        check_answers(db)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import sqlalchemy"': [sys.executable, "-c", "import sqlalchemy"],
            "fazhi --version": [sys.executable, "-m", "fazhi_desktop", "--version"],
            "fazhi case list --limit 50": [
                sys.executable,
                "-m",
                "fazhi_desktop",
                "--db",
                db,
                "case",
                "list",
                "--limit",
                "50",
            ],
        }
        timed(commands["fazhi case list --limit 50"])  # warm the file cache once
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, argv in commands.items():
                runs[name].append(timed(argv)[0])
    ms = {name: statistics.median(values) * 1000 for name, values in runs.items()}

    def row(name: str) -> str:
        return f"{ms[name]:.0f} ms ({min(runs[name]) * 1000:.0f}–{max(runs[name]) * 1000:.0f})"

    bare, sqla = ms["python -c pass"], ms['python -c "import sqlalchemy"']
    version, listing = ms["fazhi --version"], ms["fazhi case list --limit 50"]
    rows = [
        ("python -c pass", row("python -c pass")),
        ('python -c "import sqlalchemy"', row('python -c "import sqlalchemy"')),
        (
            "fazhi --version",
            f"{row('fazhi --version')}: {version / bare:.1f} × python -c pass (target ≤ 3 ×)",
        ),
        (
            f"fazhi case list --limit 50 ({args.cases:,} cases)",
            f"{row('fazhi case list --limit 50')}: import sqlalchemy + {listing - sqla:.0f} ms "
            "(target ≤ + 150 ms)",
        ),
    ]
    title = f"Command-line start-up (bench_startup.py, {args.rounds} rounds, medians and spread)"
    if args.no_record:
        print("\n".join(f"{what}: {figure}" for what, figure in rows))
    else:
        record(title, rows)


if __name__ == "__main__":
    main()
