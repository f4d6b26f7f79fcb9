"""The period's registrations broken down by channel, 来源, township, 责任单位, category, 性质, 信访目的,
outcome and month, with 件次 and 人次 side by side and the same period a year earlier beside them (同比).

Each breakdown is one GROUP BY per period over the registration date's index; directories (townships
and their villages, the category tree, units, purposes) are small and are folded in Python after the
database has counted, so a village counts for its township and a sub-category for its top level.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicator_facts import OUTCOME_LABELS, outcome_label
from fazhi_desktop.domain.indicators import ReportPeriod, change, comparison_period, rate, year_earlier
from fazhi_desktop.domain.vocab import REPORTED_CHANNEL, Channel, Nature, Source
from fazhi_desktop.services.statistics.indicators import base_conditions
from fazhi_desktop.store.models import Case, Category, Purpose, Region, Unit

#: The breakdowns of `fazhi stats`, in the order reports and the Excel export list them.
BREAKDOWNS = ("channel", "source", "township", "unit", "category", "nature", "purpose", "outcome", "month")
TITLES = {
    "channel": "信访形式",
    "source": "来源",
    "township": "问题属地",
    "unit": "责任单位",
    "category": "内容分类",
    "nature": "性质",
    "purpose": "信访目的",
    "outcome": "办理结果",
    "month": "月份",
}
NONE = "none"
NONE_LABELS = {
    "township": "未填写属地",
    "unit": "未转交责任单位",
    "category": "未分类",
    "nature": "未分类",
    "purpose": "未填写",
    "outcome": outcome_label(None),
}
REPORTED = (Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE)


@dataclass(frozen=True)
class BreakdownRow:
    """One line of a breakdown: this period and the same period a year earlier."""

    key: str
    label: str
    cases: int
    people: int
    previous_cases: int
    previous_people: int
    #: The line's part of the period's 件次 (None when nothing was registered; the 合计's is 1).
    share: float | None = None

    @property
    def yoy_cases(self) -> float | None:
        return change(self.cases, self.previous_cases)

    @property
    def yoy_people(self) -> float | None:
        return change(self.people, self.previous_people)


@dataclass(frozen=True)
class Breakdown:
    """The period's registrations by one key (`name`, one of BREAKDOWNS), line by line."""

    name: str
    rows: tuple[BreakdownRow, ...]

    @property
    def title(self) -> str:
        return TITLES[self.name]

    def total_row(self) -> BreakdownRow:
        """The 合计 under the rows."""
        cases, people, previous_cases, previous_people = (
            sum(getattr(r, k) for r in self.rows)
            for k in ("cases", "people", "previous_cases", "previous_people")
        )
        return BreakdownRow(
            "total", "合计", cases, people, previous_cases, previous_people, rate(cases, cases)
        )


Counts = dict[Any, list[int]]
Key = ColumnElement[Any] | InstrumentedAttribute[Any]


def _grouped(session: Session, keys: dict[str, Key], where: list[ColumnElement[bool]]) -> dict[str, Counts]:
    """[件次, 人次] by each of `keys` (name → column), in one GROUP BY of all of them, folded per key."""
    columns = list(keys.values())
    query = (
        select(*columns, func.count(), func.coalesce(func.sum(Case.head_count), 0))
        .where(*where)
        .group_by(*columns)
    )
    counts: dict[str, Counts] = {name: {} for name in keys}
    for *values, n, people in session.execute(query):
        for name, value in zip(keys, values, strict=True):
            entry = counts[name].setdefault(value, [0, 0])
            entry[0] += int(n)
            entry[1] += int(people)
    return counts


#: The columns the period's registrations are counted by (those of TOGETHER in one GROUP BY, the others
#: one each; the month is counted by day: the covering index's order, no sorting; then folded into
#: months here).
TALLIED: dict[str, Key] = {
    "channel": Case.channel,
    "source": Case.source,
    "township": Case.region_id,
    "unit": Case.handling_unit_id,
    "category": Case.category_id,
    "nature": Case.nature,
    "purpose": Case.purpose_id,
    "outcome": Case.outcome,
    "satisfaction": Case.satisfaction,
}

#: A period's registrations counted by each of TALLIED's keys and by "month" ("YYYY-MM"), the
#: stored values as keys: what both the breakdowns and the period's counts (compute.counts) read.
Tallies = dict[str, Counts]


#: The tallied keys of few values, counted in one GROUP BY of all of them (a few thousand groups at a
#: million cases, folded here): SQLite sorts the period's rows once for them instead of once each
#: (350 against 515 ms a year at a million cases). The directories of many values (属地, 责任单位,
#: 内容分类) are counted one by one: together they make nearly a group per row.
TOGETHER = ("channel", "source", "nature", "satisfaction", "outcome", "purpose")


def tallies(session: Session, where: Sequence[ColumnElement[bool]]) -> Tallies:
    """The registrations matching `where` (a period's), [件次, 人次] by every tallied key."""
    where = list(where)
    out = _grouped(session, {name: TALLIED[name] for name in TOGETHER}, where)
    for name, key in TALLIED.items():
        if name not in out:
            out |= _grouped(session, {name: key}, where)
    months: Counts = defaultdict(lambda: [0, 0])
    for day, (n, people) in _grouped(session, {"day": Case.registered_on}, where)["day"].items():
        entry = months[f"{day.year:04d}-{day.month:02d}"]
        entry[0] += n
        entry[1] += people
    out["month"] = dict(months)
    return out


def _fold(counts: Counts, to: Callable[[Any], str]) -> Counts:
    folded: Counts = defaultdict(lambda: [0, 0])
    for value, (n, people) in counts.items():
        entry = folded[to(value)]
        entry[0] += n
        entry[1] += people
    return dict(folded)


def _rows(
    now: Counts, before: Counts, labels: dict[str, str], *, order: Iterable[str] | None = None
) -> tuple[BreakdownRow, ...]:
    """Rows for the given keys in `order` (all listed, even at zero), else every key counted, largest
    first, with "none" last."""
    keys = (
        list(order)
        if order is not None
        else sorted(
            set(now) | set(before),
            key=lambda k: (k == NONE, -now.get(k, [0, 0])[0], -before.get(k, [0, 0])[0], labels.get(k, k)),
        )
    )
    total = sum(now.get(key, [0, 0])[0] for key in keys)
    rows = []
    for key in keys:
        (cases, people), (previous_cases, previous_people) = now.get(key, [0, 0]), before.get(key, [0, 0])
        share = rate(cases, total)
        rows.append(
            BreakdownRow(key, labels.get(key, key), cases, people, previous_cases, previous_people, share)
        )
    return tuple(rows)


def _key(value: Any) -> str:
    return NONE if value is None else str(value)


def breakdowns(
    session: Session,
    period: ReportPeriod,
    office_id: int | None,
    previous: ReportPeriod | None = None,
    *,
    scope: ColumnElement[bool],
    narrower: Sequence[Any] = (),
    tallied: tuple[Tallies, Tallies] | None = None,
) -> dict[str, Breakdown]:
    """Every breakdown of the registrations of a period (voided ones left out), beside the period it
    is compared with (`comparison_period` as of today unless given: a month in progress meets the
    same days of last year's month). `tallied`: both periods' tallies when the caller has them."""
    if previous is None:
        previous = comparison_period(period, clock.today())
    if tallied is None:
        base = [
            *base_conditions(office_id, scope),
            *narrower,
        ]  # `narrower`: a list's filter (a ledger export)
        now_where = [*base, Case.registered_on >= period.start, Case.registered_on <= period.end]
        before_where = [*base, Case.registered_on >= previous.start, Case.registered_on <= previous.end]
        tallied = tallies(session, now_where), tallies(session, before_where)
    now_tally, before_tally = tallied

    def both(name: str, to: Callable[[Any], str] = _key) -> tuple[Counts, Counts]:
        return _fold(now_tally[name], to), _fold(before_tally[name], to)

    regions = {
        rid: (kind, parent, name)
        for rid, kind, parent, name in session.execute(
            select(Region.id, Region.kind, Region.parent_id, Region.name)
        )
    }

    def township(region_id: Any) -> str:
        if region_id is None or region_id not in regions:
            return NONE
        kind, parent, _ = regions[region_id]
        return str(parent if kind == "village" and parent is not None else region_id)

    categories = {
        cid: (parent, name)
        for cid, parent, name in session.execute(select(Category.id, Category.parent_id, Category.name))
    }

    def top_category(category_id: Any) -> str:
        seen = 0
        while category_id in categories and categories[category_id][0] is not None and seen < 10:
            category_id, seen = categories[category_id][0], seen + 1
        return NONE if category_id not in categories else str(category_id)

    def channel(code: Any) -> str:
        return REPORTED_CHANNEL[code].value

    out: dict[str, tuple[BreakdownRow, ...]] = {}
    out["channel"] = _rows(
        *both("channel", channel), {c.value: c.label for c in REPORTED}, order=[c.value for c in REPORTED]
    )
    out["source"] = _rows(
        *both("source"), {s.value: s.label for s in Source}, order=[s.value for s in Source]
    )
    township_labels = {str(rid): name for rid, (_, _, name) in regions.items()} | {
        NONE: NONE_LABELS["township"]
    }
    out["township"] = _rows(*both("township", township), township_labels)
    units = {str(uid): name for uid, name in session.execute(select(Unit.id, Unit.name))}
    out["unit"] = _rows(*both("unit"), units | {NONE: NONE_LABELS["unit"]})
    category_labels = {str(cid): name for cid, (_, name) in categories.items()} | {
        NONE: NONE_LABELS["category"]
    }
    out["category"] = _rows(*both("category", top_category), category_labels)
    now, before = both("nature")
    natures = [n.value for n in Nature] + ([NONE] if NONE in now or NONE in before else [])
    out["nature"] = _rows(
        now, before, {n.value: n.label for n in Nature} | {NONE: NONE_LABELS["nature"]}, order=natures
    )
    purposes = {str(pid): name for pid, name in session.execute(select(Purpose.id, Purpose.name))}
    out["purpose"] = _rows(*both("purpose"), purposes | {NONE: NONE_LABELS["purpose"]})
    now, before = both("outcome")
    ordered = [code for code in OUTCOME_LABELS if code in now or code in before]
    ordered += sorted(k for k in set(now) | set(before) if k not in OUTCOME_LABELS and k != NONE)
    ordered += [NONE] if NONE in now or NONE in before else []
    out["outcome"] = _rows(
        now,
        before,
        {code: outcome_label(code) for code in ordered if code != NONE} | {NONE: NONE_LABELS["outcome"]},
        order=ordered,
    )
    out["month"] = _months(period, previous, now_tally["month"], before_tally["month"])
    return {name: Breakdown(name, out[name]) for name in BREAKDOWNS}


def _months(
    period: ReportPeriod, previous: ReportPeriod, now: Counts, before: Counts
) -> tuple[BreakdownRow, ...]:
    # Last year's months are keyed by the month of this period they meet.
    shifted = {f"{int(m[:4]) + 1:04d}{m[4:]}": counts for m, counts in before.items()}
    months = period.months()
    labels = {m: f"{int(m[:4])}年{int(m[5:])}月" for m in months}
    if previous.end < year_earlier(period.end):
        # The comparison was cut at today: this month so far meets the same days of last year's.
        cut = previous.end
        key = f"{cut.year + 1:04d}-{cut.month:02d}"
        if key in labels:
            labels[key] += f"（截至{cut.day}日）"
    return _rows(now, shifted, labels, order=months)
