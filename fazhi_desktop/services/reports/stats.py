"""From `statistics.compute` to what the statistics report and the annual report print.

`stats_view(result)` reads whatever `compute` returns, so that every indicator and breakdown it has
is printed, each with the label `compute` gives it (or one of ours when it gives none): the totals
with the same period a year earlier (`previous_period`), the indicators with both sides of the
fraction and the settings they were counted with (`fractions`), the breakdowns (`breakdowns`, or
the older `by_channel` / `by_month` counts), 满意度, the settings, and the outreach figures.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import LABELS as INDICATOR_LABELS
from fazhi_desktop.domain.periods import PERIOD_LABELS
from fazhi_desktop.domain.vocab import Channel, Nature, Satisfaction
from fazhi_desktop.pdf.figures import Breakdown, BreakdownRow, Indicator, StatsView, Total
from fazhi_desktop.services.office import settings

TOTAL_LABELS = {
    "cases": "信访总量（件次）",
    "people": "信访人次",
    "distinct_petitioners": "信访人数（人）",
    "collective_visits": "集体访（批次）",
    "closed": "已办结（件）",
}
OUTREACH_LABELS = {
    "events": "宣传活动（场次）",
    "materials": "发放宣传资料（份）",
    "people_reached": "覆盖群众（人次）",
}
#: Top-level keys that are not totals.
NOT_TOTALS = frozenset({"period", "office", "computed_on"})


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _date(value: Any, default: date) -> date:
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return default


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


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


def _basis(values: Any) -> str:
    if not isinstance(values, dict):
        return ""
    return "；".join(f"{setting_label(k)}：{setting_words(k, v)}" for k, v in values.items())


def _totals(result: dict[str, Any], previous: dict[str, Any]) -> tuple[Total, ...]:
    keys = [k for k in TOTAL_LABELS if k in result]
    keys += [
        k for k, v in result.items() if k not in TOTAL_LABELS and k not in NOT_TOTALS and _int(v) is not None
    ]
    return tuple(
        Total(key, TOTAL_LABELS.get(key, key), int(result[key]), _int(previous.get(key))) for key in keys
    )


def _indicators(result: dict[str, Any]) -> tuple[Indicator, ...]:
    values = _dict(result.get("indicators"))
    fractions = _dict(result.get("fractions"))
    out: list[Indicator] = []
    for key in list(values) + [k for k in fractions if k not in values]:
        fraction = _dict(fractions.get(key))
        value = values.get(key, fraction.get("value"))
        if isinstance(value, dict):  # {"value": …, "numerator": …} inline
            fraction, value = value, value.get("value")
        out.append(
            Indicator(
                key=key,
                label=str(fraction.get("label") or INDICATOR_LABELS.get(key, key)),
                value=_float(value),
                numerator=_int(fraction.get("numerator")),
                denominator=_int(fraction.get("denominator")),
                basis=_basis(fraction.get("settings")),
                is_change=key.startswith("yoy") or "change" in key,
            )
        )
    return tuple(out)


def _rows(rows: Any) -> tuple[BreakdownRow, ...]:
    out: list[BreakdownRow] = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        previous = _int(row.get("previous_cases"))
        cases = _int(row.get("cases")) or 0
        out.append(
            BreakdownRow(
                label=str(row.get("label") or row.get("key") or ""),
                cases=cases,
                people=_int(row.get("people")),
                share=_float(row.get("share")),
                previous=previous,
                change=_float(row.get("yoy_cases")) if "yoy_cases" in row else None,
            )
        )
    return tuple(out)


def _counts(counts: dict[str, Any], previous: dict[str, Any] | None, label: Any) -> tuple[BreakdownRow, ...]:
    total = sum(v for v in counts.values() if isinstance(v, int))
    return tuple(
        BreakdownRow(
            label=label(key),
            cases=int(value),
            share=(value / total) if total else None,
            previous=_int(previous.get(key)) if previous is not None else None,
        )
        for key, value in counts.items()
        if isinstance(value, int)
    )


def _breakdowns(result: dict[str, Any]) -> tuple[Breakdown, ...]:
    out: list[Breakdown] = []
    for key, part in _dict(result.get("breakdowns")).items():
        out.append(Breakdown(key, str(part.get("title") or key), _rows(part.get("rows"))))
    satisfaction = result.get("satisfaction")
    if isinstance(satisfaction, dict):
        out.append(Breakdown("satisfaction", "满意度评价", _counts(satisfaction, None, code_label)))
    return tuple(out)


def stats_view(result: dict[str, Any]) -> StatsView:
    """The printable figures of one `statistics.compute` result."""
    today = clock.today()
    period = result.get("period") or {}
    previous: dict[str, Any] = _dict(result.get("previous_period"))
    previous_period = previous.get("period") or {}
    start = _date(period.get("from"), today)
    outreach = _dict(result.get("outreach"))
    return StatsView(
        period_from=start,
        period_to=_date(period.get("to"), today),
        computed_on=_date(result.get("computed_on"), today),
        totals=_totals(result, previous),
        indicators=_indicators(result),
        breakdowns=_breakdowns(result),
        settings=tuple(
            (setting_label(k), setting_words(k, v)) for k, v in _dict(result.get("settings")).items()
        ),
        outreach=tuple(
            Total(k, OUTREACH_LABELS.get(k, k), int(v)) for k, v in outreach.items() if _int(v) is not None
        ),
        previous_from=_date(previous_period["from"], start) if previous_period.get("from") else None,
        previous_to=_date(previous_period["to"], start) if previous_period.get("to") else None,
    )
