"""Indicators say how many cases they could not judge (issue 14): a ledger row closed without its
受理日期 is neither timely nor late; `compute`, `stats --json`, the screen's table and the summary
PDF all say "另有2件缺少受理日期，未计入"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from fazhi_desktop.cli.stats_json import stats_json
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.services.statistics.export import stats_workbook
from tests.pdfread import flat

D = date.fromisoformat
YEAR = (D("2024-01-01"), D("2024-12-31"))
HEADER = ["序号", "登记日期", "姓名", "反映问题", "受理日期", "办结日期"]
ROWS = [
    # Accepted in time and closed: timely (3).
    ["2024-03-01", "张一", "反映道路损毁", "2024-03-05", "2024-04-01"],
    ["2024-03-01", "张二", "反映路灯不亮", "2024-03-05", "2024-04-01"],
    ["2024-03-01", "张三", "反映排水不畅", "2024-03-05", "2024-04-01"],
    # Closed, but the ledger does not say when it was accepted: cannot be judged (2).
    ["2024-03-01", "李一", "反映噪音扰民", None, "2024-04-01"],
    ["2024-03-01", "李二", "反映垃圾清运", None, "2024-04-01"],
    # Nothing done since registration and the 15 days long past: late (1).
    ["2024-03-01", "王一", "反映工资拖欠", None, None],
]


def import_rows(ctx: Context, path: Path) -> None:
    """Write ROWS as a ledger and import it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for n, row in enumerate(ROWS, 1):
        ws.append([n, *(D(v) if v and v[:2] == "20" else v for v in row)])
    wb.save(path)
    import_ledger(ctx, path)


@pytest.fixture
def imported(ctx: Context, tmp_path: Path) -> Context:
    import_rows(ctx, tmp_path / "ledger.xlsx")
    return ctx


def test_a_case_without_its_acceptance_date_is_counted_apart(imported: Context, tmp_path: Path) -> None:
    figures = statistics.compute(imported, *YEAR)
    timely = figures.indicators["timely_acceptance_rate"]
    # 3 timely ÷ (3 timely + 1 late); the 2 closed rows without 受理日期 on neither side.
    assert (timely.numerator, timely.denominator, timely.unjudged) == (3, 4, 2)
    assert timely.unjudged_words == "另有2件缺少受理日期，未计入"
    assert figures.indicators["repeat_rate"].unjudged == 0

    answer = stats_json(figures)
    assert answer["unjudged"]["timely_acceptance_rate"] == 2
    assert answer["fractions"]["timely_acceptance_rate"]["unjudged"] == {"count": 2, "missing": "受理日期"}
    assert set(answer["unjudged"]) == set(answer["indicators"])

    explanation = statistics.explain(imported, "timely_acceptance_rate", *YEAR)
    assert explanation.unjudged is not None and explanation.unjudged.count == 2
    assert not set(explanation.unjudged.ids) & set(explanation.denominator.ids)

    # The Excel export says it beside the figure's settings, and its basis under the title.
    sheet = stats_workbook(figures, "蓝山县信访局")
    line = next(i for i in sheet.indicators if i.label == timely.label)
    assert line.settings.endswith("另有2件缺少受理日期，未计入")
    assert "统计口径：信访量及分类统计按登记日期统计" in sheet.subtitle

    path = tmp_path / "summary.pdf"
    make_report(imported, ReportRequest(K.SUMMARY, start=YEAR[0], end=YEAR[1]), path)
    assert "另有2件缺少受理日期，未计入" in "".join(flat(path).split())
