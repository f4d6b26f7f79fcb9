"""The command-line contract of DESIGN.md: commands, --json, exit codes, one Chinese line on errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fazhi_desktop.cli import main
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.store.database import connect
from fazhi_desktop.store.models import Case
from tests.services.helpers import id_number
from tests.users import make_user

STATS_KEYS = {
    "period",
    "cases",
    "people",
    "closed",
    "collective_visits",
    "distinct_petitioners",
    "by_channel",
    "by_month",
    "satisfaction",
    "indicators",
    "outreach",
}
INDICATOR_KEYS = {
    "timely_acceptance_rate",
    "on_time_completion_rate",
    "participation_rate",
    "satisfaction_rate",
    "first_time_resolution_rate",
    "accurate_forwarding_rate",
    "repeat_rate",
    "yoy_change",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def fazhi(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real console program in its own process (for exit codes and what reaches the terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "fazhi_desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_init_then_register_then_stats(capsys: pytest.CaptureFixture[str], empty_db_url: str) -> None:
    init = run_json(capsys, "--db", empty_db_url, "init", "--office", "431127", "--name", "蓝山县信访局")
    assert init["office"]["code"] == "431127" and init["office"]["local"] is True
    office = run_json(
        capsys,
        "--db",
        empty_db_url,
        "office",
        "add",
        "--office",
        "431127100",
        "--name",
        "塔峰镇信访办",
        "--level",
        "township",
    )
    assert office["office"]["parent"] == "431127"
    run_json(capsys, "--db", empty_db_url, "directory", "add", "township", "--name", "塔峰镇")
    case = run_json(
        capsys,
        "--db",
        empty_db_url,
        "case",
        "add",
        "--channel",
        "来访",
        "--name",
        "王建国",
        "--id-number",
        id_number(),
        "--phone",
        "13812345678",
        "--summary",
        "反映拖欠工资",
        "--township",
        "塔峰镇",
        "--category",
        "劳动报酬",
        "--nature",
        "申诉求决类",
        "--people",
        "6",
        "--date",
        "2024-11-01",
    )
    assert case["case"]["number"] == "431127-2024-000001" and case["case"]["is_collective"] is True
    stats = run_json(capsys, "--db", empty_db_url, "stats", "--from", "2024-01-01", "--to", "2024-12-31")
    assert set(stats) >= STATS_KEYS
    assert set(stats["indicators"]) >= INDICATOR_KEYS  # DESIGN.md: "prints at least"
    assert (stats["cases"], stats["people"], stats["collective_visits"]) == (1, 6, 1)
    assert stats["by_month"]["2024-11"] == 1 and len(stats["by_month"]) == 12
    assert stats["outreach"] == {"events": 0, "materials": 0, "people_reached": 0}


def test_json_is_accepted_before_and_after_the_command(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    before = main(["--db", db_url, "--json", "stats"])
    first = json.loads(capsys.readouterr().out)
    after = main(["--db", db_url, "stats", "--json"])
    second = json.loads(capsys.readouterr().out)
    assert before == after == 0 and first == second


def test_demo_fills_a_database_that_stats_counts(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    made = run_json(capsys, "--db", db_url, "demo", "--cases", "600", "--seed", "7")
    assert made["cases"] == 600
    stats = run_json(capsys, "--db", db_url, "stats", "--from", made["from"], "--to", made["to"])
    counted = 600 - _voided(db_url)  # registrations voided as mistakes (作废) are not counted
    assert 580 < counted < 600
    assert stats["cases"] == counted
    assert sum(stats["by_channel"].values()) == counted
    assert sum(stats["by_month"].values()) == counted
    assert stats["people"] > 600 and stats["collective_visits"] > 0
    assert 0 < stats["distinct_petitioners"] < stats["people"]
    # A year of 宣传, 学法 and 接访 beside the cases, none after the last demo case.
    assert made["outreach_events"] > 20 * (int(made["to"][:4]) - int(made["from"][:4]))
    assert made["study_sessions"] > 0 and made["receptions"] > 0
    assert stats["outreach"]["events"] > 0 and stats["outreach"]["materials"] > stats["outreach"]["events"]
    events = run_json(capsys, "--db", db_url, "outreach", "list")
    assert events["total"] == made["outreach_events"]
    assert max(e["date"] for e in events["events"]) <= made["to"]
    listed = run_json(capsys, "--db", db_url, "case", "list", "--limit", "3")
    assert listed["total"] == 600 and len(listed["cases"]) == 3
    numbers = [c["number"] for c in listed["cases"]]
    shown = run_json(capsys, "--db", db_url, "case", "show", numbers[0])
    assert shown["case"]["number"] == numbers[0]
    assert shown["steps"][0]["kind"] == "register"


def _voided(db: str) -> int:
    database = connect(db)
    try:
        with database.reading() as session:
            voided = select(func.count()).select_from(Case).where(Case.state == "void")
            return int(session.scalar(voided) or 0)
    finally:
        database.close()


def _cases(capsys: pytest.CaptureFixture[str], db: str) -> int:
    stats = run_json(capsys, "--db", db, "stats", "--from", "2000-01-01", "--to", "2030-12-31")
    return int(stats["cases"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id-number", "431127199003071230"], "校验码"),
        (["--id-number", "43112719900307"], "证件号码"),
        (["--date", "2024-11-21"], "晚于今天"),
        (["--summary", "  "], "摘要不能为空"),
        (["--channel", "传真"], "信访形式"),
        (["--category", "没有这个分类"], "内容分类"),
    ],
)
def test_bad_input_is_one_chinese_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_url: str,
    args: list[str],
    message: str,
) -> None:
    base = {"--channel": "visit", "--name": "王建国", "--summary": "反映拖欠工资"}
    for key, value in zip(args[::2], args[1::2], strict=True):
        base[key] = value
    flat = [item for pair in base.items() for item in pair]
    before = _cases(capsys, db_url)
    code, out, err = run(capsys, "--db", db_url, "case", "add", *flat)
    assert code == 1
    assert out == ""
    assert err.startswith("错误：") and message in err
    assert "Traceback" not in err
    assert _cases(capsys, db_url) == before


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["stats", "--from", "2024-13-01"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook either")
    result = fazhi("--db", str(path), "stats")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "不是法治信访的数据库" in result.stderr
    assert path.read_bytes() == b"PK\x03\x04 not really a workbook either"


def test_a_database_locked_by_another_program(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    assert fazhi("--db", str(path), "init", "--office", "431127", "--name", "蓝山县信访局").returncode == 0
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        result = fazhi(
            "--db",
            str(path),
            "case",
            "add",
            "--channel",
            "visit",
            "--name",
            "王建国",
            "--summary",
            "反映拖欠工资",
            env={"FAZHI_BUSY_TIMEOUT_MS": "300"},
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 1
    assert "锁定" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM cases").fetchone() == (0,)
    check.close()


def test_a_database_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    assert fazhi("--db", str(path), "init").returncode == 0
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    result = fazhi("--db", str(path), "stats", "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert "更新版本" in result.stderr and "Traceback" not in result.stderr


def test_registering_without_an_office_says_how_to_set_it(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    result = fazhi(
        "--db", str(path), "case", "add", "--channel", "visit", "--name", "王建国", "--summary", "反映"
    )
    assert result.returncode == 1 and "fazhi init --office" in result.stderr


def test_the_user_is_recorded_from_the_option(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    make_user(db_url, "li_clerk", Role.CLERK)  # --user names a user who logs in (issue #17)
    run_json(
        capsys,
        "--db",
        db_url,
        "--user",
        "li_clerk",
        "case",
        "add",
        "--channel",
        "phone",
        "--name",
        "李秀英",
        "--summary",
        "咨询低保政策",
    )
    from sqlalchemy import select

    from fazhi_desktop.store.database import connect
    from fazhi_desktop.store.models import AuditEntry

    db = connect(db_url)
    with db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    db.close()
    assert last is not None and last.user_login == "li_clerk" and last.action == "case.register"
