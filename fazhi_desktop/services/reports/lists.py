"""The lists of cases the statistics report and the 研判 agenda print, read in SQL a page at a time.

red / yellow (open cases of that tier, earliest deadline first), new collective visits since the last
meeting, open cases from a higher level, and cases whose deadline passed since the last meeting.
Names are printed (they are not masked); ID numbers and phones never appear on these lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import aliased

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.vocab import UPPER_SOURCES, VISIT_CHANNELS, CaseState, label_of
from fazhi_desktop.pdf.figures import ListedCase
from fazhi_desktop.services.clock.as_of import open_as_of, state_as_of, tier_as_of
from fazhi_desktop.services.clock.rules import triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Office, Region, Unit

#: Rows read per query (the lists of a large database are read in pages).
PAGE = 2_000


def _query(ctx: Context, day: date, *where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """The listed cases' lines, their state and tier as of `day` (whenever re-tiering last ran)."""
    township = aliased(Region)
    return (
        select(
            Case.id,
            Case.number,
            Case.registered_on,
            Case.principal_name,
            township.name,
            Region.name,
            Case.summary,
            Case.tier_reasons,
            Case.tier_note,
            Case.due_date,
            Case.leader,
            Unit.name,
            state_as_of(day),
            tier_as_of(day, _soon_days(ctx)),
            Case.head_count,
            Case.source,
            Case.upper_number,
            Case.upper_deadline,
        )
        .outerjoin(Region, Region.id == Case.region_id)
        .outerjoin(township, township.id == Region.parent_id)
        .outerjoin(Unit, Unit.id == Case.handling_unit_id)
        .where(*where, case_scope(ctx))
    )


def _listed(row: Any, day: date) -> ListedCase:
    (_id, number, registered, name, township, region, summary, reasons, note, due, leader, unit) = row[:12]
    state, tier, head_count, source, upper_number, upper_deadline = row[12:]
    owners = [f"{unit}" if unit else "", f"包案领导：{leader}" if leader else ""]
    return ListedCase(
        number=number,
        registered_on=registered,
        name=name or "",
        region="".join(p for p in (township, region) if p),
        summary=summary or "",
        reasons=reasons or "",
        due=due,
        days_left=(due - day).days if due else None,
        owner="；".join(o for o in owners if o),
        state=label_of(state),
        tier=tier or "",
        head_count=head_count or 1,
        source=label_of(source),
        upper_number=upper_number or "",
        upper_deadline=upper_deadline,
        note=note or "",
    )


def _rows(ctx: Context, query: Select[*tuple[Any, ...]], day: date) -> Iterator[ListedCase]:
    offset = 0
    while True:
        with ctx.db.reading() as session:
            page = session.execute(query.offset(offset).limit(PAGE)).all()
        for row in page:
            yield _listed(row, day)
        if len(page) < PAGE:
            return
        offset += PAGE


def office_condition(ctx: Context, office: str | None) -> list[ColumnElement[bool]]:
    if not office:
        return []
    with ctx.db.reading() as session:
        office_id = session.scalar(select(Office.id).where(Office.code == office.strip()))
    return [Case.office_id == office_id] if office_id is not None else [Case.id < 0]


def tier_list(
    ctx: Context, tier: str, day: date, *, until: date | None = None, office: str | None = None
) -> list[ListedCase]:
    """Open cases of a tier (红 / 黄) on `day`, earliest deadline first, those without one last."""
    where = [_tier_on(ctx, tier, day), *office_condition(ctx, office)]
    if until is not None:
        where.append(Case.registered_on <= until)
    query = _query(ctx, day, *where).order_by(
        Case.due_date.is_(None), Case.due_date, Case.registered_on, Case.id
    )
    return list(_rows(ctx, query, day))


def _soon_days(ctx: Context) -> int:
    with ctx.db.reading() as session:
        return triage_rules(session).due_soon_days


def _tier_on(ctx: Context, tier: str, day: date) -> ColumnElement[bool]:
    """The case's tier on `day`, whenever re-tiering last ran (services/clock/as_of.py)."""
    return and_(open_as_of(day), tier_as_of(day, _soon_days(ctx)) == tier)


def count_tier(ctx: Context, tier: str, *, until: date | None = None, office: str | None = None) -> int:
    where = [_tier_on(ctx, tier, clock.today()), *office_condition(ctx, office)]
    if until is not None:
        where.append(Case.registered_on <= until)
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Case).where(*where, case_scope(ctx))) or 0)


def new_collective(ctx: Context, since: date, day: date) -> list[ListedCase]:
    """集体访 registered since the last meeting (its day included) up to the meeting."""
    visits = [c.value for c in VISIT_CHANNELS]
    query = _query(
        ctx,
        day,
        Case.is_collective.is_(True),
        Case.channel.in_(visits),
        Case.registered_on >= since,
        Case.registered_on <= day,
        Case.state != CaseState.VOID.value,
    ).order_by(Case.registered_on, Case.id)
    return list(_rows(ctx, query, day))


def from_upper(ctx: Context, day: date) -> list[ListedCase]:
    """Open cases from a higher level (and closed ones still owing it the 办结报告), by its deadline."""
    query = _query(ctx, day, open_as_of(day), Case.source.in_([s.value for s in UPPER_SOURCES])).order_by(
        Case.upper_deadline.is_(None), Case.upper_deadline, Case.due_date, Case.id
    )
    return list(_rows(ctx, query, day))


def went_overdue(ctx: Context, since: date, day: date) -> list[ListedCase]:
    """Open cases whose deadline passed since the last meeting: due on or after it, before the meeting."""
    query = _query(ctx, day, open_as_of(day), Case.due_date >= since, Case.due_date < day).order_by(
        Case.due_date, Case.id
    )
    return list(_rows(ctx, query, day))
