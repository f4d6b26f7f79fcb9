"""The monthly 通报 of 2024-10 over a year of hand-built cases, ranked and counted by hand here, and
found in the PDF's text, the workbook and `fazhi report bulletin --json` (today is 2024-11-20).

Every case is 交办 to a unit and 签收 there, so its 60-day 办理期限 runs from the 签收 (in August:
the deadline falls in October). One case is answered only in November: on 31 October it was overdue,
and the 通报 says so although it is answered today.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fazhi_desktop.cli import main
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.bulletin import BulletinRow
from fazhi_desktop.domain.step_details import Assign, Deliver, Evaluate, Reply, SignFor, Supervise
from fazhi_desktop.domain.vocab import ReplyOutcome, Satisfaction
from fazhi_desktop.services.cases.detail import find_case_id
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.reports.bulletin import bulletin_report
from tests.pdfread import flat
from tests.services.helpers import register

D = date.fromisoformat
UNITS = {"A": "县住房和城乡建设局", "B": "县人力资源和社会保障局", "C": "县交通运输局"}
TOWNS = {"A": "塔峰镇", "B": "总市镇", "C": "塔峰镇"}


def _case(
    ctx: Context,
    units: dict[str, int],
    who: str,
    signed: str,
    answered: str | None,
    evaluation: Satisfaction | None,
) -> str:
    clock.set_today(D(signed))
    case = register(ctx, nature="claim", summary=f"{who}的事项", region=TOWNS[who], on=D(signed))
    apply_step(ctx, case.id, Assign(unit_id=units[who], unit_deadline=D("2024-10-31")))
    apply_step(ctx, case.id, SignFor())
    if answered:
        clock.set_today(D(answered))
        apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.SUPPORT))
        if evaluation is not None:
            apply_step(ctx, case.id, Deliver())
            apply_step(ctx, case.id, Evaluate(unit=evaluation))
    return case.number


@pytest.fixture
def year(ctx: Context) -> dict[str, str]:
    units = {k: add_entry(ctx, "unit", name).id for k, name in UNITS.items()}
    for town in ("塔峰镇", "总市镇"):
        add_entry(ctx, "township", town)
    made = {
        # 住建局: 2 of 3 on time, 1 overdue on 31 October (answered 5 November), 1 of 2 satisfied.
        "a1": _case(ctx, units, "A", "2024-08-15", "2024-10-09", Satisfaction.SATISFIED),
        "a2": _case(ctx, units, "A", "2024-08-16", "2024-10-10", Satisfaction.DISSATISFIED),
        "a3": _case(ctx, units, "A", "2024-08-19", "2024-11-05", None),
        # 人社局: 1 of 3 on time, 2 overdue (never answered), 1 of 1 satisfied.
        "b1": _case(ctx, units, "B", "2024-08-20", "2024-10-15", Satisfaction.SATISFIED),
        "b2": _case(ctx, units, "B", "2024-08-21", None, None),
        "b3": _case(ctx, units, "B", "2024-08-22", None, None),
        # 交通局: 1 of 1 on time, satisfied.
        "c1": _case(ctx, units, "C", "2024-08-14", "2024-10-08", Satisfaction.BASICALLY_SATISFIED),
    }
    # A year of 督办: only those dated in October count in its 通报.
    clock.set_today(D("2024-11-20"))
    for key, day in (("b2", "2024-10-25"), ("b3", "2024-10-28"), ("a3", "2024-09-30"), ("b2", "2024-11-10")):
        apply_step(
            ctx, _id(ctx, made[key]), Supervise(content="请加快办理", by="县信访局"), occurred_on=D(day)
        )
    # A repeat registered in October, not yet routed (its 15 days run into November: not overdue).
    clock.set_today(D("2024-10-25"))
    made["r1"] = register(
        ctx, nature="claim", summary="再次反映", region="塔峰镇", on=D("2024-10-25"), repeat_of=made["a1"]
    ).number
    clock.set_today(D("2024-11-20"))
    return made


def _id(ctx: Context, number: str) -> int:
    return find_case_id(ctx, number)


def test_the_months_ranking_by_hand(ctx: Context, year: dict[str, str], tmp_path: Path) -> None:
    report = bulletin_report(ctx, "2024-10")
    assert report.end == D("2024-10-31")
    a, b, c = UNITS["A"], UNITS["B"], UNITS["C"]
    expected_units = [
        BulletinRow(c, due=1, on_time=1, evaluated=1, satisfied=1, rank=1),
        BulletinRow(a, due=3, on_time=2, overdue=1, evaluated=2, satisfied=1, rank=2),
        BulletinRow(b, due=3, on_time=1, overdue=2, evaluated=1, satisfied=1, supervised=2, rank=3),
        BulletinRow("（未转交责任单位）", registered=1, repeat=1, rank=4),
    ]
    assert list(report.units) == expected_units
    assert [(r.name, r.on_time_rate) for r in report.units[:3]] == [(c, 1.0), (a, 2 / 3), (b, 1 / 3)]
    expected_towns = [
        BulletinRow(
            "塔峰镇", registered=1, due=4, on_time=3, overdue=1, evaluated=3, satisfied=2, repeat=1, rank=1
        ),
        BulletinRow("总市镇", due=3, on_time=1, overdue=2, evaluated=1, satisfied=1, supervised=2, rank=2),
    ]
    assert list(report.townships) == expected_towns
    assert report.totals == BulletinRow(
        "合计", registered=1, due=7, on_time=4, overdue=3, evaluated=4, satisfied=3, repeat=1, supervised=2
    )

    # The same figures in the PDF's text, the workbook and the command's JSON.
    pdf, xlsx = tmp_path / "通报.pdf", tmp_path / "通报.xlsx"
    code = main(
        [
            "--db",
            str(ctx.db.url),
            "report",
            "bulletin",
            "--month",
            "2024-10",
            "-o",
            str(pdf),
            "--xlsx",
            str(xlsx),
            "--json",
        ]
    )
    assert code == 0
    text = flat(pdf)
    assert "2024年10月信访工作通报" in text
    # Each ranking row as the table reads: 名次, 名称, 登记, 到期, 按期, 率, 逾期, 评价, 满意, 率, 重复, 督办.
    assert f"1{c}011100.0%011100.0%00" in text
    assert f"2{a}03266.7%12150.0%00" in text
    assert f"3{b}03133.3%211100.0%02" in text
    assert "1塔峰镇14375.0%13266.7%10" in text
    assert "按期办结率57.1%" in text  # 4 ÷ 7
    assert "逾期未办3件" in text and "群众满意率75.0%" in text  # 3 ÷ 4
    assert "在办理期限（含延期）内答复或调解办结的信访件" in text  # what the figure counts
    book = load_workbook(xlsx)
    sheet = book["责任单位排名"]
    rows = {row[1]: list(row) for row in sheet.iter_rows(values_only=True)}
    assert rows[a][:7] == [2, a, 0, 3, 2, pytest.approx(2 / 3), 1]
    assert rows["合计"][3:5] == [7, 4]
    details = {row[0].value: row for row in book["明细"].iter_rows()}
    assert details[year["a3"]][7].value == 1  # overdue on 31 October
    assert details[year["r1"]][11].value == 1  # a repeat


def test_the_command_line_gives_the_rankings(
    capsys: pytest.CaptureFixture[str], ctx: Context, year: dict[str, str], tmp_path: Path
) -> None:
    code = main(
        [
            "--db",
            str(ctx.db.url),
            "report",
            "bulletin",
            "--month",
            "2024-10",
            "-o",
            str(tmp_path / "t.pdf"),
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    answer = json.loads(out)
    assert answer["as_of"] == "2024-10-31"
    assert [(u["rank"], u["name"], u["on_time"], u["due"], u["overdue"]) for u in answer["units"]] == [
        (1, UNITS["C"], 1, 1, 0),
        (2, UNITS["A"], 2, 3, 1),
        (3, UNITS["B"], 1, 3, 2),
        (4, "（未转交责任单位）", 0, 0, 0),
    ]
    assert main(["--db", str(ctx.db.url), "report", "bulletin", "--month", "2024-13", "--json"]) == 1
    assert "月份「2024-13」不对" in capsys.readouterr().err
