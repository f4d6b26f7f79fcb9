"""Exporting the statistics of a period to Excel (`fazhi export stats`, the 统计报表 page's button).

Counts the figures with `compute`, fills the lines of the workbook (excel/stats_export.py writes it)
and audits the export: figures that leave the program are recorded like any export of data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fazhi_desktop.domain.indicators import SIDES, ReportPeriod
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.excel.saving import xlsx_target
from fazhi_desktop.excel.stats_export import (
    BreakdownLine,
    BreakdownSheet,
    IndicatorLine,
    StatsWorkbook,
    TotalLine,
    write_stats,
)
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.statistics.breakdowns import BREAKDOWNS, TITLES, Breakdown, BreakdownRow
from fazhi_desktop.services.statistics.compute import compute
from fazhi_desktop.services.statistics.figures import Statistics
from fazhi_desktop.services.statistics.indicators import settings_words
from fazhi_desktop.store.writes import record_access

#: The sheet of each breakdown.
SHEETS = {name: f"按{TITLES[name]}" for name in BREAKDOWNS}
#: The totals of the 总量 sheet, in its order.
TOTALS = (
    ("信访总量（件次）", "cases"),
    ("信访总量（人次）", "people"),
    ("信访人（人）", "distinct_petitioners"),
    ("集体访（批次）", "collective_visits"),
    ("已办结（件）", "closed"),
)


@dataclass(frozen=True)
class StatsExport:
    """What was written."""

    path: Path
    sheets: tuple[str, ...]
    period: ReportPeriod


def indicator_lines(figures: Statistics) -> tuple[IndicatorLine, ...]:
    return tuple(
        IndicatorLine(
            label=f.label,
            value=f.value,
            numerator=f.numerator,
            denominator=f.denominator,
            numerator_counts=SIDES[name][0],
            denominator_counts=SIDES[name][1],
            settings="；".join(w for w in (settings_words(f.settings, name), f.unjudged_words) if w),
            is_change=f.is_change,
        )
        for name, f in figures.indicators.items()
    )


def total_lines(figures: Statistics) -> tuple[TotalLine, ...]:
    now, before = figures.counts, figures.previous
    lines = [TotalLine(label, getattr(now, key), getattr(before, key)) for label, key in TOTALS]
    lines += [
        TotalLine(f"{channel.label}（件次）", n, before.by_channel[channel])
        for channel, n in now.by_channel.items()
    ]
    lines += [
        TotalLine(f"评价：{answer.label}（件）", n, before.satisfaction[answer])
        for answer, n in now.satisfaction.items()
    ]
    return tuple(lines)


def _line(row: BreakdownRow) -> BreakdownLine:
    return BreakdownLine(
        row.label,
        row.cases,
        row.share,
        row.people,
        row.previous_cases,
        row.previous_people,
        row.yoy_cases,
        row.yoy_people,
    )


def breakdown_sheet(part: Breakdown) -> BreakdownSheet:
    return BreakdownSheet(
        SHEETS[part.name], part.title, tuple(_line(r) for r in part.rows), _line(part.total_row())
    )


def stats_workbook(figures: Statistics, office: str) -> StatsWorkbook:
    """The workbook's lines for a period's figures; `office` names it in the headings."""
    period, previous = figures.period, figures.previous.period
    span = f"统计时期：{period.start} 至 {period.end}（去年同期 {previous.start} 至 {previous.end}）"
    return StatsWorkbook(
        office=office,
        subtitle=f"{span}　计算日期：{figures.computed_on}　统计口径：{figures.basis_words()}",
        indicators=indicator_lines(figures),
        totals=total_lines(figures),
        breakdowns=tuple(breakdown_sheet(part) for part in figures.breakdowns.values()),
    )


def export_stats(
    ctx: Context,
    path: str | Path,
    start: date | None = None,
    end: date | None = None,
    office: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> StatsExport:
    """Write the statistics of a period to an .xlsx file (one sheet per breakdown plus the indicators
    and the totals); audited."""
    target = xlsx_target(path)
    steps = len(BREAKDOWNS) + 3
    report(progress, 0, steps)
    figures = compute(ctx, start, end, office)
    check(cancelled)
    sheets = write_stats(
        stats_workbook(figures, office_name(ctx, office)), target, progress=progress, cancelled=cancelled
    )
    period = figures.period
    record_access(
        ctx.db,
        ctx.actor,
        "stats.export",
        f"导出统计报表：{period.start} 至 {period.end}（{target.name}）",
        file=str(target),
        period=period.as_json(),
        office=office,
    )
    report(progress, steps, steps)
    return StatsExport(target, sheets, period)
