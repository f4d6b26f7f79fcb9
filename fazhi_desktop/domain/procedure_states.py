"""The procedure's table and its plain data (DOMAIN.md, "The procedure as states").

Which steps each state allows, where each step leads, and the values that go in and out of the
procedure: a case's facts, its steps, and what they add up to (`Derived`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, NamedTuple

from fazhi_desktop.domain.vocab import (
    FINAL_STATES,
    UPPER_SOURCES,
    CaseState,
    Channel,
    DeadlineKind,
    Nature,
    Satisfaction,
    Source,
    StepKind,
    Tier,
)

S = CaseState
K = StepKind

#: Steps allowed in any open state (they change no state).
ANY_OPEN = frozenset({K.SUPERVISE, K.ASSESS, K.LEADER_OWN, K.CORRECT})
#: The state table of DOMAIN.md: the steps each state allows (conditions are checked on top).
STATE_STEPS: dict[CaseState, frozenset[StepKind]] = {
    S.REGISTERED: frozenset(
        {K.ACCEPT, K.REJECT, K.FORWARD, K.ASSIGN, K.DIVERT, K.VOID, K.INFORM, K.WITHDRAW}
    ),
    S.FORWARDED: frozenset({K.SIGN_FOR, K.RETURN, K.INFORM, K.WITHDRAW}),
    S.HANDLING: frozenset(
        {
            K.INFORM,
            K.EXTEND,
            K.MEDIATE,
            K.REPLY,
            K.WITHDRAW,
            K.DIVERT,
            K.RETURN,
            K.FORWARD,
            K.ASSIGN,
            K.COMPLETE,
        }
    ),
    S.REPLIED: frozenset({K.DELIVER, K.COMPLETE, K.REPORT_UP}),
    S.DELIVERED: frozenset({K.EVALUATE, K.REVIEW_REQUEST, K.COMPLETE, K.TERMINATE, K.REPORT_UP}),
    S.REVIEWING: frozenset({K.REVIEW_DECISION}),
    S.REVIEW_DELIVERED: frozenset({K.DELIVER, K.EVALUATE, K.RECHECK_REQUEST, K.TERMINATE, K.REPORT_UP}),
    S.RECHECKING: frozenset({K.RECHECK_DECISION, K.EXTEND}),
    S.COMPLETED: frozenset({K.CORRECT, K.REPORT_UP}),
    S.ENDED: frozenset({K.CORRECT, K.REPORT_UP}),
    S.DIVERTED: frozenset({K.CORRECT, K.REPORT_UP}),
    S.TERMINATED: frozenset({K.CORRECT, K.REPORT_UP, K.TERMINATION_FILING}),
    S.VOID: frozenset(),
}
#: Where each step leads (steps not listed leave the state as it is).
TARGET: dict[StepKind, CaseState] = {
    K.ACCEPT: S.HANDLING,
    K.REJECT: S.ENDED,
    K.FORWARD: S.FORWARDED,
    K.ASSIGN: S.FORWARDED,
    K.SIGN_FOR: S.HANDLING,
    K.RETURN: S.REGISTERED,
    K.DIVERT: S.DIVERTED,
    K.MEDIATE: S.COMPLETED,
    K.WITHDRAW: S.ENDED,
    K.VOID: S.VOID,
    K.REPLY: S.REPLIED,
    K.REVIEW_REQUEST: S.REVIEWING,
    K.REVIEW_DECISION: S.REVIEW_DELIVERED,
    K.RECHECK_REQUEST: S.RECHECKING,
    K.RECHECK_DECISION: S.TERMINATED,
    K.COMPLETE: S.COMPLETED,
    K.TERMINATE: S.TERMINATED,
}
#: Steps a user never records by hand.
AUTOMATIC = frozenset({K.REGISTER, K.LINK_REPEAT})
#: The steps each state allows, with those allowed in every open state.
ALLOWED = {
    state: kinds | (ANY_OPEN if state not in FINAL_STATES else frozenset())
    for state, kinds in STATE_STEPS.items()
}
#: The order deadlines of the same day are listed in.
DEADLINE_ORDER = {kind: n for n, kind in enumerate(DeadlineKind)}


@dataclass(frozen=True)
class CaseFacts:
    """What the procedure needs to know of a case besides its steps."""

    registered_on: date
    received_on: date | None = None
    nature: Nature | None = None
    source: Source = Source.LOCAL
    channel: Channel = Channel.VISIT
    upper_deadline: date | None = None
    cross_level: bool = False
    #: A repeat registration of a matter closed by 复核: the same facts are 不再受理.
    matter_terminated: bool = False

    @property
    def from_upper(self) -> bool:
        return self.source in UPPER_SOURCES


class StepFact(NamedTuple):
    """One step as stored: kind, date, details; `recorded_at` and `uid` order steps of the same day.
    (A tuple: a demo or a re-tiering builds hundreds of thousands of them.)"""

    kind: StepKind
    occurred_on: date
    details: Mapping[str, Any] = MappingProxyType({})
    recorded_at: datetime | None = None
    uid: str = ""


@dataclass(frozen=True)
class Deadline:
    """A pending obligation: what, by when (the period ends at 24:00), counted from which day."""

    kind: DeadlineKind
    due: date
    since: date
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A step that breaks the procedure (kept, because steps are facts)."""

    uid: str
    kind: StepKind
    occurred_on: date
    message: str


@dataclass(frozen=True)
class Assessment:
    """The latest 研判 decision."""

    tier: Tier
    reason: str
    review_on: date | None
    decided_on: date


@dataclass(frozen=True)
class Derived:
    """What a case's steps add up to."""

    state: CaseState
    handling_unit_id: int | None = None
    accepted_on: date | None = None
    replied_on: date | None = None
    closed_on: date | None = None
    satisfaction: Satisfaction | None = None
    deadlines: tuple[Deadline, ...] = ()
    window_end: date | None = None
    extensions: int = 0
    extension_days: int = 0
    report_owed: bool = False
    leader: str | None = None
    supervised: bool = False
    assessment: Assessment | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def due(self) -> Deadline | None:
        """The deadline that governs the warning: the earliest pending one."""
        return self.deadlines[0] if self.deadlines else None

    @property
    def needs_attention(self) -> bool:
        return bool(self.problems)

    @property
    def is_open(self) -> bool:
        """Open for the procedure, or still owing the higher level its 办结报告."""
        return self.state not in FINAL_STATES or (self.report_owed and self.state is not S.VOID)


def detail_date(details: Mapping[str, Any], key: str) -> date | None:
    value = details.get(key)
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def detail_int(details: Mapping[str, Any], key: str) -> int:
    try:
        return int(details.get(key) or 0)
    except (TypeError, ValueError):
        return 0
