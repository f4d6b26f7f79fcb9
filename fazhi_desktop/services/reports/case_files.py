"""What a case document is filled from, and which documents a case can have today.

`load_case_file` reads one case in full (its fields, petitioners, steps, clock), the office, the
rules' periods and the templates. `refusal(file, kind)` says in Chinese why a document cannot be
printed for the case yet (受理告知书 before 受理, 不予受理告知书 for a 检举控告 matter), or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.report_kinds import UNIT_COPIES, ReportKind
from fazhi_desktop.domain.vocab import UPPER_SOURCES, CaseState, Nature, StepKind
from fazhi_desktop.services.cases.detail import CaseDetail, StepView, case_detail, case_outline
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.procedure import CaseClock, case_clock
from fazhi_desktop.services.clock.rules import clock_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import get_local_office
from fazhi_desktop.services.reports import templates as report_templates
from fazhi_desktop.services.users.names import real_names
from fazhi_desktop.store.models import Case, Category, Purpose

K = StepKind
#: 内容分类 codes of 政法 (涉法涉诉) and 纪检监察 (检举控告) at the top of the default tree.
LAW_CATEGORY = "05"
DISCIPLINE_CATEGORY = "06"
#: 信访目的 code of 检举控告.
ACCUSE_PURPOSE = "accuse"
#: States after which a matter counts as answered (for the 办结报告).
ANSWERED = frozenset(
    {
        CaseState.REPLIED,
        CaseState.DELIVERED,
        CaseState.REVIEWING,
        CaseState.REVIEW_DELIVERED,
        CaseState.RECHECKING,
        CaseState.COMPLETED,
        CaseState.ENDED,
        CaseState.DIVERTED,
        CaseState.TERMINATED,
    }
)


@dataclass(frozen=True)
class CaseFile:
    """One case with everything its documents are filled from."""

    detail: CaseDetail
    clock: CaseClock
    office_name: str
    office_code: str
    category_code: str | None
    purpose_code: str | None
    rules: ClockRules
    cal: HolidayCalendar
    templates: dict[str, dict[str, str]]
    today: date
    #: Logins of the case's 登记人 and 经办人 → their real names (services/users/names.py).
    names: dict[str, str] = field(default_factory=dict)

    def person(self, login: str | None) -> str:
        """The real name a document prints for a login (the login itself for one that is no user)."""
        return self.names.get(login or "", login or "")

    @property
    def number(self) -> str:
        return self.detail.number

    @property
    def nature(self) -> Nature | None:
        return self.detail.subject.nature

    @property
    def state(self) -> CaseState:
        return self.clock.state

    @property
    def accusation(self) -> bool:
        """检举控告: by its 性质, its 信访目的 or its 内容分类 (纪检监察)."""
        code = self.category_code or ""
        return (
            self.nature is Nature.ACCUSATION
            or self.purpose_code == ACCUSE_PURPOSE
            or code.startswith(DISCIPLINE_CATEGORY)
        )

    @property
    def law_related(self) -> bool:
        """涉法涉诉: a 政法 matter, or one already routed into a legal procedure."""
        return (self.category_code or "").startswith(LAW_CATEGORY) or self.latest(K.DIVERT) is not None

    @property
    def from_upper(self) -> bool:
        return self.detail.registration.source in UPPER_SOURCES

    def steps(self, *kinds: StepKind) -> list[StepView]:
        wanted = {k.value for k in kinds}
        return [s for s in self.detail.steps if s.kind in wanted]

    def latest(self, *kinds: StepKind) -> StepView | None:
        found = self.steps(*kinds)
        return found[-1] if found else None

    def template(self, kind: str) -> dict[str, str]:
        return self.templates[kind]


def load_case_file(ctx: Context, case_id: int, *, unmasked: bool = False) -> CaseFile:
    """Read a case for printing (the read is audited as a view of the full record by `case_detail`)."""
    detail = case_detail(ctx, case_id, unmasked=unmasked)
    case_clock_now = case_clock(ctx, case_id)
    office = get_local_office(ctx)
    with ctx.db.reading() as session:
        category_id, purpose_id = session.execute(
            select(Case.category_id, Case.purpose_id).where(Case.id == case_id)
        ).one()
        category_code = session.scalar(select(Category.code).where(Category.id == category_id))
        purpose_code = session.scalar(select(Purpose.code).where(Purpose.id == purpose_id))
        rules = clock_rules(session)
        names = real_names(session, [detail.registration.created_by, *(s.actor for s in detail.steps)])
    return CaseFile(
        detail=detail,
        clock=case_clock_now,
        office_name=office.name if office else "",
        office_code=office.code if office else "",
        category_code=category_code,
        purpose_code=purpose_code,
        rules=rules,
        cal=load_calendar(ctx),
        templates=report_templates.all_templates(ctx),
        today=clock.today(),
        names=names,
    )


def load_case_outline(ctx: Context, case_id: int) -> CaseFile:
    """The same without the petitioners and without auditing a view (for deciding what a menu offers)."""
    detail = case_outline(ctx, case_id)
    with ctx.db.reading() as session:
        category_id, purpose_id = session.execute(
            select(Case.category_id, Case.purpose_id).where(Case.id == case_id)
        ).one()
        category_code = session.scalar(select(Category.code).where(Category.id == category_id))
        purpose_code = session.scalar(select(Purpose.code).where(Purpose.id == purpose_id))
        rules = clock_rules(session)
    return CaseFile(
        detail=detail,
        clock=case_clock(ctx, case_id),
        office_name="",
        office_code="",
        category_code=category_code,
        purpose_code=purpose_code,
        rules=rules,
        cal=load_calendar(ctx),
        templates=report_templates.all_templates(ctx),
        today=clock.today(),
    )


def refusal(file: CaseFile, kind: ReportKind, *, for_unit: bool = False) -> str | None:
    """Why `kind` cannot be printed for the case now (a sentence that says what to do), or None."""
    if not kind.needs_case:
        return f"「{kind.label}」不是某一件信访件的文书。"
    if for_unit and kind not in UNIT_COPIES:
        names = "、".join(f"「{k.label}」" for k in sorted(UNIT_COPIES, key=list(ReportKind).index))
        return f"「{kind.label}」是给信访人的文书，没有送单位的版本。送单位的有：{names}。"
    if file.state is CaseState.VOID and kind not in (ReportKind.CASE,):
        return "该信访件已作废，只能打印登记处理单。"
    check = _CHECKS.get(kind)
    return check(file) if check is not None else None


def _accept(file: CaseFile) -> str | None:
    if file.latest(K.ACCEPT, K.SIGN_FOR) is None:
        return "本件尚未受理，不能打印受理告知书。请先办理「受理」（或由责任单位「签收」）。"
    return None


def _reject(file: CaseFile) -> str | None:
    if file.accusation:
        return (
            "检举控告类事项应转送纪检监察机关或有权处理的机关，不出具不予受理告知书。"
            "请办理「转送」，并打印转送单。"
        )
    if file.law_related:
        return (
            "涉法涉诉事项应转送政法部门，或告知信访人通过诉讼、仲裁、行政复议等法定途径解决，"
            "不出具不予受理告知书。请办理「转送」或「导入法定途径」。"
        )
    if file.latest(K.REJECT) is None:
        return "本件没有不予受理的决定，不能打印不予受理告知书。请先办理「不予受理」并写明理由。"
    return None


def _forward(file: CaseFile) -> str | None:
    if file.latest(K.FORWARD, K.ASSIGN) is None:
        return "本件尚未转送或交办，不能打印转送/交办单。请先办理「转送」或「交办」。"
    return None


def _extension(file: CaseFile) -> str | None:
    extensions = [s for s in file.steps(K.EXTEND) if not s.details.get("hearing")]
    if not extensions:
        return "本件没有延期记录，不能打印延期告知书。请先办理「延期」（写明理由和批准人）。"
    return None


def _reply(file: CaseFile) -> str | None:
    if file.latest(K.REPLY) is None:
        return "本件尚未答复，不能打印信访处理意见书。请先记录「答复」。"
    return None


def _review(file: CaseFile) -> str | None:
    if file.latest(K.REVIEW_DECISION) is None:
        return "本件没有复查意见，不能打印复查意见书。请先记录「复查意见」。"
    return None


def _recheck(file: CaseFile) -> str | None:
    if file.latest(K.RECHECK_DECISION) is None:
        return "本件没有复核意见，不能打印复核意见书。请先记录「复核意见」。"
    return None


def _delivery(file: CaseFile) -> str | None:
    if file.latest(K.REPLY, K.REVIEW_DECISION, K.RECHECK_DECISION) is None:
        return "本件还没有需要送达的处理意见书、复查意见书或复核意见书，不能打印送达回证。"
    return None


def _supervise(file: CaseFile) -> str | None:
    if not file.detail.handling.handling_unit:
        return "本件尚未转送、交办给责任单位，没有督办对象。请先办理「转送」或「交办」。"
    return None


def _completion(file: CaseFile) -> str | None:
    if not file.from_upper:
        return "本级登记的信访件无需向上级报送办结报告，只有上级转送、交办、督办的信访件才需要。"
    if file.state not in ANSWERED:
        return "本件尚未答复或办结，不能打印办结报告。请在答复、调解或办结后再打印。"
    return None


_CHECKS = {
    ReportKind.ACCEPT: _accept,
    ReportKind.REJECT: _reject,
    ReportKind.FORWARD: _forward,
    ReportKind.EXTENSION: _extension,
    ReportKind.REPLY: _reply,
    ReportKind.REVIEW: _review,
    ReportKind.RECHECK: _recheck,
    ReportKind.DELIVERY: _delivery,
    ReportKind.SUPERVISE: _supervise,
    ReportKind.URGE: _supervise,
    ReportKind.COMPLETION: _completion,
}
