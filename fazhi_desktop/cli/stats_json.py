"""The JSON of `fazhi stats` and `fazhi stats --explain`, made from the services' typed results.

The shape is the contract DESIGN.md documents (scripts and tests rely on it): its keys first, in its
order, then `unjudged`, `fractions`, `breakdowns`, `settings`, `previous_period` and `computed_on` between the
indicators and `outreach`. This is the one place the statistics become JSON.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings.figures import figures_json
from fazhi_desktop.services.statistics.breakdowns import Breakdown, BreakdownRow
from fazhi_desktop.services.statistics.explain import CaseBrief, Explanation, Side, case_briefs
from fazhi_desktop.services.statistics.figures import PeriodCounts, Statistics
from fazhi_desktop.services.statistics.indicators import Figure


def period_json(period: ReportPeriod) -> dict[str, str]:
    return {"from": period.start.isoformat(), "to": period.end.isoformat()}


def counts_json(counts: PeriodCounts) -> dict[str, Any]:
    """DESIGN.md's counts: cases … satisfaction (codes as keys)."""
    return {
        "cases": counts.cases,
        "people": counts.people,
        "closed": counts.closed,
        "collective_visits": counts.collective_visits,
        "distinct_petitioners": counts.distinct_petitioners,
        "by_channel": {channel.value: n for channel, n in counts.by_channel.items()},
        "by_month": dict(counts.by_month),
        "satisfaction": {answer.value: n for answer, n in counts.satisfaction.items()},
        "accepted": counts.accepted,
        "claims": {
            "total": counts.claims,
            "petition_procedure": counts.claims_petition,
            "legal_procedure": counts.claims_diverted,
        },
    }


def figure_json(figure: Figure) -> dict[str, Any]:
    return {
        "label": figure.label,
        "value": figure.value,
        "numerator": figure.numerator,
        "denominator": figure.denominator,
        "settings": dict(figure.settings),
        "unjudged": {"count": figure.unjudged, "missing": figure.missing or None},
    }


def row_json(row: BreakdownRow) -> dict[str, Any]:
    return {
        "key": row.key,
        "label": row.label,
        "cases": row.cases,
        "people": row.people,
        "share": row.share,
        "previous_cases": row.previous_cases,
        "previous_people": row.previous_people,
        "yoy_cases": row.yoy_cases,
        "yoy_people": row.yoy_people,
    }


def breakdown_json(part: Breakdown) -> dict[str, Any]:
    return {
        "title": part.title,
        "rows": [row_json(r) for r in part.rows],
        "total": row_json(part.total_row()),
    }


def stats_json(result: Statistics, ctx: Context | None = None) -> dict[str, Any]:
    """`fazhi stats --json` (with `ctx`, the counts of the other capabilities too)."""
    return {
        "period": period_json(result.period),
        "office": result.office,
        **counts_json(result.counts),
        "indicators": {name: figure.value for name, figure in result.indicators.items()},
        # Beside each indicator: the cases of the period it could not judge (a fact missing).
        "unjudged": {name: figure.unjudged for name, figure in result.indicators.items()},
        "fractions": {name: figure_json(figure) for name, figure in result.indicators.items()},
        "breakdowns": {name: breakdown_json(part) for name, part in result.breakdowns.items()},
        "settings": result.settings.by_key(),
        "previous_period": {
            "period": period_json(result.previous.period),
            "cut_at": result.compared_until.isoformat() if result.compared_until else None,
            **counts_json(result.previous),
        },
        "computed_on": result.computed_on.isoformat(),
        "outreach": {
            "events": result.outreach.events,
            "materials": result.outreach.materials,
            "people_reached": result.outreach.people_reached,
        },
        **(figures_json(ctx, result.period.start, result.period.end) if ctx else {}),  # 研判, 律师, 归档
    }


def brief_json(brief: CaseBrief) -> dict[str, Any]:
    return {
        "id": brief.id,
        "number": brief.number,
        "registered_on": brief.registered_on.isoformat(),
        "summary": brief.summary,
        **{k: v.isoformat() if isinstance(v, date) else v for k, v in brief.facts.items()},
    }


def explanation_json(ctx: Context, explanation: Explanation, limit: int | None = None) -> dict[str, Any]:
    """`fazhi stats --explain INDICATOR --json`: both sides with their cases (the first `limit` of each)."""

    def side(s: Side) -> dict[str, Any]:
        ids = s.ids if limit is None else s.ids[:limit]
        cases = [brief_json(b) for b in case_briefs(ctx, ids, explanation.columns)]
        return {"description": s.description, "count": s.count, "cases": cases}

    return {
        "indicator": explanation.indicator,
        "label": explanation.label,
        "period": period_json(explanation.period),
        "office": explanation.office,
        "value": explanation.value,
        "numerator": side(explanation.numerator),
        "denominator": side(explanation.denominator),
        "settings": explanation.settings,
        "unjudged": side(explanation.unjudged) if explanation.unjudged is not None else None,
    }
