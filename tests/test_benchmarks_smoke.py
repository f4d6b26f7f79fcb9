"""`python -m benchmarks` at 300 cases, once each: every benchmark ran and its answers matched the
baseline's. The figures are printed, never asserted (a shared machine's timings are not a test)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.suite import BENCHMARKS

ROOT = Path(__file__).resolve().parent.parent


def test_every_benchmark_runs_and_answers_as_its_baseline(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "benchmarks", "--cases", "300", "--repeat", "1", "--no-record"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*argv, "--cache", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("| ") and ": " in line]
    names = {line[2:].split(":", 1)[0] for line in lines}
    assert names == set(BENCHMARKS)
    answers = [line.rstrip(" |").rsplit("|", 1)[1].strip() for line in lines]
    assert "**differ**" not in answers, "\n".join(lines)
    assert answers.count("same") >= len(BENCHMARKS)
    assert any(p.name.startswith("demo-300-") for p in tmp_path.iterdir()), "made in the cache asked for"
