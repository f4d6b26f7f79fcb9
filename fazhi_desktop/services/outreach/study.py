"""学法: the bureau's own legal study (sessions, exams, trainings) and the 法律顾问's service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.outreach import MAX_COUNT, StudyKind, TrainingMode, pass_rate
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.store.models import LegalAdvice, StudyActivity
from fazhi_desktop.store.writes import change


@dataclass
class StudyInput:
    held_on: date | None
    kind: StudyKind | str
    title: str
    participants: int = 0
    #: Exams: how many passed.
    passed: int | None = None
    #: Trainings: online or offline.
    mode: TrainingMode | str | None = None
    notes: str = ""


@dataclass(frozen=True)
class StudyRow:
    id: int
    uuid: uuid.UUID
    held_on: date
    kind: StudyKind
    title: str
    participants: int
    passed: int | None
    mode: TrainingMode | None
    notes: str

    @property
    def pass_rate(self) -> float | None:
        return pass_rate(self.passed or 0, self.participants) if self.kind is StudyKind.EXAM else None


@dataclass
class AdviceInput:
    period_start: date | None
    period_end: date | None
    consultations: int = 0
    cases_reviewed: int = 0
    adviser: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AdviceRow:
    id: int
    period_start: date
    period_end: date
    adviser: str
    consultations: int
    cases_reviewed: int
    notes: str


def _parse(enum: type[StudyKind] | type[TrainingMode], value: object, field: str, what: str) -> object:
    if value is None or isinstance(value, enum):
        return value
    try:
        return enum.parse(str(value))
    except ValueError:
        choices = "、".join(f"{m.label}（{m.value}）" for m in enum)
        raise UserError(f"{what}「{value}」无法识别。可选：{choices}。", field=field) from None


def _check_study(data: StudyInput) -> tuple[StudyKind, TrainingMode | None]:
    errors: dict[str, str] = {}
    kind = mode = None
    try:
        kind = _parse(StudyKind, data.kind, "kind", "学法类别")
        mode = _parse(TrainingMode, data.mode, "mode", "培训方式")
    except UserError as exc:
        errors[exc.field or "kind"] = exc.message
    if data.held_on is None:
        errors["held_on"] = "请填写日期。"
    elif data.held_on > clock.today():
        errors["held_on"] = f"日期 {data.held_on} 晚于今天。学法活动请在举行后登记。"
    if not data.title.strip():
        errors["title"] = "请填写学习内容或考试、培训的名称。"
    if not 0 <= data.participants <= MAX_COUNT:
        errors["participants"] = "参加人数应为 0 或正整数。"
    if kind is StudyKind.EXAM:
        if data.passed is None:
            errors["passed"] = "学法考试请填写通过人数。"
        elif not 0 <= data.passed <= data.participants:
            errors["passed"] = f"通过人数（{data.passed}）应在 0 到参考人数（{data.participants}）之间。"
    elif data.passed is not None:
        errors["passed"] = "只有学法考试才填写通过人数。"
    if kind is StudyKind.TRAINING and mode is None:
        errors["mode"] = "培训请选择方式：网络培训或线下培训。"
    if errors:
        raise ValidationError(errors)
    assert isinstance(kind, StudyKind)
    return kind, mode if isinstance(mode, TrainingMode) else None


def add_study(ctx: Context, data: StudyInput) -> StudyRow:
    kind, mode = _check_study(data)
    assert data.held_on is not None
    with change(ctx.db, ctx.actor, "study.add") as current:
        session = current.session
        row = StudyActivity(
            office_id=local_office(session).id,
            held_on=data.held_on,
            kind=kind.value,
            title=data.title.strip()[:200],
            participants=data.participants,
            passed=data.passed if kind is StudyKind.EXAM else None,
            mode=mode.value if mode and kind is StudyKind.TRAINING else None,
            notes=data.notes.strip() or None,
            created_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        current.describe(
            f"登记学法：{row.held_on} {kind.label}「{row.title}」", entity="study", entity_uuid=row.uuid
        )
        return _study_row(row)


def delete_study(ctx: Context, study_id: int) -> Changes:
    with change(ctx.db, ctx.actor, "study.delete") as current:
        row = current.session.get(StudyActivity, study_id)
        if row is None:
            raise UserError("找不到这条学法记录，可能已被删除。请刷新后重试。")
        current.describe(
            f"删除学法记录：{row.held_on}「{row.title}」",
            entity="study",
            entity_uuid=row.uuid,
            record={c.name: getattr(row, c.name) for c in StudyActivity.__table__.columns},
        )
        current.session.delete(row)
    return current.changes


def list_study(ctx: Context, year: int | None = None) -> list[StudyRow]:
    query = select(StudyActivity).order_by(StudyActivity.held_on.desc(), StudyActivity.id.desc())
    if year is not None:
        query = query.where(StudyActivity.held_on.between(date(year, 1, 1), date(year, 12, 31)))
    with ctx.db.reading() as session:
        return [_study_row(row) for row in session.scalars(query)]


def add_advice(ctx: Context, data: AdviceInput) -> AdviceRow:
    """Record what the 法律顾问 did over a period (a month, a quarter)."""
    errors: dict[str, str] = {}
    if data.period_start is None or data.period_end is None:
        errors["period_start"] = "请填写服务时期的起止日期。"
    elif data.period_start > data.period_end:
        errors["period_end"] = "截止日期早于起始日期，请调换或改正。"
    for name, label in (("consultations", "提供咨询次数"), ("cases_reviewed", "审查案件数")):
        if not 0 <= getattr(data, name) <= MAX_COUNT:
            errors[name] = f"{label}应为 0 或正整数。"
    if errors:
        raise ValidationError(errors)
    assert data.period_start is not None and data.period_end is not None
    with change(ctx.db, ctx.actor, "legal_advice.add") as current:
        session = current.session
        row = LegalAdvice(
            office_id=local_office(session).id,
            period_start=data.period_start,
            period_end=data.period_end,
            adviser=data.adviser.strip() or None,
            consultations=data.consultations,
            cases_reviewed=data.cases_reviewed,
            notes=data.notes.strip() or None,
            created_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        current.describe(
            f"登记法律顾问服务：{row.period_start}—{row.period_end}，咨询 {row.consultations} 次，"
            f"审查案件 {row.cases_reviewed} 件",
            entity="legal_advice",
            entity_uuid=row.uuid,
        )
        return _advice_row(row)


def list_advice(ctx: Context, year: int | None = None) -> list[AdviceRow]:
    query = select(LegalAdvice).order_by(LegalAdvice.period_start.desc(), LegalAdvice.id.desc())
    if year is not None:
        query = query.where(LegalAdvice.period_start.between(date(year, 1, 1), date(year, 12, 31)))
    with ctx.db.reading() as session:
        return [_advice_row(row) for row in session.scalars(query)]


def study_totals(ctx: Context, start: date, end: date) -> dict[str, int]:
    """Counts of the period by kind: sessions, exams (participants, passed), trainings by mode, advice."""
    totals = {
        **{f"{k.value}": 0 for k in StudyKind},
        "exam_participants": 0,
        "exam_passed": 0,
        "online_trained": 0,
        "offline_trained": 0,
        "online_trainings": 0,
        "offline_trainings": 0,
        "consultations": 0,
        "cases_reviewed": 0,
    }
    with ctx.db.reading() as session:
        period = StudyActivity.held_on.between(start, end)
        for kind, mode, n, people, passed in session.execute(
            select(
                StudyActivity.kind,
                StudyActivity.mode,
                func.count(),
                func.coalesce(func.sum(StudyActivity.participants), 0),
                func.coalesce(func.sum(StudyActivity.passed), 0),
            )
            .where(period)
            .group_by(StudyActivity.kind, StudyActivity.mode)
        ):
            totals[kind] += int(n)
            if kind == StudyKind.EXAM.value:
                totals["exam_participants"] += int(people)
                totals["exam_passed"] += int(passed or 0)
            if kind == StudyKind.TRAINING.value and mode:
                totals[f"{mode}_trained"] += int(people)
                totals[f"{mode}_trainings"] += int(n)
        advice = session.execute(
            select(
                func.coalesce(func.sum(LegalAdvice.consultations), 0),
                func.coalesce(func.sum(LegalAdvice.cases_reviewed), 0),
            ).where(LegalAdvice.period_start.between(start, end))
        ).one()
        totals["consultations"], totals["cases_reviewed"] = int(advice[0] or 0), int(advice[1] or 0)
    return totals


def _study_row(row: StudyActivity) -> StudyRow:
    return StudyRow(
        id=row.id,
        uuid=row.uuid,
        held_on=row.held_on,
        kind=row.kind,
        title=row.title,
        participants=row.participants,
        passed=row.passed,
        mode=row.mode,
        notes=row.notes or "",
    )


def _advice_row(row: LegalAdvice) -> AdviceRow:
    return AdviceRow(
        id=row.id,
        period_start=row.period_start,
        period_end=row.period_end,
        adviser=row.adviser or "",
        consultations=row.consultations,
        cases_reviewed=row.cases_reviewed,
        notes=row.notes or "",
    )
