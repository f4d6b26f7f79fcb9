"""From `statistics.compute` to what the statistics report and the annual report print.

`stats_view(result)` reads the typed result, so that every indicator and breakdown it has is
printed with its label: the totals with the same period a year earlier, the indicators with both
sides of the fraction and the settings they were counted with, the breakdowns, 满意度, the settings
in force, and the outreach figures.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from fazhi_desktop.domain.indicators import LABELS as INDICATOR_LABELS
from fazhi_desktop.domain.periods import PERIOD_LABELS
from fazhi_desktop.domain.vocab import Channel, Nature, Satisfaction
from fazhi_desktop.pdf.figures import Breakdown, BreakdownRow, Indicator, StatsView, Total
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.statistics.breakdowns import Breakdown as StatsBreakdown
from fazhi_desktop.services.statistics.figures import Statistics

TOTAL_LABELS = {
    "cases": "信访总量（件次）",
    "people": "信访人次",
    "distinct_petitioners": "信访人数（人）",
    "collective_visits": "集体访（批次）",
    "closed": "已办结（件）",
    "accepted": "受理（件）",
    "claims": "申诉求决类（件）",
    "claims_petition": "其中按信访程序办理（件）",
    "claims_diverted": "其中依法分类处理、导入法定途径（件）",
}
OUTREACH_LABELS = {
    "events": "宣传活动（场次）",
    "materials": "发放宣传资料（份）",
    "people_reached": "覆盖群众（人次）",
}


def code_label(code: Any) -> str:
    """A stored code in words (满意, 申诉求决类, 按期办结率, 来访 …), else the code itself."""
    text = str(code)
    for enum in (Satisfaction, Nature, Channel):
        try:
            return str(enum(text).label)
        except ValueError:
            continue
    return INDICATOR_LABELS.get(text) or PERIOD_LABELS.get(text) or text


def setting_words(key: str, value: Any) -> str:
    if key == "indicator_by_registration" and isinstance(value, bool):
        return "按登记日期" if value else "按到期或发生日期"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(code_label(v) for v in value) or "无"
    if isinstance(value, int) and key.endswith("_days"):
        return f"{value} 日"
    return str(value)


def setting_label(key: str) -> str:
    """The setting's name without the unit in brackets (the value says "15 日")."""
    label = str(settings.LABELS.get(key, key))
    if key == "indicator_by_registration":
        return "归入统计期的日期"
    return re.sub(r"（日，?", "（", label).replace("（）", "")


def _basis(values: dict[str, Any]) -> str:
    return "；".join(f"{setting_label(k)}：{setting_words(k, v)}" for k, v in values.items())


def _totals(result: Statistics) -> tuple[Total, ...]:
    now, before = result.counts, result.previous
    return tuple(
        Total(key, label, getattr(now, key), getattr(before, key)) for key, label in TOTAL_LABELS.items()
    )


def _indicators(result: Statistics) -> tuple[Indicator, ...]:
    return tuple(
        Indicator(
            key=key,
            label=figure.label,
            value=figure.value,
            numerator=figure.numerator,
            denominator=figure.denominator,
            basis=_basis(figure.settings),
            is_change=figure.is_change,
            unjudged=figure.unjudged_words,
        )
        for key, figure in result.indicators.items()
    )


def _rows(part: StatsBreakdown) -> tuple[BreakdownRow, ...]:
    return tuple(
        BreakdownRow(
            label=row.label,
            cases=row.cases,
            people=row.people,
            share=row.share,
            previous=row.previous_cases,
            change=row.yoy_cases,
        )
        for row in part.rows
    )


def _satisfaction(counts: dict[Satisfaction, int]) -> tuple[BreakdownRow, ...]:
    total = sum(counts.values())
    return tuple(
        BreakdownRow(label=answer.label, cases=n, share=(n / total) if total else None)
        for answer, n in counts.items()
    )


def _breakdowns(result: Statistics) -> tuple[Breakdown, ...]:
    out = [Breakdown(key, part.title, _rows(part)) for key, part in result.breakdowns.items()]
    out.append(Breakdown("satisfaction", "满意度评价", _satisfaction(result.counts.satisfaction)))
    return tuple(out)


def compared_words(result: Statistics) -> str:
    """The period the 同比 compares with, in words: "2023年1月1日至2023年12月3日（截至今日的同期）"."""
    previous = result.previous.period
    text = f"{chinese_day(previous.start)}至{chinese_day(previous.end)}"
    return text + ("（本期截至今日，与上年同期相同日期比较）" if result.compared_until else "")


def chinese_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def stats_view(result: Statistics) -> StatsView:
    """The printable figures of one `statistics.compute` result."""
    outreach = result.outreach
    return StatsView(
        period_from=result.period.start,
        period_to=result.period.end,
        computed_on=result.computed_on,
        totals=_totals(result),
        indicators=_indicators(result),
        breakdowns=_breakdowns(result),
        settings=tuple((setting_label(k), setting_words(k, v)) for k, v in result.settings.by_key().items()),
        outreach=(
            Total("events", OUTREACH_LABELS["events"], outreach.events),
            Total("materials", OUTREACH_LABELS["materials"], outreach.materials),
            Total("people_reached", OUTREACH_LABELS["people_reached"], outreach.people_reached),
        ),
        previous_from=result.previous.period.start,
        previous_to=result.previous.period.end,
        compared_until=result.compared_until,
        basis=result.basis_words(),
        compared=compared_words(result),
    )
