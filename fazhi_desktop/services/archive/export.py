"""A year's archive exported as a folder: one sub-folder per filed matter, named by its archive number,
holding its 卷内目录, each of its documents as a PDF and its attachments as they were kept; and at the
top an index (档案索引) as a PDF and a workbook. Matters filed in the year and not revoked are exported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain.archive import ATTACHMENTS, DOCUMENTS, STEPS, IndexLine, folder_name
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.excel.archive_index import write_index_workbook
from fazhi_desktop.pdf.archive_contents import write_contents, write_index
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.services.archive.contents import case_contents, case_documents
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import ArchiveFiling, Attachment, Case
from fazhi_desktop.store.writes import record_access

INDEX_PDF, INDEX_XLSX = "档案索引.pdf", "档案索引.xlsx"


@dataclass(frozen=True)
class Exported:
    folder: str
    matters: int
    files: int
    index_pdf: str
    index_xlsx: str
    lines: tuple[IndexLine, ...]


def _filed_ids(ctx: Context, year: int) -> list[int]:
    with ctx.db.reading() as session:
        return list(
            session.scalars(
                select(Case.id)
                .join(ArchiveFiling, ArchiveFiling.case_id == Case.id)
                .where(
                    ArchiveFiling.revoked_on.is_(None),
                    ArchiveFiling.filed_on.between(date(year, 1, 1), date(year, 12, 31)),
                    case_scope(ctx),
                )
                .order_by(ArchiveFiling.seq, ArchiveFiling.id)
            )
        )


def _attachments(ctx: Context, case_id: int, folder: Path, first: int) -> int:
    with ctx.db.reading() as session:
        rows: Sequence[tuple[str, bytes]] = session.execute(
            select(Attachment.filename, Attachment.data)
            .where(Attachment.case_id == case_id)
            .order_by(Attachment.id)
        ).all()
    for n, (name, data) in enumerate(rows, first):
        (folder / f"{n:02d}-附件-{folder_name(name)}").write_bytes(data)
    return len(rows)


def export_year(
    ctx: Context,
    year: int,
    to: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Exported:
    """Write the year's archive to the folder `to` (made if missing; it must hold no archive yet)."""
    target = Path(to)
    if target.exists() and not target.is_dir():
        raise UserError(f"「{target}」是一个文件。请指定一个文件夹。")
    if (target / INDEX_PDF).exists():
        raise UserError(f"文件夹「{target}」里已有导出的档案。请换一个空文件夹。")
    ids = _filed_ids(ctx, year)
    if not ids:
        raise UserError(f"{year}年没有归档的信访件。")
    target.mkdir(parents=True, exist_ok=True)
    fonts = font_set()
    lines: list[IndexLine] = []
    files = 0
    for done, case_id in enumerate(ids):
        check(cancelled)
        contents = case_contents(ctx, case_id)
        folder = target / folder_name(contents.archive_number)
        folder.mkdir(exist_ok=True)
        write_contents(contents, folder / "00-卷内目录.pdf", fonts)
        documents = case_documents(ctx, case_id)
        for n, kind in enumerate(documents, 1):
            # A preview prints the document without recording a 告知 (the matter is closed and filed).
            make_report(
                ctx,
                ReportRequest(kind=kind, case_id=case_id, preview=True),
                folder / f"{n:02d}-{kind.label}.pdf",
            )
        kept = _attachments(ctx, case_id, folder, len(documents) + 1)
        files += 1 + len(documents) + kept
        lines.append(
            IndexLine(
                archive_number=contents.archive_number,
                number=contents.number,
                petitioner=contents.petitioner,
                summary=contents.summary,
                registered_on=contents.registered_on,
                closed_on=contents.closed_on,
                filed_on=contents.filed_on,
                documents=contents.count(DOCUMENTS),
                steps=contents.count(STEPS),
                attachments=contents.count(ATTACHMENTS),
                folder=folder.name,
            )
        )
        report(progress, done + 1, len(ids))
    name = office_name(ctx)
    title = f"{name}{year}年信访档案索引"
    write_index(title, name, lines, target / INDEX_PDF, fonts)
    write_index_workbook(title, lines, target / INDEX_XLSX)
    record_access(
        ctx.db,
        ctx.actor,
        "archive.export",
        f"导出{year}年信访档案：{len(lines)} 卷，{files} 个文件",
        entity="report",
        kind="archive",
        folder=str(target),
        matters=len(lines),
    )
    return Exported(
        str(target), len(lines), files, str(target / INDEX_PDF), str(target / INDEX_XLSX), tuple(lines)
    )
