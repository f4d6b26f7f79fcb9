"""The 评查通报 as an .xlsx: the units ranked by 案件办理规范率, and every finding with its 整改."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from fazhi_desktop.domain.conformity.bulletin import ReviewBulletin, percent


def write_bulletin_xlsx(bulletin: ReviewBulletin, target: str | Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "单位排名"
    ws.append([bulletin.title])
    ws.append(
        [
            f"评查期间：{bulletin.period[0]} 至 {bulletin.period[1]}；抽样：{bulletin.sample}；"
            f"评查 {bulletin.reviewed} 件，规范 {bulletin.regular} 件，案件办理规范率 {percent(bulletin.rate)}"
        ]
    )
    ws.append(["名次", "单位", "评查件数", "规范件数", "问题数", "案件办理规范率", "平均得分"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for u in bulletin.units:
        ws.append([u.rank, u.unit, u.reviewed, u.regular, u.findings, percent(u.rate), u.average_score])
    ws.column_dimensions["B"].width = 28
    found = book.create_sheet("问题清单")
    found.append(["信访件编号", "单位", "规则", "依据", "问题", "来源", "整改责任人", "整改期限", "整改完成"])
    for cell in found[1]:
        cell.font = Font(bold=True)
    for f in bulletin.findings:
        found.append(
            [
                f.number,
                f.unit,
                f.rule,
                f.article,
                f.detail,
                f.origin,
                f.owner,
                f.due_on,
                f.closed_on or "未整改",
            ]
        )
        found.cell(found.max_row, 5).alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFGHI", (24, 20, 28, 30, 50, 10, 12, 12, 12), strict=True):
        found.column_dimensions[col].width = width
    target = Path(target)
    book.save(target)
    return target
