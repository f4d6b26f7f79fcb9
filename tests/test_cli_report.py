"""fazhi report KIND -o FILE.pdf and fazhi report templates: the command line's contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.context import Context
from tests.pdfread import flat
from tests.services.report_helpers import make_samples

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


def test_reports_and_documents_from_the_command_line(
    capsys: Capture, ctx: Context, db_url: str, tmp_path: Path
) -> None:
    samples = make_samples(ctx)
    out = tmp_path / "受理告知书.pdf"
    number = case_detail(ctx, samples.extended).number
    answer = run_json(capsys, "--db", db_url, "report", "accept", "-o", str(out), "--case", number)
    assert answer == {
        "file": str(out),
        "pages": 1,
        "kind": "accept",
        "title": "信访事项受理告知书",
        "step_recorded": True,
    }
    assert number in flat(out)
    code, text, _ = run(capsys, "--db", db_url, "report", "accept", "-o", str(out), "--case", number)
    assert code == 0 and text.startswith("已生成受理告知书：") and "告知" not in text.split("\n")[1:]

    summary = run_json(
        capsys,
        "--db",
        db_url,
        "report",
        "summary",
        "-o",
        str(tmp_path / "s.pdf"),
        "--from",
        "2024-01-01",
        "--to",
        "2024-11-20",
    )
    assert summary["kind"] == "summary" and summary["pages"] >= 1
    agenda = run_json(
        capsys, "--db", db_url, "report", "agenda", "-o", str(tmp_path / "a.pdf"), "--date", "2024-11-20"
    )
    annual = run_json(
        capsys, "--db", db_url, "report", "annual", "-o", str(tmp_path / "y.pdf"), "--year", "2024"
    )
    assert agenda["pages"] >= 1 and annual["pages"] >= 1
    assert "全年共受理信访事项" in flat(tmp_path / "y.pdf")


def test_a_document_that_does_not_fit_exits_1_with_one_chinese_line(
    capsys: Capture, ctx: Context, db_url: str, tmp_path: Path
) -> None:
    samples = make_samples(ctx)
    number = case_detail(ctx, samples.accusation).number
    code, out, err = run(
        capsys, "--db", db_url, "report", "reject", "-o", str(tmp_path / "r.pdf"), "--case", number
    )
    assert (code, out) == (1, "") and err.startswith("错误：检举控告类事项") and err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()
    code, _, err = run(
        capsys, "--db", db_url, "report", "case", "-o", str(tmp_path / "c.txt"), "--case", number
    )
    assert code == 1 and "应以 .pdf 结尾" in err
    code, _, err = run(
        capsys, "--db", db_url, "report", "case", "-o", str(tmp_path / "c.pdf"), "--case", "nope"
    )
    assert code == 1 and "找不到信访件" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", db_url, "report", "summary", "-o", str(tmp_path / "s.pdf"), "--case", number])
    assert usage.value.code == 2


def test_templates_from_the_command_line(capsys: Capture, db_url: str, tmp_path: Path) -> None:
    listed = run_json(capsys, "--db", db_url, "report", "templates", "list")
    assert {t["kind"] for t in listed["templates"]} >= {"office", "accept", "reject", "reply", "completion"}
    assert all(t["changed"] == [] for t in listed["templates"])
    changed = run_json(
        capsys, "--db", db_url, "report", "templates", "set", "office", "phone", "0746-2212345"
    )
    assert changed == {"template": "office", "field": "phone", "value": "0746-2212345"}
    body = tmp_path / "body.txt"
    body.write_text("{信访人}：\n已受理。", encoding="utf-8")
    run_json(capsys, "--db", db_url, "report", "templates", "set", "accept", "body", "--file", str(body))
    shown = run_json(capsys, "--db", db_url, "report", "templates", "show", "accept")
    fields = {f["name"]: f for f in shown["fields"]}
    assert fields["body"]["value"] == "{信访人}：\n已受理。" and fields["body"]["changed"]
    assert "受理日期" in shown["placeholders"]
    code, _, err = run(capsys, "--db", db_url, "report", "templates", "set", "accept", "title", "{不存在}")
    assert code == 1 and "不认识" in err
    run_json(capsys, "--db", db_url, "report", "templates", "reset", "accept")
    listed = run_json(capsys, "--db", db_url, "report", "templates", "list")
    assert {t["kind"]: t["changed"] for t in listed["templates"]}["accept"] == []
    code, _, err = run(capsys, "--db", db_url, "settings", "set", "report_templates", "x")
    assert code == 1 and "report templates set" in err
