"""The derived columns of the cases of a ledger import, worked out once per kind of case.

The case's state, deadlines, tier and indicator facts are derived from its steps exactly as the
indicator backfill does (store/indicator_backfill.py: the procedure walked without checks, since a
ledger records what happened rather than asks to do it). Cases alike in everything the rules read,
whose steps fall in the same order, share one walk: its answer is redated to each case's days, and
what the calendar and today decide for the case (periods, deadlines, the tier) is counted for it
(`_Kind`; tests/services/test_ledger_derive.py holds the result to the per-case derivation). A case
whose steps open a request window (送达) or whose letter has a 收信日期 is derived on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.indicator_facts import CALENDAR_COLUMNS, handling_due, route_due
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, Derived, StepFact, derived_of, walk_of
from fazhi_desktop.domain.procedure_walk import WINDOW_KINDS, Walk
from fazhi_desktop.domain.triage import TierResult, TriageFacts, TriageRules, triage
from fazhi_desktop.domain.vocab import CaseState, StepKind
from fazhi_desktop.services.clock.case_state import ClockRow, derived_columns, indicator_columns, triage_facts

K = StepKind


@dataclass
class ImportSetup:
    """What the derivation of every case needs, read once per import."""

    office_id: int
    office_code: str
    user: str
    file: str
    today: date
    now: datetime
    rules: ClockRules
    triage_rules: TriageRules
    cal: HolidayCalendar
    collective_threshold: int


class _Same(dict[date, date]):
    """Every day as itself (to copy a walk)."""

    def __missing__(self, day: date) -> date:
        return day


_SAME = _Same()
#: Columns counted on the calendar or against today: never taken from one case for another.
_COUNTED = CALENDAR_COLUMNS | {"due_date", "window_end", "review_on"}
#: Details that do not change what the rules derive (the unit is set per case; names are words).
_NOT_TOLD = frozenset({"unit_id", "unit", "ledger", "channel", "summary"})


@dataclass(slots=True)
class _Kind:
    """Cases alike in everything the rules read but the days of their steps, which come in the same
    order: the columns of the first, whose dates of steps are replaced by another case's. The
    procedure's walk through steps that count no window only orders and records their dates
    (domain/procedure_walk.py, WINDOW_KINDS), so the rest is the same; what the calendar and today
    decide (the periods, the deadlines and the tier by them) is counted again for each case."""

    #: The days of its steps, in order.
    days: list[date]
    derived_facts: CaseFacts
    columns: dict[str, Any]
    #: The date columns that are days of steps.
    moves: tuple[str, ...]
    #: The walk before today, to be redated to another case's days.
    walk: Walk
    clock_row: ClockRow
    derived: Derived
    #: Whether deadlines are pending: their due dates and the tier are counted per case.
    timed: bool


class Deriving:
    """The derivation half of the import's Builder: caches shared by the cases of one import."""

    def __init__(self, setting: ImportSetup) -> None:
        self.s = setting
        self._kinds: dict[tuple[Any, ...], _Kind | None] = {}
        self._tiers: dict[TriageFacts, TierResult] = {}
        self._route_dues: dict[date, date] = {}
        self._handling_dues: dict[tuple[Any, ...], date | None] = {}

    def _derive(
        self, row: dict[str, Any], made: list[tuple[StepKind, date, dict[str, Any]]]
    ) -> dict[str, Any]:
        """The derived and indicator columns: worked out once per kind of case (_Kind) and redated
        to each case's own days, with what the calendar and today decide counted for the case."""
        if row["received_on"] is not None or any(kind in WINDOW_KINDS for kind, _, _ in made):
            # A 收信日期 or a request window (送达) is counted on the calendar: derived alone, and
            # not kept, since no other case could take its answer.
            return self._derived_of(row, made)[0]
        days = sorted({day for _, day, _ in made})
        rank = {day: n for n, day in enumerate(days)}
        unit_id: int | None = None
        shape = []
        for kind, day, details in made:
            if kind is K.ASSIGN or kind is K.FORWARD:
                unit_id = details.get("unit_id")
            rating = details.get("unit") if kind is K.EVALUATE else None
            told = tuple(sorted((k, v) for k, v in details.items() if k not in _NOT_TOLD))
            shape.append((kind, rank[day], details.get("unit_id") is not None, rating, told))
        key = (
            row["nature"],
            row["source"],
            row["channel"],
            row["head_count"] if row["is_collective"] else 0,
            row["is_repeat"],
            tuple(shape),
        )
        if key not in self._kinds:
            columns, clock_row, derived, walk = self._derived_of(row, made, keep=True)
            # A walk whose window is open or that closed itself on a lapsed window cannot be
            # redated either: such a kind is remembered without its answer.
            self._kinds[key] = None if walk is None else _kind(days, columns, clock_row, derived, walk)
            return columns
        found = self._kinds[key]
        if found is None:
            return self._derived_of(row, made)[0]
        columns = dict(found.columns)
        dates = dict(zip(found.days, days, strict=True))
        if found.days != days:
            for name in found.moves:
                columns[name] = dates[columns[name]]
        s = self.s
        if found.timed:
            # Pending deadlines: the due date, and the tier by it, are counted for this case (on a
            # copy of the walk: `derived_of` moves it on to today).
            derived = derived_of(found.walk.redated(dates), (), s.today)
            columns.update(derived_columns(derived, self._tier(triage_facts(found.clock_row, derived))))
        if columns["handling_unit_id"] is not None:
            columns["handling_unit_id"] = unit_id  # its only 转送/交办 names the unit
        # The indicators' periods, counted on the calendar from this case's days.
        registered_on = row["registered_on"]
        if columns["route_due"] is not None:  # None: the ledger does not say when it was decided
            # A case shares a kind only without a 收信日期: its period runs from its registration.
            route = self._route_dues.get(registered_on)
            if route is None:
                facts = replace(found.derived_facts, registered_on=registered_on, received_on=registered_on)
                route = self._route_dues[registered_on] = route_due(facts, s.rules, s.cal)
            columns["route_due"] = route
        if columns["handling_due"] is not None:
            accepted_on = found.derived.accepted_on
            assert accepted_on is not None  # a handling period runs from acceptance
            columns["handling_due"] = self._handling_due(found, dates[accepted_on])
        return columns

    def _handling_due(self, found: _Kind, accepted_on: date) -> date | None:
        key = (accepted_on, found.derived.extension_days, found.derived_facts.nature)
        if key not in self._handling_dues:
            self._handling_dues[key] = handling_due(
                found.derived_facts, replace(found.derived, accepted_on=accepted_on), self.s.rules, self.s.cal
            )
        return self._handling_dues[key]

    def _derived_of(
        self, row: dict[str, Any], made: list[tuple[StepKind, date, dict[str, Any]]], *, keep: bool = False
    ) -> tuple[dict[str, Any], ClockRow, Derived, Walk | None]:
        """The columns of one case worked out from its steps, as the indicator backfill does; with
        `keep`, its walk as it was before today, when other cases' days could be given to it."""
        s = self.s
        clock_row = ClockRow(
            id=row["id"],
            registered_on=row["registered_on"],
            received_on=row["received_on"],
            nature=row["nature"],
            source=row["source"],
            channel=row["channel"],
            upper_deadline=None,
            cross_level=False,
            urgent=False,
            threat=False,
            is_collective=row["is_collective"],
            head_count=row["head_count"],
            three_cross=False,
            is_repeat=row["is_repeat"],
        )
        steps = [
            StepFact(kind, day, details, datetime.combine(day, time(17, 0, n)), f"{n}")
            for n, (kind, day, details) in enumerate(made)
        ]
        facts = clock_row.facts()
        walk = walk_of(facts, steps, s.rules, s.cal)
        # Kept as it was before time ran on to today, to be redated to other cases' days.
        movable = keep and walk.window_end is None and walk.auto_closed_from is None
        before = walk.redated(_SAME) if movable else None
        derived = derived_of(walk, (), s.today)
        tier = self._tier(triage_facts(clock_row, derived))
        columns = {
            **derived_columns(derived, tier),
            **indicator_columns(clock_row, steps, derived, s.rules, s.cal),
        }
        if derived.state is CaseState.VOID:  # pragma: no cover - a ledger row is never voided
            columns["needs_attention"] = True
        return columns, clock_row, derived, before

    def _tier(self, facts: TriageFacts) -> TierResult:
        found = self._tiers.get(facts)
        if found is None:
            found = self._tiers[facts] = triage(facts, self.s.triage_rules, self.s.today)
        return found


def _kind(
    days: list[date],
    columns: dict[str, Any],
    clock_row: ClockRow,
    derived: Derived,
    walk: Walk,
) -> _Kind:
    # Deadlines, a window or a 研判 date are counted on the calendar or against today.
    timed = bool(derived.deadlines) or derived.window_end is not None or derived.assessment is not None
    return _Kind(
        days=days,
        derived_facts=clock_row.facts(),
        columns=columns,
        moves=tuple(
            name for name, value in columns.items() if isinstance(value, date) and name not in _COUNTED
        ),
        walk=walk,
        clock_row=clock_row,
        derived=derived,
        timed=timed,
    )
