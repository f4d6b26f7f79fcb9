"""Registering a case (信访件) from any channel, with its petitioners, in one transaction.

The form and the command line fill a `CaseInput`; `check_case_input` says what is wrong field by
field (so a form can show each message beside its field and keep what was typed), and
`register_case` writes the case, its petitioners, its matter, its first step and one audit entry.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.idnumber import InvalidIdNumber, parse_id_number
from fazhi_desktop.domain.input_rules import date_problem, text_problem
from fazhi_desktop.domain.phone import InvalidPhone, validate_phone
from fazhi_desktop.domain.vocab import (
    FINAL_STATES,
    UPPER_SOURCES,
    VISIT_CHANNELS,
    CaseState,
    Channel,
    Nature,
    PetitionerRole,
    Source,
    StepKind,
    label_of,
)
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.case_state import refresh_case
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.conformity.keeping import judge_session
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.office.directories import DirectoryKind, find, resolve
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import case_in_scope
from fazhi_desktop.store.models import Case, CasePetitioner, Matter, Petitioner, Region, Step
from fazhi_desktop.store.numbering import format_case_number, next_seq
from fazhi_desktop.store.writes import change

SUMMARY_MAX = 200
CASE_TEXTS = ("summary", "content", "upper_number", "online_number", "envelope_address", "accused")
PERSON_TEXTS = ("name", "id_number", "phone", "address")
#: Read by their own parsers (blanks and separators dropped), which check what is left.
PARSED_TEXTS = ("id_number", "phone")
DATE_LABELS = {
    "registered_on": "登记日期",
    "received_on": "收信日期",
    "postmarked_on": "来信（邮戳）日期",
    "upper_deadline": "上级期限",
}
MAX_HEAD_COUNT = 10_000


@dataclass
class PetitionerInput:
    """One petitioner as typed: everything may be empty except, usually, the name."""

    name: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    role: PetitionerRole = PetitionerRole.PRINCIPAL


@dataclass
class CaseInput:
    """A case as the clerk typed it. Directory fields take an id, a name or a code."""

    channel: Channel | str
    summary: str = ""
    content: str = ""
    registered_on: date | None = None
    petitioners: list[PetitionerInput] = field(default_factory=list)
    head_count: int = 1
    source: Source | str = Source.LOCAL
    upper_number: str = ""
    upper_deadline: date | None = None
    online_number: str = ""
    postmarked_on: date | None = None
    received_on: date | None = None
    envelope_address: str = ""
    region: int | str | None = None
    category: int | str | None = None
    nature: Nature | str | None = None
    purpose: int | str | None = None
    accused: str = ""
    cross_level: bool = False
    urgent: bool = False
    threat: bool = False
    three_cross: bool = False
    anonymous: bool = False
    consent_public: bool = False
    not_public: bool = False
    #: The number or UUID of an earlier case: the new one joins its matter as a repeat (重复).
    repeat_of: str | None = None


@dataclass(frozen=True)
class RegisteredCase:
    id: int
    uuid: uuid.UUID
    number: str
    matter_id: int
    is_repeat: bool
    is_collective: bool
    repeat_of_number: str | None
    #: For a repeat of a matter still being handled: the open case the petitioner was told about (告知).
    open_case_number: str | None = None
    #: What the write touched (store.writes.change).
    changes: Changes = NO_CHANGES


def _field(index: int, name: str) -> str:
    return name if index == 0 else f"petitioners.{index}.{name}"


def check_case_input(data: CaseInput, *, today: date | None = None) -> dict[str, str]:
    """Every problem with the input, keyed by field; empty when it may be saved."""
    today = today or clock.today()
    errors: dict[str, str] = {}
    try:
        Channel(data.channel)
    except ValueError:
        errors["channel"] = f"信访形式「{data.channel}」无法识别：应为来访、来信、网上信访或来电。"
    try:
        source = Source(data.source)
    except ValueError:
        errors["source"] = f"来源「{data.source}」无法识别。"
        source = Source.LOCAL
    if data.nature not in (None, ""):
        try:
            Nature(data.nature)
        except ValueError:
            errors["nature"] = "性质应为建议意见类、检举控告类或申诉求决类。"

    _check_dates(data, today, errors)
    _check_summary_and_source(data, source, errors)
    _check_petitioners(data, today, errors)
    _check_rules(data, errors)
    return errors


def _check_rules(data: CaseInput, errors: dict[str, str]) -> None:
    """The rule every text and date field keeps (domain/input_rules.py), where no check above spoke."""
    texts = {name: getattr(data, name) for name in CASE_TEXTS}
    for i, person in enumerate(data.petitioners):
        texts.update({_field(i, name): getattr(person, name) for name in PERSON_TEXTS})
    for key, text in texts.items():
        name = key.rsplit(".", 1)[-1]
        problem = text_problem(name, text or "", check_length=name not in PARSED_TEXTS)
        if problem is not None:
            errors.setdefault(key, problem)
    for key, label in DATE_LABELS.items():
        day = getattr(data, key)
        if day is not None and (problem := date_problem(label, day)) is not None:
            errors.setdefault(key, problem)


def _check_dates(data: CaseInput, today: date, errors: dict[str, str]) -> None:
    registered = data.registered_on or today
    if registered > today:
        errors["registered_on"] = f"登记日期 {registered} 晚于今天（{today}），请核对。"
    if data.received_on and data.received_on > today:
        errors["received_on"] = f"收信日期 {data.received_on} 晚于今天（{today}），请核对。"
    elif data.received_on and data.received_on > registered:
        errors["received_on"] = "收信日期不能晚于登记日期。"
    if data.postmarked_on and data.postmarked_on > (data.received_on or registered):
        errors["postmarked_on"] = "来信（邮戳）日期不能晚于收信日期。"


def _check_summary_and_source(data: CaseInput, source: Source, errors: dict[str, str]) -> None:
    summary = data.summary.strip()
    if not summary:
        errors["summary"] = "摘要不能为空，请用一句话写明反映的问题。"
    elif len(summary) > SUMMARY_MAX:
        errors["summary"] = (
            f"摘要太长（{len(summary)} 字），请控制在 {SUMMARY_MAX} 字以内，详情写入详细内容。"
        )

    if source in UPPER_SOURCES and not data.upper_number.strip():
        errors["upper_number"] = "上级转送、交办、督办的信访件须填写上级件号。"


def _check_petitioners(data: CaseInput, today: date, errors: dict[str, str]) -> None:
    people = [p for p in data.petitioners if any((p.name.strip(), p.id_number.strip(), p.phone.strip()))]
    if not data.anonymous and not (people and people[0].name.strip()):
        errors["name"] = "请填写信访人姓名；匿名信访请勾选「匿名」。"
    if data.anonymous and any(p.name.strip() or p.id_number.strip() or p.phone.strip() for p in people):
        # Kept, they would be printed on the case sheet and exported: an anonymous petition names no one.
        errors["anonymous"] = "匿名信访不登记信访人的姓名、证件号码和电话。请清空这些内容，或取消「匿名」。"
    for i, person in enumerate(people):
        if i > 0 and not person.name.strip():
            errors[_field(i, "name")] = f"第 {i + 1} 位信访人缺少姓名。"
        if person.id_number.strip():
            try:
                parse_id_number(person.id_number, today=today)
            except InvalidIdNumber as exc:
                errors[_field(i, "id_number")] = exc.message
        if person.phone.strip():
            try:
                validate_phone(person.phone)
            except InvalidPhone as exc:
                errors[_field(i, "phone")] = exc.message

    if not 1 <= data.head_count <= MAX_HEAD_COUNT:
        errors["head_count"] = f"人数应在 1 到 {MAX_HEAD_COUNT} 之间。"
    elif data.head_count < len(people):
        errors["head_count"] = f"人数（{data.head_count}）少于已登记的信访人（{len(people)} 人）。"


def is_collective(channel: Channel, head_count: int, threshold: int) -> bool:
    """集体访: a visit by `threshold` (default 5) or more people."""
    return channel in VISIT_CHANNELS and head_count >= threshold


def register_case(ctx: Context, data: CaseInput) -> RegisteredCase:
    """Register one case; nothing is written unless all of it is."""
    require_write(ctx, "登记信访件")
    today = clock.today()
    errors = check_case_input(data, today=today)
    if errors:
        raise ValidationError(errors)
    cal = load_calendar(ctx)
    with change(ctx.db, ctx.actor, "case.register") as current:
        session = current.session
        office = local_office(session)
        refs = _resolve_directories(session, data)
        channel = Channel(data.channel)
        registered_on = data.registered_on or today
        threshold = int(settings.read(session, "collective_threshold"))
        collective = is_collective(channel, data.head_count, threshold)

        earlier = _find_case(session, data.repeat_of) if data.repeat_of else None
        if earlier is not None and not case_in_scope(ctx, session, earlier.id):
            # A 乡镇用户 links a repeat only to its township's cases (the change records the refusal).
            raise UserError(
                f"找不到要关联的信访件「{(data.repeat_of or '').strip()}」。请检查编号。", field="repeat_of"
            )
        if earlier is None:
            matter = Matter(office_id=office.id, opened_on=registered_on)
            session.add(matter)
            session.flush()
        else:
            matter = session.get_one(Matter, earlier.matter_id)

        seq = next_seq(session, office.id, registered_on.year)
        case = Case(
            office_id=office.id,
            number=format_case_number(office.code, registered_on.year, seq),
            year=registered_on.year,
            seq=seq,
            matter_id=matter.id,
            is_repeat=earlier is not None,
            channel=channel.value,
            source=Source(data.source).value,
            upper_number=data.upper_number.strip() or None,
            upper_deadline=data.upper_deadline,
            online_number=data.online_number.strip() or None,
            registered_on=registered_on,
            registered_at=clock.now(),
            postmarked_on=data.postmarked_on,
            received_on=data.received_on,
            envelope_address=data.envelope_address.strip() or None,
            nature=Nature(data.nature).value if data.nature else None,
            head_count=data.head_count,
            is_collective=collective,
            accused=data.accused.strip() or None,
            summary=data.summary.strip(),
            principal_name=_principal_name(data),
            content=data.content.strip() or None,
            cross_level=data.cross_level,
            urgent=data.urgent,
            threat=data.threat,
            three_cross=data.three_cross,
            anonymous=data.anonymous,
            consent_public=data.consent_public,
            not_public=data.not_public,
            state=CaseState.REGISTERED.value,
            created_by=ctx.user,
            created_at=clock.now(),
            **refs,
        )
        session.add(case)
        session.flush()
        if earlier is None:
            matter.root_case_id = case.id
        _attach_petitioners(session, case, data.petitioners, today)
        details: dict[str, str] = {"channel": channel.value}
        if earlier is not None:
            details["repeat_of"] = earlier.number
        session.add(
            Step(
                case_id=case.id,
                kind=StepKind.REGISTER.value,
                occurred_on=registered_on,
                recorded_at=clock.now(),
                actor=ctx.user,
                office_id=office.id,
                details=details,
            )
        )
        open_case = _inform_of_open_case(session, case, matter, ctx.user, office.id)
        rules, ranks = clock_rules(session), triage_rules(session)
        refresh_case(session, case, rules=rules, triage_rules=ranks, cal=cal, today=today)
        judged = [case.id]
        if earlier is not None and matter.root_case_id is not None:
            root = session.get_one(Case, matter.root_case_id)
            refresh_case(session, root, rules=rules, triage_rules=ranks, cal=cal, today=today)
            judged.append(root.id)
        judge_session(session, judged, cal, today)  # 规范化评查 kept current with every registration (#22)
        principal = case.principal_name or "匿名"
        current.describe(
            f"登记{channel.label}：{case.number} {principal} {case.summary[:40]}",
            entity="case",
            entity_uuid=case.uuid,
            number=case.number,
            repeat_of=earlier.number if earlier else None,
        )
        registered = RegisteredCase(
            id=case.id,
            uuid=case.uuid,
            number=case.number,
            matter_id=matter.id,
            is_repeat=earlier is not None,
            is_collective=collective,
            repeat_of_number=earlier.number if earlier else None,
            open_case_number=open_case.number if open_case else None,
        )
    return replace(registered, changes=current.changes)


def _inform_of_open_case(
    session: Session, case: Case, matter: Matter, user: str, office_id: int
) -> Case | None:
    """A repeat registration of a matter still being handled is answered by telling the petitioner where
    it stands (告知, pointing to the open case): the new registration ends there."""
    if not case.is_repeat or matter.root_case_id is None:
        return None
    root = session.get_one(Case, matter.root_case_id)
    if root.state in FINAL_STATES:
        return None
    session.add(
        Step(
            case_id=case.id,
            kind=StepKind.INFORM.value,
            occurred_on=case.registered_on,
            recorded_at=clock.now(),
            actor=user,
            office_id=office_id,
            details={
                "content": f"该事项正在办理中（{root.number}，{label_of(root.state)}），已告知信访人办理进展",
                "open_case_id": root.id,
                "open_case": root.number,
            },
        )
    )
    return root


def _principal_name(data: CaseInput) -> str | None:
    return next((p.name.strip() for p in data.petitioners if p.name.strip()), None)


def _resolve_directories(session: Session, data: CaseInput) -> dict[str, int | None]:
    region_id = None
    if data.region not in (None, ""):
        region_id = _resolve_region(session, data.region)
    return {
        "region_id": region_id,
        "category_id": resolve(session, DirectoryKind.CATEGORY, data.category, field="category"),
        "purpose_id": resolve(session, DirectoryKind.PURPOSE, data.purpose, field="purpose"),
    }


def _resolve_region(session: Session, value: int | str | None) -> int | None:
    """问题属地 may be a township or a village, given by id, name or code."""
    row: object
    if isinstance(value, int):
        row = session.get(Region, value)
    else:
        text = str(value)
        row = find(session, DirectoryKind.TOWNSHIP, text) or find(session, DirectoryKind.VILLAGE, text)
    if not isinstance(row, Region):
        raise UserError(f"问题属地「{value}」不存在。请从列表中选择，或先在设置中添加。", field="region")
    if row.retired:
        raise UserError(f"问题属地「{row.name}」已停用，请选择其他地方。", field="region")
    return row.id


def _find_case(session: Session, ref: str) -> Case:
    ref = ref.strip()
    query = select(Case).where(Case.number == ref)
    with contextlib.suppress(ValueError):  # not a UUID: a case number only
        query = select(Case).where((Case.number == ref) | (Case.uuid == uuid.UUID(ref)))
    case = session.scalars(query.limit(1)).first()
    if case is None:
        raise UserError(f"找不到要关联的信访件「{ref}」。请检查编号。", field="repeat_of")
    return case


def _attach_petitioners(session: Session, case: Case, people: list[PetitionerInput], today: date) -> None:
    position = 0
    seen: set[int] = set()
    for person in people:
        if not any((person.name.strip(), person.id_number.strip(), person.phone.strip())):
            continue
        petitioner = _find_or_create_petitioner(session, person, today)
        if petitioner.id in seen:
            continue
        seen.add(petitioner.id)
        role = PetitionerRole.PRINCIPAL if position == 0 else PetitionerRole(person.role)
        if position > 0 and role is PetitionerRole.PRINCIPAL:
            role = PetitionerRole.CO_PETITIONER
        session.add(
            CasePetitioner(case_id=case.id, petitioner_id=petitioner.id, role=role.value, position=position)
        )
        position += 1


def _find_or_create_petitioner(session: Session, person: PetitionerInput, today: date) -> Petitioner:
    """The same person by ID number, else by name and phone; otherwise a new petitioner."""
    name = person.name.strip()
    phone = validate_phone(person.phone) if person.phone.strip() else None
    address = person.address.strip() or None
    parsed = parse_id_number(person.id_number, today=today) if person.id_number.strip() else None
    existing: Petitioner | None = None
    if parsed is not None:
        existing = session.scalar(select(Petitioner).where(Petitioner.id_number == parsed.number))
    elif name and phone:
        existing = session.scalars(
            select(Petitioner).where(Petitioner.name == name, Petitioner.phone == phone).limit(1)
        ).first()
    if existing is not None:
        # The latest contact details are the ones to reach the person by.
        existing.phone = phone or existing.phone
        existing.address = address or existing.address
        existing.name = existing.name or name
        return existing
    petitioner = Petitioner(
        id_number=parsed.number if parsed else None,
        name=name or "（未留姓名）",
        sex=parsed.sex.value if parsed else None,
        birth_date=parsed.birth_date if parsed else None,
        phone=phone,
        address=address,
        created_at=clock.now(),
    )
    session.add(petitioner)
    session.flush()
    return petitioner
