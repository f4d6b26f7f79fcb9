"""Forms (单): the 信访事项登记处理单 with its timeline, the 登记回执 with its 存根, the 转送/交办单, the
督办单 and the 送达回证 — a title, the number, an optional letter part, a table of facts, long texts that
may run over pages, a timeline, blank boxes for signatures, the 落款 and a note.

A `Form` is the filled content (services/reports/notices.py); this module lays it out on the GB/T
9704 page, the tables in 12 pt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf.document import GONGWEN_PAGE, build
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import Gongwen
from fazhi_desktop.pdf.letters import body_blocks
from fazhi_desktop.pdf.tables import GRID, Styles, data_tables, para, table_style

WIDTH = GONGWEN_PAGE.width
LABEL = 26 * mm
SIGN_LABEL = 34 * mm
#: Long texts are cut into rows of about this many characters, so a table can break between them.
TEXT_ROW = 240


@dataclass(frozen=True)
class TimelineEntry:
    day: str
    step: str
    text: str
    actor: str


@dataclass(frozen=True)
class Form:
    """One form, filled. `rows` hold one or two (label, value) pairs each."""

    title: str
    number: str = ""
    recipient: str = ""
    intro: tuple[str, ...] = ()
    rows: tuple[tuple[tuple[str, str], ...], ...] = ()
    long_texts: tuple[tuple[str, str], ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    sign_rows: tuple[str, ...] = ()
    office: str = ""
    dated: str = ""
    seal: str = ""
    note: str = ""
    copy_note: str = ""
    #: A part to keep (存根) printed above a cut line, then this form.
    stub: Form | None = field(default=None)


def _facts_table(rows: Sequence[tuple[tuple[str, str], ...]], styles: Styles) -> Table | None:
    if not rows:
        return None
    value = (WIDTH - 2 * LABEL) / 2
    data: list[list[object]] = []
    spans: list[tuple[object, ...]] = []
    for n, pairs in enumerate(rows):
        if len(pairs) == 1:
            ((label, text),) = pairs
            data.append([para(label, styles.label), para(text, styles.body), "", ""])
            spans.append(("SPAN", (1, n), (3, n)))
        else:
            (l1, t1), (l2, t2) = pairs[:2]
            data.append(
                [para(l1, styles.label), para(t1, styles.body), para(l2, styles.label), para(t2, styles.body)]
            )
    table = Table(data, colWidths=[LABEL, value, LABEL, value])
    table.setStyle(table_style(0, styles.fonts.song))
    table.setStyle(TableStyle(spans))
    return table


def _long_text(label: str, text: str, styles: Styles) -> Table:
    """A labelled text of any length, one row per part so that it can continue on the next page."""
    parts: list[str] = []
    for paragraph in (text or "（无）").splitlines() or [""]:
        parts += [paragraph[n : n + TEXT_ROW] for n in range(0, max(len(paragraph), 1), TEXT_ROW)]
    data = [
        [para(label if n == 0 else "", styles.label), para(part, styles.body)] for n, part in enumerate(parts)
    ]
    table = Table(data, colWidths=[LABEL, WIDTH - LABEL])
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.song, 9),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEAFTER", (0, 0), (0, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _sign_table(labels: Sequence[str], styles: Styles) -> Table:
    """Boxes to sign in by hand, each with 签名 and the date's 年 月 日 at its foot."""
    space = "&nbsp;" * 4
    line = f"签名：{space * 3}{space}年{space}月{space}日"
    data = [[para(label, styles.label), Paragraph(line, styles.number)] for label in labels]
    width = SIGN_LABEL
    table = Table(data, colWidths=[width, WIDTH - width], rowHeights=[28 * mm] * len(labels))
    table.setStyle(table_style(0, styles.fonts.song))
    table.setStyle(TableStyle([("VALIGN", (1, 0), (1, -1), "BOTTOM")]))
    return table


def form_story(form: Form, fonts: FontSet, *, stub: bool = False) -> list[Flowable]:
    gw = Gongwen(fonts, body_size=14, leading=24) if form.stub is not None else Gongwen(fonts)
    styles = Styles(fonts, size=12)
    story: list[Flowable] = []
    if form.stub is not None:
        story += form_story(form.stub, fonts, stub=True)
        story.append(Spacer(1, 6 * mm))
        story.append(HRFlowable(width="100%", dash=(4, 3), color=GRID, thickness=0.6))
        story.append(para("（沿此线剪开，下联交信访人）", styles.centre))
        story.append(Spacer(1, 4 * mm))
    if form.copy_note:
        story.append(para(form.copy_note, styles.number))
    story.append(para(form.title, styles.heading_centre) if stub else gw.title(form.title))
    if form.number:
        story.append(para(form.number, styles.number))
    story.append(Spacer(1, 3 * mm))
    if form.recipient:
        story.append(gw.recipient(form.recipient))
    story += body_blocks(gw, form.intro)
    if form.recipient or form.intro:
        story.append(Spacer(1, 3 * mm))
    facts = _facts_table(form.rows, styles)
    if facts is not None:
        story.append(facts)
    for label, text in form.long_texts:
        story.append(_long_text(label, text, styles))
    if form.timeline:
        story.append(Spacer(1, 5 * mm))
        story.append(CondPageBreak(40 * mm))
        story.append(para("办理过程", styles.heading))
        story += data_tables(
            ("日期", "步骤", "内容", "经办人"),
            ((e.day, e.step, e.text, e.actor) for e in form.timeline),
            (25 * mm, 24 * mm, WIDTH - 25 * mm - 24 * mm - 22 * mm, 22 * mm),
            styles,
            align=("c", "c", "l", "c"),
        )
    if form.sign_rows:
        story.append(Spacer(1, 5 * mm))
        story.append(_sign_table(form.sign_rows, styles))
    if form.office:
        gap = 1 if form.stub is not None else 2
        story.append(KeepTogether(gw.signature(form.office, form.dated, form.seal, gap)))
    if form.note:
        story.append(Spacer(1, 4 * mm))
        story.append(para(f"备注：{form.note}", styles.small))
    return story


def write_form(
    form: Form,
    path: Path | str,
    fonts: FontSet,
    *,
    author: str = "",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """The form as a PDF; the number of pages."""
    return build(
        path,
        form_story(form, fonts),
        GONGWEN_PAGE,
        fonts,
        title=form.title,
        author=author or form.office,
        progress=progress,
        cancelled=cancelled,
    )
