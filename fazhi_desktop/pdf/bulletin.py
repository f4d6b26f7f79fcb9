"""月度通报 on A4 landscape: the month's totals, the 责任单位 and the townships ranked, and what each
figure counts (指标说明), so a unit reading its rank can check the number behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from fazhi_desktop.domain.bulletin import RANK_HEADER, RATE_COLUMNS, BulletinReport, BulletinRow
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf.document import LANDSCAPE_PAGE, build
from fazhi_desktop.pdf.figures import rate_text
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.tables import Styles, data_tables, fit_widths, para

WIDTH = LANDSCAPE_PAGE.width


def _cells(row: BulletinRow, rank: str) -> list[str]:
    figures = (rate_text(v) if n in RATE_COLUMNS else str(v) for n, v in enumerate(row.figures()))
    return [rank, row.name, *figures]


def ranking_table(
    rows: Sequence[BulletinRow], totals: BulletinRow, styles: Styles, first: str
) -> list[Flowable]:
    header = (RANK_HEADER[0], first, *RANK_HEADER[2:])
    body = [_cells(r, str(r.rank)) for r in rows] + [_cells(totals, "")]
    columns = [
        ([header[i], *(r[i] for r in body)] if i != 1 else [], 0.0 if i != 1 else 1.0)
        for i in range(len(header))
    ]
    widths = fit_widths(WIDTH, columns, styles.fonts.song, styles.size)
    return data_tables(header, body, widths, styles, align=("c", "l", *("r",) * 10))


def _summary(report: BulletinReport) -> str:
    t = report.totals
    return (
        f"{report.start.year}年{report.start.month}月，共登记信访事项{t.registered}件，其中重复信访{t.repeat}件；"
        f"办理期限在本月届满的{t.due}件，按期办结{t.on_time}件，按期办结率{rate_text(t.on_time_rate)}；"
        f"截至{chinese_date(report.end)}逾期未办{t.overdue}件；本月送达并评价{t.evaluated}件，"
        f"满意{t.satisfied}件，群众满意率{rate_text(t.satisfaction_rate)}。"
    )


def bulletin_story(report: BulletinReport, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=9.5)
    story: list[Flowable] = [
        para(report.title, styles.title),
        para(
            f"统计期：{chinese_date(report.start)}至{chinese_date(report.end)}（数字截至统计期末）",
            styles.subtitle,
        ),
        para(_summary(report), styles.body),
        para("一、责任单位排名", styles.heading),
        *ranking_table(report.units, report.totals, styles, "责任单位"),
        CondPageBreak(40 * mm),
        para("二、乡镇（街道）排名", styles.heading),
        *ranking_table(report.townships, report.totals, styles, "乡镇（街道）"),
        CondPageBreak(40 * mm),
        para("三、指标说明", styles.heading),
        para(
            "排名依次比较：按期办结率（高者在前）、逾期未办件数（少者在前）、群众满意率（高者在前）、重复信访件数（少者在前）；各项相同的名次并列。",
            styles.body,
        ),
    ]
    for label, counts, settings in report.explanations:
        story.append(para(f"{label}：{counts}。" + (f"{settings}。" if settings else ""), styles.body))
    story.append(para(f"制表单位：{report.office}　制表日期：{chinese_date(report.made_on)}", styles.body))
    return story


def write_bulletin(
    report: BulletinReport,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    return build(
        path,
        bulletin_story(report, fonts),
        LANDSCAPE_PAGE,
        fonts,
        title=report.title,
        author=report.office,
        progress=progress,
        cancelled=cancelled,
    )
