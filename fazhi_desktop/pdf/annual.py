"""The data section of the year's 法治政府建设工作报告 laid out per GB/T 9704: 2号 title, 3号 仿宋 body on the
22 × 28 grid, 一、 headings in 黑体 and （一） in 楷体, the 落款 and page numbers on the outer side — ready
to paste into the bureau's report. The sentences are written by services/reports/annual.py.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf.document import GONGWEN_PAGE, build
from fazhi_desktop.pdf.figures import AnnualReport
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import Gongwen, chinese_date
from fazhi_desktop.pdf.letters import body_blocks


def annual_story(report: AnnualReport, fonts: FontSet) -> list[Flowable]:
    gw = Gongwen(fonts)
    story: list[Flowable] = [gw.title(report.title), gw.blank()]
    for heading, paragraphs in report.sections:
        story.append(gw.heading(1, heading))
        story += body_blocks(gw, paragraphs)
    story += gw.signature(report.office, chinese_date(report.dated))
    return story


def write_annual(
    report: AnnualReport,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    return build(
        path,
        annual_story(report, fonts),
        GONGWEN_PAGE,
        fonts,
        title=report.title,
        author=report.office,
        progress=progress,
        cancelled=cancelled,
    )
