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

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.idnumber import mask_id_number
from fazhi_desktop.domain.indicator_facts import outcome_label
from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.domain.phone import mask_phone
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.domain.vocab import CaseState, Channel, Nature, Satisfaction, Source, StepKind
from fazhi_desktop.excel.ledger_export import LedgerRow, Tally, write_ledger
from fazhi_desktop.excel.saving import written_beside, xlsx_target
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.statistics.breakdowns import breakdowns
from fazhi_desktop.services.statistics.indicators import base_conditions, office_id_of
from fazhi_desktop.store.models import Case, CasePetitioner, Category, Petitioner, Purpose, Region, Unit
from fazhi_desktop.store.writes import record_access

log = logging.getLogger(__name__)

#: Rows fetched from the database at a time (and between two progress reports and cancel checks).
CHUNK = 2_000
#: The breakdowns of the statistics sheet.
TALLIES = ("channel", "township", "category")
#: The first decisions that mean the case was taken up (受理, or routed on: 转送, 交办).
_ACCEPTING = frozenset({StepKind.ACCEPT.value, StepKind.FORWARD.value, StepKind.ASSIGN.value})


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    rows: int
    period: ReportPeriod
    unmasked: bool


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


def _query(where: list[ColumnElement[bool]]) -> Any:
    place, township = aliased(Region), aliased(Region)
    link, person = aliased(CasePetitioner), aliased(Petitioner)
    return (
        select(
            Case.id,
            Case.number,
            Case.registered_on,
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
            Case.intake_on,
            Case.intake_kind,
            Case.closed_on,
            Case.outcome,
            Case.state,
            Case.satisfaction,
            Case.is_repeat,
            Case.is_collective,
        )
        .outerjoin(link, and_(link.case_id == Case.id, link.position == 0))
        .outerjoin(person, person.id == link.petitioner_id)
        .outerjoin(place, place.id == Case.region_id)
        .outerjoin(township, township.id == place.parent_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Purpose, Purpose.id == Case.purpose_id)
        .outerjoin(Unit, Unit.id == Case.handling_unit_id)
        .where(*where)
        .order_by(Case.registered_on, Case.id)
    )


def _co_petitioners(session: Session, case_ids: Sequence[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    query = (
        select(CasePetitioner.case_id, Petitioner.name)
        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .where(CasePetitioner.case_id.in_(case_ids), CasePetitioner.position > 0)
        .order_by(CasePetitioner.case_id, CasePetitioner.position)
    )
    for case_id, name in session.execute(query):
        names[case_id].append(name)
    return names


def _row(r: Sequence[Any], others: list[str], unmasked: bool) -> LedgerRow:
    (
        _id,
        number,
        registered_on,
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
        intake_on,
        intake_kind,
        closed_on,
        outcome,
        state,
        satisfaction,
        is_repeat,
        is_collective,
    ) = r
    notes = [word for flag, word in ((is_repeat, "重复访"), (is_collective, "集体访")) if flag]
    if others:
        notes.append("共同信访人：" + "、".join(others))
    if id_number and not unmasked:
        id_number = mask_id_number(id_number)
    if phone and not unmasked:
        phone = mask_phone(phone)
    return LedgerRow(
        number=number,
        registered_on=registered_on,
        channel=_CHANNELS.get(channel, channel),
        source=_SOURCES.get(source, source),
        petitioner=name or "",
        id_number=id_number or "",
        phone=phone or "",
        address=address or "",
        head_count=head_count,
        # A village's case is the township's, as offices and the statistics count it.
        township=(township if place_kind == "village" and township else place) or "",
        category=category or "",
        purpose=purpose or "",
        nature=_NATURES.get(nature, nature or ""),
        summary=summary,
        unit=unit or "",
        accepted_on=intake_on if intake_kind in _ACCEPTING else None,
        closed_on=closed_on,
        result=outcome_label(outcome) if outcome else _STATES.get(state, state),
        satisfaction=_SATISFACTION.get(satisfaction, "") if satisfaction else "",
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
    result = session.execute(_query(where).execution_options(yield_per=CHUNK))
    for chunk in result.partitions():
        check(cancelled)
        others = _co_petitioners(session, [r[0] for r in chunk])
        for r in chunk:
            yield _row(r, others.get(r[0], []), unmasked)
        done += len(chunk)
        report(progress, done, total)


def _tallies(session: Session, period: ReportPeriod, office_id: int | None) -> list[Tally]:
    parts = breakdowns(session, period, office_id)
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
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the ledger of the cases registered from `date_from` to `date_to` (either open: to the
    first or last case) to an .xlsx file; `office` keeps one office's cases."""
    target = xlsx_target(path)
    with ctx.db.reading() as session:
        office_id = office_id_of(session, office)
        base = base_conditions(office_id)
        period = _period(session, date_from, date_to, base)
        where = [*base, Case.registered_on >= period.start, Case.registered_on <= period.end]
        name = office_name(ctx, office)
        span = f"（{period.start}至{period.end}）"
        tallies = _tallies(session, period, office_id)
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
        ctx.user,
        "ledger.export",
        f"导出信访事项台账：{period.start} 至 {period.end}，{rows} 件（{shown}；{target.name}）",
        file=str(target),
        period={"from": period.start.isoformat(), "to": period.end.isoformat()},
        office=office,
        rows=rows,
        unmasked=unmasked,
    )
    log.info("ledger exported: %s rows to %s (unmasked: %s)", rows, target, unmasked)
    return ExportResult(target, rows, period, unmasked)
