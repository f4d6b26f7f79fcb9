"""fazhi audit list|export|verify and fazhi report audit-seal: the trail as the 审计员 reads it, and
its head on a signed paper that exposes even a rewrite of the whole chain."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.store import audit_chain, audit_guard
from tests import pdfread
from tests.users import make_user


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """A database whose administrator is tester, with two 审计员 (shenji and 张三); commands act as shenji."""
    path = str(tmp_path / "fazhi.db")
    assert run(capsys, "--db", path, "init", "--office", "431127", "--name", "蓝山县信访局")[0] == 0
    make_user(path, "shenji", Role.AUDITOR, name="审计员甲")
    make_user(path, "张三", Role.AUDITOR)
    monkeypatch.setenv("FAZHI_USER", "shenji")
    return path


def test_list_filters_by_user_action_and_day_and_keeps_the_real_clock(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # --today fixes the case clock to 2019; the trail keeps the machine's date.
    run(
        capsys,
        "--db",
        db,
        "--user",
        "张三",
        "--today",
        "2019-06-01",
        "report",
        "audit-seal",
        "-o",
        str(tmp_path / "s.pdf"),
    )
    listed = run_json(capsys, "--db", db, "audit", "list", "--user", "张三")
    assert listed["total"] == 1 and listed["entries"][0]["action"] == "audit.seal"
    assert listed["entries"][0]["at"].startswith(datetime.now().strftime("%Y-%m-%d"))
    assert listed["entries"][0]["host"]
    today = datetime.now().strftime("%Y-%m-%d")
    assert (
        run_json(capsys, "--db", db, "audit", "list", "--from", "2019-01-01", "--to", "2019-12-31")["total"]
        == 0
    )
    by_day = run_json(capsys, "--db", db, "audit", "list", "--from", today, "--to", today)
    every = run_json(capsys, "--db", db, "audit", "list")
    assert by_day["total"] == every["total"] > 1
    assert run_json(capsys, "--db", db, "audit", "list", "--action", "audit")["total"] == 1
    assert [e["seq"] for e in every["entries"]] == list(range(1, every["total"] + 1))
    limited = run_json(capsys, "--db", db, "audit", "list", "--limit", "2")
    assert limited["shown"] == 2 and limited["entries"][-1]["seq"] == every["total"]


def test_export_writes_every_entry_with_its_hash_and_is_audited(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = run_json(capsys, "--db", db, "audit", "list")["total"]
    target = tmp_path / "审计记录.xlsx"
    result = run_json(capsys, "--db", db, "audit", "export", str(target))
    assert result["entries"] == before
    sheet = openpyxl.load_workbook(target, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[2][0] == "序号" and len(rows) == 3 + before
    assert [r[0] for r in rows[3:]] == list(range(1, before + 1))
    assert all(len(str(r[12])) == 64 for r in rows[3:])
    after = run_json(capsys, "--db", db, "audit", "list", "--action", "audit.export")
    assert after["total"] == 1 and after["entries"][0]["details"]["entries"] == before


def test_the_seal_names_the_head_and_verify_compares_with_it(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "存证单.pdf"
    sealed = run_json(capsys, "--db", db, "report", "audit-seal", "-o", str(pdf))
    assert sealed["pages"] == 1
    text = pdfread.flat(pdf)
    assert "审计存证单" in text and "蓝山县信访局" in text and "单位负责人" in text
    assert f"第{sealed['seq']}条" in text
    assert audit_chain.format_hash(sealed["hash"]).replace(" ", "") in text
    assert all(embedded for embedded in pdfread.fonts(pdf).values())
    ok = run_json(
        capsys, "--db", db, "audit", "verify", "--seq", str(sealed["seq"]), "--hash", sealed["hash"]
    )
    assert ok["ok"] and ok["sealed"]["matches"]

    # Someone with the file rewrites the whole chain from entry 1 on, consistently: `fazhi check`
    # cannot tell, but the signed paper can.
    with sqlite3.connect(db) as raw:
        for name in audit_guard.SQLITE_TRIGGERS:
            raw.execute(f"DROP TRIGGER {name}")
        raw.row_factory = sqlite3.Row
        rows = [dict(r) for r in raw.execute("SELECT * FROM audit_log ORDER BY seq")]
        rows[0]["user_login"] = "别人"
        for row in rows:
            row["at"] = datetime.fromisoformat(row["at"])
            row["details"] = json.loads(row["details"])
            row["entity_uuid"] = uuid.UUID(row["entity_uuid"]) if row["entity_uuid"] else None
        for row in audit_chain.chain_rows(rows):
            raw.execute(
                "UPDATE audit_log SET user_login = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (row["user_login"], row["prev_hash"], row["hash"], row["id"]),
            )
        for name, body in audit_guard.SQLITE_TRIGGERS.items():
            raw.execute(f"CREATE TRIGGER {name} {body}")
    raw.close()
    assert run(capsys, "--db", db, "check")[0] == 0
    code, _out, err = run(
        capsys, "--db", db, "audit", "verify", "--seq", str(sealed["seq"]), "--hash", sealed["hash"]
    )
    assert code == 1 and "不相符" in err


def test_no_seal_over_a_broken_chain(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with sqlite3.connect(db) as raw:
        raw.execute("DROP TRIGGER audit_log_no_delete")
        raw.execute("DELETE FROM audit_log WHERE seq = 1")
    raw.close()
    code, _out, err = run(capsys, "--db", db, "report", "audit-seal", "-o", str(tmp_path / "s.pdf"))
    assert code == 1 and "审计记录第 1 条缺失" in err and not (tmp_path / "s.pdf").exists()
    assert run(capsys, "--db", db, "audit", "verify")[0] == 1
