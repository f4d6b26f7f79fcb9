"""卷内目录 of a filed matter: its documents (those the case has on file), every step and attachment.

The documents are the case documents the program prints for it (`printing.case_options`: those it can
print, the 督办单 only when a 督办 was recorded), each dated by the step it records; the archive's
export prints each of them beside the 卷内目录 (services/archive/export.py).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain.archive import ATTACHMENTS, DOCUMENTS, STEPS, CaseContents, ContentsEntry
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import StepKind, label_of
from fazhi_desktop.pdf.archive_contents import write_contents
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.services.archive.filing import find_case
from fazhi_desktop.services.archive.guard import active_filing
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.reports.printing import case_options
from fazhi_desktop.store.models import Attachment, Case, Step
from fazhi_desktop.store.writes import record_access

K = StepKind
#: The step a document records (its date in the 卷内目录); None: the registration.
DOCUMENT_STEPS: dict[ReportKind, tuple[StepKind, ...]] = {
    ReportKind.CASE: (),
    ReportKind.RECEIPT: (),
    ReportKind.ACCEPT: (K.ACCEPT,),
    ReportKind.REJECT: (K.REJECT,),
    ReportKind.FORWARD: (K.FORWARD, K.ASSIGN),
    ReportKind.EXTENSION: (K.EXTEND,),
    ReportKind.REPLY: (K.REPLY,),
    ReportKind.REVIEW: (K.REVIEW_DECISION,),
    ReportKind.RECHECK: (K.RECHECK_DECISION,),
    ReportKind.DELIVERY: (K.DELIVER,),
    ReportKind.SUPERVISE: (K.SUPERVISE,),
    ReportKind.COMPLETION: (K.REPORT_UP, K.REPLY),
}


def case_documents(ctx: Context, case_id: int) -> list[ReportKind]:
    """The documents a filed case has: those the program can print for it and that record a step."""
    with ctx.db.reading() as session:
        kinds = {str(k) for k in session.scalars(select(Step.kind).where(Step.case_id == case_id))}
    found = []
    for option in case_options(ctx, case_id):
        steps = DOCUMENT_STEPS.get(option.kind)
        usable = option.reason is None and not option.unit_copy and steps is not None
        if usable and (not steps or any(k.value in kinds for k in steps or ())):
            found.append(option.kind)
    return found


def case_contents(ctx: Context, case_id: int) -> CaseContents:
    """The 卷内目录 of a filed case (a UserError when it is not archived)."""
    documents = case_documents(ctx, case_id)
    with ctx.db.reading() as session:
        filing = active_filing(session, case_id)
        case = session.get(Case, case_id)
        if filing is None or case is None:
            raise UserError("该信访件没有归档，没有卷内目录。请先归档：fazhi archive 信访件编号")
        steps = session.scalars(
            select(Step).where(Step.case_id == case_id).order_by(Step.occurred_on, Step.id)
        ).all()
        attachments = session.scalars(
            select(Attachment)
            .where(Attachment.case_id == case_id)
            .order_by(Attachment.created_at, Attachment.id)
        ).all()
        step_days = {}
        for s in steps:
            step_days[str(s.kind)] = s.occurred_on
        entries = [
            ContentsEntry(
                DOCUMENTS,
                kind.label,
                max(
                    (step_days[k.value] for k in DOCUMENT_STEPS[kind] if k.value in step_days),
                    default=case.registered_on,
                ),
                "",
            )
            for kind in documents
        ]
        entries += [
            ContentsEntry(STEPS, label_of(s.kind), s.occurred_on, s.actor, (s.note or "")[:60]) for s in steps
        ]
        entries += [
            ContentsEntry(
                ATTACHMENTS,
                a.filename,
                a.created_at.date(),
                a.created_by,
                f"{a.size:,} 字节；SHA-256 {a.sha256[:16]}…",
            )
            for a in attachments
        ]
        result = CaseContents(
            archive_number=filing.archive_number,
            number=case.number,
            office="",
            petitioner=case.principal_name or "",
            summary=case.summary or "",
            registered_on=case.registered_on,
            closed_on=case.closed_on,
            filed_on=filing.filed_on,
            filed_by=filing.filed_by,
            entries=tuple(entries),
        )
    return CaseContents(**{**result.__dict__, "office": office_name(ctx)})


def print_contents(ctx: Context, number: str, path: Path | str) -> tuple[str, int, CaseContents]:
    """Print the 卷内目录 of a filed case (by its number or archive number); audited."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"输出文件应以 .pdf 结尾：{target.name}")
    contents = case_contents(ctx, find_case(ctx, number))
    pages = write_contents(contents, target, font_set())
    record_access(
        ctx.db,
        ctx.actor,
        "report.print",
        f"打印卷内目录：{contents.number}（档号 {contents.archive_number}）",
        entity="report",
        kind="archive_contents",
        file=str(target),
        pages=pages,
    )
    return str(target), pages, contents
