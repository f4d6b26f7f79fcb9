"""宣传活动: record, edit, delete and list outreach events (their photos: `outreach_files`; their
figures: `outreach_stats`). Every change is one audited transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.input_rules import texts_problems
from fazhi_desktop.domain.outreach import COUNT_FIELDS, MAX_COUNT, fingerprint, split_names
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, resolve
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.outreach.kinds import resolve_kind
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.store.models import OutreachEvent, OutreachFile, OutreachKind, Region
from fazhi_desktop.store.writes import change

TITLE_MAX = 200
TEXT_MAX = 200
#: The numbers of an event, in the order forms and ledgers show them.
COUNTS = (
    "leaflets",
    "brochures",
    "other_materials",
    "boards",
    "banners",
    "consultations",
    "people_reached",
    "media_count",
)


@dataclass
class EventInput:
    """What a clerk (or a ledger row) gives for one event; `kind` and `township` are ids, codes or names."""

    held_on: date | None
    title: str
    kind: int | str | None
    place: str = ""
    township: int | str | None = None
    organisers: str = ""
    partner_names: str = ""
    #: 联合单位数; None counts the names given.
    partner_count: int | None = None
    leaflets: int = 0
    brochures: int = 0
    other_materials: int = 0
    boards: int = 0
    banners: int = 0
    consultations: int = 0
    people_reached: int = 0
    media_count: int = 0
    media_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class EventRow:
    """One event as lists and forms show it."""

    id: int
    uuid: uuid.UUID
    held_on: date
    title: str
    kind_id: int
    kind_name: str
    place: str
    region_id: int | None
    region_name: str
    organisers: str
    partner_count: int
    partner_names: str
    leaflets: int
    brochures: int
    other_materials: int
    boards: int
    banners: int
    consultations: int
    people_reached: int
    media_count: int
    media_note: str
    notes: str
    photo_count: int = 0

    @property
    def materials(self) -> int:
        """宣传资料: leaflets + brochures + other materials."""
        return self.leaflets + self.brochures + self.other_materials


@dataclass(frozen=True)
class EventFilter:
    year: int | None = None
    kind_id: int | None = None
    region_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


def check_event_input(data: EventInput, *, today: date) -> dict[str, str]:
    """What is wrong with the input, field by field (nothing that needs the database)."""
    errors: dict[str, str] = {}
    if data.held_on is None:
        errors["held_on"] = "请填写活动日期。"
    elif data.held_on > today:
        errors["held_on"] = f"活动日期 {data.held_on} 晚于今天。宣传活动请在举办后登记，或检查日期。"
    title = data.title.strip()
    if not title:
        errors["title"] = "请填写活动主题，例如「《信访工作条例》宣传进社区」。"
    elif len(title) > TITLE_MAX:
        errors["title"] = f"活动主题太长（{len(title)} 个字，最多 {TITLE_MAX} 个）。"
    if data.kind in (None, ""):
        errors["kind"] = "请选择活动类别。"
    for name in ("place", "organisers"):
        if len(getattr(data, name).strip()) > TEXT_MAX:
            errors[name] = f"内容太长（最多 {TEXT_MAX} 个字）。"
    errors.update(_count_problems(data))
    texts = ("title", "place", "organisers", "partner_names", "media_note", "notes")
    for name, problem in texts_problems({n: getattr(data, n) for n in texts}).items():
        errors.setdefault(name, problem)
    names = split_names(data.partner_names)
    if data.partner_count is not None and 0 <= data.partner_count < len(names):
        errors["partner_count"] = (
            f"联合单位数（{data.partner_count}）少于列出的单位名称（{len(names)} 个）。请改正其中一项。"
        )
    return errors


def _count_problems(data: EventInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name in (*COUNTS, "partner_count"):
        value = getattr(data, name)
        if value is None:
            continue
        label, unit = COUNT_FIELDS[name]
        if value < 0:
            errors[name] = f"{label}数不能为负数。"
        elif value > MAX_COUNT:
            errors[name] = f"{label} {value}{unit} 不像一场活动的数字，请检查是否多打了位数。"
    return errors


def prepare(session: Session, data: EventInput, *, today: date) -> dict[str, Any]:
    """The column values of an event (kind and township looked up), or a ValidationError."""
    errors = check_event_input(data, today=today)
    kind_id = region_id = None
    if "kind" not in errors:
        try:
            kind_id = resolve_kind(session, data.kind)
        except UserError as exc:
            errors["kind"] = exc.message
    try:
        region_id = resolve(session, DirectoryKind.TOWNSHIP, data.township, field="township")
    except UserError as exc:
        errors["township"] = exc.message
    if errors:
        raise ValidationError(errors)
    assert data.held_on is not None and kind_id is not None
    names = split_names(data.partner_names)
    title, place = data.title.strip(), data.place.strip()
    return {
        "held_on": data.held_on,
        "title": title,
        "kind_id": kind_id,
        "place": place or None,
        "region_id": region_id,
        "organisers": data.organisers.strip() or None,
        "partner_count": data.partner_count if data.partner_count is not None else len(names),
        "partner_names": "、".join(names) or None,
        **{name: int(getattr(data, name) or 0) for name in COUNTS},
        "media_note": data.media_note.strip()[:400] or None,
        "notes": data.notes.strip() or None,
        "fingerprint": fingerprint(data.held_on, title, place),
    }


def _refuse_duplicate(
    session: Session, office_id: int, print_: str, *, other_than: int | None = None
) -> None:
    query = select(OutreachEvent).where(
        OutreachEvent.office_id == office_id, OutreachEvent.fingerprint == print_
    )
    if other_than is not None:
        query = query.where(OutreachEvent.id != other_than)
    existing = session.scalars(query.limit(1)).first()
    if existing is not None:
        raise UserError(
            f"已经登记过同一天、同一主题、同一地点的活动（{existing.held_on}「{existing.title}」）。"
            "如是另一场活动，请在主题或地点上加以区分。",
            field="title",
        )


def add_event(ctx: Context, data: EventInput) -> EventRow:
    """Record an event of this office."""
    require_write(ctx, "登记宣传活动")
    with change(ctx.db, ctx.actor, "outreach.add") as current:
        session = current.session
        office = local_office(session)
        values = prepare(session, data, today=clock.today())
        _refuse_duplicate(session, office.id, values["fingerprint"])
        event = OutreachEvent(office_id=office.id, created_by=ctx.user, created_at=clock.now(), **values)
        session.add(event)
        session.flush()
        current.describe(
            f"登记宣传活动：{event.held_on} {event.title}", entity="outreach_event", entity_uuid=event.uuid
        )
        return _row(session, event)


def edit_event(ctx: Context, event_id: int, data: EventInput) -> EventRow:
    """Change an event; the audit entry names each field that changed, old and new."""
    with change(ctx.db, ctx.actor, "outreach.edit") as current:
        session = current.session
        event = _get(session, event_id)
        values = prepare(session, data, today=clock.today())
        _refuse_duplicate(session, event.office_id, values["fingerprint"], other_than=event.id)
        changed = {
            name: [getattr(event, name), value]
            for name, value in values.items()
            if name != "fingerprint" and getattr(event, name) != value
        }
        for name, value in values.items():
            setattr(event, name, value)
        event.updated_at = clock.now()
        current.describe(
            f"修改宣传活动：{event.held_on} {event.title}（{len(changed)} 项）",
            entity="outreach_event",
            entity_uuid=event.uuid,
            changed=changed,
        )
        return _row(session, event)


def delete_event(ctx: Context, event_id: int) -> Changes:
    """Delete an event and its photos."""
    with change(ctx.db, ctx.actor, "outreach.delete") as current:
        session = current.session
        event = _get(session, event_id)
        photos = session.scalar(
            select(func.count()).select_from(OutreachFile).where(OutreachFile.event_id == event.id)
        )
        session.execute(delete(OutreachFile).where(OutreachFile.event_id == event.id))
        current.describe(
            f"删除宣传活动：{event.held_on} {event.title}（连同照片和附件 {photos} 个）",
            entity="outreach_event",
            entity_uuid=event.uuid,
            event={c.name: getattr(event, c.name) for c in OutreachEvent.__table__.columns},
        )
        session.delete(event)
    return current.changes


def get_event(ctx: Context, event_id: int) -> EventRow:
    with ctx.db.reading() as session:
        return _row(session, _get(session, event_id))


def to_input(row: EventRow) -> EventInput:
    """The input that would record `row` again (a form starts editing from it)."""
    names = {f.name for f in fields(EventInput)}
    values = {name: getattr(row, name) for name in names if hasattr(row, name)}
    return EventInput(**{**values, "kind": row.kind_id, "township": row.region_id})


def _conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.year is not None:
        where += [OutreachEvent.held_on >= date(f.year, 1, 1), OutreachEvent.held_on <= date(f.year, 12, 31)]
    if f.date_from is not None:
        where.append(OutreachEvent.held_on >= f.date_from)
    if f.date_to is not None:
        where.append(OutreachEvent.held_on <= f.date_to)
    if f.kind_id is not None:
        where.append(OutreachEvent.kind_id == f.kind_id)
    if f.region_id is not None:
        where.append(OutreachEvent.region_id == f.region_id)
    text = f.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            or_(
                OutreachEvent.title.like(pattern, escape="\\"),
                OutreachEvent.place.like(pattern, escape="\\"),
            )
        )
    return where


def _query() -> Select[OutreachEvent, str, str | None, Any]:
    photos = (
        select(OutreachFile.event_id, func.count().label("n"))
        .where(OutreachFile.is_photo)
        .group_by(OutreachFile.event_id)
        .subquery()
    )
    return (
        select(OutreachEvent, OutreachKind.name, Region.name, func.coalesce(photos.c.n, 0))
        .join(OutreachKind, OutreachKind.id == OutreachEvent.kind_id)
        .outerjoin(Region, Region.id == OutreachEvent.region_id)
        .outerjoin(photos, photos.c.event_id == OutreachEvent.id)
    )


def list_events(ctx: Context, f: EventFilter | None = None, *, limit: int | None = None) -> list[EventRow]:
    """Events matching the filter, the latest first."""
    f = f or EventFilter()
    query = _query().where(*_conditions(f)).order_by(OutreachEvent.held_on.desc(), OutreachEvent.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with ctx.db.reading() as session:
        return [_make_row(e, kind, region, n) for e, kind, region, n in session.execute(query)]


def count_events(ctx: Context, f: EventFilter | None = None) -> int:
    with ctx.db.reading() as session:
        query = select(func.count()).select_from(OutreachEvent).where(*_conditions(f or EventFilter()))
        return int(session.scalar(query) or 0)


def event_years(ctx: Context) -> list[int]:
    """The years that have events, the latest first (and this year, always)."""
    with ctx.db.reading() as session:
        days = session.execute(select(func.min(OutreachEvent.held_on), func.max(OutreachEvent.held_on))).one()
    this_year = clock.today().year
    first = min(days[0].year, this_year) if days[0] else this_year
    last = max(days[1].year, this_year) if days[1] else this_year
    return list(range(last, first - 1, -1))


def _get(session: Session, event_id: int) -> OutreachEvent:
    event = session.get(OutreachEvent, event_id)
    if event is None:
        raise UserError(f"找不到这场宣传活动（编号 {event_id}），可能已被删除。请刷新后重试。")
    return event


def _row(session: Session, event: OutreachEvent) -> EventRow:
    _event, kind, region, photos = session.execute(_query().where(OutreachEvent.id == event.id)).one()
    return _make_row(event, kind, region, photos)


def _make_row(event: OutreachEvent, kind_name: str, region_name: str | None, photos: int) -> EventRow:
    return EventRow(
        id=event.id,
        uuid=event.uuid,
        held_on=event.held_on,
        title=event.title,
        kind_id=event.kind_id,
        kind_name=kind_name,
        place=event.place or "",
        region_id=event.region_id,
        region_name=region_name or "",
        organisers=event.organisers or "",
        partner_count=event.partner_count,
        partner_names=event.partner_names or "",
        **{name: getattr(event, name) for name in COUNTS},
        media_note=event.media_note or "",
        notes=event.notes or "",
        photo_count=int(photos),
    )
