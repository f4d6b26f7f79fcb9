"""The typed view of each case the 评查 rules read, built from the database in a few queries a chunk.

The deadlines come from the statutory clock (domain/procedure.derive and domain/indicator_facts), the
printed documents from the audit trail (each print is recorded there with its kind), the files from
the attachments of each step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from fazhi_desktop.domain.accusation import Secrecy
from fazhi_desktop.domain.conformity.view import CaseView, StepView
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.indicator_facts import handling_due, route_due
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, StepFact, derive
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import CaseState, Nature, PetitionerRole, StepKind
from fazhi_desktop.services.clock.case_state import ROW_COLUMNS, ROW_KEYS, ClockRow
from fazhi_desktop.services.secrecy import Verdicts
from fazhi_desktop.store.models import Attachment, AuditEntry, Case, CasePetitioner, Matter, Step, Unit

#: Audit actions of a printed document (a preview is not a print).
PRINT_ACTION = "report.print"
#: The columns of a case the view reads (plain rows: loading ORM objects took half the time).
CASE_COLUMNS = (
    *ROW_COLUMNS,  # what the clock reads (services/clock/case_state.ClockRow)
    Case.uuid,
    Case.number,
    Case.matter_id,
    Case.category_id,
    Case.principal_name,
    Case.anonymous,
    Case.summary,
    Case.content,
    Case.region_id,
    Case.accused,
    Case.accused_unit_id,
    Case.not_public,
)
STEP_COLUMNS = (Step.id, Step.case_id, Step.kind, Step.occurred_on, Step.details, Step.recorded_at, Step.uuid)
#: A row of CASE_COLUMNS or STEP_COLUMNS, read by attribute.
Row = Any


def _facts(case: Row, root_state: CaseState | None) -> CaseFacts:
    """The clock's facts of a case, read as the clock reads them (ClockRow)."""
    values = [getattr(case, key) for key in ROW_KEYS]
    return ClockRow.of(values, root_state.value if root_state is not None else None).facts()


def _steps(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[Row, int]]]:
    files = (
        select(Attachment.step_id, func.count().label("n"))
        .where(Attachment.case_id.in_(ids), Attachment.step_id.is_not(None))
        .group_by(Attachment.step_id)
        .subquery()
    )
    rows = session.execute(
        select(*STEP_COLUMNS, func.coalesce(files.c.n, 0).label("files"))
        .outerjoin(files, files.c.step_id == Step.id)
        .where(Step.case_id.in_(ids))
        .order_by(Step.occurred_on, Step.recorded_at, Step.id)
    )
    out: dict[int, list[tuple[Row, int]]] = defaultdict(list)
    for step in rows:
        out[step.case_id].append((step, int(step.files)))
    return out


def _printed(session: Session, cases: Sequence[Row]) -> dict[Any, set[ReportKind]]:
    by_uuid = {c.uuid: c.id for c in cases}
    rows = session.execute(
        select(AuditEntry.entity_uuid, AuditEntry.details).where(
            AuditEntry.action == PRINT_ACTION, AuditEntry.entity_uuid.in_(list(by_uuid))
        )
    )
    out: dict[Any, set[ReportKind]] = defaultdict(set)
    for entity, details in rows:
        kind = str((details or {}).get("kind") or "")
        if kind in ReportKind._value2member_map_:
            out[by_uuid[entity]].add(ReportKind(kind))
    return out


def _unlinked(session: Session, cases: Sequence[Row]) -> dict[int, list[str]]:
    """Earlier cases of the same 主访人 and 内容分类 in another matter, per case."""
    ids = [c.id for c in cases if not c.is_repeat and c.category_id is not None]
    if not ids:
        return {}
    mine, theirs = aliased(CasePetitioner), aliased(CasePetitioner)
    earlier = aliased(Case)
    rows = session.execute(
        select(Case.id, earlier.number)
        .join(mine, and_(mine.case_id == Case.id, mine.role == PetitionerRole.PRINCIPAL.value))
        .join(theirs, and_(theirs.petitioner_id == mine.petitioner_id, theirs.case_id != Case.id))
        .join(earlier, earlier.id == theirs.case_id)
        .where(
            Case.id.in_(ids),
            earlier.category_id == Case.category_id,
            earlier.matter_id != Case.matter_id,
            earlier.registered_on <= Case.registered_on,
            earlier.id < Case.id,
            earlier.state != CaseState.VOID.value,
        )
        .order_by(earlier.id)
    )
    out: dict[int, list[str]] = defaultdict(list)
    for case_id, number in rows:
        out[case_id].append(number)
    return out


def _root_states(session: Session, cases: Sequence[Row]) -> dict[int, CaseState]:
    matters = {c.matter_id for c in cases if c.is_repeat}
    if not matters:
        return {}
    rows = session.execute(
        select(Matter.id, Case.state).join(Case, Case.id == Matter.root_case_id).where(Matter.id.in_(matters))
    )
    return {matter_id: CaseState(state) for matter_id, state in rows}


def _unit_names(
    session: Session, steps: dict[int, list[tuple[Row, int]]], accused: set[int]
) -> dict[int, str]:
    """The names of the units cases were routed to, and of the units they accuse."""
    ids = accused | {
        int(s.details.get("unit_id") or 0)
        for rows in steps.values()
        for s, _ in rows
        if s.kind in (StepKind.FORWARD, StepKind.ASSIGN)
    }
    ids.discard(0)
    if not ids:
        return {}
    return {int(i): str(n) for i, n in session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(ids)))}


def case_views(
    session: Session, ids: Sequence[int], rules: ClockRules, cal: HolidayCalendar, today: date
) -> list[CaseView]:
    """The views of the cases `ids` (those that exist), as of `today`."""
    cases = list(session.execute(select(*CASE_COLUMNS).where(Case.id.in_(ids)).order_by(Case.id)))
    if not cases:
        return []
    steps = _steps(session, [c.id for c in cases])
    printed = _printed(session, cases)
    unlinked = _unlinked(session, cases)
    roots = _root_states(session, cases)
    units = _unit_names(session, steps, {c.accused_unit_id for c in cases if c.accused_unit_id})
    verdicts = Verdicts(session)  # the directory read once for every case of the batch
    views = []
    for case in cases:
        facts = _facts(case, roots.get(case.matter_id))
        rows = steps.get(case.id, [])
        facts_steps = [
            StepFact(s.kind, s.occurred_on, dict(s.details or {}), s.recorded_at, str(s.uuid))
            for s, _ in rows
        ]
        derived = derive(facts, facts_steps, rules, cal, today, check=False)
        routed = tuple(
            (
                int(s.details.get("unit_id") or 0) or None,
                units.get(int(s.details.get("unit_id") or 0), str(s.details.get("unit") or "")),
            )
            for s, _ in rows
            if s.kind in (StepKind.FORWARD, StepKind.ASSIGN)
        )
        accused_to = frozenset(
            name
            for _, name in routed
            if name
            and facts.nature is Nature.ACCUSATION
            and verdicts(facts.nature, case.accused, units.get(case.accused_unit_id or 0), name).secrecy
            is Secrecy.LEAVE_OUT
        )
        views.append(
            CaseView(
                id=case.id,
                number=case.number,
                registered_on=case.registered_on,
                today=today,
                state=derived.state,
                nature=facts.nature,
                has_clock=rules.has_clock(facts.nature),
                principal_name=case.principal_name,
                anonymous=case.anonymous,
                summary=case.summary or "",
                content=case.content,
                region_id=case.region_id,
                accused=case.accused,
                accused_unit_id=case.accused_unit_id,
                not_public=case.not_public,
                is_repeat=case.is_repeat,
                steps=tuple(
                    StepView(StepKind(s.kind), s.occurred_on, dict(s.details or {}), n) for s, n in rows
                ),
                route_due=route_due(facts, rules, cal),
                handling_due=handling_due(facts, derived, rules, cal),
                pending=derived.deadlines,
                printed=frozenset(printed.get(case.id, set())),
                routed_units=routed,
                routed_to_accused=accused_to,
                unlinked_earlier=tuple(unlinked.get(case.id, [])),
            )
        )
    return views
