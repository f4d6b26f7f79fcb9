"""The figures of outreach: totals by kind, by month and by township, and the `outreach` block of
`fazhi stats`. Counted in SQL (sums grouped by the database), never event by event in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, extract, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Office, OutreachEvent, OutreachKind, Region

#: What each group of events adds up (the column names of OutreachEvent).
SUMMED = (
    "leaflets",
    "brochures",
    "other_materials",
    "boards",
    "banners",
    "consultations",
    "people_reached",
    "partner_count",
    "media_count",
)
#: The line of events held in no township (the screens say it in their language: ui/outreach_text.py).
NO_TOWNSHIP = "（未填乡镇）"


def month_label(month: int) -> str:
    """A line of `totals_by_month`: "3月"."""
    return f"{month}月"


@dataclass
class Totals:
    """The events of a group and what they add up to."""

    label: str
    events: int = 0
    sums: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUMMED, 0))

    @property
    def materials(self) -> int:
        return self.sums["leaflets"] + self.sums["brochures"] + self.sums["other_materials"]

    @property
    def people_reached(self) -> int:
        return self.sums["people_reached"]

    def as_json(self) -> dict[str, Any]:
        return {"label": self.label, "events": self.events, "materials": self.materials, **self.sums}


def _sums() -> list[Any]:
    return [func.count(), *(func.coalesce(func.sum(getattr(OutreachEvent, n)), 0) for n in SUMMED)]


def _fill(totals: Totals, values: tuple[Any, ...]) -> Totals:
    totals.events = int(values[0])
    totals.sums = {name: int(v) for name, v in zip(SUMMED, values[1:], strict=True)}
    return totals


def _where(start: date, end: date, office_id: int | None) -> list[ColumnElement[bool]]:
    where = [OutreachEvent.held_on >= start, OutreachEvent.held_on <= end]
    if office_id is not None:
        where.append(OutreachEvent.office_id == office_id)
    return where


def _office_id(session: Session, office: str | None) -> int | None:
    if not office:
        return None
    found = session.scalar(select(Office.id).where(Office.code == office.strip()))
    if found is None:
        raise UserError(f"单位代码 {office} 不存在。用 fazhi office list 查看已登记的单位。")
    return found


def period_total(ctx: Context, start: date, end: date, office: str | None = None) -> Totals:
    """All 宣传 events of the period added up (optionally of one office, by its code)."""
    with ctx.db.reading() as session:
        where = _where(start, end, _office_id(session, office))
        return _fill(Totals("合计"), tuple(session.execute(select(*_sums()).where(*where)).one()))


def outreach_totals(ctx: Context, start: date, end: date, office: str | None = None) -> dict[str, int]:
    """The `outreach` block of `fazhi stats`: 宣传 events (reception activities are not among them),
    materials = leaflets + brochures + other materials, people reached."""
    total = period_total(ctx, start, end, office)
    return {"events": total.events, "materials": total.materials, "people_reached": total.people_reached}


def totals_by_kind(ctx: Context, start: date, end: date, *, all_kinds: bool = True) -> list[Totals]:
    """One line per kind in the list's order (kinds without events too, unless `all_kinds` is False)."""
    with ctx.db.reading() as session:
        kinds = session.execute(
            select(OutreachKind.id, OutreachKind.name, OutreachKind.retired).order_by(
                OutreachKind.sort_order, OutreachKind.id
            )
        ).all()
        found = {
            row[0]: tuple(row[1:])
            for row in session.execute(
                select(OutreachEvent.kind_id, *_sums())
                .where(*_where(start, end, None))
                .group_by(OutreachEvent.kind_id)
            )
        }
    lines = []
    for kind_id, name, retired in kinds:
        if kind_id in found:
            lines.append(_fill(Totals(name), found[kind_id]))
        elif all_kinds and not retired:
            lines.append(Totals(name))
    return lines


def totals_by_month(ctx: Context, year: int) -> list[Totals]:
    """Twelve lines, "1月" to "12月"."""
    month = extract("month", OutreachEvent.held_on)
    with ctx.db.reading() as session:
        found = {
            int(row[0]): tuple(row[1:])
            for row in session.execute(
                select(month, *_sums())
                .where(*_where(date(year, 1, 1), date(year, 12, 31), None))
                .group_by(month)
            )
        }
    return [
        _fill(Totals(month_label(m)), found[m]) if m in found else Totals(month_label(m))
        for m in range(1, 13)
    ]


def totals_by_township(ctx: Context, start: date, end: date) -> list[Totals]:
    """One line per township with events, most events (then people reached) first; no township last."""
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Region.name, *_sums())
            .select_from(OutreachEvent)
            .outerjoin(Region, Region.id == OutreachEvent.region_id)
            .where(*_where(start, end, None))
            .group_by(Region.name)
        ).all()
    lines = [_fill(Totals(name or NO_TOWNSHIP), tuple(rest)) for name, *rest in rows]
    return sorted(lines, key=lambda t: (t.label == NO_TOWNSHIP, -t.events, -t.people_reached, t.label))


def kinds_held(ctx: Context, start: date, end: date) -> list[str]:
    """Names of the kinds that had events in the period, in the list's order."""
    return [t.label for t in totals_by_kind(ctx, start, end, all_kinds=False) if t.events]


def partner_names(ctx: Context, start: date, end: date) -> tuple[list[str], int]:
    """The co-organising units named in the period (each once) and the most any one event had."""
    names: list[str] = []
    with ctx.db.reading() as session:
        where = _where(start, end, None)
        most = session.scalar(select(func.coalesce(func.max(OutreachEvent.partner_count), 0)).where(*where))
        for text in session.scalars(
            select(OutreachEvent.partner_names)
            .where(*where, OutreachEvent.partner_names.is_not(None))
            .order_by(OutreachEvent.held_on)
        ):
            names += [n for n in (text or "").split("、") if n and n not in names]
    return names, int(most or 0)
