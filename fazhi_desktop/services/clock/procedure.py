"""Recording the steps of the procedure: one step, its attachments, the recomputed case row, one audit entry.

The GUI offers `allowed_steps(ctx, case_id)`, shows `case_clock(ctx, case_id)` (deadlines, days left,
problems) and records a step with `apply_step(ctx, case_id, details)`, where `details` is one of the
dataclasses of `domain.step_details` (`Accept()`, `Extend(days=15, approver=..., reason=...)`, ...).
A step that breaks the procedure is refused with a UserError that cites the rule; nothing is written.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.input_rules import texts_problems
from fazhi_desktop.domain.procedure import Deadline, Problem, StepFact, allowed_kinds, check_step, derive
from fazhi_desktop.domain.step_details import (
    CORRECTABLE_FIELDS,
    Correct,
    Forward,
    Inform,
    StepDetails,
    parse_nature,
)
from fazhi_desktop.domain.triage import days_left, deadline_state
from fazhi_desktop.domain.vocab import (
    CaseState,
    DeadlineState,
    DeliveryMethod,
    ReplyOutcome,
    StepKind,
    Tier,
)
from fazhi_desktop.services.archive.guard import refuse_if_archived
from fazhi_desktop.services.cases.registration import is_collective
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.case_state import clock_row, load_steps, refresh_case
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.conformity.keeping import judge_session
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import require_case_in_scope
from fazhi_desktop.store import audit_chain
from fazhi_desktop.store.models import Attachment, AuditEntry, Case, Step, Unit
from fazhi_desktop.store.writes import change

#: The largest file kept with a step (a scan of a letter, a signed 送达回证).
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class NewAttachment:
    """A file to keep with the step."""

    filename: str
    data: bytes
    media_type: str = ""


@dataclass(frozen=True)
class AppliedStep:
    """The step written and what the case looks like after it."""

    step_id: int
    step_uuid: uuid.UUID
    case_id: int
    number: str
    kind: StepKind
    state: CaseState
    due: Deadline | None
    tier: Tier | None
    tier_reasons: str | None
    #: What the write touched (store.writes.change).
    changes: Changes = NO_CHANGES


def _get_case(session: Session, case_id: int, *, lock: bool = False) -> Case:
    case = session.get(Case, case_id, with_for_update=lock)
    if case is None:
        raise UserError(f"信访件（编号 {case_id}）不存在，可能已被删除。")
    return case


def apply_step(
    ctx: Context,
    case_id: int,
    details: StepDetails,
    *,
    occurred_on: date | None = None,
    note: str | None = None,
    attachments: Sequence[NewAttachment] = (),
    expected_version: int | None = None,
) -> AppliedStep:
    """Record one step of the procedure on a case (dated today unless `occurred_on`, never in the future).

    `expected_version` is the case's version when the person opened it (CaseDetail.version): if
    someone changed the case since, the step is refused, naming who, rather than written over what
    they did. The case row is locked first, so of two PCs saving at once the second waits and is
    then refused."""
    require_write(ctx, "记录办理步骤")
    errors = {**details.text_problems(), **details.problems(), **texts_problems({"note": note or ""})}
    if errors:
        raise ValidationError(errors)
    today = clock.today()
    day = occurred_on or today
    if day > today:
        raise UserError(f"日期 {day} 晚于今天（{today}），不能记录尚未发生的事。", field="occurred_on")
    for attachment in attachments:
        _check_attachment(attachment)
    kind = details.kind
    # A 乡镇用户 records steps only on its township's cases (refused and audited otherwise).
    require_case_in_scope(ctx, case_id, f"case.{kind.value}")
    cal = load_calendar(ctx)
    with change(ctx.db, ctx.actor, f"case.{kind.value}") as current:
        session = current.session
        case = _get_case(session, case_id, lock=True)
        refuse_if_archived(session, case.id)  # an archived matter is read-only (issue #20)
        if expected_version is not None and case.version != expected_version:
            raise UserError(changed_since(session, case))
        case.version += 1
        rules = clock_rules(session)
        stored = {**details.to_details(), **_resolve(session, case, details, today)}
        step_uuid = uuid7()
        new = StepFact(kind, day, stored, clock.now(), str(step_uuid))
        check_step(clock_row(session, case).facts(), load_steps(session, case.id), new, rules, cal)
        step = Step(
            uuid=step_uuid,
            case_id=case.id,
            kind=kind.value,
            occurred_on=day,
            recorded_at=new.recorded_at,
            actor=ctx.user,
            office_id=local_office(session).id,
            details=stored,
            note=(note or "").strip() or None,
        )
        session.add(step)
        session.flush()
        for attachment in attachments:
            session.add(_attachment_row(case.id, step.id, attachment, ctx.user))
        if isinstance(details, Correct) and not details.step and details.field != "other":
            _correct_case(session, case, details.field, stored["new"])
        derived = refresh_case(
            session, case, rules=rules, triage_rules=triage_rules(session), cal=cal, today=today
        )
        if derived.state is CaseState.TERMINATED:
            _refresh_repeats(session, case, cal, today)
        judge_session(session, [case.id], cal, today)  # 规范化评查 kept current with every step (#22)
        current.describe(
            f"{kind.label}：{case.number}{_summary(stored)}",
            entity="case",
            entity_uuid=case.uuid,
            step=str(step_uuid),
            kind=kind.value,
            occurred_on=day,
        )
        applied = AppliedStep(
            step_id=step.id,
            step_uuid=step_uuid,
            case_id=case.id,
            number=case.number,
            kind=kind,
            state=derived.state,
            due=derived.due,
            tier=case.tier,
            tier_reasons=case.tier_reasons,
        )
    return replace(applied, changes=current.changes)


def changed_since(session: Session, case: Case) -> str:
    """Why a step from an out-of-date view is refused: who changed the case last, on which PC, when."""
    last = session.execute(
        select(AuditEntry.user_login, AuditEntry.host, AuditEntry.at)
        .where(AuditEntry.entity_uuid == case.uuid, AuditEntry.outcome == audit_chain.OK)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    who = f"{last.user_login}（{last.host}）于 {last.at:%Y-%m-%d %H:%M}" if last else "其他用户"
    return (
        f"信访件 {case.number} 在您打开之后已被 {who} 修改，没有保存您这一步。"
        "请关闭后重新打开这件信访件，看过最新情况再记录。"
    )


def _summary(stored: dict[str, Any]) -> str:
    for key in ("unit", "reason", "leader", "open_case", "field"):
        if stored.get(key):
            return f"（{str(stored[key])[:60]}）"
    return ""


def _resolve(session: Session, case: Case, details: StepDetails, today: date) -> dict[str, Any]:
    """What the step records beyond what was typed: names of what ids point to, a correction's old value."""
    if isinstance(details, Forward):
        unit = session.get(Unit, details.unit_id)
        if unit is None:
            raise UserError("所选责任单位不存在。请从列表中选择，或先在设置中添加。", field="unit_id")
        if unit.retired:
            raise UserError(f"责任单位「{unit.name}」已停用，请选择其他单位。", field="unit_id")
        return {"unit": unit.name}
    if isinstance(details, Inform) and details.open_case_id is not None:
        open_case = _get_case(session, details.open_case_id)
        return {"open_case": open_case.number}
    if isinstance(details, Correct):
        return _resolve_correction(session, case, details, today)
    return {}


def _resolve_correction(session: Session, case: Case, details: Correct, today: date) -> dict[str, Any]:
    if details.field == "other":
        return {}
    if not details.step:
        old = getattr(case, details.field)
        return {"old": "" if old is None else str(old), "new": _case_value(details.field, details.new)}
    try:
        step_uuid = uuid.UUID(details.step)
    except ValueError:
        raise UserError(f"要更正的步骤「{details.step}」无法识别。", field="step") from None
    target = session.scalar(select(Step).where(Step.uuid == step_uuid, Step.case_id == case.id))
    if target is None:
        raise UserError("要更正的步骤不属于这件信访件。", field="step")
    if details.field == "occurred_on":
        new_day = clock.parse_date(details.new)
        if new_day > today:
            raise UserError(f"更正后的日期 {new_day} 晚于今天，请核对。", field="new")
        return {"old": target.occurred_on.isoformat(), "new": new_day.isoformat(), "step_kind": target.kind}
    parsers = {"outcome": ReplyOutcome.parse, "method": DeliveryMethod.parse}
    try:
        new = parsers[details.field](details.new).value if details.field in parsers else int(details.new)
    except ValueError:
        raise UserError(f"更正后的值「{details.new}」无法识别。", field="new") from None
    if details.field not in target.details:
        raise UserError(f"这一步没有「{details.label()}」，不能更正它。", field="field")
    return {"old": str(target.details[details.field]), "new": new, "step_kind": target.kind}


def _case_value(name: str, text: str) -> Any:
    """A corrected case field from its text, refused when it cannot be that field."""
    label = CORRECTABLE_FIELDS[name]
    text = text.strip()
    if name == "nature":
        return parse_nature(text).value
    if name in ("received_on", "upper_deadline"):
        return clock.parse_date(text).isoformat()
    if name == "head_count":
        if not text.isdigit() or not 1 <= int(text) <= 10_000:
            raise UserError("人数应为 1 到 10000 之间的整数。", field="new")
        return int(text)
    if name in ("cross_level", "urgent", "threat", "three_cross"):
        if text.lower() in ("1", "true", "是", "yes"):
            return True
        if text.lower() in ("0", "false", "否", "no"):
            return False
        raise UserError(f"{label}应为 是 或 否。", field="new")
    if len(text) > 200:
        raise UserError(f"{label}太长，请控制在 200 字以内。", field="new")
    return text


def _correct_case(session: Session, case: Case, name: str, value: Any) -> None:
    if name in ("received_on", "upper_deadline"):
        value = date.fromisoformat(value)
    setattr(case, name, value)
    if name == "head_count":
        threshold = int(settings.read(session, "collective_threshold"))
        case.is_collective = is_collective(case.channel, int(value), threshold)


def _refresh_repeats(session: Session, case: Case, cal: HolidayCalendar, today: date) -> None:
    """A matter just closed by 复核: its open repeat registrations turn red (复核终结后仍信访)."""
    rules, ranks = clock_rules(session), triage_rules(session)
    repeats = session.scalars(
        select(Case).where(Case.matter_id == case.matter_id, Case.is_repeat, Case.tier.is_not(None))
    )
    for repeat in repeats:
        refresh_case(session, repeat, rules=rules, triage_rules=ranks, cal=cal, today=today)


def _check_attachment(attachment: NewAttachment) -> None:
    if not attachment.filename.strip():
        raise UserError("附件缺少文件名。", field="attachments")
    if len(attachment.data) > ATTACHMENT_MAX_BYTES:
        size = len(attachment.data) / 1024 / 1024
        raise UserError(
            f"附件「{attachment.filename}」有 {size:.1f} MB，超过 {ATTACHMENT_MAX_BYTES // 1024 // 1024} MB。"
            "请压缩或降低扫描分辨率后再添加。",
            field="attachments",
        )


def _attachment_row(case_id: int, step_id: int, attachment: NewAttachment, user: str) -> Attachment:
    media = (
        attachment.media_type or mimetypes.guess_type(attachment.filename)[0] or "application/octet-stream"
    )
    return Attachment(
        case_id=case_id,
        step_id=step_id,
        filename=attachment.filename.strip()[:255],
        media_type=media,
        size=len(attachment.data),
        sha256=hashlib.sha256(attachment.data).hexdigest(),
        data=attachment.data,
        created_at=clock.now(),
        created_by=user,
    )


def allowed_steps(ctx: Context, case_id: int) -> list[StepKind]:
    """The steps a user may record on the case today (what the case detail offers)."""
    cal = load_calendar(ctx)
    with ctx.db.reading() as session:
        case = _get_case(session, case_id)
        return allowed_kinds(
            clock_row(session, case).facts(),
            load_steps(session, case.id),
            clock_rules(session),
            cal,
            clock.today(),
        )


@dataclass(frozen=True)
class DeadlineView:
    """A pending deadline as a screen shows it."""

    kind: str
    label: str
    due: date
    since: date
    days_left: int
    state: DeadlineState
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class CaseClock:
    """Where a case stands in the procedure today."""

    case_id: int
    state: CaseState
    deadlines: tuple[DeadlineView, ...]
    deadline_state: DeadlineState
    window_end: date | None
    extensions: int
    extension_days: int
    extension_days_left: int
    report_owed: bool
    allowed: tuple[StepKind, ...]
    problems: tuple[Problem, ...]


def case_clock(ctx: Context, case_id: int, *, as_of: date | None = None) -> CaseClock:
    """The state, every pending deadline with days left, the steps allowed now and any problems;
    with `as_of`, as they stood on that day (the steps dated up to it), for a document of that date."""
    cal = load_calendar(ctx)
    today = as_of or clock.today()
    with ctx.db.reading() as session:
        case = _get_case(session, case_id)
        rules, soon = clock_rules(session), triage_rules(session).due_soon_days
        facts, steps = clock_row(session, case).facts(), load_steps(session, case.id)
    if as_of is not None:
        steps = [s for s in steps if s.occurred_on <= as_of]
    derived = derive(facts, steps, rules, cal, today)
    views = tuple(
        DeadlineView(
            d.kind.value,
            d.kind.label,
            d.due,
            d.since,
            days_left(d.due, today),
            deadline_state(d.due, today, soon),
            d.warnings,
        )
        for d in derived.deadlines
    )
    return CaseClock(
        case_id=case_id,
        state=derived.state,
        deadlines=views,
        deadline_state=deadline_state(derived.due.due if derived.due else None, today, soon),
        window_end=derived.window_end,
        extensions=derived.extensions,
        extension_days=derived.extension_days,
        extension_days_left=max(rules.extension_max_days - derived.extension_days, 0)
        if derived.extensions < rules.extension_max_count
        else 0,
        report_owed=derived.report_owed,
        allowed=tuple(allowed_kinds(facts, steps, rules, cal, today)),
        problems=derived.problems,
    )
