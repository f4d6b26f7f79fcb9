"""The command line of the statutory clock: fazhi calendar due | import | show, fazhi retier, fazhi step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.cli import main

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: Capture, *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def test_calendar_due_prints_exactly_the_due_date_and_warnings(capsys: Capture, db_url: str) -> None:
    assert run_json(capsys, "--db", db_url, "calendar", "due", "2024-09-17", "15") == {
        "due": "2024-10-08",
        "warnings": [],
    }
    working = run_json(capsys, "--db", db_url, "calendar", "due", "2024-09-27", "5", "--working-days")
    assert working == {"due": "2024-10-10", "warnings": []}
    unknown = run_json(capsys, "--db", db_url, "calendar", "due", "2027-03-01", "12")
    assert unknown == {"due": "2027-03-15", "warnings": ["2027年节假日安排未录入"]}
    code, out, _ = run(capsys, "--db", db_url, "calendar", "due", "2027-03-01", "12")
    assert code == 0 and "期限至 2027-03-15" in out and "2027年节假日安排未录入" in out


def test_calendar_import_and_show(capsys: Capture, db_url: str, tmp_path: Path) -> None:
    csv = tmp_path / "2027.csv"
    csv.write_text("日期,类型,名称\n2027-01-01,休,元旦\n2027-02-06,班,春节\n", encoding="utf-8-sig")
    imported = run_json(capsys, "--db", db_url, "calendar", "import", str(csv))
    assert (imported["years"], imported["days"]) == ([2027], 2)
    shown = run_json(capsys, "--db", db_url, "calendar", "show", "--year", "2027")
    assert shown["known"] and shown["entered"] and shown["warning"] is None
    assert shown["days"] == [
        {"date": "2027-01-01", "kind": "rest", "name": "元旦"},
        {"date": "2027-02-06", "kind": "work", "name": "春节"},
    ]
    assert run_json(capsys, "--db", db_url, "calendar", "due", "2027-03-01", "12")["warnings"] == []


def test_a_bad_calendar_file_exits_1_with_the_line_number(
    capsys: Capture, db_url: str, tmp_path: Path
) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("date,kind,name\n2027-01-01,rest,元旦\n2027-13-01,rest,x\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db_url, "calendar", "import", str(csv))
    assert (code, out) == (1, "") and err.startswith("错误：第 3 行：日期无法识别")
    code, _, err = run(capsys, "--db", db_url, "calendar", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "无法读取文件" in err


def test_a_case_walks_through_its_steps_from_the_command_line(capsys: Capture, db_url: str) -> None:
    day = ["--db", db_url, "--today", "2024-11-01"]
    case = run_json(
        capsys,
        *day,
        "case",
        "add",
        "--channel",
        "来信",
        "--name",
        "王建国",
        "--summary",
        "反映拖欠工资",
        "--nature",
        "申诉求决类",
    )
    number = case["case"]["number"]
    unit = run_json(capsys, *day, "directory", "add", "unit", "--name", "县人力资源和社会保障局")["entry"][
        "id"
    ]
    listed = run_json(capsys, *day, "step", number)
    assert listed["state"] == "registered" and "accept" in listed["allowed"]
    assert listed["deadlines"] == [
        {"kind": "route", "due": "2024-11-18", "days_left": 17, "state": "on_time"}
    ]

    assigned = run_json(
        capsys, *day, "step", number, "交办", "--set", f"unit_id={unit}", "--set", "unit_deadline=2024-12-10"
    )
    assert assigned["case"]["state"] == "forwarded"
    signed = run_json(capsys, *day, "step", number, "sign_for")
    assert (signed["case"]["state"], signed["case"]["deadline"], signed["case"]["due"]) == (
        "handling",
        "inform",
        "2024-11-18",
    )

    code, _, err = run(
        capsys,
        *day,
        "step",
        number,
        "extend",
        "--set",
        "days=40",
        "--set",
        "approver=局长",
        "--set",
        "reason=情况复杂",
    )
    assert code == 1 and err.startswith("错误：延期不得超过 30 日（《信访工作条例》")
    code, _, err = run(capsys, *day, "step", number, "reply", "--set", "outcome=同意")
    assert code == 1 and "outcome 无法识别：同意" in err
    replied = run_json(
        capsys, *day, "step", number, "reply", "--set", "outcome=予以支持", "--date", "2024-11-01"
    )
    assert replied == {**replied, "case": {**replied["case"], "state": "replied"}}
    code, _, err = run(capsys, *day, "step", number, "reply", "--set", "colour=red")
    assert code == 1 and "没有这些项目：colour" in err

    retiered = run_json(capsys, "--db", db_url, "--today", "2024-11-02", "retier")
    assert retiered["cases"] == 1 and set(retiered["tiers"]) == {"red", "yellow", "green"}


def test_settings_of_the_clock_are_set_from_the_command_line(capsys: Capture, db_url: str) -> None:
    set_list = run_json(
        capsys, "--db", db_url, "settings", "set", "handling_clock_natures", "claim,suggestion"
    )
    assert set_list["value"] == ["claim", "suggestion"]
    code, _, err = run(capsys, "--db", db_url, "settings", "set", "working_day_periods", "objection,lunch")
    assert code == 1 and "只能从这些值中选择" in err
    code, _, err = run(capsys, "--db", db_url, "settings", "set", "period_handling_days", "0")
    assert code == 1 and "1 到 365" in err
