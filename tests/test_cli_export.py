"""`fazhi export ledger`: the command-line contract (JSON, masking, the period, exit 1 with one line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from fazhi_desktop.services.context import open_context
from tests.excel.ledger_cases import WANG_ID, Built, build
from tests.test_cli import run, run_json


@pytest.fixture
def built(db_url: str) -> Built:
    ctx = open_context(db_url, "tester")
    try:
        return build(ctx)
    finally:
        ctx.close()


def _ids(path: Path) -> dict[str, str]:
    rows = load_workbook(path)["台账"].iter_rows(min_row=3, values_only=True)
    return {str(r[1]): str(r[6]) for r in rows if r[6] is not None}


def test_export_ledger_of_a_period(
    capsys: pytest.CaptureFixture[str], db_url: str, built: Built, tmp_path: Path
) -> None:
    target = tmp_path / "上半年.xlsx"
    answer = run_json(
        capsys, "--db", db_url, "export", "ledger", str(target), "--from", "2024-01-01", "--to", "2024-06-30"
    )
    assert answer == {
        "file": str(target),
        "rows": 2,
        "period": {"from": "2024-01-01", "to": "2024-06-30"},
        "unmasked": False,
        # What was left out, and why (issue 19): the voided visit of 2024-04-10.
        "left_out": [{"count": 1, "reason": "已作废"}],
    }
    assert _ids(target) == {built.wages: WANG_ID[:6] + "********" + WANG_ID[-4:]}
    code, out, err = run(capsys, "--db", db_url, "export", "ledger", str(target), "--office", "431127")
    assert code == 0 and "已导出信访事项台账" in out and "4 件" in out and err == ""
    assert "已作废的1件未导出" in out


def test_unmasked_export(
    capsys: pytest.CaptureFixture[str], db_url: str, built: Built, tmp_path: Path
) -> None:
    target = tmp_path / "全.xlsx"
    answer = run_json(capsys, "--db", db_url, "export", "ledger", str(target), "--unmasked")
    assert answer["unmasked"] is True and answer["rows"] == 4
    assert _ids(target) == {built.wages: WANG_ID}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2024-13-01"), "--from：2024-13-01 不是有效日期"),
        (("--to", "昨天"), "--to：日期格式应为 YYYY-MM-DD"),
        (("--from", "2024-06-30", "--to", "2024-01-01"), "晚于截止日期"),
        (("--office", "999999"), "单位代码 999999 不存在"),
    ],
)
def test_bad_options_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "--db", db_url, "export", "ledger", str(tmp_path / "x.xlsx"), *args)
    assert code == 1 and out == ""
    assert err.startswith("错误：") and message in err and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_a_file_it_cannot_write_exits_1(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", db_url, "export", "ledger", str(tmp_path / "无" / "x.xlsx"))
    assert code == 1 and "不存在" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", db_url, "export", "ledger", str(tmp_path / "x.csv"))
    assert code == 1 and ".xlsx" in err


def test_export_stats_is_still_there(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    answer = run_json(capsys, "--db", db_url, "export", "stats", str(tmp_path / "s.xlsx"))
    assert answer["sheets"][0] == "指标"
