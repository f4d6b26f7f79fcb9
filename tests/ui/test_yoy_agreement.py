"""One 同比 (issue 14): on 3 December, "this year" is compared with 1 January – 3 December of last
year by the statistics screen, the summary PDF and `fazhi stats --json`, whether the period asked
runs to 31 December or to today; the month in progress meets the same days of last December."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.statistics.charts_tab import month_bars
from fazhi_desktop.ui.statistics.page import StatisticsPage
from tests.pdfread import flat
from tests.services.helpers import register
from tests.test_cli import run_json

D = date.fromisoformat
TODAY = D("2024-12-03")
#: Last year: 3 registrations up to 3 December (Jan 10 ×2, Dec 2), 7 in the whole year.
LAST_YEAR = ("2023-01-10", "2023-01-10", "2023-12-02", "2023-12-10", "2023-12-10", "2023-12-10", "2023-12-20")
#: This year so far: 5 (Feb 5 ×2, Dec 1 ×2, Dec 3).
THIS_YEAR = ("2024-02-05", "2024-02-05", "2024-12-01", "2024-12-01", "2024-12-03")


@pytest.fixture
def two_years(sqlite_ctx: Context) -> Context:
    clock.set_today(TODAY)
    for day in (*LAST_YEAR, *THIS_YEAR):
        register(sqlite_ctx, on=D(day))
    return sqlite_ctx


def test_the_screen_the_summary_and_the_json_give_one_yoy(
    two_years: Context,
    session: UiSession,
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: Callable[[str], None],
) -> None:
    # 5 ÷ 3 − 1: compared with 1 January – 3 December 2023, not with the whole year (5 ÷ 7 − 1).
    expected = "+66.7%"

    page = StatisticsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None and not page.reader.busy, timeout=10_000)
    assert page.period_bar.kind.currentData() == "this_year"
    assert page.cards["cases"].number.text() == "5"
    assert page.cards["cases"].note.text().startswith("3") and expected in page.cards["cases"].note.text()
    assert "2023-01-01" in page.status.text() and "2023-12-03" in page.status.text()
    figures = page.figures
    assert figures is not None
    december = figures.breakdowns["month"].rows[-1]
    assert (december.cases, december.previous_cases) == (3, 1)  # 1–3 December of each year
    language("zh_CN")  # the chart's months are named in the UI's language
    assert month_bars(figures.breakdowns["month"], figures.compared_until)[-1].label == "12月*"
    assert page.charts.month_note.isVisibleTo(page.charts)

    path = tmp_path / "summary.pdf"
    make_report(two_years, ReportRequest(K.SUMMARY), path)
    printed = "".join(flat(path).split())
    assert f"信访总量（件次）53{expected}" in printed
    assert "上年同期（2023-01-01至2023-12-03）" in printed
    assert "同比期间：2023年1月1日至2023年12月3日" in printed
    assert "统计口径：信访量及分类统计按登记日期统计" in printed
    assert "12月（截至3日），与上年同月的相同日期比较" in printed

    db = str(two_years.db.path)
    answers = [
        run_json(capsys, "--db", db, "--today", TODAY.isoformat(), "stats", *extra)
        for extra in ((), ("--to", "2024-12-31"), ("--from", "2024-01-01", "--to", "2024-12-03"))
    ]
    for answer in answers:
        assert answer["indicators"]["yoy_change"] == pytest.approx(5 / 3 - 1)
        assert answer["previous_period"]["period"] == {"from": "2023-01-01", "to": "2023-12-03"}
        assert answer["previous_period"]["cases"] == 3
        assert answer["breakdowns"]["channel"]["total"]["previous_cases"] == 3


def test_a_past_period_is_compared_whole(two_years: Context, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(two_years.db.path)
    answer = run_json(
        capsys,
        "--db",
        db,
        "--today",
        TODAY.isoformat(),
        "stats",
        "--from",
        "2023-01-01",
        "--to",
        "2023-12-31",
    )
    assert answer["previous_period"]["period"] == {"from": "2022-01-01", "to": "2022-12-31"}
    assert answer["previous_period"]["cut_at"] is None
    assert answer["cases"] == 7
