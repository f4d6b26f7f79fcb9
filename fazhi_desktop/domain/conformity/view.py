"""The typed view of one case that the 评查 rules read: its fields, steps, deadlines, files and prints.

A service fills it from the database (services/conformity/views.py); the rules never see a row.
Deadlines are not derived here: `route_due`, `handling_due` and the pending deadlines come from the
statutory clock (domain/procedure.py, domain/indicator_facts.py) through the service.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from fazhi_desktop.domain.procedure_states import Deadline
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import CaseState, Nature, StepKind


@dataclass(frozen=True)
class StepView:
    """One step as the rules see it: kind, date, details, and how many files are kept with it."""

    kind: StepKind
    occurred_on: date
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    attachments: int = 0


@dataclass(frozen=True)
class CaseView:
    """What the rules need of one case, as of `today`."""

    id: int
    number: str
    registered_on: date
    today: date
    state: CaseState
    nature: Nature | None
    #: Whether 《信访工作条例》's handling clock (60 days, 复查, 复核) applies to this 性质 (a setting).
    has_clock: bool
    principal_name: str | None
    anonymous: bool
    summary: str
    content: str | None
    region_id: int | None
    accused: str | None
    accused_unit_id: int | None
    not_public: bool
    is_repeat: bool
    steps: tuple[StepView, ...] = ()
    #: The 受理转交期限 and the 办理期限 with its extension (the clock's, never counted here).
    route_due: date | None = None
    handling_due: date | None = None
    #: The deadlines still pending today (the clock's walk), earliest first.
    pending: tuple[Deadline, ...] = ()
    #: The documents printed for this case (from the audit trail), by kind.
    printed: frozenset[ReportKind] = frozenset()
    #: Names of the units the case was routed to (转送/交办), as the steps record them.
    routed_units: tuple[tuple[int | None, str], ...] = ()
    #: Of those, the units the 检举控告 rule of domain/accusation.py finds the accused belongs to (its
    #: name, short forms, subordinate bodies and leaders, matched by the directory).
    routed_to_accused: frozenset[str] = frozenset()
    #: Earlier cases of the same 主访人 with the same 内容分类 in another matter (numbers): a repeat
    #: petition that was registered as new instead of being linked to its matter.
    unlinked_earlier: tuple[str, ...] = ()

    def of_kind(self, *kinds: StepKind) -> list[StepView]:
        return [s for s in self.steps if s.kind in kinds]

    def first(self, *kinds: StepKind) -> StepView | None:
        found = self.of_kind(*kinds)
        return min(found, key=lambda s: s.occurred_on) if found else None
