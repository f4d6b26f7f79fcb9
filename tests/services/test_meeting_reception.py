"""A reception day's 领导批示 on the cases received (a 督办 step each), and the sessions of lawyers and
psychologists counted by kind (today is 2024-11-20)."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.meetings import CounselKind
from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings import reception as counsel
from fazhi_desktop.services.meetings.reception import CounselInput, CounselTotals
from fazhi_desktop.services.outreach import reception
from fazhi_desktop.services.outreach.reception import ReceptionInput
from tests.services.helpers import register

D = date.fromisoformat


def test_a_leaders_instruction_is_a_step_on_a_case_received(ctx: Context) -> None:
    received = register(ctx, summary="反映拖欠工资", nature="claim", on=D("2024-11-12"))
    other = register(ctx, summary="反映路灯不亮", nature="claim", on=D("2024-11-12"))
    day = reception.add_reception(
        ctx,
        ReceptionInput(
            held_on=D("2024-11-14"), kind="领导接访日", leader="张明（副县长）", cases=[received.number]
        ),
    )
    applied = counsel.instruct(ctx, day.id, received.number, "请县人社局一周内督促支付")
    assert applied.kind is StepKind.SUPERVISE
    step = next(s for s in case_detail(ctx, received.id).steps if s.kind is StepKind.SUPERVISE)
    assert step.occurred_on == D("2024-11-14")
    assert step.details["by"] == "张明（副县长）"
    assert step.details["content"] == "领导批示：请县人社局一周内督促支付"
    with pytest.raises(UserError, match="不是在 2024-11-14 的接访中接待的"):
        counsel.instruct(ctx, day.id, other.number, "请处理")
    with pytest.raises(ValidationError):
        counsel.instruct(ctx, day.id, received.number, " ")


def test_counsel_sessions_are_counted_by_kind(ctx: Context) -> None:
    for day, consultations, cases in (("2024-03-07", 4, 1), ("2024-06-13", 7, 2), ("2024-11-14", 5, 0)):
        counsel.add_counsel(
            ctx,
            CounselInput(D(day), "湘南律师事务所 刘律师", consultations=consultations, cases_reviewed=cases),
        )
    counsel.add_counsel(
        ctx, CounselInput(D("2024-06-13"), "陈老师", CounselKind.PSYCHOLOGIST, consultations=3)
    )
    counsel.add_counsel(ctx, CounselInput(D("2023-12-28"), "刘律师", consultations=9))
    totals = counsel.counsel_totals(ctx, D("2024-01-01"), D("2024-12-31"))
    assert totals == {
        CounselKind.LAWYER: CounselTotals(3, 4 + 7 + 5, 1 + 2),
        CounselKind.PSYCHOLOGIST: CounselTotals(1, 3, 0),
    }
    assert len(counsel.list_counsel(ctx, 2024)) == 4
    with pytest.raises(ValidationError) as problems:
        counsel.add_counsel(ctx, CounselInput(D("2024-12-01"), "", consultations=-1))
    assert set(problems.value.errors) == {"held_on", "counsellor", "consultations"}
