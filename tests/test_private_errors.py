"""No error message or log line carries personal data, and the log is the user's alone (issue 16).

A trigger makes the database refuse the petitioner's row, whose ID number is among the statement's
parameters: once as an integrity error (a sentence for the user), once with an error the program
does not know (logged with its traceback). PostgreSQL's "Key (id_number)=(…)" is `redact`'s test.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from tests.excel.ledger_workbooks import valid_id
from tests.test_cli import fazhi

ID_NUMBER = valid_id("43112719800101123")
PHONE = "13812345678"


@pytest.mark.parametrize(
    "trigger",
    ["SELECT RAISE(ABORT, 'refused')", "SELECT no_such_function(NEW.id_number)"],
    ids=["integrity-error", "unknown-error"],
)
def test_a_database_error_never_shows_the_id_number(tmp_path: Path, trigger: str) -> None:
    db = tmp_path / "office.db"
    env = {"XDG_STATE_HOME": str(tmp_path / "state"), "FAZHI_DEBUG": ""}
    assert (
        fazhi("--db", str(db), "init", "--office", "431127", "--name", "蓝山县信访局", env=env).returncode
        == 0
    )
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON petitioners BEGIN {trigger}; END")
    conn.commit()
    conn.close()
    done = fazhi(
        "--db", str(db), "case", "add", "--channel", "来访", "--summary", "拖欠工资",
        "--name", "王某某", "--id-number", ID_NUMBER, "--phone", PHONE, env=env,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(("错误：", "内部错误："))
    logs = list((tmp_path / "state").rglob("fazhi.log*"))
    for log in logs:
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        text = log.read_text(encoding="utf-8")
        assert ID_NUMBER not in text and PHONE not in text
    for shown in (done.stderr, done.stdout):
        assert ID_NUMBER not in shown and PHONE not in shown and ID_NUMBER[:14] not in shown
    if "RAISE" in trigger:
        assert done.stderr.startswith("错误：数据库拒绝保存")
    else:
        assert logs and "Traceback" in logs[0].read_text(encoding="utf-8")


def test_redact_masks_what_a_driver_quotes() -> None:
    from fazhi_desktop.domain.redact import redact

    pg = (
        f'duplicate key value violates unique constraint "uq_petitioners_id_number"\n'
        f"DETAIL:  Key (id_number)=({ID_NUMBER}) already exists.\n"
        f"[SQL: INSERT INTO petitioners (name, id_number) VALUES (%(name)s, %(id_number)s)]\n"
        f"[parameters: {{'name': '王某某', 'id_number': '{ID_NUMBER}'}}]"
    )
    masked = redact(pg)
    assert ID_NUMBER not in masked and "王某某" not in masked and "uq_petitioners_id_number" in masked
    assert redact(f"电话 {PHONE}，座机 0746-8221234") == "电话 ***，座机 ***"
