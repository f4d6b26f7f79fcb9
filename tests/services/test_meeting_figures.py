"""What #20's second half counts: 研判会 and cases decided, 律师/心理咨询师 sessions and matters filed,
in `fazhi stats --json` and the annual report's text, computed by hand (today is 2024-11-20)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.meetings import CounselKind, DecisionInput
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.archive import filing
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings import reception as counsel
from fazhi_desktop.services.meetings import records
from fazhi_desktop.services.meetings.reception import CounselInput
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from tests.pdfread import flat
from tests.services.helpers import register
from tests.services.test_archive import _closed_case

D = date.fromisoformat


def test_the_years_figures_in_stats_and_the_annual_report(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _case_id, closed = _closed_case(ctx)
    filing.archive_case(ctx, closed)
    clock.set_today(D("2024-11-14"))
    wages = register(ctx, summary="反映拖欠工资", nature="claim", on=D("2024-11-04")).number
    land = register(ctx, summary="反映征地补偿", nature="claim", on=D("2024-11-05")).number
    records.add_meeting(ctx, D("2024-11-07"), ["张明"])
    records.add_meeting(ctx, D("2024-11-14"), ["张明"])
    records.decide(ctx, D("2024-11-07"), wages, DecisionInput(Tier.RED))
    records.decide(ctx, D("2024-11-14"), wages, DecisionInput(Tier.RED))  # the same case again: counted once
    records.decide(ctx, D("2024-11-14"), land, DecisionInput(Tier.YELLOW))
    for day, people, cases in (("2024-03-07", 4, 1), ("2024-06-13", 7, 0), ("2024-11-14", 5, 2)):
        counsel.add_counsel(ctx, CounselInput(D(day), "刘律师", consultations=people, cases_reviewed=cases))
    counsel.add_counsel(
        ctx, CounselInput(D("2024-06-13"), "陈老师", CounselKind.PSYCHOLOGIST, consultations=3)
    )
    clock.set_today(D("2024-11-20"))

    assert main(["--db", db_url, "stats", "--from", "2024-01-01", "--to", "2024-12-31", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["meetings"] == {"held": 2, "cases_decided": 2, "decisions": 3}
    assert answer["counsel"]["lawyer"] == {"sessions": 3, "consultations": 4 + 7 + 5, "cases_reviewed": 1 + 2}
    assert answer["counsel"]["psychologist"] == {"sessions": 1, "consultations": 3, "cases_reviewed": 0}
    assert answer["archived"] == 1

    out = tmp_path / "年报.pdf"
    make_report(ctx, ReportRequest(kind=ReportKind.ANNUAL, year=2024), out)
    text = re.sub(r"—\d+—", "", flat(out))  # the page numbers between two pages
    assert "全年召开研判会2次，研判案件2件" in text
    assert "律师参与接访3次、咨询16人次、参与化解信访事项3件" in text
    assert "心理咨询师参与接访1次、疏导3人次" in text
    assert "办结事项材料归档1件" in text
