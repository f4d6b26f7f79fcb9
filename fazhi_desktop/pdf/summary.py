"""统计报表: the figures of a period on A4 — the totals beside the same period a year earlier, every
indicator with both sides of its fraction and the settings it was counted with, the charts, every
breakdown `statistics.compute` gives, 满意度, outreach, and the list of red cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf import charts
from fazhi_desktop.pdf.document import REPORT_PAGE, build
from fazhi_desktop.pdf.figures import Breakdown, ListedCase, SummaryReport, change_text, count_text, rate_text
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.tables import TIER_COLOURS, Styles, data_tables, fit_widths, para

WIDTH = REPORT_PAGE.width
NUMBERS = ("l", "r", "r", "r", "r", "r")


def _heading(text: str, styles: Styles) -> list[Flowable]:
    return [CondPageBreak(45 * mm), para(text, styles.heading)]


def _totals(report: SummaryReport, styles: Styles) -> list[Flowable]:
    view = report.view
    previous = "上年同期" + (f"（{view.previous_from}至{view.previous_to}）" if view.previous_from else "")
    rows = [
        (t.label, count_text(t.value), count_text(t.previous), change_text(t.change)) for t in view.totals
    ]
    return data_tables(
        ("项目", "本期", previous, "同比"),
        rows,
        (WIDTH * 0.34, WIDTH * 0.16, WIDTH * 0.32, WIDTH * 0.18),
        styles,
        align=NUMBERS,
    )


def _indicators(report: SummaryReport, styles: Styles) -> list[Flowable]:
    rows = [
        (
            i.label,
            i.text,
            f"{count_text(i.numerator)} / {count_text(i.denominator)}" if i.denominator is not None else "—",
            "；".join(t for t in (i.basis, i.unjudged) if t) or "—",
        )
        for i in report.view.indicators
    ]
    widths = (WIDTH * 0.24, WIDTH * 0.12, WIDTH * 0.16, WIDTH * 0.48)
    story: list[Flowable] = list(
        data_tables(
            ("指标", "数值", "分子 / 分母", "口径（设置）"), rows, widths, styles, align=("l", "r", "r", "l")
        )
    )
    if report.view.settings:
        story.append(Spacer(1, 3 * mm))
        story.append(CondPageBreak(40 * mm))
        story.append(para("本表使用的设置", styles.subheading))
        story += data_tables(("设置", "取值"), report.view.settings, (WIDTH * 0.55, WIDTH * 0.45), styles)
    return story


def _breakdown(part: Breakdown, styles: Styles) -> list[Flowable]:
    header = ["项目", "件次"]
    if part.has_people:
        header.append("人次")
    header.append("占比")
    if part.has_previous:
        header += ["上年同期", "同比"]
    rows = []
    for row in part.rows:
        cells = [row.label, count_text(row.cases)]
        if part.has_people:
            cells.append(count_text(row.people))
        cells.append(rate_text(row.share))
        if part.has_previous:
            cells += [count_text(row.previous), change_text(row.change)]
        rows.append(cells)
    first = WIDTH * 0.34
    rest = (WIDTH - first) / (len(header) - 1)
    return [
        para(f"按{part.title}", styles.subheading),
        *data_tables(header, rows, (first, *[rest] * (len(header) - 1)), styles, align=NUMBERS),
    ]


def _charts(report: SummaryReport, fonts: FontSet, styles: Styles) -> list[Flowable]:
    view = report.view
    story: list[Flowable] = []
    months = view.breakdown("month")
    if months is not None and months.rows:
        story.append(
            charts.trend_chart([(_month(r.label), r.cases, r.previous) for r in months.rows], fonts, WIDTH)
        )
        partial = [r.label for r in months.rows if "（" in r.label]
        if partial:
            story.append(para(f"* {partial[0]}，与上年同月的相同日期比较。", styles.number))
    half = WIDTH / 2
    pair: list[Flowable] = []
    channel = view.breakdown("channel")
    if channel is not None:
        pair.append(charts.pie_chart("信访形式构成", [(r.label, r.cases) for r in channel.rows], fonts, half))
    category = view.breakdown("category")
    if category is not None:
        pair.append(
            charts.bar_chart("按内容分类（件次）", [(r.label, r.cases) for r in category.rows], fonts, half)
        )
    township = view.breakdown("township")
    if township is not None:
        pair.append(
            charts.bar_chart("按问题属地（件次）", [(r.label, r.cases) for r in township.rows], fonts, half)
        )
    for start in range(0, len(pair), 2):
        cells = pair[start : start + 2] + [Spacer(1, 1)] * (2 - len(pair[start : start + 2]))
        table = Table([cells], colWidths=[half, half])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.song, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(table)
    return story


def _month(label: str) -> str:
    """ "2024年3月" → "3月"; a month in progress ("2024年12月（截至3日）") → "12月*"."""
    short = label.rsplit("年", maxsplit=1)[-1]
    return short.split("（")[0] + "*" if "（" in short else short


def listed_rows(cases: Sequence[ListedCase]) -> list[tuple[str, ...]]:
    return [
        (
            c.number,
            str(c.registered_on),
            c.name,
            c.region,
            c.summary,
            c.reasons,
            str(c.due or ""),
            c.owner,
        )
        for c in cases
    ]


def _red_list(report: SummaryReport, styles: Styles) -> list[Flowable]:
    header = ("编号", "登记日期", "信访人", "属地", "反映问题", "红色原因", "期限", "责任单位")
    rows = listed_rows(report.red_list)
    spec = (0, 0, 0, 1, 2.2, 2.2, 0, 1.2)
    columns = [([header[n], *(r[n] for r in rows)] if w == 0 else [], w) for n, w in enumerate(spec)]
    colour = [("TEXTCOLOR", 5, 5, TIER_COLOURS["red"])]
    return data_tables(
        header,
        rows,
        fit_widths(WIDTH, columns, styles.fonts.song, styles.size),
        styles,
        align=("l", "c", "l", "l", "l", "l", "c", "l"),
        row_styles=[(n, colour) for n in range(len(rows))],
    )


def summary_story(report: SummaryReport, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=9.5)
    view = report.view
    story: list[Flowable] = [
        para(report.title, styles.title),
        para(
            f"统计期间：{chinese_date(view.period_from)}至{chinese_date(view.period_to)}　"
            f"范围：{report.scope}　数据截至：{chinese_date(view.computed_on)}",
            styles.subtitle,
        ),
    ]
    for line in (f"同比期间：{view.compared}" if view.compared else "", f"统计口径：{view.basis}"):
        if line.split("：")[1]:
            story.append(para(line, styles.subtitle))
    story += _heading("一、总体情况", styles)
    story += _totals(report, styles)
    story += _heading("二、主要指标", styles)
    story += _indicators(report, styles)
    story += _heading("三、分类统计", styles)
    story += _charts(report, fonts, styles)
    for part in view.breakdowns:
        story.append(CondPageBreak(35 * mm))
        story += _breakdown(part, styles)
    if view.outreach:
        story += _heading("四、宣传活动", styles)
        story += data_tables(
            ("项目", "数量"),
            [(t.label, count_text(t.value)) for t in view.outreach],
            (WIDTH * 0.6, WIDTH * 0.4),
            styles,
            align=("l", "r"),
        )
    number = "五" if view.outreach else "四"
    shown = len(report.red_list)
    more = f"，列出前 {shown} 件" if shown < report.red_total else ""
    story += _heading(f"{number}、红色预警信访件（在办 {report.red_total} 件{more}）", styles)
    story += _red_list(report, styles)
    if report.made_by:
        story.append(Spacer(1, 4 * mm))
        story.append(para(report.made_by, styles.number))
    return story


def write_summary(
    report: SummaryReport,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    return build(
        path,
        summary_story(report, fonts),
        REPORT_PAGE,
        fonts,
        title=report.title,
        author=report.office,
        progress=progress,
        cancelled=cancelled,
    )
