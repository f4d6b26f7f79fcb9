"""`fazhi review …` end to end on a real database: the rules as data (switched off, weight changed,
the version recorded), the cases with findings, a 评查 from the higher level's Excel list, a random
sample with its seed, and 整改 closed by date."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.conformity.audits import AuditInput, add_audit
from fazhi_desktop.services.conformity.choices import set_rule
from fazhi_desktop.services.context import Context
from tests.services.conformity.cases import build


def _run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, dict[str, Any], str]:
    code = main(["--db", db, *args, "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else {}), err


def _ok(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict[str, Any]:
    code, payload, err = _run(capsys, db, *args)
    assert code == 0, err
    return payload


def test_rules_are_data_with_a_version(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = build(ctx, tmp_path)
    rules = _ok(capsys, db_url, "review", "rules")
    assert {r["id"] for r in rules["rules"]} >= {"intake.timely", "delivery.receipt", "accusation.secrecy"}
    assert all(r["article"] for r in rules["rules"])
    first = _ok(capsys, db_url, "review", "cases", "--from", "2024-09-01", "--to", "2024-09-30")
    assert first["count"] == 4
    assert {c["rules_version"] for c in first["cases"]} == {rules["version"]}
    secret = next(c for c in first["cases"] if c["id"] == built.secrecy)
    assert secret["findings"][0]["article"] and secret["score"] == 80

    changed = _ok(capsys, db_url, "review", "rules", "set", "accusation.secrecy", "--off")
    assert changed["version"] != rules["version"]
    _ok(capsys, db_url, "review", "rules", "set", "intake.timely", "--weight", "30")
    later = _ok(capsys, db_url, "review", "cases", "--from", "2024-09-01", "--to", "2024-09-30")
    assert later["count"] == 3  # the secrecy rule is off: judged again by the new version
    assert {c["rules_version"] for c in later["cases"]} == {_ok(capsys, db_url, "review", "rules")["version"]}
    late = next(c for c in later["cases"] if c["id"] == built.late_intake)
    assert late["score"] == 70
    only = _ok(capsys, db_url, "review", "cases", "--rule", "delivery.receipt", "--township", "塔峰镇")
    assert [c["id"] for c in only["cases"]] == [built.no_delivery]


def test_who_may_change_rules_and_record_reviews(ctx: Context) -> None:
    clerk = replace(ctx, actor=Actor("lisi", "李四", Role.CLERK))
    with pytest.raises(UserError, match="只有管理员"):
        set_rule(clerk, "intake.timely", enabled=False)
    viewer = replace(ctx, actor=Actor("wangwu", "王五", Role.VIEWER))
    with pytest.raises(UserError, match="只读"):
        add_audit(
            viewer, AuditInput(name="x", start=date(2024, 1, 1), end=date(2024, 12, 31), everything=True)
        )


def test_an_audit_from_the_higher_levels_list(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(ctx, tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["中央信访联席办第四批督办受理办理不规范事项"])
    sheet.append(["序号", "信访件编号", "不规范问题", "整改期限"])
    sheet.append([1, "431127-2024-000001", "告知内容不完整", "2024-12-31"])
    sheet.append([2, "431127-2099-999999", "答复未送达", None])
    sheet.append([3, "431127-2024-000002", None, None])
    path = tmp_path / "不规范事项.xlsx"
    book.save(path)
    audit = _ok(
        capsys,
        db_url,
        "review",
        "audit",
        "add",
        "--name",
        "第四批督办整改",
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        "--import",
        str(path),
    )
    assert audit["cases"] == 1
    assert sorted(s["row"] for s in audit["skipped"]) == [4, 5]
    shown = _ok(capsys, db_url, "review", "audit", "show", "第四批督办整改")
    assert [f["detail"] for f in shown["findings"]] == ["告知内容不完整"]
    assert shown["regularity_rate"] == 0.0
    closed = _ok(
        capsys, db_url, "review", "finding", "close", "431127-2024-000001", "upper", "--date", "2024-11-20"
    )
    assert closed["closed"] == 1
    assert _ok(capsys, db_url, "review", "audit", "show", "第四批督办整改")["regularity_rate"] == 1.0

    sample = _ok(
        capsys,
        db_url,
        "review",
        "audit",
        "add",
        "--name",
        "随机抽查",
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--sample",
        "2",
        "--seed",
        "7",
    )
    assert sample["seed"] == 7 and sample["cases"] == 3  # two of the not-routed group, one of the unit's
    listed = _ok(capsys, db_url, "review", "audit", "list")
    assert {a["name"] for a in listed["audits"]} == {"第四批督办整改", "随机抽查"}
    code, _, err = _run(
        capsys,
        db_url,
        "review",
        "audit",
        "add",
        "--name",
        "随机抽查",
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--all",
    )
    assert code == 1 and "已有名为" in err
