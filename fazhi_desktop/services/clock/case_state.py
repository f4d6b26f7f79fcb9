"""The case row's derived columns, recomputed from its steps: the bridge from the store to the rules.

`refresh_case` runs inside the transaction that wrote a step (a step here, a registration, or steps
that arrived from another office), so the row never disagrees with its timeline. The same functions
serve `triage.retier_session`, which recomputes every open case at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.indicator_facts import INDICATOR_COLUMNS, indicator_facts
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, Derived, StepFact, derive
from fazhi_desktop.domain.triage import TierResult, TriageFacts, TriageRules, triage
from fazhi_desktop.domain.vocab import (
    UPPER_SOURCES,
    VISIT_CHANNELS,
    CaseState,
    Channel,
    Nature,
    Source,
    StepKind,
)
from fazhi_desktop.store.models import Case, Matter, Step

#: The columns of `cases` that are derived from the steps (and today): never written any other way.
#: The last ones are what the steps contribute to the indicators (domain/indicator_facts.py).
DERIVED_COLUMNS = (
    "state",
    "handling_unit_id",
    "closed_on",
    "satisfaction",
    "due_date",
    "deadline_kind",
    "window_end",
    "tier",
    "auto_tier",
    "fact_tier",
    "tier_reasons",
    "tier_note",
    "assessed_tier",
    "review_on",
    "leader",
    "supervised",
    "report_owed",
    "needs_attention",
    *INDICATOR_COLUMNS,
    "accepted",
)

#: The steps that accept a case (受理 here, or 签收 by the unit it was routed to): `accepted`.
ACCEPTING = frozenset({StepKind.ACCEPT, StepKind.SIGN_FOR})


@dataclass(frozen=True)
class ClockRow:
    """The registration facts of a case that the clock and the tiers read."""

    id: int
    registered_on: date
    received_on: date | None
    nature: str | None
    source: str
    channel: str
    upper_deadline: date | None
    cross_level: bool
    urgent: bool
    threat: bool
    is_collective: bool
    head_count: int
    three_cross: bool
    is_repeat: bool
    #: The state of the matter's root case, for a repeat registration (None for a root).
    root_state: str | None = None
    #: How many repeat registrations the matter has, for its root case.
    repeat_count: int = 0

    @property
    def after_recheck(self) -> bool:
        """A repeat registration of a matter closed by 复核 (or 终结): 不再受理, and a red reason."""
        return self.is_repeat and self.root_state == CaseState.TERMINATED.value

    @classmethod
    def of(cls, values: Sequence[Any], root_state: str | None = None, repeat_count: int = 0) -> ClockRow:
        """From the values of ROW_COLUMNS, in order."""
        named = dict(zip(ROW_KEYS, values, strict=True))
        return cls(**named, root_state=root_state, repeat_count=repeat_count)

    def facts(self) -> CaseFacts:
        return CaseFacts(
            registered_on=self.registered_on,
            received_on=self.received_on,
            nature=Nature(self.nature) if self.nature else None,
            source=Source(self.source),
            channel=Channel(self.channel),
            upper_deadline=self.upper_deadline,
            cross_level=self.cross_level,
            matter_terminated=self.after_recheck,
        )


#: The columns of `cases` a ClockRow is built from, in its order (after the matter's facts).
ROW_COLUMNS = (
    Case.id,
    Case.registered_on,
    Case.received_on,
    Case.nature,
    Case.source,
    Case.channel,
    Case.upper_deadline,
    Case.cross_level,
    Case.urgent,
    Case.threat,
    Case.is_collective,
    Case.head_count,
    Case.three_cross,
    Case.is_repeat,
)
ROW_KEYS = tuple(column.key for column in ROW_COLUMNS)


def step_fact(kind: str, occurred_on: date, details: Any, recorded_at: datetime | None, uid: Any) -> StepFact:
    return StepFact(StepKind(kind), occurred_on, dict(details or {}), recorded_at, str(uid))


def triage_facts(row: ClockRow, derived: Derived) -> TriageFacts:
    due = derived.due
    assessment = derived.assessment
    return TriageFacts(
        open=derived.is_open,
        due=due.due if due else None,
        due_kind=due.kind if due else None,
        urgent=row.urgent,
        threat=row.threat,
        collective_people=row.head_count if row.is_collective else None,
        cross_level=row.cross_level,
        upper_visit=row.source in {s.value for s in UPPER_SOURCES} and Channel(row.channel) in VISIT_CHANNELS,
        after_recheck=row.after_recheck,
        is_repeat=row.is_repeat,
        repeat_count=0 if row.is_repeat else row.repeat_count,
        three_cross=row.three_cross,
        leader=derived.leader,
        supervised=derived.supervised,
        assessed_tier=assessment.tier if assessment else None,
        assessed_reason=assessment.reason if assessment else None,
        review_on=assessment.review_on if assessment else None,
        due_warnings=due.warnings if due else (),
    )


def derived_columns(derived: Derived, tier: TierResult) -> dict[str, Any]:
    """The values of DERIVED_COLUMNS for a case."""
    due = derived.due
    open_ = derived.is_open
    assessment = derived.assessment if open_ else None
    return {
        "state": derived.state.value,
        "handling_unit_id": derived.handling_unit_id,
        "closed_on": derived.closed_on,
        "satisfaction": derived.satisfaction.value if derived.satisfaction else None,
        "due_date": due.due if due else None,
        "deadline_kind": due.kind.value if due else None,
        "window_end": derived.window_end,
        "tier": tier.tier.value if tier.tier else None,
        "auto_tier": tier.auto_tier.value if tier.auto_tier else None,
        "fact_tier": tier.floor.value if tier.floor and tier.tier else None,
        "tier_reasons": tier.reasons,
        "tier_note": tier.note,
        "assessed_tier": assessment.tier.value if assessment else None,
        "review_on": assessment.review_on if assessment else None,
        "leader": derived.leader,
        "supervised": derived.supervised,
        "report_owed": derived.report_owed,
        "needs_attention": derived.needs_attention,
    }


def indicator_columns(
    row: ClockRow, steps: Sequence[StepFact], derived: Derived, rules: ClockRules, cal: HolidayCalendar
) -> dict[str, Any]:
    """The values of the indicator columns (the last of DERIVED_COLUMNS) for a case."""
    return {**indicator_facts(row.facts(), steps, derived, rules, cal).columns(), "accepted": accepted(steps)}


def accepted(steps: Sequence[StepFact]) -> bool:
    """Whether any step accepted the case (the statistics' 受理 count reads this column)."""
    return any(step.kind in ACCEPTING for step in steps)


def compute(
    row: ClockRow,
    steps: Sequence[StepFact],
    rules: ClockRules,
    triage_rules: TriageRules,
    cal: HolidayCalendar,
    today: date,
) -> tuple[Derived, dict[str, Any]]:
    """Derive a case from its steps and rank it: the Derived answer and the row's new column values."""
    derived = derive(row.facts(), steps, rules, cal, today)
    tier = triage(triage_facts(row, derived), triage_rules, today)
    return derived, {
        **derived_columns(derived, tier),
        **indicator_columns(row, steps, derived, rules, cal),
    }


def clock_row(session: Session, case: Case) -> ClockRow:
    """The ClockRow of an ORM case, with its matter's facts."""
    root_state: str | None = None
    repeat_count = 0
    if case.is_repeat:
        root_state = session.scalar(
            select(Case.state).join(Matter, Matter.root_case_id == Case.id).where(Matter.id == case.matter_id)
        )
    else:
        repeat_count = int(
            session.scalar(
                select(func.count()).select_from(Case).where(Case.matter_id == case.matter_id, Case.is_repeat)
            )
            or 0
        )
    values = [getattr(case, column.key) for column in ROW_COLUMNS]
    return ClockRow.of(values, root_state, repeat_count)


def load_steps(session: Session, case_id: int) -> list[StepFact]:
    rows = session.execute(
        select(Step.kind, Step.occurred_on, Step.details, Step.recorded_at, Step.uuid).where(
            Step.case_id == case_id
        )
    )
    return [step_fact(*row) for row in rows]


def refresh_case(
    session: Session,
    case: Case,
    *,
    rules: ClockRules,
    triage_rules: TriageRules,
    cal: HolidayCalendar,
    today: date,
) -> Derived:
    """Recompute the derived columns of one case from its steps (call after adding steps)."""
    session.flush()
    derived, values = compute(
        clock_row(session, case), load_steps(session, case.id), rules, triage_rules, cal, today
    )
    for key, value in values.items():
        setattr(case, key, value)
    return derived
