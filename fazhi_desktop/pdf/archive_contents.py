"""卷内目录 and a year's 档案索引. The 卷内目录: the cover of a filed matter — its archive number, case, petitioner and dates — and the list
of everything in the file (its documents, every step of the handling, its attachments), on A4.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from fazhi_desktop.domain.archive import ATTACHMENTS, DOCUMENTS, STEPS, CaseContents, IndexLine
from fazhi_desktop.pdf.document import LANDSCAPE_PAGE, REPORT_PAGE, build
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.tables import Styles, data_tables, fit_widths, para

WIDTH = REPORT_PAGE.width


def contents_story(contents: CaseContents, fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=10)
    c = contents
    story: list[Flowable] = [
        para("卷内目录", styles.title),
        para(f"档号：{c.archive_number}　　信访件编号：{c.number}", styles.subtitle),
        para(f"立档单位：{c.office}　信访人：{c.petitioner or '（匿名）'}", styles.body),
        para(f"事由：{c.summary}", styles.body),
        para(
            f"登记日期：{chinese_date(c.registered_on)}　办结日期：{chinese_date(c.closed_on) if c.closed_on else '—'}"
            f"　归档日期：{chinese_date(c.filed_on)}　立卷人：{c.filed_by}",
            styles.body,
        ),
        para(
            f"本卷共有文书 {c.count(DOCUMENTS)} 份、办理过程记录 {c.count(STEPS)} 条、附件 {c.count(ATTACHMENTS)} 个。",
            styles.body,
        ),
    ]
    header = ("序号", "类别", "题名", "日期", "责任者", "备注")
    rows: list[Sequence[str]] = [
        (str(n), e.section, e.title, str(e.day) if e.day else "—", e.by, e.note)
        for n, e in enumerate(c.entries, 1)
    ]
    spec = (0.0, 0.0, 2.5, 0.0, 1.0, 1.5)
    columns = [([header[i], *(r[i] for r in rows)] if w == 0 else [], w) for i, w in enumerate(spec)]
    story += data_tables(
        header,
        rows,
        fit_widths(WIDTH, columns, fonts.song, styles.size),
        styles,
        align=("c", "c", "l", "c", "l", "l"),
    )
    return story


def write_contents(contents: CaseContents, path: Path | str, fonts: FontSet) -> int:
    title = f"卷内目录 {contents.archive_number}"
    return build(
        path, contents_story(contents, fonts), REPORT_PAGE, fonts, title=title, author=contents.office
    )


def index_story(title: str, office: str, lines: Sequence[IndexLine], fonts: FontSet) -> list[Flowable]:
    styles = Styles(fonts, size=9)
    header = ("序号", "档号", "信访件编号", "信访人", "事由", "办结日期", "归档日期", "文书", "过程", "附件")
    rows = [
        (
            str(n),
            i.archive_number,
            i.number,
            i.petitioner,
            i.summary,
            str(i.closed_on or "—"),
            str(i.filed_on),
            str(i.documents),
            str(i.steps),
            str(i.attachments),
        )
        for n, i in enumerate(lines, 1)
    ]
    spec = (0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    columns = [([header[i], *(r[i] for r in rows)] if w == 0 else [], w) for i, w in enumerate(spec)]
    return [
        para(title, styles.title),
        para(f"立档单位：{office}　共 {len(lines)} 卷", styles.subtitle),
        *data_tables(
            header,
            rows,
            fit_widths(LANDSCAPE_PAGE.width, columns, fonts.song, styles.size),
            styles,
            align=("c", "l", "l", "l", "l", "c", "c", "r", "r", "r"),
        ),
    ]


def write_index(title: str, office: str, lines: Sequence[IndexLine], path: Path | str, fonts: FontSet) -> int:
    return build(
        path, index_story(title, office, lines, fonts), LANDSCAPE_PAGE, fonts, title=title, author=office
    )
