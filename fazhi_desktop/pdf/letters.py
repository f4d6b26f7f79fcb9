"""Notices and reports laid out as 公文 (GB/T 9704): 受理告知书, 不予受理告知书, 延期告知书, 信访处理意见书,
复查意见书, 复核意见书 to the petitioner and the 办结报告 to a higher level.

A `Letter` is the filled text (services/reports/notices.py fills it from the case and the office's
templates); this module only lays it out: the title, the 发文字号 under it, a blank line, the person
or office addressed, the body (a line like 一、… or （一）… prints as a heading), the closing words,
the 落款 (seal words, office, date) and the 附注 with the office's contact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.pdf.document import GONGWEN_PAGE, build
from fazhi_desktop.pdf.fonts import FontSet
from fazhi_desktop.pdf.gongwen import Gongwen

HEADING_1 = re.compile(r"^[一二三四五六七八九十]+、")
HEADING_2 = re.compile(r"^（[一二三四五六七八九十]+）")
HEADING_3 = re.compile(r"^\d+[.．]")


@dataclass(frozen=True)
class Letter:
    """One 公文-style document, filled."""

    title: str
    doc_number: str
    recipient: str
    paragraphs: tuple[str, ...]
    closing: str
    office: str
    dated: str
    seal: str = ""
    contact: str = ""
    #: A line above the title saying whose copy this is (e.g. the copy for the unit).
    copy_note: str = ""
    author: str = ""


def heading_level(text: str) -> int:
    """1 for 一、, 2 for （一）, 3 for 1.; 0 for body text."""
    if HEADING_1.match(text):
        return 1
    if HEADING_2.match(text):
        return 2
    if HEADING_3.match(text):
        return 3
    return 0


def body_blocks(gw: Gongwen, paragraphs: Sequence[str]) -> list[Flowable]:
    blocks: list[Flowable] = []
    for paragraph in paragraphs:
        text = paragraph.strip()
        if not text:
            continue
        level = heading_level(text)
        blocks.append(gw.heading(level, text) if level and len(text) <= 40 else gw.paragraph(text))
    return blocks


def letter_story(letter: Letter, fonts: FontSet) -> list[Flowable]:
    gw = Gongwen(fonts)
    story: list[Flowable] = []
    if letter.copy_note:
        story.append(gw.right(letter.copy_note))
    story.append(gw.title(letter.title))
    if letter.doc_number:
        story.append(gw.centred(letter.doc_number))
    story.append(gw.blank())
    if letter.recipient:
        story.append(gw.recipient(letter.recipient))
    story += body_blocks(gw, letter.paragraphs)
    if letter.closing:
        story.append(gw.paragraph(letter.closing))
    story += gw.signature(letter.office, letter.dated, letter.seal)
    if letter.contact:  # 附注: on the line under the date (GB/T 9704 7.3.6)
        story.append(gw.note(letter.contact))
    return story


def write_letter(
    letter: Letter,
    path: Path | str,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """The letter as a PDF; the number of pages."""
    return build(
        path,
        letter_story(letter, fonts),
        GONGWEN_PAGE,
        fonts,
        title=letter.title,
        author=letter.author or letter.office,
        progress=progress,
        cancelled=cancelled,
    )
