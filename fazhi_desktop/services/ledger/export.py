"""Exporting the ledger (信访事项台账) of a period: every registration, voided ones left out (as the
statistics leave them out), oldest first, with a statistics sheet for the same cases.

The rows are read in one SELECT that joins the directories and the 主访人 and streams in chunks
(`yield_per`): a case is never loaded as an ORM object. Co-petitioners of a chunk are fetched in one
more query and named in 备注. ID numbers and phones are masked (前6后4, 138****5678) unless
`unmasked`; every export is written to the audit log, saying whether it was unmasked. The file is
written beside the target and renamed at the end, so a cancel or an error leaves no half file.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, aliased

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.idnumber import mask_id_number
from fazhi_desktop.domain.indicator_facts import outcome_label
from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.domain.phone import mask_phone
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.domain.vocab import CaseState, Channel, Nature, Satisfaction, Source, StepKind
from fazhi_desktop.excel.ledger_export import LedgerRow, Tally, write_ledger
from fazhi_desktop.excel.saving import written_beside, xlsx_target
from fazhi_desktop.services.cases.reading import CaseFilter, filter_conditions
from fazhi_desktop.services.clock.as_of import closed_on_as_of, state_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.left_out import LeftOut, voided_count
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.personal_data import require_unmask
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.services.statistics.breakdowns import breakdowns
from fazhi_desktop.services.statistics.indicators import base_conditions, office_id_of
from fazhi_desktop.store.models import (
    Case,
    CasePetitioner,
    Category,
    Matter,
    Petitioner,
    Purpose,
    Region,
    Step,
    Unit,
)
from fazhi_desktop.store.writes import record_access

log = logging.getLogger(__name__)

#: Rows fetched from the database at a time (and between two progress reports and cancel checks).
CHUNK = 2_000
#: The breakdowns of the statistics sheet.
TALLIES = ("channel", "township", "category")
#: The steps whose dates the ledger writes besides the indicator columns.
_ROUTES = frozenset({StepKind.FORWARD.value, StepKind.ASSIGN.value})
_LEDGER_KINDS = sorted(
    _ROUTES
    | {
        k.value
        for k in (
            StepKind.RETURN,
            StepKind.ACCEPT,
            StepKind.SIGN_FOR,
            StepKind.EXTEND,
            StepKind.REVIEW_REQUEST,
            StepKind.REVIEW_DECISION,
            StepKind.RECHECK_REQUEST,
            StepKind.TERMINATION_FILING,
        )
    }
)


@dataclass(frozen=True)
class ExportResult:
    """What was written, and what was left out."""

    path: Path
    rows: int
    period: ReportPeriod
    unmasked: bool
    left_out: tuple[LeftOut, ...] = ()
    #: Whether a list's filter chose the cases (beyond the period and the office).
    filtered: bool = False

    @property
    def left_out_text(self) -> str:
        """已作废的2件未导出 (empty when nothing was left out)."""
        return "；".join(item.text for item in self.left_out)


def _labels(enum: Any) -> dict[str, str]:
    return {m.value: m.label for m in enum}


_CHANNELS, _SOURCES = _labels(Channel), _labels(Source)
_STATES, _SATISFACTION, _NATURES = _labels(CaseState), _labels(Satisfaction), _labels(Nature)


def _period(
    session: Session, date_from: date | None, date_to: date | None, where: list[ColumnElement[bool]]
) -> ReportPeriod:
    """The period asked for; an open end is where the cases end (this year when there are none)."""
    if date_from and date_to and date_from > date_to:
        raise UserError(f"起始日期 {date_from} 晚于截止日期 {date_to}。请调换或改正后再导出。")
    if date_from and date_to:
        return ReportPeriod(date_from, date_to)
    given = [Case.registered_on >= date_from] if date_from else []
    given += [Case.registered_on <= date_to] if date_to else []
    first, last = session.execute(
        select(func.min(Case.registered_on), func.max(Case.registered_on)).where(*where, *given)
    ).one()
    return ReportPeriod.of(date_from or first or date_to, date_to or last or date_from)


def _query(where: list[ColumnElement[bool]], today: date) -> Any:
    """The ledger's rows; state and 办结日期 as of `today`, whether or not re-tiering has run."""
    place, township = aliased(Region), aliased(Region)
    link, person = aliased(CasePetitioner), aliased(Petitioner)
    root = aliased(Case)
    return (
        select(
            Case.id,
            Case.number,
            Case.registered_on,
            Case.received_on,
            root.number,
            Case.routed_on,
            Case.answered_on,
            Case.delivered_on,
            Case.leader_on,
            Case.channel,
            Case.source,
            Case.principal_name,
            person.id_number,
            person.phone,
            person.address,
            Case.head_count,
            place.kind,
            place.name,
            township.name,
            Category.name,
            Purpose.name,
            Case.nature,
            Case.summary,
            Unit.name,
            closed_on_as_of(today),
            Case.outcome,
            state_as_of(today),
            Case.satisfaction,
            Case.is_repeat,
            Case.is_collective,
            Case.upper_number,
        )
        .outerjoin(link, and_(link.case_id == Case.id, link.position == 0))
        .outerjoin(person, person.id == link.petitioner_id)
        .outerjoin(place, place.id == Case.region_id)
        .outerjoin(township, township.id == place.parent_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Purpose, Purpose.id == Case.purpose_id)
        .outerjoin(Unit, Unit.id == Case.handling_unit_id)
        .outerjoin(Matter, and_(Matter.id == Case.matter_id, Case.is_repeat.is_(True)))
        .outerjoin(root, root.id == Matter.root_case_id)
        .where(*where)
        .order_by(Case.registered_on, Case.id)
    )


def _co_petitioners(session: Session, case_ids: Sequence[int]) -> dict[int, list[tuple[str, str | None]]]:
    names: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    query = (
        select(CasePetitioner.case_id, Petitioner.name, Petitioner.id_number)
        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .where(CasePetitioner.case_id.in_(case_ids), CasePetitioner.position > 0)
        .order_by(CasePetitioner.case_id, CasePetitioner.position)
    )
    for case_id, name, number in session.execute(query):
        names[case_id].append((name, number))
    return names


@dataclass
class _Steps:
    """What the ledger says of a case's steps beyond its indicator columns."""

    route_kind: str = ""
    returned_on: date | None = None
    accepted_on: date | None = None
    signed_on: date | None = None
    extension_days: int = 0
    review_asked_on: date | None = None
    reviewed_on: date | None = None
    recheck_asked_on: date | None = None
    filed_on: date | None = None


def _step_facts(session: Session, case_ids: Sequence[int]) -> dict[int, _Steps]:
    """The first routing's kind, the first 退回, the first 受理, the 签收 that made the case accepted
    (the one after the last 退回) and the days of extension granted, of each case."""
    out: dict[int, _Steps] = defaultdict(_Steps)
    query = (
        select(Step.case_id, Step.kind, Step.occurred_on, Step.details)
        .where(Step.case_id.in_(case_ids), Step.kind.in_(_LEDGER_KINDS))
        .order_by(Step.case_id, Step.occurred_on, Step.recorded_at, Step.id)
    )
    for case_id, kind, day, details in session.execute(query):
        facts = out[case_id]
        if kind in _ROUTES and not facts.route_kind:
            facts.route_kind = StepKind(kind).label
        elif kind == StepKind.RETURN.value:
            facts.returned_on = facts.returned_on or day
            facts.signed_on = None
        elif kind == StepKind.ACCEPT.value and facts.accepted_on is None:
            facts.accepted_on = day
        elif kind == StepKind.SIGN_FOR.value and facts.signed_on is None:
            facts.signed_on = day
        elif kind == StepKind.EXTEND.value and not (details or {}).get("hearing"):
            facts.extension_days += int((details or {}).get("days") or 0)
        elif kind == StepKind.REVIEW_REQUEST.value:
            facts.review_asked_on = facts.review_asked_on or day
        elif kind == StepKind.REVIEW_DECISION.value:
            facts.reviewed_on = facts.reviewed_on or day
        elif kind == StepKind.RECHECK_REQUEST.value:
            facts.recheck_asked_on = facts.recheck_asked_on or day
        elif kind == StepKind.TERMINATION_FILING.value:
            facts.filed_on = facts.filed_on or day
    return out


def _person(name: str, number: str | None, unmasked: bool) -> str:
    if not number:
        return name
    return f"{name}（{number if unmasked else mask_id_number(number)}）"


def _row(r: Sequence[Any], others: list[tuple[str, str | None]], steps: _Steps, unmasked: bool) -> LedgerRow:
    (
        _id,
        number,
        registered_on,
        received_on,
        repeat_of,
        routed_on,
        answered_on,
        delivered_on,
        leader_on,
        channel,
        source,
        name,
        id_number,
        phone,
        address,
        head_count,
        place_kind,
        place,
        township,
        category,
        purpose,
        nature,
        summary,
        unit,
        closed_on,
        outcome,
        state,
        satisfaction,
        is_repeat,
        is_collective,
        upper_number,
    ) = r
    notes = [word for flag, word in ((is_repeat, "重复访"), (is_collective, "集体访")) if flag]
    if id_number and not unmasked:
        id_number = mask_id_number(id_number)
    if phone and not unmasked:
        phone = mask_phone(phone)
    return LedgerRow(
        number=number,
        registered_on=registered_on,
        received_on=received_on,
        channel=_CHANNELS.get(channel, channel),
        source=_SOURCES.get(source, source),
        upper_number=upper_number or "",
        petitioner=name or "",
        id_number=id_number or "",
        phone=phone or "",
        address=address or "",
        co_petitioners="、".join(_person(n, i, unmasked) for n, i in others),
        head_count=head_count,
        # A village's case is the township's, as offices and the statistics count it.
        township=(township if place_kind == "village" and township else place) or "",
        category=category or "",
        purpose=purpose or "",
        nature=_NATURES.get(nature, nature or ""),
        summary=summary,
        repeat_of=repeat_of or "",
        route_kind=steps.route_kind,
        routed_on=routed_on,
        unit=unit or "",
        returned_on=steps.returned_on,
        accepted_on=steps.accepted_on,
        signed_on=steps.signed_on,
        extension_days=steps.extension_days or None,
        answered_on=answered_on,
        result=outcome_label(outcome) if outcome else _STATES.get(state, state),
        delivered_on=delivered_on,
        satisfaction=_SATISFACTION.get(satisfaction, "") if satisfaction else "",
        review_asked_on=steps.review_asked_on,
        reviewed_on=steps.reviewed_on,
        recheck_asked_on=steps.recheck_asked_on,
        leader_on=leader_on,
        state=_STATES.get(state, state),
        closed_on=closed_on,
        filed_on=steps.filed_on,
        notes="；".join(notes),
    )


def _rows(
    session: Session,
    where: list[ColumnElement[bool]],
    unmasked: bool,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> Iterator[LedgerRow]:
    total = int(session.scalar(select(func.count()).select_from(Case).where(*where)) or 0)
    done = 0
    report(progress, done, total)
    result = session.execute(_query(where, clock.today()).execution_options(yield_per=CHUNK))
    for chunk in result.partitions():
        check(cancelled)
        ids = [r[0] for r in chunk]
        others, steps = _co_petitioners(session, ids), _step_facts(session, ids)
        for r in chunk:
            yield _row(r, others.get(r[0], []), steps[r[0]], unmasked)
        done += len(chunk)
        report(progress, done, total)


def _tallies(
    session: Session,
    period: ReportPeriod,
    office_id: int | None,
    scope: ColumnElement[bool],
    chosen: list[ColumnElement[bool]],
) -> list[Tally]:
    parts = breakdowns(session, period, office_id, scope=scope, narrower=chosen)
    tallies = []
    for name in TALLIES:
        part = parts[name]
        # Lines counted only a year earlier say nothing here; the four channels are always listed.
        lines = [(r.label, r.cases, r.people) for r in part.rows if r.cases or name == "channel"]
        tallies.append(Tally(part.title, lines))
    return tallies


def export_ledger(
    ctx: Context,
    path: str | Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    office: str | None = None,
    unmasked: bool = False,
    case_filter: CaseFilter | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the ledger of the cases registered from `date_from` to `date_to` (either open: to the
    first or last case) to an .xlsx file; `office` keeps one office's cases, `case_filter` exactly
    the cases a list shows. Voided cases are never exported; the result counts them."""
    target = xlsx_target(path)
    # Full numbers only for a role that may see them (refused and audited otherwise, issue #17).
    require_unmask(ctx, unmasked, "ledger.export", "导出")
    scope = case_scope(ctx)  # a 乡镇用户 exports its own township's cases alone
    with ctx.db.reading() as session:
        office_id = office_id_of(session, office)
        chosen: list[ColumnElement[bool]] = []
        if case_filter is not None:
            chosen += filter_conditions(ctx, session, case_filter)
        base = [*base_conditions(office_id, scope), *chosen]
        period = _period(session, date_from, date_to, base)
        in_period = [Case.registered_on >= period.start, Case.registered_on <= period.end]
        where = [*base, *in_period]
        voided = voided_count(session, office_id, [scope, *chosen, *in_period])
        name = office_name(ctx, office)
        span = f"（{period.start}至{period.end}）"
        tallies = _tallies(session, period, office_id, scope, chosen)
        check(cancelled)
        with written_beside(target) as temporary:
            rows = write_ledger(
                temporary,
                f"{name}信访事项台账{span}",
                f"{name}信访事项分类统计{span}",
                _rows(session, where, unmasked, progress, cancelled),
                tallies,
            )
    shown = "未遮蔽身份证号和电话" if unmasked else "身份证号和电话已遮蔽"
    record_access(
        ctx.db,
        ctx.actor,
        "ledger.export",
        f"导出信访事项台账：{period.start} 至 {period.end}，{rows} 件（{shown}；{target.name}）",
        file=str(target),
        period={"from": period.start.isoformat(), "to": period.end.isoformat()},
        office=office,
        rows=rows,
        unmasked=unmasked,
        filtered=case_filter is not None,
        voided_left_out=voided,
    )
    log.info("ledger exported: %s rows to %s (unmasked: %s)", rows, target, unmasked)
    left_out = (LeftOut(voided, "已作废"),) if voided else ()
    return ExportResult(target, rows, period, unmasked, left_out, filtered=case_filter is not None)
