"""The clock's last details: a deadline on a year without a holiday table warns everywhere it is shown,
a letter's 15 days run from 收信日期, and every notice cites its article of 《信访工作条例》."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.deadlines import calendar_warning
from fazhi_desktop.domain.holidays import DayKind, HolidayCalendar
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.step_details import Accept, Extend, Reject
from fazhi_desktop.domain.vocab import DeadlineKind, DeadlineState
from fazhi_desktop.services.cases import reading as cases
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.clock.calendar import import_calendar
from fazhi_desktop.services.clock.procedure import apply_step, case_clock
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from tests.pdfread import flat
from tests.services.helpers import register
from tests.services.report_helpers import Samples, make_samples

D = date.fromisoformat
UNOFFICIAL = "2027年节假日安排未录入"


def on(day: str) -> date:
    clock.set_today(D(day))
    return D(day)


def pdf(ctx: Context, tmp_path: Path, kind: K, case_id: int) -> str:
    path = tmp_path / f"{kind.value}-{case_id}.pdf"
    make_report(ctx, ReportRequest(kind, case_id=case_id), path)
    return flat(path)


def test_one_domain_answer_for_a_date_on_an_unofficial_year() -> None:
    cal = HolidayCalendar({D("2026-01-01"): (DayKind.REST, "元旦")})
    assert calendar_warning(D("2026-10-01"), cal) is None
    assert calendar_warning(None, cal) is None
    assert calendar_warning(D("2027-02-10"), cal) == f"{UNOFFICIAL}，期限只按周末推算，请核对"


def test_a_deadline_in_2027_warns_on_the_detail_the_list_the_tier_the_clock_and_the_pdfs(
    ctx: Context, tmp_path: Path
) -> None:
    on("2026-12-20")
    case = register(ctx, "王建国", nature="claim", summary="反映拖欠工资")
    apply_step(ctx, case.id, Accept())
    # 2026-12-20 + 60 days = 2027-02-18 (a Thursday by weekends alone; the 春节 of 2027 is not known).
    on("2027-02-19")
    retier_all(ctx)

    detail = case_detail(ctx, case.id)
    assert detail.handling.due_date == D("2027-02-18")
    assert detail.handling.calendar_warning == f"{UNOFFICIAL}，期限只按周末推算，请核对"
    assert detail.tiers.tier_reasons is not None
    assert detail.tiers.tier_reasons.startswith(
        "红：已超期 1 天（办理期限 2027-02-18，2027年节假日安排未录入"
    )

    view = case_clock(ctx, case.id)
    handling = next(d for d in view.deadlines if d.kind == DeadlineKind.HANDLING.value)
    assert handling.state is DeadlineState.OVERDUE and handling.warnings == (UNOFFICIAL,)

    [row] = cases.list_cases(ctx, cases.CaseFilter())
    assert row.tier_reasons is not None and UNOFFICIAL in row.tier_reasons

    assert f"办理期限：2027年2月18日（注：{UNOFFICIAL}" in pdf(ctx, tmp_path, K.CASE, case.id)

    # Once the year is entered, the warning goes everywhere.
    import_calendar(ctx, "date,kind,name\n2027-02-11,rest,春节\n2027-02-17,rest,春节\n")
    retier_all(ctx)
    detail = case_detail(ctx, case.id)
    assert detail.handling.calendar_warning is None
    assert detail.tiers.tier_reasons is not None and UNOFFICIAL not in detail.tiers.tier_reasons
    assert UNOFFICIAL not in pdf(ctx, tmp_path, K.CASE, case.id)


def test_a_letter_counts_its_15_days_from_the_day_it_was_received(ctx: Context) -> None:
    on("2024-09-25")
    letter = register(ctx, channel="letter", summary="来信反映物业问题", received_on=D("2024-09-20"))
    plain = register(ctx, channel="letter", summary="来信反映噪音扰民")
    # 2024-09-20 + 15 = 2024-10-05, inside National Day (10-01..10-07) → 2024-10-08.
    assert case_detail(ctx, letter.id).handling.due_date == D("2024-10-08")
    # Without 收信日期 the 15 days run from registration: 2024-09-25 + 15 = 2024-10-10 (Thu).
    assert case_detail(ctx, plain.id).handling.due_date == D("2024-10-10")


@pytest.fixture
def samples(ctx: Context) -> Samples:
    return make_samples(ctx)


def test_each_notice_cites_its_article(ctx: Context, samples: Samples, tmp_path: Path) -> None:
    expected = {
        (K.ACCEPT, samples.extended): "根据《信访工作条例》第三十四条规定，本机关将自受理之日起60日内办结",
        (K.EXTENSION, samples.extended): "依照《信访工作条例》第三十四条规定，经本机关负责人批准",
        (K.REPLY, samples.claim): "如对本处理意见不服，依照《信访工作条例》第三十五条规定",
        (K.REVIEW, samples.claim): "如对本复查意见不服，依照《信访工作条例》第三十六条规定",
        (K.RECHECK, samples.claim): "本复核意见为最终意见。依照《信访工作条例》第三十六条规定",
    }
    for (kind, case_id), words in expected.items():
        assert words in pdf(ctx, tmp_path, kind, case_id), kind


def test_a_refusal_after_recheck_cites_article_36(ctx: Context, samples: Samples, tmp_path: Path) -> None:
    on("2024-12-02")
    again = register(
        ctx, "王建国", nature="claim", summary="再次反映拖欠工资", repeat_of=samples.claim_number
    )
    apply_step(ctx, again.id, Reject(reason="该事项已经复核终结", no_more=True))
    assert "依照《信访工作条例》第三十六条规定，信访人对复核意见不服" in pdf(
        ctx, tmp_path, K.REJECT, again.id
    )


def test_the_extension_letter_follows_the_setting_both_ways(ctx: Context, tmp_path: Path) -> None:
    on("2024-08-05")
    case = register(ctx, "李秀英", nature="claim", summary="反映小区物业电梯停运")
    apply_step(ctx, case.id, Accept())
    on("2024-09-30")
    apply_step(ctx, case.id, Extend(days=30, approver="张局长", reason="涉及多个部门"))
    # 2024-08-05 + 60 = 2024-10-04, inside National Day; the deadline shifts to 2024-10-08.
    # Stricter (the default): 10-04 + 30 = 11-03 (Sun) → 11-04.  Lenient: 10-08 + 30 = 11-07 (Thu).
    strict = pdf(ctx, tmp_path, K.EXTENSION, case.id)
    assert "原定于2024年10月8日前办结" in strict and "至2024年11月4日" in strict
    assert case_detail(ctx, case.id).handling.due_date == D("2024-11-04")
    settings.set_value(ctx, "extension_from_original_day", False)
    lenient = pdf(ctx, tmp_path, K.EXTENSION, case.id)  # the same file, printed again
    assert "至2024年11月7日" in lenient
    assert case_detail(ctx, case.id).handling.due_date == D("2024-11-07")
