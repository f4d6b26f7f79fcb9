"""What an imported ledger row becomes (issue 14; docs/INDICATORS.md, "What an imported ledger row
becomes"): a messy ledger with 受理日期, 办结日期, 办理结果 and 满意度 imports into indicators counted
here by hand from its rows. The rows keep clear of the deadlines (a decision within a few days or weeks
after them), so which side each falls on does not hang on a holiday's shift; the comments say why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.case_state import clock_row, compute, load_steps
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.store.models import Case, Step
from tests.services.helpers import id_number

ZHANG = id_number("19800101", "123")
HEADER = ["序号", "信访件编号", "原信访件编号", "登记日期", "信访人", "身份证号", "信访形式", "性质"]
HEADER += ["主要诉求", "受理日期", "办结日期", "办理结果", "满意度"]
#: Today is 2024-11-20 (tests/conftest.py). Every row is 申诉求决类: the 60-day handling clock runs.
ROWS = [
    # R1: 受理 the next day; answered in 20 days; 满意. Came back on 05-20 (R13): not resolved at once.
    ["LS-2024-0001", "", "2024-03-04", "张一", ZHANG, "来访", "申诉求决类", "拖欠工资"],
    ["2024-03-05", "2024-03-25", "答复：予以支持", "满意"],
    # R2: 受理 40 days after registration (late); answered 20 days later (on time); 基本满意.
    ["", "", "2024年3月11日", "李二", "", "来信", "求决", "土地纠纷"],
    ["2024/4/20", "2024.5.10", "已答复", "基本满意"],
    # R3: 受理 at once; answered after 174 days (late); 不满意.
    ["", "", "2024-04-08", "王三", "", "来访", "申诉求决类", "征地补偿"],
    ["2024-04-09", "2024-09-30", "答复：不予支持", "不满意"],
    # R4: no 受理日期, closed with a vague result: its decision and answer cannot be judged; 满意.
    ["", "", "2024-05-06", "赵四", "", "来电", "申诉求决类", "路灯不亮"],
    ["", "2024-06-01", "已办结", "满意"],
    # R5: 受理 the next day, never answered: overdue since August.
    ["", "", "2024-06-03", "钱五", "", "来访", "申诉求决类", "房屋漏水"],
    ["2024-06-04", "", "", ""],
    # R6: 调解 18 days after 受理; delivered, 未评价.
    ["", "", "2024-07-01", "孙六", "", "来访", "申诉求决类", "邻里纠纷"],
    ["2024-07-02", "2024-07-20", "调解协议成功", "未评价"],
    # R7: withdrawn before its handling deadline: left out of 按期办结率.
    ["", "", "2024-08-05", "周七", "", "网上信访", "申诉求决类", "物业收费"],
    ["2024-08-06", "2024-08-30", "撤回", ""],
    # R8: 不予受理 18 days after registration (due 09-18 after 中秋): a late first decision.
    ["", "", "2024-09-02", "吴八", "", "来访", "申诉求决类", "重复诉求"],
    ["", "2024-09-20", "不予受理", ""],
    # R9: 受理 the next day; its handling deadline (12-08) has not come: not judged yet.
    ["", "", "2024-10-08", "郑九", "", "来信", "申诉求决类", "低保申请"],
    ["2024-10-09", "", "办理中", ""],
    # R10: registered two days ago, nothing decided, 15 days not over: not judged yet.
    ["", "", "2024-11-18", "冯十", "", "来访", "申诉求决类", "欠薪"],
    ["", "", "", ""],
    # R11: 导入 仲裁 on 02-10, before its deadline (after 春节): a timely decision; 已导入 is not closed.
    ["", "", "2024-02-01", "陈十一", "", "来访", "申诉求决类", "劳动争议"],
    ["", "2024-02-10", "导入法定途径：仲裁", ""],
    # R12: dates typed every way; answered 35 days after 受理; 比较满意 counts as 基本满意.
    ["", "", "2024年3月15日", "褚十二", "", "来访", "申诉求决类", "拆迁安置"],
    ["2024/3/16", "2024.4.20", "解释说明", "比较满意"],
    # R13: a repeat of R1, told (告知) of R1's answer two days later.
    ["", "LS-2024-0001", "2024-05-20", "张一", ZHANG, "来访", "申诉求决类", "拖欠工资"],
    ["", "2024-05-22", "告知", ""],
]


def _ledger(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["蓝山县信访局2024年信访事项台账"])
    ws.append([])
    ws.append(HEADER)
    for n in range(0, len(ROWS), 2):
        ws.append([n // 2 + 1, *ROWS[n], *ROWS[n + 1]])
    ws.append(["合计", "13件"])
    book.save(path)
    return path


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return _ledger(tmp_path / "台账.xlsx")


def test_a_messy_ledger_imports_into_indicators_counted_by_hand(ctx: Context, ledger: Path) -> None:
    report = import_ledger(ctx, ledger)
    assert (report.imported, report.rejected) == (13, 0), report.problems
    figures = statistics.compute(ctx, date(2024, 1, 1), date(2024, 12, 31)).indicators
    sides = {name: (f.numerator, f.denominator) for name, f in figures.items()}
    # 及时受理率: R1 R2 R3 R5 R6 R7 R8 R9 R11 R12 R13 decided (or overdue) = 11; late: R2, R8.
    # R4 states no first decision (not judged); R10 is not due yet.
    assert sides["timely_acceptance_rate"] == (9, 11)
    # 按期办结率: R1 R2 R3 R5 R6 R12 = 6 with a handling deadline that passed or an answer;
    # late: R3 (answered after it), R5 (never answered). R7 withdrawn in time, R9 not due, R4 R8 R11
    # R13 never accepted.
    assert sides["on_time_completion_rate"] == (4, 6)
    # 参评率: delivered R1 R2 R3 R4 R6 R12 = 6 (满意度 means the reply was delivered); R6 未评价.
    assert sides["participation_rate"] == (5, 6)
    # 群众满意率: of those 5 evaluated, R3 不满意.
    assert sides["satisfaction_rate"] == (4, 5)
    # 一次性化解率: matters closed in 2024: R1 R2 R3 R4 R6 R7 R8 R12 = 8 (R11 已导入 is not closed,
    # R13 is a repeat); R1 came back within 90 days.
    assert sides["first_time_resolution_rate"] == (7, 8)
    assert sides["repeat_rate"] == (1, 13)
    assert figures["timely_acceptance_rate"].value == pytest.approx(9 / 11)


def test_the_facts_a_row_does_not_state_stay_unknown(ctx: Context, ledger: Path) -> None:
    import_ledger(ctx, ledger)
    with ctx.db.reading() as session:
        zhao = session.scalars(select(Case).where(Case.principal_name == "赵四")).one()
        assert (zhao.route_due, zhao.handling_due, zhao.intake_on) == (None, None, None)
        assert (zhao.state, zhao.closed_on, zhao.delivered_on) == (
            "completed",
            date(2024, 6, 1),
            date(2024, 6, 1),
        )
        # Derived again from its stored steps (a step added later, a backfill), it stays unknown.
        rules, ranks, cal = clock_rules(session), triage_rules(session), load_calendar(ctx)
        steps = load_steps(session, zhao.id)
        _derived, values = compute(clock_row(session, zhao), steps, rules, ranks, cal, date(2024, 11, 20))
        assert (values["route_due"], values["handling_due"], values["state"]) == (None, None, "completed")
        feng = session.scalars(select(Case).where(Case.principal_name == "冯十")).one()
        assert feng.route_due is not None  # nothing happened yet: the clock runs as for any case
        sun = session.scalars(select(Case).where(Case.principal_name == "孙六")).one()
        kinds = session.scalars(select(Step.kind).where(Step.case_id == sun.id).order_by(Step.id)).all()
        assert kinds == ["register", "accept", "deliver", "mediate"]
        assert (sun.state, sun.closed_on, sun.outcome) == ("completed", date(2024, 7, 20), "mediate")
        repeat = session.scalars(select(Case).where(Case.registered_on == date(2024, 5, 20))).one()
        first = session.scalars(select(Case).where(Case.registered_on == date(2024, 3, 4))).one()
        assert repeat.is_repeat and repeat.matter_id == first.matter_id
