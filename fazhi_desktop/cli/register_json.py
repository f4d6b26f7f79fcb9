"""The JSON of registers and higher-level counts: `fazhi register list --json` and the `registers`
and `higher_level` keys of `fazhi stats --json` (rates are fractions, null with nothing to divide)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.registers.reading import RegisterSummary, list_registers
from fazhi_desktop.services.statistics.higher_level import Count, HigherLevel, Rated, higher_level


def summary_json(s: RegisterSummary) -> dict[str, Any]:
    return {
        "name": s.name,
        "kind": s.kind.value,
        "kind_label": s.kind.label,
        "owner": s.owner,
        "leader": s.leader,
        "from": s.starts_on.isoformat() if s.starts_on else None,
        "to": s.ends_on.isoformat() if s.ends_on else None,
        "as_of": s.as_of.isoformat(),
        "cases": s.cases,
        "resolved": s.resolved,
        "resolution_rate": s.rate,
    }


def _count(c: Count) -> dict[str, Any]:
    return {"count": c.count, "previous": c.previous, "yoy": c.yoy}


def _rated(r: Rated) -> dict[str, Any]:
    return {
        "cases": r.cases,
        "resolved": r.resolved,
        "resolution_rate": r.rate,
        "previous": r.previous,
        "yoy": r.yoy,
    }


def higher_level_json(figures: HigherLevel) -> dict[str, Any]:
    return {
        "period": {"from": figures.period.start.isoformat(), "to": figures.period.end.isoformat()},
        "previous_period": {
            "from": figures.previous_period.start.isoformat(),
            "to": figures.previous_period.end.isoformat(),
        },
        "by_level": {
            level.value: {
                "label": part.level.label,
                "cases": part.cases,
                "resolved": part.resolved,
                "previous": part.previous,
                "yoy": part.yoy,
                "by_channel": {channel.value: n for channel, n in part.by_channel.items()},
                "by_source": {source.value: n for source, n in part.by_source.items()},
            }
            for level, part in figures.by_level.items()
        },
        "beijing_visits": _count(figures.beijing_visits),
        "province_visits": _count(figures.province_visits),
        "central_supervised": _rated(figures.central_supervised),
        "province_assigned": _rated(figures.province_assigned),
        "reviews": _count(figures.reviews),
        "rechecks": _count(figures.rechecks),
        "reviews_total": _count(figures.reviews_total),
        "terminations_filed": _count(figures.terminations_filed),
    }


def stats_sections(ctx: Context, period: ReportPeriod, office: str | None) -> dict[str, Any]:
    """`registers` (each as of the period's end, or today while it runs) and `higher_level`."""
    day: date = min(period.end, clock.today())
    return {
        "registers": [summary_json(s) for s in list_registers(ctx, day)],
        "higher_level": higher_level_json(higher_level(ctx, period.start, period.end, office)),
    }
