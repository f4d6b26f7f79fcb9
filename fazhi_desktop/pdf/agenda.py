"""研判议程: the list the weekly case review works through, on A4 landscape — red cases, then yellow
ones, each with its reasons in words, its owner and deadline and a blank column for the meeting's
decision; then the collective visits since the last meeting, the open cases from higher levels, and
the cases that went overdue since the last meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf.document import LANDSCAPE_PAGE, build
from fazhi_desktop.pdf.figures import AgendaReport, ListedCase
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.minutes import decision_tables
from fazhi_desktop.pdf.tables import TIER_COLOURS, Styles, data_tables, fit_widths, para

WIDTH = LANDSCAPE_PAGE.width


def _left(days: int | None) -> str:
    if days is None:
        return "—"
    return f"超期{-days}天" if days < 0 else f"{days}天"


def _day(value: object) -> str:
    return str(value) if value else "—"


def _widths(
    styles: Styles, rows: Sequence[Sequence[str]], header: Sequence[str], spec: Sequence[float]
) -> list[float]:
    """`spec`: 0 for a column as wide as its texts (and header), else the column's share of the rest."""
    columns = [
        ([header[n], *(row[n] for row in rows)] if weight == 0 else [], weight)
        for n, weight in enumerate(spec)
    ]
    return fit_widths(WIDTH, columns, styles.fonts.song, styles.size)


def _tier_table(cases: Sequence[ListedCase], tier: str, styles: Styles) -> list[Flowable]:
    header = (
        "序号",
        "编号",
        "登记日期",
        "信访人",
        "属地",
        "反映问题",
        "原因",
        "责任单位 / 包案领导",
        "期限",
        "剩余",
        "研判意见",
    )
    rows = [
        (
            str(n),
            c.number,
            str(c.registered_on),
            c.name,
            c.region,
            c.summary,
            c.reasons + (f"（研判：{c.note}）" if c.note else ""),
            c.owner,
            _day(c.due),
            _left(c.days_left),
            "",
        )
        for n, c in enumerate(cases, 1)
    ]
    colour = [("TEXTCOLOR", 6, 6, TIER_COLOURS[tier])]
    return data_tables(
        header,
        rows,
        _widths(styles, rows, header, (0, 0, 0, 0, 0.9, 1.8, 1.9, 1.1, 0, 0, 1.2)),
        styles,
        align=("c", "l", "c", "l", "l", "l", "l", "l", "c", "r", "l"),
        row_styles=[(n, colour) for n in range(len(rows))],
    )


def _collective(cases: Sequence[ListedCase], styles: Styles) -> list[Flowable]:
    rows = [
        (c.number, str(c.registered_on), f"{c.head_count}人", c.name, c.region, c.summary, c.state, c.owner)
        for c in cases
    ]
    header = ("编号", "登记日期", "人数", "信访人", "属地", "反映问题", "状态", "责任单位 / 包案领导")
    return data_tables(
        header,
        rows,
        _widths(styles, rows, header, (0, 0, 0, 0, 1, 3, 0.8, 1.4)),
        styles,
        align=("l", "c", "r"),
    )


def _upper(cases: Sequence[ListedCase], styles: Styles) -> list[Flowable]:
    rows = [
        (c.number, c.source, c.upper_number, _day(c.upper_deadline), c.summary, c.owner, c.state, _day(c.due))
        for c in cases
    ]
    header = ("编号", "来源", "上级件号", "上级期限", "反映问题", "责任单位 / 包案领导", "状态", "下一期限")
    return data_tables(
        header,
        rows,
        _widths(styles, rows, header, (0, 0, 0, 0, 3, 1.5, 0.8, 0)),
        styles,
        align=("l", "c", "l", "c"),
    )


def _overdue(cases: Sequence[ListedCase], styles: Styles) -> list[Flowable]:
    rows = [(c.number, _day(c.due), _left(c.days_left), c.name, c.summary, c.owner, c.state) for c in cases]
    header = ("编号", "期限", "超期", "信访人", "反映问题", "责任单位 / 包案领导", "状态")
    return data_tables(
        header,
        rows,
        _widths(styles, rows, header, (0, 0, 0, 0, 3.5, 1.6, 0.8)),
        styles,
        align=("l", "c", "r"),
    )


def agenda_story(report: AgendaReport, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=9)
    story: list[Flowable] = [
        para(report.title, styles.title),
        para(
            f"会议日期：{chinese_date(report.day)}　上次研判：{chinese_date(report.since)}", styles.subtitle
        ),
        para(
            f"红色 {len(report.red)} 件、黄色 {len(report.yellow)} 件；自上次研判以来新增集体访 "
            f"{len(report.collective)} 批，上级转送、交办、督办在办 {len(report.upper)} 件，新超期 {len(report.overdue)} 件。",
            styles.body,
        ),
    ]
    if report.last_meeting is not None:
        # The meeting starts from what the last one decided and is still open (issue #20).
        story.append(
            para(f"〇、上次研判会议（{chinese_date(report.last_meeting)}）决定事项的落实", styles.heading)
        )
        story += (
            decision_tables(report.decisions, styles, with_state=True)
            if report.decisions
            else [para("上次会议研判的事项均已办结或未到下次研判日期。", styles.body)]
        )
    sections = (
        ("一、红色事项", _tier_table(report.red, "red", styles)),
        ("二、黄色事项", _tier_table(report.yellow, "yellow", styles)),
        ("三、新增集体访", _collective(report.collective, styles)),
        ("四、上级转送、交办、督办事项", _upper(report.upper, styles)),
        ("五、自上次研判以来新超期的事项", _overdue(report.overdue, styles)),
    )
    for heading, tables in sections:
        story.append(CondPageBreak(30 * mm))
        story.append(para(heading, styles.heading))
        story += tables
    return story


def write_agenda(
    report: AgendaReport,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    return build(
        path,
        agenda_story(report, fonts),
        LANDSCAPE_PAGE,
        fonts,
        title=report.title,
        author=report.office,
        progress=progress,
        cancelled=cancelled,
    )
