"""The clock's last details from the command line: 收信日期, the 2027 warning on `case show` and
`step`, and the extension setting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.cli import main
from tests.pdfread import flat

Capture = pytest.CaptureFixture[str]
UNOFFICIAL = "2027年节假日安排未录入"


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: Capture, *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def add(capsys: Capture, db_url: str, today: str, *extra: str) -> str:
    answer = run_json(
        capsys,
        "--db",
        db_url,
        "--today",
        today,
        "case",
        "add",
        "--name",
        "王建国",
        "--summary",
        "反映拖欠工资",
        "--nature",
        "申诉求决类",
        *extra,
    )
    number: str = answer["case"]["number"]
    return number


def test_a_letter_received_earlier_counts_its_15_days_from_then(capsys: Capture, db_url: str) -> None:
    received = add(capsys, db_url, "2024-09-25", "--channel", "来信", "--received-on", "2024-09-20")
    plain = add(capsys, db_url, "2024-09-25", "--channel", "来信", "--postmarked-on", "2024-09-18")
    day = ["--db", db_url, "--today", "2024-09-25"]
    shown = run_json(capsys, *day, "case", "show", received)["case"]
    assert (shown["received_on"], shown["due_date"], shown["deadline_kind"]) == (
        "2024-09-20",
        "2024-10-08",
        "route",
    )
    assert run_json(capsys, *day, "step", received)["deadlines"][0]["due"] == "2024-10-08"
    assert run_json(capsys, *day, "case", "show", plain)["case"]["due_date"] == "2024-10-10"


def test_case_show_and_step_warn_when_the_deadline_is_in_2027(
    capsys: Capture, db_url: str, tmp_path: Path
) -> None:
    number = add(capsys, db_url, "2026-12-20", "--channel", "来访")
    code, text, _ = run(capsys, "--db", db_url, "--today", "2026-12-20", "step", number, "accept")
    assert code == 0 and f"办理期限 2027-02-18（注意：{UNOFFICIAL}" in text
    day = ["--db", db_url, "--today", "2027-02-19"]
    run_json(capsys, *day, "retier")
    shown = run_json(capsys, *day, "case", "show", number)["case"]
    assert shown["due_date"] == "2027-02-18"
    assert shown["calendar_warning"] == f"{UNOFFICIAL}，期限只按周末推算，请核对"
    assert shown["tier_reasons"].startswith(f"红：已超期 1 天（办理期限 2027-02-18，{UNOFFICIAL}")
    code, text, _ = run(capsys, *day, "case", "show", number)
    assert code == 0 and f"注意：{UNOFFICIAL}" in text and "办理期限：2027-02-18" in text
    code, text, _ = run(capsys, *day, "step", number)
    assert code == 0 and f"办理期限：2027-02-18（已超期，剩 -1 天）；注意：{UNOFFICIAL}" in text
    out = tmp_path / "c.pdf"
    run_json(capsys, *day, "report", "case", "-o", str(out), "--case", number)
    assert f"2027年2月18日（注：{UNOFFICIAL}" in flat(out)


def test_the_extension_setting_from_the_command_line(capsys: Capture, db_url: str) -> None:
    number = add(capsys, db_url, "2024-08-05", "--channel", "来访")
    run_json(capsys, "--db", db_url, "--today", "2024-08-05", "step", number, "accept")
    day = ["--db", db_url, "--today", "2024-09-30"]
    extend = [
        "step",
        number,
        "extend",
        "--set",
        "days=30",
        "--set",
        "approver=局长",
        "--set",
        "reason=情况复杂",
    ]
    run_json(capsys, *day, *extend)
    assert run_json(capsys, *day, "case", "show", number)["case"]["due_date"] == "2024-11-04"
    assert run_json(capsys, *day, "settings", "set", "extension_from_original_day", "否")["value"] is False
    assert run_json(capsys, *day, "case", "show", number)["case"]["due_date"] == "2024-11-07"
    code, _, err = run(capsys, *day, "settings", "set", "extension_from_original_day", "maybe")
    assert code == 1 and "应为 true（是）或 false（否）" in err
