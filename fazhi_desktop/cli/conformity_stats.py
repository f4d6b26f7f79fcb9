"""`fazhi stats` and 规范化评查: the 案件办理规范率 beside the other indicators, and its explanation.

Hooked into commands_stats by one line each, so the statistics' own modules stay as they are.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.domain.conformity.bulletin import percent
from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.services.conformity.rate import KEY, LABEL, regularity_rate

__all__ = ["KEY", "explain", "with_regularity"]
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics.explain import case_briefs

NUMERATOR = "评查案件中没有未整改问题的"
DENOMINATOR = "评查期间截止日在统计时期内的评查所抽查的案件"


def with_regularity(ctx: Context, payload: dict[str, Any], start: date, end: date) -> dict[str, Any]:
    """`stats --json` with the 规范率 in `indicators` and its two sides in `fractions`."""
    rate = regularity_rate(ctx, start, end)
    payload.setdefault("indicators", {})[KEY] = rate.value
    payload.setdefault("fractions", {})[KEY] = {
        "label": LABEL,
        "value": rate.value,
        "numerator": len(rate.regular),
        "denominator": len(rate.reviewed),
        "settings": {"audits": list(rate.audits)},
        "unjudged": {"count": 0, "missing": None},
    }
    return payload


def explain(args: argparse.Namespace, ctx: Context) -> None:
    """`fazhi stats --explain regularity_rate`: the cases on each side."""
    period = ReportPeriod.of(args.date_from, args.date_to)
    start, end = period.start, period.end
    rate = regularity_rate(ctx, start, end)

    def side(description: str, ids: tuple[int, ...]) -> dict[str, Any]:
        shown = ids if getattr(args, "all", False) else ids[: getattr(args, "limit", 50)]
        cases = [
            {
                "id": b.id,
                "number": b.number,
                "registered_on": b.registered_on.isoformat(),
                "summary": b.summary,
            }
            for b in case_briefs(ctx, shown, ())
        ]
        return {"description": description, "count": len(ids), "cases": cases}

    payload = {
        "indicator": KEY,
        "label": LABEL,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "value": rate.value,
        "audits": list(rate.audits),
        "numerator": side(NUMERATOR, rate.regular),
        "denominator": side(DENOMINATOR, rate.reviewed),
    }
    lines = [f"{LABEL}：{percent(rate.value)}（{start} 至 {end}；评查：{'、'.join(rate.audits) or '无'}）"]
    for title, s in (("分子", payload["numerator"]), ("分母", payload["denominator"])):
        lines.append(f"{title}：{s['description']}，{s['count']}")
        lines += [f"  {c['number']}  {c['registered_on']}  {c['summary']}" for c in s["cases"]]
    emit(payload, args.json, "\n".join(lines))
