"""Start-up of the command line (#21): `fazhi --version` and `fazhi case list --limit 50` beside
their baselines, `python -c pass` and `python -c "import sqlalchemy"`, measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--cases 100000] [--db FILE] [--rounds 9] [--no-record]
                                                 [--before CHECKOUT]

--before times the two fazhi commands of another checkout (main, say) in the same rounds.

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
MODELS = 'python -c "import fazhi_desktop.store.models"'


def timed(argv: list[str], cwd: Path = ROOT) -> tuple[float, str]:
    """Seconds from start to exit, and what it printed; `python -m` runs the package under `cwd`."""
    started = time.perf_counter()
    done = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=cwd)
    return time.perf_counter() - started, done.stdout


def check_answers(db: str) -> int:
    """The commands answer what they should, not only fast; the number of cases in `db`."""
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
        total = int(bare.execute("SELECT count(*) FROM cases").fetchone()[0])
    assert shown == newest, "case list's page differs from the bare query's"
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="an existing database to measure (skips making one)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--before", type=Path, help="another checkout whose fazhi to time beside this one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "bench.db")
        if not args.db:
            demo_db(db, args.cases)
        cases = check_answers(db)
        commands: dict[str, tuple[list[str], Path]] = {
            "python -c pass": ([sys.executable, "-c", "pass"], ROOT),
            'python -c "import sqlalchemy"': ([sys.executable, "-c", "import sqlalchemy"], ROOT),
            # The floor under any command that reads cases: the ORM and the 24 mapped classes.
            MODELS: ([sys.executable, "-c", "import fazhi_desktop.store.models"], ROOT),
        }
        listing = [sys.executable, "-m", "fazhi_desktop", "--db", db, "case", "list", "--limit", "50"]
        version = [sys.executable, "-m", "fazhi_desktop", "--version"]
        for label, checkout in (("", ROOT), (" (before)", args.before)):
            if checkout is not None:
                commands[f"fazhi --version{label}"] = (version, checkout)
                commands[f"fazhi case list --limit 50{label}"] = (listing, checkout)
        timed(listing)  # warm the file cache once
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, (argv, cwd) in commands.items():
                runs[name].append(timed(argv, cwd)[0])
    ms = {name: statistics.median(values) * 1000 for name, values in runs.items()}

    def row(name: str) -> str:
        return f"{ms[name]:.0f} ms ({min(runs[name]) * 1000:.0f}–{max(runs[name]) * 1000:.0f})"

    bare, sqla = ms["python -c pass"], ms['python -c "import sqlalchemy"']
    version_ms, listing_ms = ms["fazhi --version"], ms["fazhi case list --limit 50"]
    rows = [
        ("python -c pass", row("python -c pass")),
        ('python -c "import sqlalchemy"', row('python -c "import sqlalchemy"')),
        (MODELS, f"{row(MODELS)}: import sqlalchemy + {ms[MODELS] - sqla:.0f} ms"),
        (
            "fazhi --version",
            f"{row('fazhi --version')}: {version_ms / bare:.1f} × python -c pass (target ≤ 3 ×)",
        ),
        (
            f"fazhi case list --limit 50 ({cases:,} cases)",
            f"{row('fazhi case list --limit 50')}: import sqlalchemy + {listing_ms - sqla:.0f} ms "
            f"(target ≤ + 150 ms); the models + {listing_ms - ms[MODELS]:.0f} ms",
        ),
    ]
    if args.before is not None:
        rows += [
            (f"fazhi --version, {args.before}", row("fazhi --version (before)")),
            (f"fazhi case list --limit 50, {args.before}", row("fazhi case list --limit 50 (before)")),
        ]
    title = f"Command-line start-up (bench_startup.py, {args.rounds} rounds, medians and spread)"
    if args.no_record:
        print("\n".join(f"{what}: {figure}" for what, figure in rows))
    else:
        record(title, rows)


if __name__ == "__main__":
    main()
