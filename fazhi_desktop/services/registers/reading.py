"""Reading registers: each with its 化解率 as of a day, and one register's entries with their cases,
plans and notes. Only the cases the acting user may see are read (case_scope)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.registers import EntryDates, RegisterKind, Resolution, resolution_as_of
from fazhi_desktop.services.clock.as_of import closed_as_of, state_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.registers.finding import register_named
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Register, RegisterEntry, RegisterNote


@dataclass(frozen=True)
class RegisterSummary:
    """A register and its 化解率 on `as_of`."""

    id: int
    kind: RegisterKind
    name: str
    owner: str | None
    leader: str | None
    starts_on: date | None
    ends_on: date | None
    as_of: date
    resolution: Resolution

    @property
    def cases(self) -> int:
        return self.resolution.cases

    @property
    def resolved(self) -> int:
        return self.resolution.resolved

    @property
    def rate(self) -> float | None:
        return self.resolution.rate


@dataclass(frozen=True)
class NoteView:
    noted_on: date
    text: str
    by: str


@dataclass(frozen=True)
class EntryView:
    """One matter on a register as the progress table prints it."""

    case_id: int
    number: str
    registered_on: date
    principal: str | None
    summary: str
    state: str
    #: The case closed (办结/已结束/已终结) as of the register's day: shown beside 化解, never for it.
    closed: bool
    listed_as: str | None
    added_on: date
    leader: str | None
    plan: str | None
    staff: str | None
    due_on: date | None
    resolved_on: date | None
    resolved_by: str | None
    notes: tuple[NoteView, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RegisterView:
    summary: RegisterSummary
    entries: tuple[EntryView, ...]


def _summary(register: Register, dates: list[EntryDates], day: date) -> RegisterSummary:
    return RegisterSummary(
        id=register.id,
        kind=register.kind,
        name=register.name,
        owner=register.owner,
        leader=register.leader,
        starts_on=register.starts_on,
        ends_on=register.ends_on,
        as_of=day,
        resolution=resolution_as_of(dates, day),
    )


def list_registers(
    ctx: Context, as_of: date | None = None, kind: RegisterKind | None = None
) -> list[RegisterSummary]:
    """Every register (of one kind if given), by kind and name, each with its 化解率 as of the day."""
    day = as_of or clock.today()
    with ctx.db.reading() as session:
        query = select(Register).order_by(Register.kind, Register.name)
        if kind is not None:
            query = query.where(Register.kind == kind)
        registers = list(session.scalars(query))
        dates: defaultdict[int, list[EntryDates]] = defaultdict(list)
        rows = session.execute(
            select(RegisterEntry.register_id, RegisterEntry.added_on, RegisterEntry.resolved_on)
            .join(Case, Case.id == RegisterEntry.case_id)
            .where(case_scope(ctx))
        )
        for register_id, added_on, resolved_on in rows:
            dates[register_id].append(EntryDates(added_on, resolved_on))
        return [_summary(r, dates[r.id], day) for r in registers]


def register_view(ctx: Context, name: str, as_of: date | None = None) -> RegisterView:
    """One register with its visible entries (in the order they were listed), their notes up to the day."""
    day = as_of or clock.today()
    with ctx.db.reading() as session:
        register = register_named(session, name)
        rows = session.execute(
            select(
                RegisterEntry,
                Case.number,
                Case.registered_on,
                Case.principal_name,
                Case.summary,
                state_as_of(day),
                closed_as_of(day),
            )
            .join(Case, Case.id == RegisterEntry.case_id)
            .where(RegisterEntry.register_id == register.id, case_scope(ctx))
            .order_by(RegisterEntry.added_on, RegisterEntry.id)
        ).all()
        ids = [row[0].id for row in rows]
        notes: defaultdict[int, list[NoteView]] = defaultdict(list)
        if ids:
            for note in session.scalars(
                select(RegisterNote)
                .where(RegisterNote.entry_id.in_(ids), RegisterNote.noted_on <= day)
                .order_by(RegisterNote.noted_on, RegisterNote.id)
            ):
                notes[note.entry_id].append(NoteView(note.noted_on, note.text, note.created_by))
        entries = []
        for entry, number, registered_on, principal, summary, state, closed in rows:
            held = entry.added_on <= day
            resolved = entry.resolved_on if entry.resolved_on and entry.resolved_on <= day else None
            if not held:
                continue
            entries.append(
                EntryView(
                    case_id=entry.case_id,
                    number=number,
                    registered_on=registered_on,
                    principal=principal,
                    summary=summary,
                    state=getattr(state, "label", str(state)),
                    closed=bool(closed),
                    listed_as=entry.listed_as,
                    added_on=entry.added_on,
                    leader=entry.leader,
                    plan=entry.plan,
                    staff=entry.staff,
                    due_on=entry.due_on,
                    resolved_on=resolved,
                    resolved_by=entry.resolved_by_name if resolved else None,
                    notes=tuple(notes[entry.id]),
                )
            )
        dates = [EntryDates(e.added_on, e.resolved_on) for e, *_ in rows]
        return RegisterView(_summary(register, dates, day), tuple(entries))
