"""fazhi --user with a password, fazhi init making the administrator, fazhi user …, and the 审计员's trail
on the command line."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.logs import log_file
from tests.conftest import TEST_PASSWORD

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NEW = "Shenji-2024"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def _audit(db: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as raw:
        rows = raw.execute("SELECT action, outcome, user_login FROM audit_log ORDER BY seq").fetchall()
    raw.close()
    return [tuple(r) for r in rows]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "fazhi.db")
    code, _out, err = run(capsys, "--db", path, "init", "--office", "431127", "--name", "蓝山县信访局")
    assert code == 0 and "已创建管理员「tester」" in err
    return path


def test_init_creates_the_administrator_and_user_commands_manage_accounts(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    [admin] = run_json(capsys, "--db", db, "user", "list")["users"]
    assert admin["login"] == "tester" and admin["role"] == "admin" and not admin["must_change_password"]
    monkeypatch.setenv("FAZHI_NEW_PASSWORD", "Initial-2024")
    added = run_json(
        capsys, "--db", db, "user", "add", "--login", "ShenJi", "--name", "审计员甲", "--role", "审计员"
    )
    assert added["user"]["login"] == "shenji" and added["user"]["must_change_password"]
    code, _out, err = run(capsys, "--db", db, "user", "add", "--login", "x", "--name", "某", "--role", "皇帝")
    assert code == 1 and "没有「皇帝」这个角色" in err
    # The first log-in with the administrator's password must change it first…
    monkeypatch.setenv("FAZHI_PASSWORD", "Initial-2024")
    code, _out, err = run(capsys, "--db", db, "--user", "shenji", "audit", "list")
    assert code == 1 and "请先修改密码" in err and "user passwd" in err
    monkeypatch.setenv("FAZHI_NEW_PASSWORD", NEW)
    assert run_json(capsys, "--db", db, "--user", "shenji", "user", "passwd")["changed"]
    monkeypatch.setenv("FAZHI_PASSWORD", NEW)
    entries = run_json(capsys, "--db", db, "--user", "SHENJI", "audit", "list")["entries"]
    assert [e["action"] for e in entries if e["action"].startswith("user.")] == [
        "user.add",
        "user.add",
        "user.passwd",
    ]
    # Disabled, it cannot log in; enabled again, it can.
    monkeypatch.setenv("FAZHI_PASSWORD", TEST_PASSWORD)
    assert not run_json(capsys, "--db", db, "user", "disable", "shenji")["user"]["active"]
    monkeypatch.setenv("FAZHI_PASSWORD", NEW)
    code, _out, err = run(capsys, "--db", db, "--user", "shenji", "audit", "list")
    assert code == 1 and "已停用" in err
    monkeypatch.setenv("FAZHI_PASSWORD", TEST_PASSWORD)
    run_json(capsys, "--db", db, "user", "enable", "shenji")
    monkeypatch.setenv("FAZHI_NEW_PASSWORD", "Reset-2024x")
    assert run_json(capsys, "--db", db, "user", "reset", "shenji")["user"]["must_change_password"]


def test_the_administrator_may_not_read_the_trail_and_the_refusal_is_audited(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (("audit", "list"), ("audit", "verify"), ("audit", "export", "x.xlsx")):
        code, _out, err = run(capsys, "--db", db, *args)
        assert code == 1 and "只有审计员可以" in err
    refused = [row for row in _audit(db) if row[0] == "permission.refused"]
    assert refused == [("permission.refused", "failed", "tester")] * 3


def test_a_wrong_password_exits_1_and_writes_only_a_failed_log_in(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _audit(db)
    monkeypatch.setenv("FAZHI_PASSWORD", "Not-the-2024")
    code, out, err = run(
        capsys, "--db", db, "case", "add", "--channel", "visit", "--name", "王建国", "--summary", "反映"
    )
    assert code == 1 and out == "" and "用户名或密码不对。再输错 4 次" in err
    assert _audit(db) == [*before, ("user.login", "failed", "tester")]
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM cases").fetchone() == (0,)
        details = raw.execute("SELECT summary || details FROM audit_log").fetchall()
    raw.close()
    assert not [d for d in details if "Not-the-2024" in d[0] or TEST_PASSWORD in d[0]]
    assert "Not-the-2024" not in log_file().read_text(encoding="utf-8", errors="replace")
    # An unknown user is refused the same way.
    code, _out, err = run(capsys, "--db", db, "--user", "mallory", "case", "list")
    assert code == 1 and "用户名或密码不对" in err


def test_without_a_password_and_no_terminal_the_command_says_to_set_it(db: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FAZHI_PASSWORD"}
    result = subprocess.run(
        [sys.executable, "-m", "fazhi_desktop", "--db", db, "case", "list"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert result.returncode == 1 and "FAZHI_PASSWORD" in result.stderr and "Traceback" not in result.stderr


def test_a_weak_first_password_makes_no_administrator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "fazhi.db")
    monkeypatch.setenv("FAZHI_PASSWORD", "123456")
    code, _out, err = run(capsys, "--db", path, "init")
    assert code == 1 and "至少要有 8 个字符" in err
    monkeypatch.setenv("FAZHI_PASSWORD", TEST_PASSWORD)
    assert run(capsys, "--db", path, "init")[0] == 0


def test_an_old_database_gets_its_administrator_at_the_first_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "fazhi-0.1.0-rev0006.db", path)
    code, _out, err = run(capsys, "--db", str(path), "--user", "Chen", "case", "list")
    assert code == 0 and "已创建管理员「chen」" in err
    [admin] = run_json(capsys, "--db", str(path), "--user", "chen", "user", "list")["users"]
    assert admin["role"] == "admin"
    # From now on the database has a user: another login is refused.
    code, _out, err = run(capsys, "--db", str(path), "--user", "someone", "case", "list")
    assert code == 1 and "用户名或密码不对" in err
