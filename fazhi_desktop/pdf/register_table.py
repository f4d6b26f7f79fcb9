"""A register's progress table (台账进展情况表) on A4 landscape: the title, the register's figures
(period, owner, leader, 化解率 as of the day), then one row per matter with its 四定四包 plan, its
state, the 化解 decision (date and who decided) and its dated progress notes."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.domain.registers import ProgressTable
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.pdf.document import LANDSCAPE_PAGE, build
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.tables import Styles, data_tables, fit_widths, para

WIDTH = LANDSCAPE_PAGE.width
HEADER = (
    "序号",
    "编号",
    "信访人",
    "反映问题",
    "包案领导 / 人员",
    "化解方案",
    "时限",
    "状态",
    "化解",
    "进展情况",
)
#: 0: as wide as the column's texts; else the share of the rest.
SPEC = (0, 0, 0, 3, 2, 3, 0, 0, 0, 4)


def _day(value: object) -> str:
    return str(value) if value else "—"


def register_story(table: ProgressTable, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=9)
    owner = f"　负责人：{table.owner}" if table.owner else ""
    leader = f"　包案领导：{table.leader}" if table.leader else ""
    period = f"期间：{table.period}　" if table.period else ""
    story: list[Flowable] = [
        para(table.title, styles.title),
        para(f"{table.kind.label}　{period}截至{chinese_date(table.as_of)}{owner}{leader}", styles.subtitle),
        para(
            f"列入{table.cases}件，已化解{table.resolved}件，化解率{percent(table.rate)}"
            "（化解以认定的日期为准，不以办理状态代替）。",
            styles.body,
        ),
    ]
    rows = []
    for n, line in enumerate(table.lines, 1):
        people = "\n".join(p for p in (line.leader, line.staff) if p)
        resolved = f"{line.resolved_on}\n{line.resolved_by}" if line.resolved_on else "未化解"
        rows.append(
            (
                str(n),
                line.number,
                line.principal or "—",
                line.summary,
                people or "—",
                line.plan or "—",
                _day(line.due_on),
                line.state,
                resolved,
                "\n".join(line.notes) or "—",
            )
        )
    columns = [
        ([HEADER[n], *(r[n] for r in rows)] if weight == 0 else [], weight) for n, weight in enumerate(SPEC)
    ]
    widths = fit_widths(WIDTH, columns, styles.fonts.song, styles.size)
    story += data_tables(HEADER, rows, widths, styles, align=("c", "l", "l", "l", "l", "l", "c", "c", "c"))
    story.append(para(f"制表单位：{table.office}", styles.small))
    return story


def write_register_table(
    table: ProgressTable,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    return build(
        path,
        register_story(table, fonts),
        LANDSCAPE_PAGE,
        fonts,
        title=table.title,
        author=table.office,
        progress=progress,
        cancelled=cancelled,
    )
