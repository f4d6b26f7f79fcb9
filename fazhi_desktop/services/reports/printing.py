"""Printing documents and reports (`fazhi report KIND -o FILE.pdf`, the GUI's 打印文书).

`make_report(ctx, request, path)` loads what the kind needs, checks that the user may see what it
shows (complete ID numbers and phones only with `unmasked` and a role that may), fills it, writes the
PDF, audits the print (`store.writes.record_access`) and, when a notice to the petitioner is printed
for the first time while the procedure allows it (受理告知书, 延期告知书 while the matter is being
handled), records a 告知 step on the case with {"notice": kind}. Other prints are only audited.
`case_options(ctx, case_id)` lists the documents a case can have now, with the reason for the others.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.domain.report_kinds import (
    CASE_KINDS,
    DATED_KINDS,
    INFORMING,
    UNIT_COPIES,
    UNIT_DOCUMENTS,
    ReportKind,
)
from fazhi_desktop.domain.step_details import Inform
from fazhi_desktop.domain.vocab import CaseState, StepKind
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.pdf.forms import write_form
from fazhi_desktop.pdf.letters import write_letter
from fazhi_desktop.services.clock.procedure import apply_step, case_clock
from fazhi_desktop.services.conformity.keeping import rejudge
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.personal_data import UNMASKING_ROLES, require_unmask
from fazhi_desktop.services.reports import notices
from fazhi_desktop.services.reports.case_files import CaseFile, load_case_file, load_case_outline
from fazhi_desktop.services.reports.refusals import reason_sentence, refusal, refusal_key
from fazhi_desktop.services.reports.request import ReportRequest, ReportResult
from fazhi_desktop.services.secrecy import Secrecy, verdict_for
from fazhi_desktop.store.writes import record_access

# The request and result live in `request`, below this module and `periods`; they are named here too.
__all__ = [
    "UNMASK_ROLES",
    "CaseOption",
    "NoticeInform",
    "ReportRequest",
    "ReportResult",
    "case_options",
    "check_may_unmask",
    "make_report",
]

#: Roles that may print complete ID numbers and phones when they ask for it (domain.actors decides).
UNMASK_ROLES = frozenset(UNMASKING_ROLES)


@dataclass(frozen=True)
class NoticeInform(Inform):
    """告知 by a printed notice: the step's details name the notice."""

    notice: str = ""


@dataclass(frozen=True)
class CaseOption:
    """A document the case detail's 「打印」 menu offers: available, or why not (a key of
    `refusals.REASONS`, which the GUI says in its own language)."""

    kind: ReportKind
    label: str
    reason_key: str | None
    unit_copy: bool = False

    @property
    def reason(self) -> str | None:
        """Why not, in Chinese (the command line's sentence), or None when it can be printed."""
        return reason_sentence(self.reason_key, self.kind) if self.reason_key is not None else None


def check_may_unmask(ctx: Context) -> None:
    """Refuse (audited) complete ID numbers and phones to a user whose role may not see them."""
    require_unmask(ctx, True, "report.print", "打印")


def make_report(
    ctx: Context,
    request: ReportRequest,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ReportResult:
    """Write the document or report `request` asks for to `path` (a PDF)."""
    if request.unmasked:
        check_may_unmask(ctx)
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"输出文件应以 .pdf 结尾：{target.name}")
    if request.kind.needs_case:
        return _case_report(ctx, request, target, progress, cancelled)
    # The period reports (statistics, charts, agenda, annual) import half the services: loaded when
    # one is asked for, so a case sheet starts without them (issue #21, start-up).
    from fazhi_desktop.services.reports import periods as report_periods

    return report_periods.make_period_report(ctx, request, target, progress=progress, cancelled=cancelled)


def _hidden(ctx: Context, file: CaseFile, kind: ReportKind, for_unit: bool) -> tuple[bool, str | None]:
    """Whether a 检举控告 case's document leaves the petitioner out, and a warning for the clerk.

    The copy for the 被反映对象 (`for_unit`) always does; a 转送/交办单 or 督办单 goes to the unit it
    names, and the rule of domain/accusation.py decides by the directory whether the accused
    belongs to it. Where in doubt the petitioner is left out and the warning says why."""
    if not file.accusation or kind not in UNIT_DOCUMENTS:
        return False, None
    if for_unit:
        return True, None
    if kind is ReportKind.CASE:
        return False, None  # the office's own 登记处理单; its unit copy is `for_unit`
    d = file.detail
    routed = file.latest(StepKind.FORWARD, StepKind.ASSIGN)
    unit = str((routed.details.get("unit") if routed else None) or d.handling.handling_unit or "")
    with ctx.db.reading() as session:
        verdict = verdict_for(session, d.subject.nature, d.subject.accused, d.subject.accused_unit, unit)
    if verdict.secrecy is Secrecy.IN_DOUBT:
        return True, f"检举控告件：{verdict.reason}。本文书已不含信访人信息，请核对后再送出。"
    return verdict.leaves_out, None


def _as_supervised(ctx: Context, file: CaseFile, kind: ReportKind, day: date | None) -> CaseFile:
    """A 督办单 or 催办单 says how the case stood on its own date, not how it stands today: the date
    asked for, else (督办单) the latest 督办's."""
    if day is None:
        supervise = file.latest(StepKind.SUPERVISE) if kind is ReportKind.SUPERVISE else None
        day = supervise.occurred_on if supervise is not None else file.today
    if day > file.today:
        raise UserError(f"{kind.label}的日期 {day} 晚于今天（{file.today}）。")
    registered = file.detail.registration.registered_on
    if day < registered:
        raise UserError(f"{kind.label}的日期 {day} 早于该件的登记日期 {registered}。")
    if day >= file.today:
        return file
    return replace(file, today=day, clock=case_clock(ctx, file.detail.id, as_of=day))


def _case_report(
    ctx: Context,
    request: ReportRequest,
    target: Path,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> ReportResult:
    kind = request.kind
    if request.case_id is None:
        raise UserError(f"打印「{kind.label}」需要指定信访件：--case 信访件编号。")
    file = load_case_file(ctx, request.case_id, unmasked=request.unmasked)
    reason = refusal(file, kind, for_unit=request.for_unit)
    if reason is not None:
        raise UserError(reason)
    hidden, warning = _hidden(ctx, file, kind, request.for_unit)
    if kind in DATED_KINDS:
        file = _as_supervised(ctx, file, kind, request.day)
    fonts = font_set()
    author = notices.office_name(file)
    letter_maker = notices.LETTERS.get(kind)
    if letter_maker is not None:
        letter = letter_maker(file)
        title, number = letter.title, letter.doc_number
        pages = write_letter(letter, target, fonts, progress=progress, cancelled=cancelled)
    else:
        form = {
            ReportKind.CASE: lambda: notices.case_form(file, hidden, request.for_unit),
            ReportKind.RECEIPT: lambda: notices.receipt_form(file),
            ReportKind.FORWARD: lambda: notices.forward_form(file, hidden, request.for_unit),
            ReportKind.SUPERVISE: lambda: notices.supervise_form(file, hidden, request.for_unit),
            ReportKind.URGE: lambda: notices.supervise_form(file, hidden, request.for_unit, "urge"),
            ReportKind.DELIVERY: lambda: notices.delivery_form(file),
        }[kind]()
        title, number = form.title, form.number
        pages = write_form(form, target, fonts, author=author, progress=progress, cancelled=cancelled)
    what = "预览" if request.preview else "打印"
    extras = "".join(
        text
        for flag, text in ((request.unmasked, "（未遮蔽）"), (hidden, "（送被反映对象，不含信访人信息）"))
        if flag
    )
    record_access(
        ctx.db,
        ctx.actor,
        f"report.{'preview' if request.preview else 'print'}",
        f"{what}{kind.label}：{file.number}{extras}",
        entity="case",
        entity_uuid=file.detail.uuid,
        kind=kind.value,
        file=str(target),
        pages=pages,
        unmasked=request.unmasked,
        for_unit=request.for_unit,
        petitioner_hidden=hidden,
        secrecy_warning=warning,
    )
    recorded = False if request.preview else _record_notice(ctx, file, kind, number)
    if not request.preview and not recorded:  # a printed notice can put a 评查 finding right (#22)
        rejudge(ctx, file.detail.id)
    warnings = (warning,) if warning else ()
    return ReportResult(str(target), pages, kind.value, title, recorded, warnings)


def _record_notice(ctx: Context, file: CaseFile, kind: ReportKind, number: str) -> bool:
    """A 告知 step for a notice that tells the petitioner how the matter is handled, printed for the
    first time while it is being handled (in 已登记 a 告知 would end the matter: only audited then)."""
    if kind not in INFORMING or file.state not in (CaseState.FORWARDED, CaseState.HANDLING):
        return False
    if not ctx.actor.may_write:
        return False  # a 只读 user's print is audited, and records nothing on the case
    if StepKind.INFORM not in file.clock.allowed:
        return False
    if any(step.details.get("notice") == kind.value for step in file.steps(StepKind.INFORM)):
        return False
    content = f"印发《{kind.label}》" + (f"（{number}）" if number else "")
    apply_step(
        ctx, file.detail.id, NoticeInform(content=content, notice=kind.value), occurred_on=clock.today()
    )
    return True


def case_options(ctx: Context, case_id: int) -> list[CaseOption]:
    """Every case document, available or with the reason it is not (for a menu)."""
    file = load_case_outline(ctx, case_id)
    options = [CaseOption(kind, kind.label, refusal_key(file, kind)) for kind in CASE_KINDS]
    if file.accusation:
        options += [
            CaseOption(
                kind,
                f"{kind.label}（送被反映对象，不含信访人信息）",
                refusal_key(file, kind, for_unit=True),
                True,
            )
            for kind in CASE_KINDS
            if kind in UNIT_COPIES
        ]
    return options
