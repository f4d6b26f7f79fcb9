"""The statistics report, the annual report section and the 研判 agenda, read back from the PDF: the
printed figures are those of `statistics.compute` for the same period (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from sqlalchemy import select

from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.pdf.figures import change_text, count_text, rate_text
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.reports.stats import stats_view
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.store.models import AuditEntry, Case
from tests.pdfread import MM, flat, fonts, page_sizes, runs
from tests.services.helpers import register
from tests.services.report_helpers import make_samples

START, END = date(2024, 1, 1), date(2024, 11, 20)


@pytest.fixture
def filled(ctx: Context) -> Context:
    demo.generate(ctx, 600, seed=7)
    return ctx


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_summary_prints_the_figures_of_compute(filled: Context, tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    result = make_report(filled, ReportRequest(K.SUMMARY, start=START, end=END), path)
    printed = flat(path)
    figures = statistics.compute(filled, START, END)
    view = stats_view(figures)
    assert figures.counts.cases > 100 and result.pages >= 2

    for key in ("cases", "people", "closed", "collective_visits", "distinct_petitioners"):
        total = view.total(key)
        assert total is not None and total.value == getattr(figures.counts, key)
        row = (
            total.label
            + count_text(getattr(figures.counts, key))
            + count_text(getattr(figures.previous, key))
        )
        assert squeeze(row) in printed, row
    for name, fraction in figures.indicators.items():
        value = fraction.value
        text = change_text(value) if name.startswith("yoy") else rate_text(value)
        row = f"{fraction.label}{text}{fraction.numerator}/{fraction.denominator}"
        assert squeeze(row) in printed, row
    for part in figures.breakdowns.values():
        assert f"按{part.title}" in printed
        for r in part.rows:
            cells = [
                r.label,
                r.cases,
                r.people,
                rate_text(r.share),
                r.previous_cases,
            ]
            line = "".join(str(c) for c in cells) + change_text(r.yoy_cases)
            assert squeeze(line) in printed, line
    for key, value in figures.counts.satisfaction.items():
        assert view.breakdown("satisfaction") is not None
        assert str(value) in printed, key
    for label in (
        "本表使用的设置",
        "信访量月度走势（件次）",
        "本期",
        "上年同期",
        "信访形式构成",
        "按内容分类（件次）",
        "按问题属地（件次）",
    ):
        assert label in printed
    with filled.db.reading() as session:
        red = session.scalars(
            select(Case.number).where(Case.tier == Tier.RED.value, Case.registered_on <= END)
        ).all()
    assert f"在办{len(red)}件" in printed and all(number in printed for number in red)
    used = fonts(path)
    assert used and all(used.values())


def test_the_annual_report_writes_the_figures_the_way_reports_do(filled: Context, tmp_path: Path) -> None:
    path = tmp_path / "annual.pdf"
    make_report(filled, ReportRequest(K.ANNUAL, year=2023), path)
    printed = flat(path)
    figures = statistics.compute(filled, date(2023, 1, 1), date(2023, 12, 31))
    assert f"2023年，全年共登记信访事项{figures.counts.cases}件、{figures.counts.people}人次" in printed
    change = figures.indicators["yoy_change"].value
    if change is not None:
        words = "同比下降" if change < 0 else "同比上升" if change > 0 else "与上年持平"
        assert words + (rate_text(abs(change)) if change else "") in printed
    for name in (
        "timely_acceptance_rate",
        "on_time_completion_rate",
        "satisfaction_rate",
        "participation_rate",
    ):
        value = figures.indicators[name].value
        if value is not None:
            assert f"{figures.indicators[name].label}{rate_text(value)}" in printed
    channels = {row.key: row for row in figures.breakdowns["channel"].rows}
    visit, letter = channels["visit"], channels["letter"]
    assert f"来访{visit.cases}批{visit.people}人次" in printed and f"来信{letter.cases}件" in printed
    assert "一、信访总体情况" in printed and "（一）依法及时受理办理" in printed


def test_the_annual_report_is_laid_out_per_gbt_9704(filled: Context, tmp_path: Path) -> None:
    path = tmp_path / "annual.pdf"
    result = make_report(filled, ReportRequest(K.ANNUAL, year=2023), path)
    assert all(size == pytest.approx(A4, abs=0.01) for size in page_sizes(path))
    pages = runs(path)
    assert result.pages == len(pages) >= 1
    first = pages[0]
    body = [r for r in first if r.size == 16]
    title = [r for r in first if r.size == 22]
    assert title and body
    top = A4[1] - (title[0].y + 0.88 * title[0].size)
    assert top / MM == pytest.approx(37, abs=0.3)  # text starts 37 mm from the top
    assert min(r.x for r in body) / MM == pytest.approx(28, abs=0.3)  # and 28 mm from the left
    numbers = [[r for r in page if r.size == 14] for page in pages]
    for n, marks in enumerate(numbers, 1):
        assert [m.text for m in marks] == [f"— {n} —"]
    if len(pages) > 1:
        assert numbers[0][0].x > numbers[1][0].x  # odd on the right, even on the left
    assert all(fonts(path).values())


def test_the_agenda_lists_red_then_yellow_and_what_changed_since_the_last_meeting(
    ctx: Context, tmp_path: Path
) -> None:
    samples = make_samples(ctx)
    register(ctx, "孙集体", summary="反映征地补偿款未发放", people=8, on=date(2024, 11, 18))
    path = tmp_path / "agenda.pdf"
    result = make_report(ctx, ReportRequest(K.AGENDA, day=date(2024, 11, 20), since=date(2024, 9, 1)), path)
    printed = flat(path)
    assert (
        all(size == pytest.approx(landscape(A4), abs=0.01) for size in page_sizes(path)) and result.pages >= 1
    )
    sections = [
        "一、红色事项",
        "二、黄色事项",
        "三、新增集体访",
        "四、上级转送、交办、督办事项",
        "五、自上次研判以来新超期的事项",
    ]
    positions = [printed.index(s) for s in sections]
    assert positions == sorted(positions)
    with ctx.db.reading() as session:
        tiers = dict(session.execute(select(Case.number, Case.tier).where(Case.tier.is_not(None))).all())
        upper = session.scalar(select(Case.number).where(Case.id == samples.upper))
        assigned = session.scalar(select(Case.number).where(Case.id == samples.assigned))
    red_part = printed[positions[0] : positions[1]]
    yellow_part = printed[positions[1] : positions[2]]
    for number, tier in tiers.items():
        if tier == Tier.RED.value:
            assert number in red_part
        elif tier == Tier.YELLOW.value:
            assert number in yellow_part
    assert "孙集体" in printed[positions[2] : positions[3]] and "8人" in printed[positions[2] : positions[3]]
    assert upper in printed[positions[3] : positions[4]] and "永信交〔2024〕88号" in printed
    assert assigned in printed[positions[4] :]  # its deadline passed after 2024-09-01
    with ctx.db.reading() as session:
        audit = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "report.print")).all()
    assert audit == ["打印研判议程：2024-11-20（上次 2024-09-01）"]
