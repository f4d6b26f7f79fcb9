"""Cases that need every printed document, built through the real procedure (for report tests and the
screenshots of the documents)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.step_details import (
    Accept,
    Assign,
    Deliver,
    Evaluate,
    Extend,
    Forward,
    RecheckDecision,
    RecheckRequest,
    Reject,
    Reply,
    ReviewDecision,
    ReviewRequest,
    Supervise,
)
from fazhi_desktop.domain.vocab import ReplyOutcome, ReviewOutcome, Satisfaction, Source
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from tests.services.helpers import id_number, register

D = date.fromisoformat
PHONE = "13812345678"
LONG_SUMMARY = "反映塔峰镇某建筑工地拖欠农民工工资三个月共计一万八千元未付，多次讨要无果，请求协调解决"
REPLY_TEXT = (
    "经调查核实，你反映的塔峰镇某建筑工地拖欠工资问题属实。经县人力资源和社会保障局协调，"
    "施工单位已于2024年10月8日将拖欠的工资18000元全部支付到位。"
)


@dataclass(frozen=True)
class Samples:
    """Case ids: `claim` went through reply, delivery, 复查 and 复核; `assigned` was 交办 and 督办;
    `upper` came from above and was answered; `rejected` was not accepted; `accusation` is a 检举控告
    forwarded to the unit it accuses; `law` is a 涉法涉诉 matter (政法)."""

    claim: int
    extended: int
    assigned: int
    upper: int
    rejected: int
    accusation: int
    law: int
    claim_number: str
    unit: str
    accused_unit: str


def _on(day: str) -> date:
    clock.set_today(D(day))
    return D(day)


def make_samples(ctx: Context, today: date | None = None) -> Samples:
    unit = add_entry(ctx, "unit", "县人力资源和社会保障局")
    accused_unit = add_entry(ctx, "unit", "县交通运输局")
    with contextlib.suppress(UserError):  # already there (a test that built an outreach year first)
        add_entry(ctx, "township", "塔峰镇")

    _on("2024-03-01")
    claim = register(
        ctx,
        "王建国",
        id_no=id_number(),
        phone=PHONE,
        summary=LONG_SUMMARY,
        nature="claim",
        region="塔峰镇",
        category="劳动报酬",
        content="本人于2024年3月至6月在塔峰镇某工地务工，工资共计18000元，至今未付。",
    )
    apply_step(ctx, claim.id, Accept())
    _on("2024-04-01")
    apply_step(ctx, claim.id, Reply(outcome=ReplyOutcome.SUPPORT, document_no=""), note=REPLY_TEXT)
    _on("2024-04-03")
    apply_step(ctx, claim.id, Deliver())
    _on("2024-04-20")
    apply_step(ctx, claim.id, ReviewRequest(organ="永州市人力资源和社会保障局"))
    _on("2024-05-10")
    apply_step(
        ctx,
        claim.id,
        ReviewDecision(outcome=ReviewOutcome.UPHOLD),
        note="经复查，原处理意见事实清楚，适用依据正确。",
    )
    _on("2024-06-11")
    apply_step(ctx, claim.id, RecheckRequest(organ="永州市人民政府"))
    _on("2024-07-01")
    apply_step(ctx, claim.id, RecheckDecision(outcome=ReviewOutcome.UPHOLD), note="经复核，维持复查意见。")

    _on("2024-09-02")
    extended = register(
        ctx,
        "李秀英",
        id_no=id_number("19751102", "246"),
        phone="13907461234",
        nature="claim",
        summary="反映小区物业电梯停运两个月",
    )
    apply_step(ctx, extended.id, Accept())
    _on("2024-10-25")
    apply_step(ctx, extended.id, Extend(days=30, approver="张局长", reason="涉及多个部门，需进一步调查核实"))

    _on("2024-09-10")
    assigned = register(
        ctx,
        "赵刚",
        phone="13511112222",
        nature="claim",
        summary="反映村道路面损毁严重影响出行",
        region="塔峰镇",
    )
    apply_step(ctx, assigned.id, Assign(unit_id=unit.id, unit_deadline=D("2024-10-20")))
    _on("2024-11-15")
    apply_step(ctx, assigned.id, Supervise(content="请于十日内办结并书面报告结果", by="县信访局"))

    _on("2024-10-08")
    upper = register(
        ctx,
        "孙丽",
        nature="claim",
        channel="letter",
        summary="反映养老保险待遇核定有误",
        source=Source.UPPER_ASSIGNED,
        upper_number="永信交〔2024〕88号",
        upper_deadline=D("2024-11-25"),
    )
    apply_step(ctx, upper.id, Accept())
    _on("2024-11-05")
    apply_step(
        ctx, upper.id, Reply(outcome=ReplyOutcome.EXPLAIN), note="已向信访人解释养老保险待遇的核定依据。"
    )
    _on("2024-11-06")
    apply_step(ctx, upper.id, Deliver())
    apply_step(ctx, upper.id, Evaluate(bureau=Satisfaction.SATISFIED, unit=Satisfaction.SATISFIED))

    _on("2024-11-01")
    rejected = register(ctx, "周平", nature="claim", summary="反映邻里宅基地纠纷", cross_level=True)
    apply_step(ctx, rejected.id, Reject(reason="该事项属于越级走访，应向塔峰镇人民政府提出。"))

    _on("2024-11-11")
    accusation = register(
        ctx,
        "钱检举",
        id_no=id_number("19800101", "357"),
        phone="13600001111",
        nature="accusation",
        summary="举报县交通运输局工作人员公车私用",
        accused="县交通运输局",
        content="举报人钱检举称：2024年10月多次看到公车停在饭店门口。",
    )
    apply_step(ctx, accusation.id, Forward(unit_id=accused_unit.id))

    _on("2024-11-12")
    law = register(ctx, "吴诉讼", nature="claim", category="法院", summary="对县人民法院民事判决不服")
    apply_step(ctx, law.id, Reject(reason="该事项已由人民法院作出生效判决"))

    _on((today or D("2024-11-20")).isoformat())
    return Samples(
        claim=claim.id,
        extended=extended.id,
        assigned=assigned.id,
        upper=upper.id,
        rejected=rejected.id,
        accusation=accusation.id,
        law=law.id,
        claim_number=claim.number,
        unit=unit.name,
        accused_unit=accused_unit.name,
    )
