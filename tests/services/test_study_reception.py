"""学法 and 接访: recording, checks, counts, and cases linked both ways."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.domain.errors import ValidationError
from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind, TrainingMode
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import reception, study
from fazhi_desktop.services.outreach.reception import ReceptionInput
from fazhi_desktop.services.outreach.study import AdviceInput, StudyInput
from tests.services.helpers import register
from tests.services.outreach_helpers import build_year


def test_study_totals_and_pass_rate(ctx: Context) -> None:
    build_year(ctx)
    totals = study.study_totals(ctx, date(2024, 1, 1), date(2024, 12, 31))
    assert totals["collective"] == 6 and totals["exam"] == 1
    assert (totals["exam_participants"], totals["exam_passed"]) == (25, 25)
    assert (totals["online_trained"], totals["offline_trained"]) == (17, 0)
    assert (totals["consultations"], totals["cases_reviewed"]) == (12, 5)
    exam = next(r for r in study.list_study(ctx, 2024) if r.kind is StudyKind.EXAM)
    assert exam.pass_rate == 1
    assert len(study.list_advice(ctx, 2024)) == 1 and study.list_advice(ctx, 2023) == []


def test_study_input_is_checked(ctx: Context) -> None:
    with pytest.raises(ValidationError) as info:
        study.add_study(ctx, StudyInput(date(2024, 3, 1), "exam", "考试", 10, passed=12))
    assert "通过人数（12）应在 0 到参考人数（10）之间" in info.value.errors["passed"]
    with pytest.raises(ValidationError) as info:
        study.add_study(ctx, StudyInput(date(2024, 3, 1), "training", "培训", 10))
    assert "网络培训或线下培训" in info.value.errors["mode"]
    with pytest.raises(ValidationError) as info:
        study.add_study(ctx, StudyInput(date(2024, 3, 1), "读书会", "x", 1))
    assert "可选：集中学法" in info.value.errors["kind"]
    with pytest.raises(ValidationError, match="截止日期早于起始日期"):
        study.add_advice(ctx, AdviceInput(date(2024, 6, 30), date(2024, 1, 1)))
    row = study.add_study(ctx, StudyInput(date(2024, 3, 1), "training", "培训", 9, mode="线下培训"))
    assert row.mode is TrainingMode.OFFLINE
    study.delete_study(ctx, row.id)
    assert study.list_study(ctx) == []


def test_cases_are_linked_both_ways(ctx: Context) -> None:
    first = register(ctx, "王建国", on=date(2024, 5, 10))
    second = register(ctx, "李秀英", on=date(2024, 5, 10))
    row = reception.add_reception(
        ctx,
        ReceptionInput(
            held_on=date(2024, 5, 10),
            kind="联合接访",
            leader="张明",
            partner_names="人社局、住建局",
            cases=[first.number],
        ),
    )
    assert row.kind is ReceptionKind.JOINT and row.case_numbers == (first.number,)
    assert row.partner_names == "人社局、住建局"
    row = reception.link_cases(ctx, row.id, [first.number, second.number])
    assert row.case_numbers == tuple(sorted((first.number, second.number)))
    assert [r.id for r in reception.receptions_of_case(ctx, second.id)] == [row.id]
    totals = reception.reception_totals(ctx, date(2024, 1, 1), date(2024, 12, 31))
    assert totals["joint"] == {"events": 1, "batches": 0, "people": 0, "cases": 2}
    reception.delete_reception(ctx, row.id)
    assert reception.receptions_of_case(ctx, second.id) == []


def test_reception_input_is_checked(ctx: Context) -> None:
    with pytest.raises(ValidationError) as info:
        reception.add_reception(
            ctx, ReceptionInput(held_on=None, kind="座谈", leader="", cases=["431127-2024-999999"])
        )
    errors = info.value.errors
    assert "领导接访日" in errors["kind"] and "请填写接访日期" in errors["held_on"]
    assert "接访领导" in errors["leader"] and "431127-2024-999999" in errors["cases"]
