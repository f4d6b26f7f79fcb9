"""Words the printed documents must get right (issue 14), each read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.step_details import Accept, Assign, Deliver, Reply, SignFor, Supervise
from fazhi_desktop.domain.vocab import CaseState, DeliveryMethod, ReplyOutcome
from fazhi_desktop.services.clock.procedure import apply_step, case_clock
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.reports import notices
from fazhi_desktop.services.reports.case_files import load_case_file
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from tests.pdfread import flat
from tests.services.helpers import register
from tests.services.report_helpers import Samples, make_samples

D = date.fromisoformat


@pytest.fixture
def samples(ctx: Context) -> Samples:
    return make_samples(ctx)


def printed(ctx: Context, tmp_path: Path, kind: K, case_id: int) -> str:
    path = tmp_path / f"{kind.value}.pdf"
    make_report(ctx, ReportRequest(kind, case_id=case_id), path)
    return "".join(flat(path).split())


def test_the_completion_report_addresses_the_higher_level_and_says_how_the_reply_was_delivered(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    text = printed(ctx, tmp_path, K.COMPLETION, samples.upper)
    # Upward: the higher level is named, never "你单位" (the words for a unit below).
    assert "你单位" not in text
    assert "上级信访部门交办的信访事项（上级件号：永信交〔2024〕88号" in text
    # Not "已于2024年11月6日当面送达，已签收" nor "…其他方式，已签收".
    assert "已于2024年11月6日当面送达信访人，信访人已签收" in text


def test_a_delivery_by_other_means_reads_as_a_sentence(ctx: Context, tmp_path: Path) -> None:
    clock.set_today(D("2024-03-01"))
    case = register(ctx, "陈明", nature="claim", summary="反映养老金发放延迟")
    apply_step(ctx, case.id, Accept())
    apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.EXPLAIN), note="已解释。")
    clock.set_today(D("2024-03-19"))
    apply_step(ctx, case.id, Deliver(method=DeliveryMethod.OTHER))
    clock.set_today(D("2024-11-20"))
    sentence = notices.outcome_sentence(load_case_file(ctx, case.id))
    assert "已于2024年3月19日以其他方式送达信访人，信访人已签收" in sentence
    assert "其他方式，已签收" not in sentence


def test_the_reply_names_the_review_organ_as_article_35_does(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    text = printed(ctx, tmp_path, K.REPLY, samples.claim)
    assert "向本机关的上一级机关、单位书面提出复查请求" in text
    assert "行政机关" not in text
    review = printed(ctx, tmp_path, K.REVIEW, samples.claim)
    assert "向复查机关、单位的上一级机关、单位书面提出复核请求" in review


def test_a_supervision_slip_says_how_the_case_stood_on_its_own_date(ctx: Context, tmp_path: Path) -> None:
    unit = add_entry(ctx, "unit", "县住房和城乡建设局")
    clock.set_today(D("2024-01-10"))
    case = register(ctx, "刘洋", nature="claim", summary="反映小区排水管道堵塞")
    apply_step(ctx, case.id, Assign(unit_id=unit.id, unit_deadline=D("2024-02-20")))
    clock.set_today(D("2024-01-12"))
    apply_step(ctx, case.id, SignFor())
    clock.set_today(D("2024-02-02"))
    apply_step(ctx, case.id, Supervise(content="请加快办理", by="县信访局"))
    clock.set_today(D("2024-02-26"))
    apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.SUPPORT), note="已疏通。")
    clock.set_today(D("2024-02-27"))
    apply_step(ctx, case.id, Deliver())
    clock.set_today(D("2024-11-20"))
    assert case_clock(ctx, case.id).state is CaseState.COMPLETED  # today: closed long ago

    text = printed(ctx, tmp_path, K.SUPERVISE, case.id)
    assert "2024年2月2日" in text
    assert "已办结" not in text and "目前办理状态" not in text
    # On 2 February the unit's deadline (20 February) was 18 days away, and the case was being handled.
    assert "2024年2月20日，距期限还有18日" in text
    assert CaseState.HANDLING.label in text
