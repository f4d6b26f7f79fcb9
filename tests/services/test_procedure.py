"""Scenarios through the state table, at the service level, on SQLite and PostgreSQL, with a fixed today."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.step_details import (
    Accept,
    Assess,
    Assign,
    Correct,
    Deliver,
    Divert,
    Evaluate,
    Extend,
    Forward,
    Inform,
    Mediate,
    RecheckDecision,
    RecheckRequest,
    Reject,
    Reply,
    ReportUp,
    Return,
    ReviewDecision,
    ReviewRequest,
    SignFor,
    TerminationFiling,
    Withdraw,
)
from fazhi_desktop.domain.vocab import (
    CaseState,
    DeadlineKind,
    DeadlineState,
    LegalProcedure,
    ReplyOutcome,
    Satisfaction,
    Source,
    StepKind,
    Tier,
)
from fazhi_desktop.services.clock.calendar import read_calendar
from fazhi_desktop.services.clock.case_state import refresh_case
from fazhi_desktop.services.clock.procedure import NewAttachment, allowed_steps, apply_step, case_clock
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.store.models import Attachment, AuditEntry, Case, Step
from tests.services.helpers import id_number, register

D = date.fromisoformat
S = CaseState


def on(day: str) -> date:
    """Live on `day` from now on (the clock every service reads)."""
    clock.set_today(D(day))
    return D(day)


def row(ctx: Context, case_id: int) -> Case:
    with ctx.db.reading() as session:
        return session.get_one(Case, case_id)


def counts(ctx: Context, case_id: int) -> tuple[int, int]:
    """(steps of the case, audit entries in all)."""
    with ctx.db.reading() as session:
        steps = session.scalar(select(func.count()).select_from(Step).where(Step.case_id == case_id))
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
    return int(steps or 0), int(audit or 0)


@pytest.fixture
def unit(ctx: Context) -> int:
    return add_entry(ctx, "unit", "县人力资源和社会保障局").id


def test_routed_and_replied_on_time(ctx: Context, unit: int) -> None:
    on("2024-09-02")
    case = register(ctx, nature="claim")
    assert (row(ctx, case.id).state, row(ctx, case.id).due_date) == (S.REGISTERED.value, D("2024-09-18"))
    assert row(ctx, case.id).deadline_kind == DeadlineKind.ROUTE.value  # 09-17 is 中秋 → 09-18

    before = counts(ctx, case.id)
    done = apply_step(ctx, case.id, Assign(unit_id=unit, unit_deadline=D("2024-10-20")))
    assert done.state is S.FORWARDED and counts(ctx, case.id) == (before[0] + 1, before[1] + 1)
    assert row(ctx, case.id).handling_unit_id == unit

    on("2024-09-04")
    apply_step(ctx, case.id, SignFor())
    handling = row(ctx, case.id)
    assert (handling.state, handling.deadline_kind, handling.due_date) == (
        "handling",
        "inform",
        D("2024-09-19"),
    )
    on("2024-09-12")
    apply_step(ctx, case.id, Inform(content="已受理，将于 60 日内答复"), occurred_on=D("2024-09-10"))
    assert (row(ctx, case.id).deadline_kind, row(ctx, case.id).due_date) == ("unit", D("2024-10-20"))

    on("2024-10-16")
    assert row(ctx, case.id).tier == Tier.GREEN.value  # stored yesterday's way until re-tiered
    retier_all(ctx)
    assert row(ctx, case.id).tier == Tier.YELLOW.value
    assert row(ctx, case.id).tier_reasons == "黄：4 天后到期（交办期限 2024-10-20）"
    apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.SUPPORT))
    apply_step(ctx, case.id, Deliver(signed=True), occurred_on=D("2024-10-16"))
    on("2024-10-18")
    apply_step(ctx, case.id, Evaluate(bureau=Satisfaction.SATISFIED, unit=Satisfaction.BASICALLY_SATISFIED))
    delivered = row(ctx, case.id)
    assert (delivered.state, delivered.window_end, delivered.satisfaction) == (
        "delivered",
        D("2024-11-15"),
        "basically_satisfied",
    )
    assert delivered.due_date is None and delivered.tier == Tier.GREEN.value

    on("2024-11-20")
    retier_all(ctx)
    closed = row(ctx, case.id)
    assert (closed.state, closed.closed_on, closed.tier, closed.tier_reasons) == (
        "completed",
        D("2024-11-15"),
        None,
        None,
    )


def test_extended_within_the_limit(ctx: Context) -> None:
    on("2024-08-01")
    case = register(ctx, nature="claim")
    on("2024-08-06")
    apply_step(ctx, case.id, Accept(), occurred_on=D("2024-08-05"))
    assert row(ctx, case.id).due_date == D("2024-10-08")  # 10-04 is National Day
    on("2024-09-30")
    done = apply_step(ctx, case.id, Extend(days=30, approver="县人社局局长", reason="需现场勘查"))
    assert done.due is not None and (done.due.kind, done.due.due) == (DeadlineKind.HANDLING, D("2024-11-07"))
    clock_view = case_clock(ctx, case.id)
    assert (clock_view.extensions, clock_view.extension_days, clock_view.extension_days_left) == (1, 30, 0)
    assert StepKind.EXTEND not in allowed_steps(ctx, case.id)


def test_an_extension_past_the_limit_is_refused_and_nothing_is_written(ctx: Context) -> None:
    on("2024-08-01")
    case = register(ctx, nature="claim")
    on("2024-08-06")
    apply_step(ctx, case.id, Accept(), occurred_on=D("2024-08-05"))
    on("2024-09-30")
    before = counts(ctx, case.id)
    with pytest.raises(UserError, match="延期不得超过 30 日"):
        apply_step(ctx, case.id, Extend(days=45, approver="局长", reason="情况复杂"))
    apply_step(ctx, case.id, Extend(days=10, approver="局长", reason="情况复杂"))
    with pytest.raises(UserError, match="不能再次延期"):
        apply_step(ctx, case.id, Extend(days=10, approver="局长", reason="仍未查清"))
    # Issue #17: each refused attempt is an audit entry with the outcome "failed".
    assert counts(ctx, case.id) == (before[0] + 1, before[1] + 3)
    with ctx.db.reading() as session:
        outcomes = session.scalars(select(AuditEntry.outcome).order_by(AuditEntry.seq.desc()).limit(3)).all()
    assert outcomes == ["failed", "ok", "failed"]


def test_an_extension_needs_an_approver_and_a_reason(ctx: Context) -> None:
    case = register(ctx, nature="claim")
    apply_step(ctx, case.id, Accept())
    with pytest.raises(ValidationError) as raised:
        apply_step(ctx, case.id, Extend(days=10))
    assert set(raised.value.errors) == {"approver", "reason"}


def test_routed_into_litigation(ctx: Context) -> None:
    case = register(ctx, nature="claim")
    done = apply_step(ctx, case.id, Divert(procedure=LegalProcedure.LITIGATION))
    diverted = row(ctx, case.id)
    assert (done.state, diverted.closed_on, diverted.due_date, diverted.tier) == (
        S.DIVERTED,
        clock.today(),
        None,
        None,
    )
    assert allowed_steps(ctx, case.id) == [StepKind.CORRECT]


def test_mediated(ctx: Context) -> None:
    on("2024-10-08")
    case = register(ctx, nature="claim")
    apply_step(ctx, case.id, Accept())
    on("2024-11-01")
    apply_step(ctx, case.id, Mediate(agreement="双方达成调解协议，公司分两期支付工资"))
    assert (row(ctx, case.id).state, row(ctx, case.id).closed_on) == ("completed", D("2024-11-01"))


def test_withdrawn(ctx: Context, unit: int) -> None:
    case = register(ctx, nature="claim")
    apply_step(ctx, case.id, Forward(unit_id=unit))
    apply_step(ctx, case.id, SignFor())
    apply_step(ctx, case.id, Withdraw(reason="工资已结清"))
    assert row(ctx, case.id).state == "ended"


def test_a_units_objection_within_and_after_five_working_days(ctx: Context, unit: int) -> None:
    on("2024-09-27")  # a Friday before National Day
    first = register(ctx, nature="claim")
    second = register(ctx, "李秀英", nature="claim")
    for case in (first, second):
        apply_step(ctx, case.id, Forward(unit_id=unit))
    on("2024-10-10")  # the 5th working day (the Sunday 09-29 was worked)
    apply_step(ctx, first.id, Return(reason="属乡镇职责，建议转塔峰镇"))
    back = row(ctx, first.id)
    assert (back.state, back.handling_unit_id, back.due_date) == ("registered", None, D("2024-10-25"))
    on("2024-10-11")
    with pytest.raises(UserError, match=r"异议已超过期限.*5 个工作日内提出.*期限至 2024-10-10"):
        apply_step(ctx, second.id, Return(reason="不属本单位职责"))
    assert row(ctx, second.id).state == "forwarded"


def test_replied_delivered_reviewed_rechecked_then_not_accepted_again(ctx: Context, unit: int) -> None:
    on("2024-03-01")
    case = register(ctx, nature="claim", id_no=id_number())
    apply_step(ctx, case.id, Accept())
    on("2024-04-01")
    apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.REJECT))
    on("2024-04-03")
    apply_step(ctx, case.id, Deliver())
    on("2024-04-20")
    apply_step(ctx, case.id, ReviewRequest(organ="永州市人力资源和社会保障局"))
    assert (row(ctx, case.id).state, row(ctx, case.id).deadline_kind, row(ctx, case.id).due_date) == (
        "reviewing",
        "review_decision",
        D("2024-05-20"),
    )
    on("2024-05-10")
    apply_step(ctx, case.id, ReviewDecision())
    assert row(ctx, case.id).window_end == D("2024-06-11")  # 06-09 Sun, 06-10 端午
    on("2024-06-12")
    with pytest.raises(UserError, match="复核请求已超过期限"):
        apply_step(ctx, case.id, RecheckRequest())
    apply_step(ctx, case.id, RecheckRequest(organ="永州市人民政府"), occurred_on=D("2024-06-11"))
    on("2024-07-01")
    apply_step(ctx, case.id, RecheckDecision())
    apply_step(ctx, case.id, TerminationFiling(filing_no="湘访终〔2024〕12号"))
    assert (row(ctx, case.id).state, row(ctx, case.id).closed_on) == ("terminated", D("2024-07-01"))
    assert allowed_steps(ctx, case.id) == [StepKind.CORRECT]

    on("2024-11-20")
    again = register(ctx, nature="claim", id_no=id_number(), repeat_of=case.number)
    assert again.open_case_number is None  # the matter is closed: no 告知 of an open case
    repeat = row(ctx, again.id)
    assert (repeat.state, repeat.tier) == ("registered", Tier.RED.value)
    assert "复核终结后仍信访" in (repeat.tier_reasons or "")
    with pytest.raises(UserError, match="不再受理"):
        apply_step(ctx, again.id, Accept())
    apply_step(ctx, again.id, Reject(reason="同一事实和理由，复核后不再受理", no_more=True))
    assert (row(ctx, again.id).state, row(ctx, again.id).tier) == ("ended", None)


def test_a_repeat_petition_during_the_handling_period_is_told_where_it_stands(ctx: Context) -> None:
    on("2024-10-08")
    first = register(ctx, nature="claim", id_no=id_number())
    apply_step(ctx, first.id, Accept())
    on("2024-11-18")
    again = register(ctx, nature="claim", id_no=id_number(), repeat_of=first.number)
    assert again.open_case_number == first.number
    with ctx.db.reading() as session:
        told = session.scalars(select(Step).where(Step.case_id == again.id, Step.kind == "inform")).one()
    assert told.details["open_case_id"] == first.id and first.number in told.details["content"]
    assert (row(ctx, again.id).state, row(ctx, again.id).tier) == ("ended", None)
    root = row(ctx, first.id)
    assert (root.state, root.tier) == ("handling", "yellow")
    assert root.tier_reasons is not None and "重复访 1 次" in root.tier_reasons


def test_a_case_from_above_is_warned_by_the_earlier_higher_deadline(ctx: Context) -> None:
    on("2024-11-01")
    case = register(
        ctx,
        nature="claim",
        channel="letter",
        source=Source.UPPER_ASSIGNED,
        upper_number="永信交〔2024〕88号",
        upper_deadline=D("2024-11-25"),
    )
    apply_step(ctx, case.id, Accept())
    handling = row(ctx, case.id)
    assert (handling.deadline_kind, handling.due_date, handling.report_owed) == (
        "upper",
        D("2024-11-25"),
        True,
    )
    on("2024-11-20")
    retier_all(ctx)
    assert row(ctx, case.id).tier_reasons == "黄：5 天后到期（上级期限 2024-11-25）"
    view = case_clock(ctx, case.id)
    assert [(d.kind, d.state) for d in view.deadlines] == [
        ("upper", DeadlineState.DUE_SOON),
        ("handling", DeadlineState.ON_TIME),
    ]

    apply_step(ctx, case.id, Mediate(agreement="已调解"))
    mediated = row(ctx, case.id)
    assert (mediated.state, mediated.report_owed, mediated.due_date, mediated.tier) == (
        "completed",
        True,
        D("2024-11-25"),
        "yellow",
    )
    assert StepKind.REPORT_UP in allowed_steps(ctx, case.id)
    apply_step(ctx, case.id, ReportUp(report_no="蓝信报〔2024〕31号"))
    reported = row(ctx, case.id)
    assert (reported.report_owed, reported.due_date, reported.tier) == (False, None, None)


def test_a_reply_before_acceptance_is_refused_with_the_rule(ctx: Context) -> None:
    case = register(ctx, nature="claim")
    with pytest.raises(UserError, match=r"^尚未受理，不能答复（《信访工作条例》"):
        apply_step(ctx, case.id, Reply())


def test_a_step_cannot_be_dated_in_the_future(ctx: Context) -> None:
    case = register(ctx, nature="claim")
    with pytest.raises(UserError, match="晚于今天"):
        apply_step(ctx, case.id, Accept(), occurred_on=D("2024-11-21"))


def test_the_allowed_steps_follow_the_state(ctx: Context, unit: int) -> None:
    case = register(ctx, nature="claim")
    assert allowed_steps(ctx, case.id)[:4] == [
        StepKind.ACCEPT,
        StepKind.REJECT,
        StepKind.FORWARD,
        StepKind.ASSIGN,
    ]
    apply_step(ctx, case.id, Forward(unit_id=unit))
    assert set(allowed_steps(ctx, case.id)) == {
        StepKind.SIGN_FOR,
        StepKind.RETURN,
        StepKind.INFORM,
        StepKind.WITHDRAW,
        StepKind.SUPERVISE,
        StepKind.ASSESS,
        StepKind.LEADER_OWN,
        StepKind.CORRECT,
    }


def test_a_meetings_decision_overrides_the_tier_and_keeps_the_reasons(ctx: Context) -> None:
    case = register(ctx, nature="claim", people=9)
    assert row(ctx, case.id).tier == "red"
    apply_step(
        ctx, case.id, Assess(tier=Tier.YELLOW, reason="代表已选出，情绪平稳", review_on=D("2024-11-27"))
    )
    decided = row(ctx, case.id)
    assert (decided.tier, decided.auto_tier, decided.assessed_tier) == ("yellow", "red", "yellow")
    assert decided.tier_reasons == "红：集体访 9 人"
    assert decided.tier_note == "研判定为黄（自动为红）：代表已选出，情绪平稳；下次研判 2024-11-27"
    assert decided.review_on == D("2024-11-27")
    retier_all(ctx)
    assert row(ctx, case.id).tier == "yellow"


def test_a_correction_changes_the_case_and_its_clock(ctx: Context) -> None:
    case = register(ctx, nature="suggestion")
    apply_step(ctx, case.id, Accept())
    assert row(ctx, case.id).due_date is None  # 建议意见: no handling clock
    apply_step(ctx, case.id, Correct(field="nature", new="申诉求决类", reason="登记时选错"))
    corrected = row(ctx, case.id)
    assert (corrected.nature, corrected.deadline_kind, corrected.due_date) == (
        "claim",
        "handling",
        D("2025-01-20"),
    )
    with ctx.db.reading() as session:
        fix = session.scalars(select(Step).where(Step.case_id == case.id, Step.kind == "correct")).one()
    assert (fix.details["old"], fix.details["new"]) == ("suggestion", "claim")


def test_a_correction_of_a_step_date(ctx: Context) -> None:
    on("2024-10-08")
    case = register(ctx, nature="claim")
    accepted = apply_step(ctx, case.id, Accept())
    assert row(ctx, case.id).due_date == D("2024-12-09")  # 12-07 is a Saturday
    on("2024-10-20")
    apply_step(ctx, case.id, Correct(field="occurred_on", new="2024-10-10", step=str(accepted.step_uuid)))
    assert row(ctx, case.id).due_date == D("2024-12-09")  # 12-09 Mon
    apply_step(ctx, case.id, Correct(field="occurred_on", new="2024-10-12", step=str(accepted.step_uuid)))
    assert row(ctx, case.id).due_date == D("2024-12-11")


def test_attachments_are_kept_with_the_step(ctx: Context) -> None:
    case = register(ctx, nature="claim")
    apply_step(ctx, case.id, Accept())
    apply_step(ctx, case.id, Reply())
    done = apply_step(ctx, case.id, Deliver(), attachments=[NewAttachment("送达回证.pdf", b"%PDF-1.4 ...")])
    with ctx.db.reading() as session:
        kept = session.scalars(select(Attachment).where(Attachment.step_id == done.step_id)).one()
    assert (kept.filename, kept.media_type, kept.size) == ("送达回证.pdf", "application/pdf", 12)


def test_steps_from_another_office_that_break_a_rule_flag_the_case(ctx: Context) -> None:
    case = register(ctx, nature="claim")
    apply_step(ctx, case.id, Accept())
    apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.SUPPORT))
    with ctx.db.writing() as session:  # as an exchange import would: the other office's reply is a fact
        session.add(
            Step(
                case_id=case.id,
                kind="reply",
                occurred_on=clock.today(),
                recorded_at=clock.now(),
                actor="township",
                details={"outcome": "reject"},
            )
        )
        session.flush()
        target = session.get_one(Case, case.id)
        refresh_case(
            session,
            target,
            rules=clock_rules(session),
            triage_rules=triage_rules(session),
            cal=read_calendar(session),
            today=clock.today(),
        )
    flagged = row(ctx, case.id)
    assert (flagged.state, flagged.needs_attention) == ("replied", True)
    assert "已经答复过" in case_clock(ctx, case.id).problems[0].message
