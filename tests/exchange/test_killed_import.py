"""SIGKILL in the middle of an exchange import (issue #18): the county's database is whole afterwards
(`fazhi check` passes) and holds none of the package or all of it, never part, and the package is
recorded as received only when its records are in."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

from tests.test_cli import fazhi
from tests.test_killed_midway import _cases, _killed, _whole

TOWNSHIP_CASES = 40


def _received(db: Path) -> int:
    import json

    done = fazhi("--db", str(db), "exchange", "status", "--json")
    assert done.returncode == 0, done.stderr
    return sum(len(peer["received"]) for peer in json.loads(done.stdout)["peers"])


def test_a_killed_exchange_import_leaves_all_or_none(tmp_path: Path) -> None:
    county, township, key = tmp_path / "county.db", tmp_path / "township.db", tmp_path / "t.key"
    package = tmp_path / "塔峰镇.zip"
    for args in (
        ("--db", str(county), "init", "--office", "431127", "--name", "蓝山县信访局"),
        ("--db", str(county), "office", "add", "--office", "431127101", "--name", "塔峰镇信访办",
         "--level", "township", "--key-file", str(key)),
        ("--db", str(township), "init", "--office", "431127101", "--name", "塔峰镇信访办", "--level",
         "township", "--parent", "431127", "--parent-name", "蓝山县信访局", "--key-file", str(key)),
        ("--db", str(township), "demo", "--cases", str(TOWNSHIP_CASES)),
        ("--db", str(township), "exchange", "export", str(package)),
    ):  # fmt: skip
        done = fazhi(*args)
        assert done.returncode == 0, done.stderr
    before = _cases(county)
    pristine = tmp_path / "pristine.db"
    shutil.copy(county, pristine)
    kill = -signal.SIGKILL
    for point in ("backup-copying", "exchange-written", "exchange-applied"):
        assert _killed("--db", str(county), "exchange", "import", str(package), at=point) == kill, point
        assert _whole(county, before) == before
        assert _received(county) == 0, point
    for delay in (1.0, 2.0):
        shutil.copy(pristine, county)  # a kill that let it finish would leave nothing to kill next
        for stale in county.parent.glob("county.db-*"):
            stale.unlink()
        _killed("--db", str(county), "exchange", "import", str(package), after=delay)
        found = _whole(county, before, before + TOWNSHIP_CASES)
        assert _received(county) == (1 if found > before else 0)
    done = fazhi("--db", str(county), "exchange", "import", str(package))
    assert done.returncode == 0, done.stderr
    assert _whole(county, before + TOWNSHIP_CASES) == before + TOWNSHIP_CASES
