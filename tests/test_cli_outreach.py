"""`fazhi outreach`, `fazhi study`, `fazhi reception`: every command with --json, a Chinese line on errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_desktop.domain.attachments import MAX_ATTACHMENT_BYTES
from tests.excel.workbooks import IMPORTED, messy_ledger
from tests.images import png_bytes
from tests.test_cli import run, run_json


def test_add_list_and_total_events(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    run_json(capsys, "--db", db_url, "directory", "add", "township", "--name", "塔峰镇")
    photo = tmp_path / "现场.png"
    photo.write_bytes(png_bytes())
    added = run_json(
        capsys,
        "--db", db_url, "outreach", "add",
        "--date", "2024-03-05", "--title", "《信访工作条例》宣传进社区", "--kind", "进社区",
        "--place", "塔峰镇文化广场", "--township", "塔峰镇",
        "--leaflets", "5000份", "--brochures", "5000", "--materials", "1.2万",
        "--boards", "8", "--banners", "15", "--consultations", "320", "--people", "8.5万",
        "--units", "30", "--unit-names", "公安局、法院",
        "--photo", str(photo),
    )  # fmt: skip
    event = added["event"]
    assert (event["materials"], event["people_reached"], event["units"], event["photos"]) == (
        22000,
        85000,
        30,
        1,
    )
    run_json(
        capsys,
        "--db",
        db_url,
        "outreach",
        "add",
        "--date",
        "2023-06-01",
        "--title",
        "旧活动",
        "--kind",
        "其他",
    )

    listed = run_json(capsys, "--db", db_url, "outreach", "list", "--year", "2024")
    assert listed["total"] == 1 and listed["events"][0]["township"] == "塔峰镇"
    assert run_json(capsys, "--db", db_url, "outreach", "list", "--kind", "其他")["total"] == 1

    totals = run_json(capsys, "--db", db_url, "outreach", "totals", "--year", "2024")
    assert totals["outreach"] == {"events": 1, "materials": 22000, "people_reached": 85000}
    assert totals["by_month"][2]["events"] == 1
    assert totals["paragraphs"][0].startswith(
        "全年开展《信访工作条例》宣传进社区集中宣传活动1场次，发放宣传资料2.2万份"
    )
    stats = run_json(capsys, "--db", db_url, "stats", "--from", "2024-01-01", "--to", "2024-12-31")
    assert stats["outreach"] == {"events": 1, "materials": 22000, "people_reached": 85000}

    code, out, _err = run(capsys, "--db", db_url, "outreach", "totals", "--year", "2024")
    assert code == 0 and "宣传活动 1 场次" in out and "进社区：1 场次" in out


def test_user_errors_are_one_chinese_line_and_write_nothing(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys, "--db", db_url, "outreach", "add", "--date", "2024-03-05", "--title", "x", "--kind", "座谈会"
    )
    assert code == 1 and err.startswith("错误：没有「座谈会」这个活动类别。可选：集中宣传")
    big = tmp_path / "大.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\x00" * MAX_ATTACHMENT_BYTES)
    code, _out, err = run(
        capsys,
        "--db",
        db_url,
        "outreach",
        "add",
        "--date",
        "2024-03-05",
        "--title",
        "有大照片",
        "--kind",
        "其他",
        "--photo",
        str(big),
    )
    assert code == 1 and "超过了 20.0 MB 的上限" in err and err.count("\n") == 1
    text = tmp_path / "名单.jpg"
    text.write_text("签到名单", encoding="utf-8")
    code, _out, err = run(
        capsys,
        "--db",
        db_url,
        "outreach",
        "add",
        "--date",
        "2024-03-05",
        "--title",
        "有假照片",
        "--kind",
        "其他",
        "--photo",
        str(text),
    )
    assert code == 1 and "不是图片" in err
    assert run_json(capsys, "--db", db_url, "outreach", "list")["total"] == 0
    with pytest.raises(SystemExit) as usage:  # bad usage: argparse says why and exits 2
        run(
            capsys,
            "--db",
            db_url,
            "outreach",
            "add",
            "--date",
            "2024-03-05",
            "--title",
            "x",
            "--kind",
            "其他",
            "--leaflets",
            "很多",
        )
    assert usage.value.code == 2 and "无法识别" in capsys.readouterr().err


def test_import_dry_run_then_import_then_again(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    ledger = str(messy_ledger(tmp_path / "台账.xlsx"))
    dry = run_json(capsys, "--db", db_url, "outreach", "import", ledger, "--dry-run")
    assert (dry["imported"], dry["rejected"], dry["dry_run"]) == (IMPORTED, 3, True)
    assert run_json(capsys, "--db", db_url, "outreach", "list")["total"] == 0
    first = run_json(capsys, "--db", db_url, "outreach", "import", ledger, "--sheet", "2024年")
    assert (first["rows"], first["imported"], first["rejected"], first["duplicates"]) == (10, IMPORTED, 3, 0)
    assert [p["row"] for p in first["problems"] if p["level"] == "error"] == [12, 13, 14]
    again = run_json(capsys, "--db", db_url, "outreach", "import", ledger)
    assert (again["imported"], again["duplicates"]) == (0, IMPORTED)
    code, out, _err = run(capsys, "--db", db_url, "outreach", "import", ledger, "--dry-run")
    assert code == 0 and "第 12 行（未导入）" in out
    not_excel = tmp_path / "假.xlsx"
    not_excel.write_text("不是表格", encoding="utf-8")
    code, _out, err = run(capsys, "--db", db_url, "outreach", "import", str(not_excel), "--json")
    assert code == 1 and "不是可以读取的 Excel 工作簿" in err


def test_photos_delete_and_kinds(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    event = run_json(
        capsys,
        "--db",
        db_url,
        "outreach",
        "add",
        "--date",
        "2024-03-05",
        "--title",
        "进社区",
        "--kind",
        "进社区",
    )
    photo = tmp_path / "a.png"
    photo.write_bytes(png_bytes())
    added = run_json(capsys, "--db", db_url, "outreach", "photo", str(event["event"]["id"]), str(photo))
    assert added["files"][0]["filename"] == "a.png"
    deleted = run_json(capsys, "--db", db_url, "outreach", "delete", str(event["event"]["id"]))
    assert deleted["deleted"]["photos"] == 1
    kinds = run_json(capsys, "--db", db_url, "outreach", "kind", "add", "--name", "进网络")
    assert kinds["kinds"][-1] == {"code": "k01", "name": "进网络", "retired": False}
    kinds = run_json(capsys, "--db", db_url, "outreach", "kind", "retire", "--name", "进网络")
    assert kinds["kinds"][-1]["retired"] is True


def test_study_and_reception(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    case = run_json(
        capsys,
        "--db",
        db_url,
        "case",
        "add",
        "--channel",
        "来访",
        "--name",
        "王建国",
        "--summary",
        "反映工资",
        "--date",
        "2024-05-10",
    )
    number = case["case"]["number"]
    exam = run_json(
        capsys,
        "--db",
        db_url,
        "study",
        "add",
        "--date",
        "2024-09-01",
        "--kind",
        "学法考试",
        "--title",
        "年度考试",
        "--participants",
        "25人",
        "--passed",
        "25",
    )
    assert exam["study"]["pass_rate"] == 1
    run_json(
        capsys,
        "--db",
        db_url,
        "study",
        "add",
        "--date",
        "2024-03-01",
        "--kind",
        "collective",
        "--title",
        "学条例",
        "--participants",
        "20",
    )
    run_json(
        capsys,
        "--db",
        db_url,
        "study",
        "advice",
        "--from",
        "2024-01-01",
        "--to",
        "2024-06-30",
        "--consultations",
        "12",
        "--cases",
        "5",
    )
    listed = run_json(capsys, "--db", db_url, "study", "list", "--year", "2024")
    assert len(listed["study"]) == 2 and listed["advice"][0]["consultations"] == 12
    received = run_json(
        capsys,
        "--db",
        db_url,
        "reception",
        "add",
        "--date",
        "2024-05-10",
        "--kind",
        "领导接访日",
        "--leader",
        "张明（副县长）",
        "--batches",
        "6",
        "--people",
        "20",
        "--case",
        number,
    )
    assert received["reception"]["cases"] == [number]
    assert run_json(capsys, "--db", db_url, "reception", "list", "--year", "2024")["total"] == 1
    code, _out, err = run(
        capsys,
        "--db",
        db_url,
        "reception",
        "add",
        "--date",
        "2024-05-10",
        "--kind",
        "座谈",
        "--leader",
        "张明",
    )
    assert code == 1 and "接访方式「座谈」无法识别" in err
    totals = run_json(capsys, "--db", db_url, "outreach", "totals", "--year", "2024")
    assert totals["outreach"]["events"] == 0  # reception and study are counted apart
    assert totals["reception"]["leader_day"] == {"events": 1, "batches": 6, "people": 20, "cases": 1}
    assert totals["paragraphs"][0] == "全年开展领导接访日活动1次，接待群众6批20人次，现场受理信访事项1件。"
    assert (
        totals["paragraphs"][1]
        == "局干部职工集中学法1次，组织学法考试1次，通过率100.0%；法律顾问提供法律咨询12次、审查信访案件5件。"
    )
