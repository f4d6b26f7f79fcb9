"""The benchmark harness of #21: one cached demo database, every benchmark beside its baseline in the
same rounds, the answers compared, one table printed and appended to benchmarks/RESULTS.md.

    python -m benchmarks [--cases N] [--only NAME …] [--repeat K] [--cache DIR] [--no-record]

Each benchmark (suite_*.py) is a function of a `Bench` answering `Row`s: the runs of the thing
measured, the runs of its baseline (taken in turn with it, so the machine's load falls on both), the
target, and whether the answers matched the baseline's.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import platform
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.results import RESULTS, demo_db

log = logging.getLogger("benchmarks")

TODAY = "2024-11-20"  # every benchmark runs as of this day, so runs of different days compare


@dataclass
class Bench:
    """What a benchmark is given: the cached database (copy it before writing), a scratch folder."""

    db: Path
    cases: int
    repeat: int
    work: Path

    def copy(self, name: str = "copy.db") -> Path:
        target = self.work / name
        shutil.copy(self.db, target)
        return target

    def first_case(self) -> str:
        """The number of the database's first case: the one whose case sheet is printed."""
        with contextlib.closing(sqlite3.connect(self.db)) as bare:
            return str(bare.execute("SELECT number FROM cases ORDER BY id LIMIT 1").fetchone()[0])


@dataclass
class Row:
    """One line of the table. `limit` is the target in seconds, `factor` × and `plus` + the baseline."""

    what: str
    runs: list[float]
    baseline: str = "—"
    base_runs: list[float] = field(default_factory=list)
    limit: float | None = None
    factor: float | None = None
    plus: float | None = None
    answers: bool | None = None  # None: nothing to compare
    note: str = ""
    unit: str = "s"

    def target(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {_seconds(self.limit)}" if self.unit == "s" else f"≤ {self.limit:.0f} MB")
        if self.factor is not None:
            parts.append(f"≤ {self.factor:g} × baseline")
        if self.plus is not None:
            parts.append(f"≤ baseline + {self.plus * 1000:.0f} ms")
        return ", ".join(parts) or "—"

    def met(self) -> bool | None:
        if not self.runs:
            return None
        value = statistics.median(self.runs)
        base = statistics.median(self.base_runs) if self.base_runs else None
        checks = []
        if self.limit is not None:
            checks.append(value <= self.limit)
        if self.factor is not None and base is not None:
            checks.append(value <= self.factor * base)
        if self.plus is not None and base is not None:
            checks.append(value <= base + self.plus)
        return all(checks) if checks else None


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _figure(runs: list[float], unit: str) -> str:
    if not runs:
        return "—"
    show = _seconds if unit == "s" else (lambda v: f"{v:.0f} MB")
    spread = f" ({show(min(runs))}–{show(max(runs))})" if len(runs) > 1 else ""
    return f"{show(statistics.median(runs))}{spread}"


def in_turn(
    repeat: int, subject: Callable[[], Any], baseline: Callable[[], Any] | None = None
) -> tuple[list[float], list[float], Any, Any]:
    """Run `subject` and `baseline` one after the other `repeat` times; their times and last answers."""
    runs: list[float] = []
    base_runs: list[float] = []
    answer = base_answer = None
    for _ in range(repeat):
        started = time.perf_counter()
        answer = subject()
        runs.append(time.perf_counter() - started)
        if baseline is not None:
            started = time.perf_counter()
            base_answer = baseline()
            base_runs.append(time.perf_counter() - started)
    return runs, base_runs, answer, base_answer


def cached_db(cache: Path, cases: int) -> tuple[Path, float | None]:
    """The demo database of `cases` cases at the current schema head, made once with `fazhi demo`;
    the seconds the making took (None when it was in the cache)."""
    from fazhi_desktop.store.migrate import head_revision

    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"demo-{cases}-{head_revision()}.db"
    if db.exists():
        return db, None
    part = db.with_suffix(".part.db")
    part.unlink(missing_ok=True)
    log.info("making %s with fazhi demo", db)
    seconds = demo_db(str(part), cases, "--today", TODAY)
    part.rename(db)
    return db, seconds


def table(rows: list[Row], growth: dict[str, float] | None = None) -> list[str]:
    lines = [
        "| what | median (spread) | baseline | baseline's median | ratio | target | met | answers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        ratio = "—"
        if row.runs and row.base_runs and statistics.median(row.base_runs) > 0:
            ratio = f"{statistics.median(row.runs) / statistics.median(row.base_runs):.2f} ×"
        met = {True: "yes", False: "**no**", None: "—"}[row.met()]
        answers = {True: "same", False: "**differ**", None: "—"}[row.answers]
        what = row.what + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {what} | {_figure(row.runs, row.unit)} | {row.baseline} | {_figure(row.base_runs, row.unit)} "
            f"| {ratio} | {row.target()} | {met} | {answers} |"
        )
    return lines


def record(title: str, rows: list[Row], notes: list[str]) -> str:
    machine = (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"
    )
    text = "\n".join([f"\n## {title}", f"{datetime.now():%Y-%m-%d %H:%M} · {machine}", "", *table(rows)])
    text += "\n" + "".join(f"\n- {note}" for note in notes) + ("\n" if notes else "")
    return text


def parse(argv: list[str] | None, names: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--only", nargs="+", choices=names, metavar="NAME", help=", ".join(names))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "fazhi-bench-cache")
    parser.add_argument("--no-record", action="store_true", help="print the table, leave RESULTS.md alone")
    return parser.parse_args(argv)


def run(argv: list[str] | None = None) -> list[Row]:
    """Run the benchmarks asked for; every row, so the smoke test can check what ran."""
    from benchmarks.suite import BENCHMARKS

    args = parse(argv, list(BENCHMARKS))
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db, made = cached_db(args.cache, args.cases)
    notes = [f"demo database: {db.name}, {db.stat().st_size / 1e6:.0f} MB"]
    if made is not None:
        notes.append(f"`fazhi demo --cases {args.cases:,}` made it in {made:.0f} s")
    rows: list[Row] = []
    for name in args.only or list(BENCHMARKS):
        log.info("benchmark %s", name)
        try:
            with tempfile.TemporaryDirectory() as work:
                found = BENCHMARKS[name](Bench(db, args.cases, max(1, args.repeat), Path(work)))
        except Exception as error:  # one benchmark failing still leaves the others' table
            log.exception("benchmark %s failed", name)
            detail = str(error).replace("|", "/").replace("\n", " ")[-300:]
            found = [Row(f"failed: {type(error).__name__}: {detail}", [], answers=False)]
        rows += [Row(**{**row.__dict__, "what": f"{name}: {row.what}"}) for row in found]
    title = f"python -m benchmarks --cases {args.cases:,} --repeat {args.repeat}"
    text = record(title, rows, notes)
    print(text)
    if not args.no_record:
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write(text)
    return rows
