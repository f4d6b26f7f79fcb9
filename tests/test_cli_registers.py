"""Issue #20's "must show" for registers and higher-level counts: a 包案 list, a 专项 batch imported
from a workbook and a year of 督办/上级 cases, whose 化解率 and counts (computed by hand here) are found
in `register list --json`, `stats --json`, the progress table and the annual PDF's text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fazhi_desktop.services.context import Context
from tests.pdfread import flat
from tests.services.helpers import register
from tests.services.register_helpers import appeals_year, higher_level_year, special_workbook
from tests.test_cli import run, run_json

D = date.fromisoformat


def _leader_list(capsys: pytest.CaptureFixture[str], ctx: Context, db: str) -> list[str]:
    """包案: 6 matters of 2024, 4 of them resolved (2 by 30 June)."""
    numbers = [register(ctx, on=D(f"2024-0{n}-05"), summary=f"包案事项{n}").number for n in range(1, 7)]
    run_json(
        capsys,
        "--db",
        db,
        "register",
        "add",
        "--kind",
        "包案",
        "--name",
        "2024年领导包案",
        "--leader",
        "张县长",
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
    )
    added = run_json(capsys, "--db", db, "register", "cases", "add", "2024年领导包案", *numbers)
    assert added["added"] == numbers and added["missing"] == []
    for number, day in zip(
        numbers[:4], ("2024-03-01", "2024-06-30", "2024-08-15", "2024-11-20"), strict=True
    ):
        run_json(capsys, "--db", db, "register", "resolve", "2024年领导包案", number, "--date", day)
    run_json(
        capsys,
        "--db",
        db,
        "register",
        "note",
        "2024年领导包案",
        numbers[4],
        "--date",
        "2024-10-08",
        "已召开协调会，明确补偿方案",
    )
    run_json(
        capsys,
        "--db",
        db,
        "register",
        "plan",
        "2024年领导包案",
        numbers[4],
        "--plan",
        "依法落实补偿",
        "--staff",
        "李四、王五",
        "--due",
        "2024-12-31",
    )
    return numbers


def _special_batch(
    capsys: pytest.CaptureFixture[str], ctx: Context, db: str, tmp_path: Path
) -> dict[str, object]:
    """专项: 7 rows — 3 by 信访件编号, 2 by 上级编号, 1 matching nothing, 1 with no number; 2 resolved."""
    own = [register(ctx, on=D("2024-02-01"), summary=f"专项事项{n}").number for n in range(3)]
    upper = [
        register(
            ctx, on=D("2024-02-02"), source="upper_assigned", upper_number=f"永信交〔2024〕{30 + n}号"
        ).number
        for n in range(2)
    ]
    rows = [(n, "", f"信访人{i}", "刘副县长") for i, n in enumerate(own)]
    rows += [("", f"永信交〔2024〕{30 + n}号", f"上级{n}", "") for n in range(2)]
    rows += [("431127-2024-999999", "", "查无此人", ""), ("", "", "没有编号", "")]
    book = special_workbook(tmp_path / "专项清单.xlsx", rows)
    run_json(capsys, "--db", db, "register", "add", "--kind", "专项", "--name", "2024年专项攻坚")
    done = run_json(capsys, "--db", db, "register", "import", "2024年专项攻坚", str(book))
    run_json(capsys, "--db", db, "register", "resolve", "2024年专项攻坚", own[0], "--date", "2024-09-01")
    run_json(
        capsys,
        "--db",
        db,
        "register",
        "resolve",
        "2024年专项攻坚",
        "永信交〔2024〕31号",
        "--date",
        "2024-10-01",
    )
    return {"import": done, "added": own + upper}


def test_registers_and_higher_level_counts_reach_every_output(
    capsys: pytest.CaptureFixture[str], ctx: Context, db_url: str, tmp_path: Path
) -> None:
    leader = _leader_list(capsys, ctx, db_url)
    special = _special_batch(capsys, ctx, db_url, tmp_path)
    higher_level_year(ctx)
    appeals_year(ctx)

    imported = special["import"]
    assert isinstance(imported, dict)
    assert imported["rows"] == 7 and imported["added"] == special["added"]
    assert [u["row"] for u in imported["unmatched"]] == [8, 9]
    assert "431127-2024-999999" in imported["unmatched"][0]["reason"]
    assert "没有信访件编号，也没有上级编号" in imported["unmatched"][1]["reason"]

    # By hand: 包案 4 of 6 (66.7%), by 30 June 2 of 6; 专项 2 of 5 (40.0%).
    listed = {r["name"]: r for r in run_json(capsys, "--db", db_url, "register", "list")["registers"]}
    assert (listed["2024年领导包案"]["cases"], listed["2024年领导包案"]["resolved"]) == (6, 4)
    assert listed["2024年领导包案"]["resolution_rate"] == pytest.approx(4 / 6)
    assert listed["2024年领导包案"]["leader"] == "张县长"
    assert (listed["2024年专项攻坚"]["cases"], listed["2024年专项攻坚"]["resolved"]) == (5, 2)
    assert listed["2024年专项攻坚"]["resolution_rate"] == pytest.approx(0.4)
    shown = run_json(capsys, "--db", db_url, "register", "show", "2024年领导包案")
    assert [e["number"] for e in shown["entries"]] == leader
    fifth = shown["entries"][4]
    assert (fifth["plan"], fifth["staff"], fifth["due_on"]) == ("依法落实补偿", "李四、王五", "2024-12-31")
    assert fifth["notes"] == [{"date": "2024-10-08", "text": "已召开协调会，明确补偿方案"}]
    assert [e["resolved_on"] for e in shown["entries"][:4]] == [
        "2024-03-01",
        "2024-06-30",
        "2024-08-15",
        "2024-11-20",
    ]
    june = run_json(capsys, "--db", db_url, "register", "list", "--as-of", "2024-06-30", "--kind", "包案")
    assert [(r["cases"], r["resolved"]) for r in june["registers"]] == [(6, 2)]

    stats = run_json(capsys, "--db", db_url, "stats", "--from", "2024-01-01", "--to", "2024-12-31")
    in_stats = {r["name"]: r for r in stats["registers"]}
    assert in_stats["2024年领导包案"]["resolution_rate"] == pytest.approx(4 / 6)
    assert in_stats["2024年专项攻坚"]["resolved"] == 2
    higher = stats["higher_level"]
    assert higher["central_supervised"] == {
        "cases": 4,
        "resolved": 3,
        "resolution_rate": 0.75,
        "previous": 0,
        "yoy": None,
    }
    assert (higher["province_assigned"]["cases"], higher["province_assigned"]["resolution_rate"]) == (4, 0.75)
    assert higher["beijing_visits"] == {"count": 3, "previous": 4, "yoy": -0.25}
    assert higher["province_visits"]["count"] == 1
    assert higher["by_level"]["national"]["cases"] == 5
    assert higher["by_level"]["national"]["by_channel"] == {"visit": 3, "letter": 2}
    # the city: 2 交办 of the year and the 2 专项 cases 永信交〔2024〕30/31号
    assert higher["by_level"]["city"]["cases"] == 4
    assert (higher["reviews"]["count"], higher["rechecks"]["count"], higher["reviews_total"]["count"]) == (
        2,
        1,
        3,
    )
    assert higher["terminations_filed"]["count"] == 1

    annual = tmp_path / "annual.pdf"
    code, _out, err = run(capsys, "--db", db_url, "report", "annual", "-o", str(annual), "--year", "2024")
    assert code == 0, err
    text = re.sub(r"—\d+—", "", "".join(flat(annual).split()))  # page numbers fall mid-sentence
    assert "领导包案6起，化解率66.7%" in text
    assert "专项攻坚交办事项5件，化解2件，化解率40.0%" in text
    assert "中央督办件4件，化解75.0%" in text
    assert "省交办4起，化解率75.0%" in text
    assert "国家信访局登记来访3件，同比下降25.0%" in text
    assert "复查复核3件" in text and "三级终结备案1件" in text

    table = tmp_path / "包案.pdf"
    printed = run_json(capsys, "--db", db_url, "report", "register", "2024年领导包案", "-o", str(table))
    assert printed["pages"] >= 1
    shown = "".join(flat(table).split())
    assert "列入6件，已化解4件，化解率66.7%" in shown
    assert all(n in shown for n in leader)
    assert "2024-10-08：已召开协调会，明确补偿方案" in shown and "依法落实补偿" in shown

    sheet = tmp_path / "包案.xlsx"
    run_json(
        capsys,
        "--db",
        db_url,
        "report",
        "register",
        "2024年领导包案",
        "-o",
        str(sheet),
        "--as-of",
        "2024-06-30",
    )
    ws = load_workbook(sheet).active
    assert ws is not None
    assert "共6件，已化解2件，化解率33.3%" in str(ws["A2"].value)
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    assert [r[1] for r in rows] == leader
    assert sum(1 for r in rows if r[10] is not None) == 2  # 化解日期 as of 30 June


def test_registers_refuse_what_is_wrong(
    capsys: pytest.CaptureFixture[str], ctx: Context, db_url: str
) -> None:
    case = register(ctx, on=D("2024-05-01")).number
    other = register(ctx, on=D("2024-05-02")).number
    run_json(capsys, "--db", db_url, "register", "add", "--kind", "积案", "--name", "积案")
    code, _, err = run(capsys, "--db", db_url, "register", "add", "--kind", "积案", "--name", "积案")
    assert code == 1 and "已有名为「积案」的台账" in err
    code, _, err = run(capsys, "--db", db_url, "register", "add", "--kind", "重点", "--name", "x")
    assert code == 1 and "包案、积案 或 专项" in err
    run_json(capsys, "--db", db_url, "register", "cases", "add", "积案", case)
    again = run_json(capsys, "--db", db_url, "register", "cases", "add", "积案", case, "431127-2024-999999")
    assert again["already"] == [case] and again["missing"] == ["431127-2024-999999"]
    code, _, err = run(capsys, "--db", db_url, "register", "resolve", "积案", other)
    assert code == 1 and "不在台账「积案」中" in err
    code, _, err = run(capsys, "--db", db_url, "register", "resolve", "积案", case, "--date", "2024-04-30")
    assert code == 1 and "早于该信访件的登记日期" in err
    run_json(capsys, "--db", db_url, "register", "resolve", "积案", case, "--date", "2024-06-01")
    code, _, err = run(capsys, "--db", db_url, "register", "resolve", "积案", case)
    assert code == 1 and "已于 2024-06-01 记为化解" in err
    code, _, err = run(capsys, "--db", db_url, "register", "note", "积案", case, " ")
    assert code == 1 and "请写出进展情况" in err
    code, _, err = run(capsys, "--db", db_url, "register", "cases", "add", "没有这本", case)
    assert code == 1 and "找不到台账「没有这本」" in err
