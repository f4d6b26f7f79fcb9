"""The 评查通报 as a PDF on a landscape page: the 评查 and its 案件办理规范率 in words, the units ranked,
and every finding with its article, 整改 owner, deadline and the day it was put right."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from fazhi_desktop.domain.conformity.bulletin import ReviewBulletin, percent
from fazhi_desktop.pdf.document import LANDSCAPE_PAGE, build
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.tables import Styles, data_tables, fit_widths, para


def summary_sentence(b: ReviewBulletin) -> str:
    """The 通报's opening figures, in the words the test reads back."""
    team = "、".join(b.team) or "（未列）"
    return (
        f"评查期间 {b.period[0]} 至 {b.period[1]}，评查组：{team}；抽样方式：{b.sample}。"
        f"共评查案件 {b.reviewed} 件，无未整改问题的 {b.regular} 件，案件办理规范率 {percent(b.rate)}"
        f"（规范件数 ÷ 评查件数；规则版本 {b.rules_version}）。"
    )


def bulletin_story(b: ReviewBulletin, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=9)
    story: list[Flowable] = [
        para(b.title, styles.title),
        para(f"{b.office}　{chinese_date(b.dated)}", styles.subtitle),
        para(summary_sentence(b), styles.body),
        CondPageBreak(30 * mm),
        para("一、各单位案件办理规范率排名", styles.heading),
    ]
    header = ("名次", "单位", "评查件数", "规范件数", "问题数", "规范率", "平均得分")
    rows = [
        (
            str(u.rank),
            u.unit,
            str(u.reviewed),
            str(u.regular),
            str(u.findings),
            percent(u.rate),
            "—" if u.average_score is None else f"{u.average_score:.1f}",
        )
        for u in b.units
    ]
    width = LANDSCAPE_PAGE.width
    widths = fit_widths(
        width,
        [((header[0], *[r[0] for r in rows]), 0), ((), 1)]
        + [((h, *[r[i] for r in rows]), 0) for i, h in enumerate(header) if i > 1],
        fonts.song,
        9,
    )
    story += data_tables(header, rows, widths, styles, align=("c", "l", "r", "r", "r", "r", "r"))
    story += [CondPageBreak(30 * mm), para("二、问题清单及整改情况", styles.heading)]
    header2 = ("信访件编号", "单位", "问题（依据）", "来源", "整改责任人", "整改期限", "整改完成")
    rows2 = [
        (
            f.number,
            f.unit,
            f"{f.rule}：{f.detail}（{f.article}）",
            f.origin,
            f.owner,
            str(f.due_on or ""),
            str(f.closed_on) if f.closed_on else "未整改",
        )
        for f in b.findings
    ]
    widths2 = fit_widths(
        width,
        [((header2[0], *[r[0] for r in rows2]), 0), ((), 1), ((), 4)]
        + [((h, *[r[i] for r in rows2]), 0) for i, h in enumerate(header2) if i > 2],
        fonts.song,
        9,
    )
    story += data_tables(header2, rows2, widths2, styles, align=("l", "l", "l", "c", "l", "c", "c"))
    return story


def write_bulletin_pdf(b: ReviewBulletin, path: Path | str, fonts: FontSet) -> int:
    return build(path, bulletin_story(b, fonts), LANDSCAPE_PAGE, fonts, title=b.title, author=b.office)
