"""Recording benchmark figures in benchmarks/RESULTS.md (newest first within each heading's runs)."""

from __future__ import annotations

import os
import platform
from datetime import datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


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
