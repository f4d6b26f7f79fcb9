"""A register's progress table printed (PDF) or exported (Excel), as of a day, and the print audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.domain.registers import ProgressLine, ProgressTable
from fazhi_desktop.excel.register_table import write_register_table as write_workbook
from fazhi_desktop.excel.saving import xlsx_target
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.pdf.register_table import write_register_table as write_pdf
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.registers.reading import RegisterView, register_view
from fazhi_desktop.store.writes import record_access


@dataclass(frozen=True)
class PrintedRegister:
    file: str
    #: Pages of a PDF; None for a workbook.
    pages: int | None
    table: ProgressTable


def _period(view: RegisterView) -> str:
    s = view.summary
    if s.starts_on and s.ends_on:
        return f"{s.starts_on} 至 {s.ends_on}"
    if s.starts_on:
        return f"{s.starts_on} 起"
    if s.ends_on:
        return f"至 {s.ends_on}"
    return ""


def progress_table(ctx: Context, name: str, as_of: date | None = None) -> ProgressTable:
    view = register_view(ctx, name, as_of)
    s = view.summary
    lines = tuple(
        ProgressLine(
            number=e.number,
            principal=e.principal or "",
            summary=e.listed_as if e.listed_as and not e.summary else e.summary,
            registered_on=e.registered_on,
            leader=e.leader or "",
            plan=e.plan or "",
            staff=e.staff or "",
            due_on=e.due_on,
            state=e.state,
            resolved_on=e.resolved_on,
            resolved_by=e.resolved_by or "",
            notes=tuple(f"{n.noted_on}：{n.text}" for n in e.notes),
        )
        for e in view.entries
    )
    office = office_name(ctx)
    return ProgressTable(
        title=f"{s.name}进展情况表",
        office=office,
        kind=s.kind,
        owner=s.owner or "",
        leader=s.leader or "",
        period=_period(view),
        as_of=s.as_of,
        cases=s.cases,
        resolved=s.resolved,
        lines=lines,
    )


def print_register(
    ctx: Context,
    name: str,
    target: Path | str,
    as_of: date | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> PrintedRegister:
    """Write the progress table to `target`: a PDF, or an Excel workbook when it ends in .xlsx."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(f"输出文件应以 .pdf 或 .xlsx 结尾：{path.name}", field="file")
    if as_of is not None and as_of > clock.today():
        raise UserError(f"截至日期 {as_of} 晚于今天（{clock.today()}），请改正。", field="date")
    table = progress_table(ctx, name, as_of)
    pages: int | None = None
    if suffix == ".xlsx":
        write_workbook(table, xlsx_target(path))
    else:
        pages = write_pdf(table, path, font_set(), progress=progress, cancelled=cancelled)
    record_access(
        ctx.db,
        ctx.actor,
        "register.print" if pages is not None else "register.export",
        f"{'打印' if pages is not None else '导出'}台账「{table.title}」（截至 {table.as_of}）",
        entity="register",
        file=str(path),
        cases=table.cases,
    )
    return PrintedRegister(str(path), pages, table)
