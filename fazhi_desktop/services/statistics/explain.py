"""The cases behind a figure: for an indicator, the cases counted on each side of its fraction.

`explain` returns the ids on each side (found with the very conditions the figure was counted with);
`case_briefs` reads the lines of a page of them, so a window lists a hundred thousand cases a screen
at a time and the command line prints them all. Opening the list is audited like any export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicator_facts import outcome_label
from fazhi_desktop.domain.indicators import INDICATORS, LABELS, SIDES, ReportPeriod
from fazhi_desktop.domain.vocab import label_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.services.statistics.indicators import (
    Fraction,
    IndicatorSettings,
    count,
    fractions,
    office_id_of,
    value,
)
from fazhi_desktop.store.models import Case
from fazhi_desktop.store.writes import record_access

#: What each explaining column is called (the keys are columns of `cases`).
COLUMN_LABELS = {
    "route_due": "受理转交期限",
    "intake_on": "处理决定日期",
    "intake_kind": "处理决定",
    "handling_due": "办理期限",
    "answered_on": "答复或办结日期",
    "outcome": "办理结果",
    "delivered_on": "送达日期",
    "satisfaction": "评价",
    "closed_on": "办结日期",
    "state": "状态",
    "routed_on": "转交日期",
    "returned": "被退回",
    "is_repeat": "重复信访",
    "channel": "信访形式",
    "head_count": "人数",
    "leader_on": "包案日期",
    "tier": "色级",
    "tier_reasons": "预警原因",
    "due_date": "下一期限",
    "source": "来源",
    "upper_number": "上级件号",
}


@dataclass(frozen=True)
class CaseBrief:
    """One line of an explanation: the case and the facts that put it on its side."""

    id: int
    number: str
    registered_on: date
    summary: str
    #: The explaining columns, as their stored values and as words (screens).
    facts: dict[str, Any] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Side:
    """The cases on one side of a fraction: what it counts in words, how many, and their ids."""

    description: str
    count: int
    ids: tuple[int, ...]


@dataclass(frozen=True)
class Explanation:
    indicator: str
    period: ReportPeriod
    office: str | None
    value: float | None
    #: The numerator is a part of the denominator (a rate); else two periods compared.
    nested: bool
    #: 人次: the sides' counts are head counts (the ids are the same cases).
    people: bool
    numerator: Side
    denominator: Side
    settings: dict[str, Any]
    columns: tuple[str, ...]
    #: The cases of the period it could not judge (a fact missing), on neither side; None when the
    #: indicator has no such rule.
    unjudged: Side | None = None

    @property
    def label(self) -> str:
        return LABELS[self.indicator]

    def not_counted(self) -> tuple[int, ...]:
        """The denominator's cases left out of the numerator (for a rate: the late, the returned…)."""
        counted = set(self.numerator.ids)
        return tuple(i for i in self.denominator.ids if i not in counted)


def check_indicator(name: str) -> str:
    if name not in INDICATORS:
        names = "、".join(f"{n}（{LABELS[n]}）" for n in INDICATORS)
        raise UserError(f"没有这项指标：{name}。可选：{names}")
    return name


def _ids(session: Session, *conditions: Any) -> tuple[int, ...]:
    query = select(Case.id).where(*conditions).order_by(Case.registered_on, Case.id)
    return tuple(int(i) for i in session.scalars(query))


def _split(session: Session, fraction: Fraction) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The numerator's and the denominator's ids in one pass over the denominator (the way the
    figure was counted: the database plans it by the period's own date)."""
    counted = case((and_(*fraction.numerator), 1), else_=0)
    query = select(Case.id, counted).where(*fraction.denominator).order_by(Case.registered_on, Case.id)
    rows = session.execute(query).all()
    return tuple(int(i) for i, inside in rows if inside), tuple(int(i) for i, _ in rows)


def explain(
    ctx: Context,
    indicator: str,
    start: date | None = None,
    end: date | None = None,
    office: str | None = None,
) -> Explanation:
    """The cases on each side of an indicator's fraction over a period (audited: it lists cases)."""
    check_indicator(indicator)
    period = ReportPeriod.of(start, end)
    with ctx.db.reading() as session:
        office_id = office_id_of(session, office)
        s = IndicatorSettings.read(session)
        fraction: Fraction = fractions(s, period, office_id, clock.today(), case_scope(ctx))[indicator]
        if fraction.nested:
            numerator, denominator = _split(session, fraction)
        else:
            numerator, denominator = _ids(session, *fraction.numerator), _ids(session, *fraction.denominator)
        counts = count(session, fraction)
        unjudged = _ids(session, *fraction.unjudged) if fraction.unjudged else None
    record_access(
        ctx.db,
        ctx.actor,
        "stats.explain",
        f"查看指标明细：{LABELS[indicator]}（{period.describe()}）",
        indicator=indicator,
        period=period.as_json(),
        office=office,
    )
    top, bottom = SIDES[indicator]
    return Explanation(
        indicator=indicator,
        period=period,
        office=office,
        value=value(fraction, *counts),
        nested=fraction.nested,
        people=fraction.people,
        numerator=Side(top, counts[0], numerator),
        denominator=Side(bottom, counts[1], denominator),
        settings=s.used_by(indicator),
        columns=fraction.columns,
        unjudged=None
        if unjudged is None
        else Side(f"缺少{fraction.missing}、无法判断的信访件", len(unjudged), unjudged),
    )


def _words(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "outcome":
        return outcome_label(value)
    if name in ("intake_kind", "satisfaction", "state", "channel", "source", "tier"):
        return label_of(value)  # vocabulary columns load as their enums
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def case_briefs(
    ctx: Context, ids: tuple[int, ...] | list[int], columns: tuple[str, ...] = ()
) -> list[CaseBrief]:
    """The lines of the given cases, in the order of `ids`."""
    if not ids:
        return []
    extra = [getattr(Case, name) for name in columns]
    found: dict[int, CaseBrief] = {}
    with ctx.db.reading() as session:
        for start in range(0, len(ids), 5000):
            chunk = list(ids[start : start + 5000])
            query = select(Case.id, Case.number, Case.registered_on, Case.summary, *extra).where(
                Case.id.in_(chunk), case_scope(ctx)
            )
            for case_id, number, registered_on, summary, *values in session.execute(query):
                facts = dict(zip(columns, values, strict=True))
                words = {k: _words(k, v) for k, v in facts.items()}
                found[case_id] = CaseBrief(case_id, number, registered_on, summary, facts, words)
    return [found[i] for i in ids if i in found]
