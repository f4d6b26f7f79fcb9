"""研判会议纪要: the meeting's date and attendees, then each case it decided on — the tier, the owner,
the next review date and the measures — on A4 landscape. The agenda's first section (the last
meeting's open decisions) uses the same table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf.document import LANDSCAPE_PAGE, build
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.tables import TIER_COLOURS, Styles, data_tables, fit_widths, para

WIDTH = LANDSCAPE_PAGE.width


@dataclass(frozen=True)
class DecisionLine:
    """One case a meeting decided on, and how it stands on the day printed."""

    number: str
    name: str
    summary: str
    #: The tier decided: red / yellow / green (the code) and its label.
    tier: str
    tier_label: str
    owner: str
    review_on: date | None
    measures: str
    #: The case's state on the day printed (the agenda shows whether it moved since).
    state: str = ""
    decided_on: date | None = None


@dataclass(frozen=True)
class MinutesReport:
    title: str
    office: str
    held_on: date
    attendees: tuple[str, ...]
    notes: str
    decisions: tuple[DecisionLine, ...]


def decision_tables(
    lines: Sequence[DecisionLine], styles: Styles, *, with_state: bool = False
) -> list[Flowable]:
    """The decisions as a table (with the case's present state when `with_state`: the agenda)."""
    header = ["序号", "编号", "信访人", "反映问题", "研判定级", "责任人", "下次研判", "化解措施"]
    if with_state:
        header.append("目前状态")
    rows = [
        [
            str(n),
            d.number,
            d.name,
            d.summary,
            d.tier_label,
            d.owner,
            str(d.review_on) if d.review_on else "—",
            d.measures,
            *([d.state] if with_state else []),
        ]
        for n, d in enumerate(lines, 1)
    ]
    spec = [0.0, 0.0, 0.0, 2.4, 0.0, 1.0, 0.0, 2.6, *([0.8] if with_state else [])]
    columns = [([header[i], *(r[i] for r in rows)] if w == 0 else [], w) for i, w in enumerate(spec)]
    widths = fit_widths(WIDTH, columns, styles.fonts.song, styles.size)
    colour = {
        n: [("TEXTCOLOR", 4, 4, TIER_COLOURS[d.tier])] for n, d in enumerate(lines) if d.tier in TIER_COLOURS
    }
    return data_tables(
        header,
        rows,
        widths,
        styles,
        align=("c", "l", "l", "l", "c", "l", "c", "l", "l"),
        row_styles=list(colour.items()),
    )


def minutes_story(report: MinutesReport, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=10)
    counts = {
        label: sum(1 for d in report.decisions if d.tier_label == label) for label in ("红", "黄", "绿")
    }
    story: list[Flowable] = [
        para(report.title, styles.title),
        para(f"会议日期：{chinese_date(report.held_on)}", styles.subtitle),
        para(f"参会人员：{'、'.join(report.attendees) or '（未登记）'}", styles.body),
        para(
            f"本次会议研判信访事项 {len(report.decisions)} 件，其中定为红色 {counts['红']} 件、"
            f"黄色 {counts['黄']} 件、绿色 {counts['绿']} 件。",
            styles.body,
        ),
    ]
    if report.notes:
        story.append(para(f"会议情况：{report.notes}", styles.body))
    story.append(CondPageBreak(30 * mm))
    story.append(para("研判决定", styles.heading))
    story += decision_tables(report.decisions, styles)
    return story


def write_minutes(
    report: MinutesReport,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    return build(
        path,
        minutes_story(report, fonts),
        LANDSCAPE_PAGE,
        fonts,
        title=report.title,
        author=report.office,
        progress=progress,
        cancelled=cancelled,
    )
