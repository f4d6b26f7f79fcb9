"""The annual report's own figures (issue 14), read back from the PDF: 登记 and 受理 under their own
words, 办结率 beside 按期办结率, the 申诉求决类 split between the petition procedure and 依法分类处理,
the 调解 and 导入法定途径 counts, and the period and basis."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fazhi_desktop.cli.stats_json import stats_json
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.domain.step_details import Accept, Deliver, Divert, Mediate, Reply
from fazhi_desktop.domain.vocab import LegalProcedure
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.statistics import compute as statistics
from tests.pdfread import flat
from tests.services.helpers import register

D = date.fromisoformat


def test_the_annual_prints_its_own_figures(ctx: Context, tmp_path: Path) -> None:
    answered = register(ctx, on=D("2023-03-01"), nature="claim")
    apply_step(ctx, answered.id, Accept(), occurred_on=D("2023-03-02"))
    apply_step(ctx, answered.id, Reply(), occurred_on=D("2023-04-01"))
    apply_step(ctx, answered.id, Deliver(), occurred_on=D("2023-04-02"))
    mediated = register(ctx, on=D("2023-03-01"), nature="claim")
    apply_step(ctx, mediated.id, Accept(), occurred_on=D("2023-03-02"))
    apply_step(ctx, mediated.id, Mediate(agreement="双方达成和解"), occurred_on=D("2023-04-10"))
    diverted = register(ctx, on=D("2023-03-01"), nature="claim")
    apply_step(ctx, diverted.id, Divert(procedure=LegalProcedure.LITIGATION), occurred_on=D("2023-03-03"))
    register(ctx, on=D("2023-05-01"), nature="suggestion")

    figures = statistics.compute(ctx, D("2023-01-01"), D("2023-12-31"))
    now = figures.counts
    # 4 registered; 2 accepted; 3 申诉求决类, 1 of them routed into litigation; 2 closed (answered, mediated).
    assert (now.cases, now.accepted, now.claims, now.claims_diverted, now.closed) == (4, 2, 3, 1, 2)
    assert stats_json(figures)["claims"] == {"total": 3, "petition_procedure": 2, "legal_procedure": 1}

    path = tmp_path / "annual.pdf"
    make_report(ctx, ReportRequest(K.ANNUAL, year=2023), path)
    text = "".join(flat(path).split())
    assert "2023年，全年共登记信访事项4件" in text and "全年共受理" not in text
    assert "依法受理2件" in text
    assert "申诉求决类信访事项3件，其中按信访程序办理2件、依法分类处理导入法定途径1件" in text
    assert "经调解达成协议1件" in text and "导入其他法定程序1件（诉讼1件）" in text
    completion = figures.indicators["on_time_completion_rate"]
    # 办结率 (2 of the 4 registrations closed) printed beside 按期办结率.
    assert f"按期办结率{percent(completion.value)}、办结率50.0%" in text
    assert "统计期间：2023年1月1日至2023年12月31日" in text
    assert "统计口径：信访量及分类统计按登记日期统计；各项指标按期限届满或事件发生日期归入统计期" in text
    assert "同比期间：2022年1月1日至2022年12月31日" in text
