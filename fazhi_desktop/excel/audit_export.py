"""The audit trail as an .xlsx for the 审计员: one row per entry in sequence order, with its hash and
the hash of the entry before, so that the chain can be checked again outside the program, and a
heading that says which entries it holds and where the chain's head was when it was written.

A pure writer: typed rows in, a workbook out (services/audit/trail.py reads the database).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.excel.saving import written_beside, xlsx_target
from fazhi_desktop.excel.styles import BORDER, HEADER_ALIGNMENT, HEADER_FILL, HEADER_FONT, TITLE_FONT

COLUMNS = (
    ("序号", 8),
    ("时间", 26),
    ("用户", 12),
    ("角色", 8),
    ("电脑", 16),
    ("操作", 20),
    ("结果", 6),
    ("对象", 10),
    ("对象标识", 38),
    ("摘要", 48),
    ("详情", 48),
    ("前一条校验值", 66),
    ("校验值", 66),
)
OUTCOMES = {"ok": "成功", "failed": "失败"}


@dataclass(frozen=True)
class AuditRow:
    """One entry as the export and `fazhi audit list` show it."""

    seq: int
    at: datetime
    user_login: str
    role: str | None
    host: str | None
    action: str
    outcome: str
    entity: str | None
    entity_uuid: str | None
    summary: str
    details: dict[str, object]
    prev_hash: str
    hash: str


def write_audit(
    rows: Iterable[AuditRow],
    path: str | Path,
    *,
    title: str,
    note: str,
    total: int,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write `rows` (`total` of them) under `title` and `note` into the workbook `path`."""
    target = xlsx_target(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("审计记录")
    for n, (_label, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + n)].width = width
    sheet.freeze_panes = "A4"
    heading = WriteOnlyCell(sheet, title)
    heading.font = TITLE_FONT
    sheet.append([heading])
    sheet.append([note])
    header = []
    for label, _width in COLUMNS:
        cell = WriteOnlyCell(sheet, label)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT, BORDER
        header.append(cell)
    sheet.append(header)
    done = 0
    for row in rows:
        sheet.append(
            [
                row.seq,
                row.at.isoformat(sep=" ", timespec="microseconds"),
                row.user_login,
                row.role or "",
                row.host or "",
                row.action,
                OUTCOMES.get(row.outcome, row.outcome),
                row.entity or "",
                row.entity_uuid or "",
                row.summary,
                json.dumps(row.details, ensure_ascii=False, sort_keys=True) if row.details else "",
                row.prev_hash,
                row.hash,
            ]
        )
        done += 1
        if done % 1000 == 0:
            report(progress, done, total)
            check(cancelled)
    report(progress, done, total)
    with written_beside(target) as part:
        book.save(part)
    return target
