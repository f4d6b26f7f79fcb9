"""Writing registers: make one, add matters by case number, record 化解, the 四定四包 plan and notes.

Every write goes through `store.writes.change` with the acting user, and refuses a user who may not
write. 化解 is a decision: its date and who made it are stored on the entry, whatever the case's state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.registers import Plan, RegisterInput, check_note, check_resolution
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.registers.finding import (
    FoundCase,
    case_by_number,
    cases_by_number,
    register_named,
)
from fazhi_desktop.store.models import Register, RegisterEntry, RegisterNote
from fazhi_desktop.store.writes import change


@dataclass(frozen=True)
class Added:
    """What adding cases did: the numbers added, those whose matter was listed already, those not found."""

    added: tuple[str, ...]
    already: tuple[str, ...]
    missing: tuple[str, ...]
    changes: Changes = NO_CHANGES


def add_register(ctx: Context, data: RegisterInput) -> int:
    """Make a register; its name must be new. Returns its id."""
    require_write(ctx, "新建台账")
    errors = data.problems()
    if errors:
        raise ValidationError(errors)
    name = data.name.strip()
    with change(ctx.db, ctx.actor, "register.add") as current:
        session = current.session
        if session.scalar(select(Register.id).where(Register.name == name)) is not None:
            raise UserError(f"已有名为「{name}」的台账，请换一个名称。", field="name")
        register = Register(
            kind=data.kind,
            name=name,
            owner=data.owner.strip() or ctx.actor.login,
            leader=data.leader.strip() or None,
            starts_on=data.starts_on,
            ends_on=data.ends_on,
            created_by=ctx.actor.login,
            created_at=clock.now(),
        )
        session.add(register)
        session.flush()
        current.describe(f"新建{data.kind.label}台账「{name}」", entity="register", entity_uuid=register.uuid)
        return register.id


def _added_on(register: Register, case: FoundCase, day: date | None) -> date:
    """When a matter joins: the date given, else the register's start (a list entered after it began
    counts from its start), never before the case was registered nor after today."""
    today = clock.today()
    if day is not None:
        if day > today:
            raise UserError(f"列入日期 {day} 晚于今天（{today}），请改正。", field="date")
        return max(day, case.registered_on)
    start = register.starts_on if register.starts_on and register.starts_on <= today else today
    return min(max(start, case.registered_on), today)


def add_entries(
    session: Session,
    ctx: Context,
    register: Register,
    cases: Sequence[tuple[FoundCase, str | None, Plan]],
    day: date | None,
) -> tuple[list[str], list[str]]:
    """Add these cases' matters to `register` within a change; (added numbers, already listed)."""
    listed = set(
        session.scalars(select(RegisterEntry.matter_id).where(RegisterEntry.register_id == register.id))
    )
    added: list[str] = []
    already: list[str] = []
    for case, listed_as, plan in cases:
        if case.matter_id in listed:
            already.append(case.number)
            continue
        listed.add(case.matter_id)
        session.add(
            RegisterEntry(
                register_id=register.id,
                matter_id=case.matter_id,
                case_id=case.id,
                added_on=_added_on(register, case, day),
                added_by=ctx.actor.login,
                listed_as=(listed_as or "").strip()[:200] or None,
                leader=plan.leader.strip() or register.leader,
                plan=plan.plan.strip() or None,
                staff=plan.staff.strip() or None,
                due_on=plan.due_on,
            )
        )
        added.append(case.number)
    return added, already


def add_cases(
    ctx: Context, name: str, numbers: Sequence[str], *, day: date | None = None, plan: Plan | None = None
) -> Added:
    """Add the matters of these cases (信访件编号 or 上级件号) to the register named `name`."""
    require_write(ctx, "修改台账")
    if not numbers:
        raise UserError("请写出要列入台账的信访件编号。", field="case")
    plan = plan or Plan()
    errors = plan.problems()
    if errors:
        raise ValidationError(errors)
    with change(ctx.db, ctx.actor, "register.cases") as current:
        session = current.session
        register = register_named(session, name)
        found = cases_by_number(ctx, session, numbers)
        missing = tuple(n.strip() for n in numbers if n.strip() not in found)
        if missing and len(missing) == len(numbers):
            raise UserError(f"找不到信访件「{'、'.join(missing)}」。请检查编号（信访件编号或上级件号）。")
        picked = [(found[n.strip()], None, plan) for n in numbers if n.strip() in found]
        added, already = add_entries(session, ctx, register, picked, day)
        current.describe(
            f"台账「{register.name}」列入 {len(added)} 件",
            entity="register",
            entity_uuid=register.uuid,
            added=added,
            already=already,
            missing=list(missing),
        )
    return Added(tuple(added), tuple(already), missing, current.changes)


def _entry(
    session: Session, ctx: Context, register: Register, number: str
) -> tuple[RegisterEntry, FoundCase]:
    case = case_by_number(ctx, session, number)
    entry = session.scalar(
        select(RegisterEntry).where(
            RegisterEntry.register_id == register.id, RegisterEntry.matter_id == case.matter_id
        )
    )
    if entry is None:
        raise UserError(f"信访件「{number.strip()}」不在台账「{register.name}」中，请先列入。", field="case")
    return entry, case


def resolve(ctx: Context, name: str, number: str, day: date | None = None) -> Changes:
    """Record that a listed matter is 化解 on `day` (today unless given), decided by the acting user."""
    require_write(ctx, "记录化解")
    day = day or clock.today()
    with change(ctx.db, ctx.actor, "register.resolve") as current:
        session = current.session
        register = register_named(session, name)
        entry, case = _entry(session, ctx, register, number)
        check_resolution(day, case.registered_on, clock.today())
        if entry.resolved_on is not None:
            raise UserError(
                f"信访件「{case.number}」已于 {entry.resolved_on} 记为化解（{entry.resolved_by_name}）。"
            )
        entry.resolved_on = day
        entry.resolved_by = ctx.actor.login
        entry.resolved_by_name = ctx.actor.name[:50]
        current.describe(
            f"台账「{register.name}」：{case.number} 于 {day} 化解",
            entity="register",
            entity_uuid=register.uuid,
            case=case.number,
            resolved_on=day,
        )
    return current.changes


def set_plan(ctx: Context, name: str, number: str, plan: Plan) -> Changes:
    """Write an entry's 四定四包 plan (the fields given replace the old ones; empty ones are kept)."""
    require_write(ctx, "修改包案方案")
    errors = plan.problems()
    if errors:
        raise ValidationError(errors)
    with change(ctx.db, ctx.actor, "register.plan") as current:
        session = current.session
        register = register_named(session, name)
        entry, case = _entry(session, ctx, register, number)
        entry.leader = plan.leader.strip() or entry.leader
        entry.plan = plan.plan.strip() or entry.plan
        entry.staff = plan.staff.strip() or entry.staff
        entry.due_on = plan.due_on or entry.due_on
        current.describe(
            f"台账「{register.name}」：{case.number} 的包案方案", entity="register", entity_uuid=register.uuid
        )
    return current.changes


def add_note(ctx: Context, name: str, number: str, text: str, day: date | None = None) -> Changes:
    """A dated progress note (进展情况) on a listed matter."""
    require_write(ctx, "记录进展")
    day = day or clock.today()
    cleaned = check_note(text, day, clock.today())
    with change(ctx.db, ctx.actor, "register.note") as current:
        session = current.session
        register = register_named(session, name)
        entry, case = _entry(session, ctx, register, number)
        session.add(
            RegisterNote(
                entry_id=entry.id,
                noted_on=day,
                text=cleaned,
                created_by=ctx.actor.login,
                created_at=clock.now(),
            )
        )
        current.describe(
            f"台账「{register.name}」：{case.number} 的进展（{day}）",
            entity="register",
            entity_uuid=register.uuid,
        )
    return current.changes
