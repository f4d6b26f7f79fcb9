"""接访: 领导接访日, 下访, 约访 and 联合接访, counted apart from 宣传, with the cases received there.

A case received at a reception is linked to it both ways: the reception lists its cases, and
`receptions_of_case` tells a case's detail where it was received.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.outreach import MAX_COUNT, ReceptionKind, split_names
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, resolve
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.store.models import Case, ReceptionCase, ReceptionEvent, Region
from fazhi_desktop.store.writes import change


@dataclass
class ReceptionInput:
    held_on: date | None
    kind: ReceptionKind | str
    leader: str
    place: str = ""
    township: int | str | None = None
    partner_names: str = ""
    batches: int = 0
    people: int = 0
    notes: str = ""
    #: Case numbers (信访件编号) received there.
    cases: Sequence[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReceptionRow:
    id: int
    uuid: uuid.UUID
    held_on: date
    kind: ReceptionKind
    leader: str
    place: str
    region_name: str
    partner_names: str
    batches: int
    people: int
    notes: str
    case_numbers: tuple[str, ...]


def _check(session: Session, data: ReceptionInput) -> tuple[ReceptionKind, int | None, list[int]]:
    errors: dict[str, str] = {}
    kind: ReceptionKind | None = None
    try:
        kind = data.kind if isinstance(data.kind, ReceptionKind) else ReceptionKind.parse(str(data.kind))
    except ValueError:
        choices = "、".join(f"{k.label}（{k.value}）" for k in ReceptionKind)
        errors["kind"] = f"接访方式「{data.kind}」无法识别。可选：{choices}。"
    if data.held_on is None:
        errors["held_on"] = "请填写接访日期。"
    elif data.held_on > clock.today():
        errors["held_on"] = f"接访日期 {data.held_on} 晚于今天。接访活动请在举行后登记。"
    if not data.leader.strip():
        errors["leader"] = "请填写接访领导的姓名和职务，例如「张明（副县长）」。"
    elif len(data.leader.strip()) > 50:
        errors["leader"] = "接访领导一栏太长（最多 50 个字）。"
    for name, label in (("batches", "接待批次"), ("people", "接待人次")):
        if not 0 <= getattr(data, name) <= MAX_COUNT:
            errors[name] = f"{label}应为 0 或正整数。"
    region_id = None
    try:
        region_id = resolve(session, DirectoryKind.TOWNSHIP, data.township, field="township")
    except UserError as exc:
        errors["township"] = exc.message
    case_ids, missing = _case_ids(session, data.cases)
    if missing:
        errors["cases"] = f"找不到信访件 {'、'.join(missing)}。请检查编号，或先登记这些信访件。"
    if errors:
        raise ValidationError(errors)
    assert kind is not None
    return kind, region_id, case_ids


def _case_ids(session: Session, numbers: Sequence[str]) -> tuple[list[int], list[str]]:
    """The ids of the cases numbered so, and the numbers not found."""
    found: list[int] = []
    missing: list[str] = []
    for number in dict.fromkeys(n.strip() for n in numbers if n.strip()):
        case_id = session.scalar(select(Case.id).where(Case.number == number))
        if case_id is None:
            missing.append(number)
        else:
            found.append(case_id)
    return found, missing


def add_reception(ctx: Context, data: ReceptionInput) -> ReceptionRow:
    with change(ctx.db, ctx.actor, "reception.add") as current:
        session = current.session
        kind, region_id, case_ids = _check(session, data)
        assert data.held_on is not None
        row = ReceptionEvent(
            office_id=local_office(session).id,
            held_on=data.held_on,
            kind=kind.value,
            leader=data.leader.strip(),
            place=data.place.strip()[:200] or None,
            region_id=region_id,
            partner_names="、".join(split_names(data.partner_names))[:400] or None,
            batches=data.batches,
            people=data.people,
            notes=data.notes.strip() or None,
            created_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        session.add_all(ReceptionCase(reception_id=row.id, case_id=c) for c in case_ids)
        session.flush()
        current.describe(
            f"登记{kind.label}：{row.held_on} {row.leader}，接收信访件 {len(case_ids)} 件",
            entity="reception",
            entity_uuid=row.uuid,
        )
        return _rows(session, [row.id])[0]


def link_cases(ctx: Context, reception_id: int, numbers: Sequence[str]) -> ReceptionRow:
    """Add cases received at a reception (those already linked are left as they are)."""
    with change(ctx.db, ctx.actor, "reception.link") as current:
        session = current.session
        row = _get(session, reception_id)
        linked = set(
            session.scalars(select(ReceptionCase.case_id).where(ReceptionCase.reception_id == row.id))
        )
        data = ReceptionInput(held_on=row.held_on, kind=row.kind, leader=row.leader, cases=numbers)
        _kind, _region, case_ids = _check(session, data)
        new = [c for c in case_ids if c not in linked]
        session.add_all(ReceptionCase(reception_id=row.id, case_id=c) for c in new)
        session.flush()
        current.describe(
            f"接访活动 {row.held_on} {row.leader} 关联信访件 {len(new)} 件",
            entity="reception",
            entity_uuid=row.uuid,
        )
        return _rows(session, [row.id])[0]


def delete_reception(ctx: Context, reception_id: int) -> Changes:
    """Delete a reception activity and its links (the cases themselves stay)."""
    with change(ctx.db, ctx.actor, "reception.delete") as current:
        session = current.session
        row = _get(session, reception_id)
        session.execute(delete(ReceptionCase).where(ReceptionCase.reception_id == row.id))
        current.describe(
            f"删除接访活动：{row.held_on} {row.leader}",
            entity="reception",
            entity_uuid=row.uuid,
            record={c.name: getattr(row, c.name) for c in ReceptionEvent.__table__.columns},
        )
        session.delete(row)
    return current.changes


def list_receptions(ctx: Context, year: int | None = None) -> list[ReceptionRow]:
    query = select(ReceptionEvent.id).order_by(ReceptionEvent.held_on.desc(), ReceptionEvent.id.desc())
    if year is not None:
        query = query.where(ReceptionEvent.held_on.between(date(year, 1, 1), date(year, 12, 31)))
    with ctx.db.reading() as session:
        return _rows(session, list(session.scalars(query)))


def receptions_of_case(ctx: Context, case_id: int) -> list[ReceptionRow]:
    """Where a case was received (for the case detail)."""
    with ctx.db.reading() as session:
        ids = session.scalars(
            select(ReceptionCase.reception_id).where(ReceptionCase.case_id == case_id)
        ).all()
        return _rows(session, list(ids))


def reception_totals(ctx: Context, start: date, end: date) -> dict[str, dict[str, int]]:
    """Per kind: activities, batches and people received, cases linked."""
    totals = {k.value: {"events": 0, "batches": 0, "people": 0, "cases": 0} for k in ReceptionKind}
    period = ReceptionEvent.held_on.between(start, end)
    with ctx.db.reading() as session:
        for kind, n, batches, people in session.execute(
            select(
                ReceptionEvent.kind,
                func.count(),
                func.coalesce(func.sum(ReceptionEvent.batches), 0),
                func.coalesce(func.sum(ReceptionEvent.people), 0),
            )
            .where(period)
            .group_by(ReceptionEvent.kind)
        ):
            totals[kind].update(events=int(n), batches=int(batches), people=int(people))
        for kind, n in session.execute(
            select(ReceptionEvent.kind, func.count())
            .join(ReceptionCase, ReceptionCase.reception_id == ReceptionEvent.id)
            .where(period)
            .group_by(ReceptionEvent.kind)
        ):
            totals[kind]["cases"] = int(n)
    return totals


def _get(session: Session, reception_id: int) -> ReceptionEvent:
    row = session.get(ReceptionEvent, reception_id)
    if row is None:
        raise UserError("找不到这次接访活动，可能已被删除。请刷新后重试。")
    return row


def _rows(session: Session, ids: list[int]) -> list[ReceptionRow]:
    if not ids:
        return []
    numbers: dict[int, list[str]] = {i: [] for i in ids}
    for reception_id, number in session.execute(
        select(ReceptionCase.reception_id, Case.number)
        .join(Case, Case.id == ReceptionCase.case_id)
        .where(ReceptionCase.reception_id.in_(ids))
        .order_by(Case.number)
    ):
        numbers[reception_id].append(number)
    found = {
        row.id: (row, region)
        for row, region in session.execute(
            select(ReceptionEvent, Region.name)
            .outerjoin(Region, Region.id == ReceptionEvent.region_id)
            .where(ReceptionEvent.id.in_(ids))
        )
    }
    result = []
    for i in ids:
        row, region = found[i]
        result.append(
            ReceptionRow(
                id=row.id,
                uuid=row.uuid,
                held_on=row.held_on,
                kind=row.kind,
                leader=row.leader,
                place=row.place or "",
                region_name=region or "",
                partner_names=row.partner_names or "",
                batches=row.batches,
                people=row.people,
                notes=row.notes or "",
                case_numbers=tuple(numbers[i]),
            )
        )
    return result
