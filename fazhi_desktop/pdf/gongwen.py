"""GB/T 9704-2012 (党政机关公文格式): the type grid and the blocks of a 公文.

The type area (156 × 225 mm) holds 22 lines of 28 characters of 3号 (16 pt) 仿宋. 28 characters of
16 pt are 158 mm, two more than the area is wide, so every character advances by 156 mm / 28 (a
character spacing of −0.2 pt, as Word's 文档网格 does), and the lines are 225 mm / 22 apart. Every
block here (title, headings, body, 落款) sits on that grid, so a page holds exactly 22 lines.

reportlab's Paragraph has no character spacing, so `GridText` lays Chinese out itself: line breaks
between any two Chinese characters, never inside a run of Latin letters or digits, no closing
punctuation at the start of a line and no opening one at its end (避头尾), lines justified by
spreading the remaining space over the characters, and paragraphs split between pages by line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from fazhi_desktop.pdf.document import GONGWEN_PAGE
from fazhi_desktop.pdf.fonts import FontSet

#: 3号 and 2号 in points.
BODY_SIZE = 16.0
TITLE_SIZE = 22.0
CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
#: The advance of one character and the distance of two lines on the grid.
PITCH = GONGWEN_PAGE.width / CHARS_PER_LINE
LEADING = GONGWEN_PAGE.height / LINES_PER_PAGE

Align = Literal["justify", "left", "centre", "right"]

#: 避头尾: characters that may not start a line, and characters that may not end one.
NO_LINE_START = frozenset("，。、；：？！）》」』”’】〕〉〗…—·%‰,.;:?!)]}")
NO_LINE_END = frozenset("（《「『“‘【〔〈〖([{")
#: A title breaks before these or after those when it must take two lines (GB/T 9704: 词意完整).
PHRASE_STARTS = frozenset("（《")
STRONG_BREAKS = ("的", "关于", "年度", "年", "事项")
WEAK_BREAKS = tuple("局县市镇委府院厅部办号")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _is_word(ch: str) -> bool:
    """A character of a Latin word or a number, which is never broken across lines."""
    return (ch.isascii() and (ch.isalnum() or ch in "-./:%_")) or ch == "＿"


@dataclass(frozen=True)
class Line:
    text: str
    #: Where the line starts, in points from the left edge of the block.
    offset: float
    #: The natural width of the line.
    width: float
    #: The last line of its paragraph (never justified).
    last: bool


class GridText(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One paragraph on the character grid: `indent` and `right_indent` in characters."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float = BODY_SIZE,
        *,
        pitch: float | None = None,
        leading: float = LEADING,
        indent: float = 0,
        hanging: float = 0,
        right_indent: float = 0,
        align: Align = "justify",
        embolden: bool = False,
        color: Color = black,
        lines: Sequence[Line] | None = None,
        prefer_breaks: bool = False,
    ) -> None:
        super().__init__()
        #: Titles: break where a phrase ends (after 关于…的, 局, 县, 年度, before （) rather than anywhere.
        self.prefer_breaks = prefer_breaks
        self.text = text
        self.font = font
        self.size = size
        self.pitch = pitch if pitch is not None else (PITCH if size == BODY_SIZE else size)
        self.leading = leading
        self.indent = indent
        self.hanging = hanging
        self.right_indent = right_indent
        self.align = align
        self.embolden = embolden
        self.color = color
        self._lines: list[Line] | None = list(lines) if lines is not None else None
        self._laid_for: float | None = None

    # -- layout ---------------------------------------------------------------------------------

    @property
    def spacing(self) -> float:
        """The character spacing (PDF Tc) that makes a 1-em character advance by `pitch`."""
        return self.pitch - self.size

    def advance(self, ch: str) -> float:
        if _is_wide(ch):
            return self.pitch
        return float(stringWidth(ch, self.font, self.size)) + self.spacing

    def lay_out(self, width: float) -> list[Line]:
        """The lines of the paragraph in a block `width` points wide."""
        text = self.text
        advances = [self.advance(ch) for ch in text]
        lines: list[Line] = []
        start, first = 0, True
        right = self.right_indent * self.pitch
        while start < len(text) or first:
            left = (self.indent if first else self.hanging) * self.pitch
            room = width - left - right
            end, used = start, 0.0
            while end < len(text) and used + advances[end] <= room + 0.01:
                used += advances[end]
                end += 1
            if end < len(text):
                end = self._break_at(text, start, end)
                if self.prefer_breaks:
                    end = self._phrase_break(text, start, end)
                used = sum(advances[start:end])
            if end == start and start < len(text):  # one character wider than the line: take it anyway
                end, used = start + 1, advances[start]
            lines.append(Line(text[start:end], left, used, end >= len(text)))
            start, first = end, False
        return lines

    @staticmethod
    def _break_at(text: str, start: int, end: int) -> int:
        """Move a break before `end` back so that no rule of line breaking is broken (if it can be):
        not inside a Latin word or number, not before closing or after opening punctuation."""
        candidate = end
        for _ in range(8):
            moved = candidate
            if _is_word(text[moved - 1]) and _is_word(text[moved]) and text[moved - 1] != "-":
                back = moved
                while back > start and _is_word(text[back - 1]):
                    back -= 1
                if back > start:
                    moved = back
            while moved - 1 > start and (text[moved] in NO_LINE_START or text[moved - 1] in NO_LINE_END):
                moved -= 1
            if moved == candidate:
                break
            candidate = moved
        return candidate

    @staticmethod
    def _phrase_break(text: str, start: int, end: int) -> int:
        """The last phrase boundary before `end` that keeps the line at least half full (a strong one —
        before （ or 《, after 的, 关于, 年度 — else one after the name of an organ), else `end`."""
        lowest = start + (end - start) // 2
        for boundaries in (STRONG_BREAKS, WEAK_BREAKS):
            for position in range(end, lowest, -1):
                if text[position] in PHRASE_STARTS or text[start:position].endswith(boundaries):
                    return position
        return end

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or self._laid_for != avail_width:
            if self._laid_for is None and self._lines is not None:
                self._laid_for = avail_width  # lines handed over by a split
            else:
                self._lines = self.lay_out(avail_width)
                self._laid_for = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fit = int((avail_height + 0.05) // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        return [self._part(self._lines[:fit]), self._part(self._lines[fit:])]

    def _part(self, lines: list[Line]) -> GridText:
        return GridText(
            self.text,
            self.font,
            self.size,
            pitch=self.pitch,
            leading=self.leading,
            indent=self.indent,
            hanging=self.hanging,
            right_indent=self.right_indent,
            align=self.align,
            embolden=self.embolden,
            color=self.color,
            lines=lines,
            prefer_breaks=self.prefer_breaks,
        )

    # -- drawing --------------------------------------------------------------------------------

    def draw(self) -> None:
        assert self._lines is not None
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.color)
        if self.embolden:  # fill and stroke the outlines: a bold face from a regular one
            canv.setStrokeColor(self.color)
            canv.setLineWidth(self.size * 0.035)
            canv._code.append("2 Tr")
        right = self.right_indent * self.pitch
        for n, line in enumerate(self._lines):
            baseline = self.height - n * self.leading - self.size * 0.88
            spacing = self.spacing
            x = line.offset
            room = self.width - line.offset - right
            if self.align == "justify" and not line.last and len(line.text) > 1:
                spare = room - line.width
                if 0 < spare < 6 * self.pitch:
                    spacing += spare / (len(line.text) - 1)
            elif self.align == "centre":
                x += (room - line.width) / 2
            elif self.align == "right":
                x += room - line.width
            text = canv.beginText(x, baseline)
            text.setFont(self.font, self.size)
            text.setCharSpace(spacing)
            text.textOut(line.text)
            canv.drawText(text)
        canv.restoreState()


class Gongwen:
    """The blocks of a 公文, in the faces and sizes GB/T 9704 gives them."""

    def __init__(self, fonts: FontSet, body_size: float = BODY_SIZE, leading: float = LEADING) -> None:
        self.fonts = fonts
        self.size = body_size
        self.leading = leading

    def _text(self, text: str, font: str, **options: object) -> GridText:
        return GridText(text, font, self.size, leading=self.leading, **options)  # type: ignore[arg-type]

    def blank(self, lines: int = 1) -> Spacer:
        return Spacer(1, lines * self.leading)

    def title(self, text: str) -> GridText:
        """标题: 2号小标宋, centred; a long title wraps onto further centred lines."""
        return GridText(
            text,
            self.fonts.title,
            TITLE_SIZE,
            align="centre",
            embolden=self.fonts.embolden_title,
            prefer_breaks=True,
        )

    def centred(self, text: str) -> GridText:
        """A centred body line (发文字号, a subtitle)."""
        return self._text(text, self.fonts.fang, align="centre")

    def recipient(self, text: str) -> GridText:
        """主送机关 / the person addressed: flush left, ending with a full-width colon."""
        return self._text(text if text.endswith("：") else text + "：", self.fonts.fang, align="left")

    def paragraph(self, text: str) -> GridText:
        """正文: 3号仿宋, indented two characters, justified."""
        return self._text(text, self.fonts.fang, indent=2)

    def heading(self, level: int, text: str) -> GridText:
        """一、 in 黑体; （一） in 楷体; 1. and （1） in 仿宋 — each indented two characters like the body."""
        font = {1: self.fonts.hei, 2: self.fonts.kai}.get(level, self.fonts.fang)
        return self._text(text, font, indent=2)

    def right(self, text: str, right_indent: float = 0) -> GridText:
        return self._text(text, self.fonts.fang, align="right", right_indent=right_indent)

    def signature(self, office: str, dated: str, seal: str = "", gap: int = 2) -> list[Flowable]:
        """落款: the office's name above the date, the date four characters in from the right (GB/T 9704
        7.3.5.1), the seal's words beside them; two blank lines above."""
        office_w, date_w, seal_w = (self.characters(t) for t in (office, dated, seal))
        if office_w <= date_w:
            date_indent = 4.0
            office_indent = date_indent + (date_w - office_w) / 2
        else:  # a long name: it stands two characters in, the date centred under it
            office_indent = 2.0
            date_indent = office_indent + (office_w - date_w) / 2
        blocks: list[Flowable] = [self.blank(gap)] if gap else []
        if seal:
            seal_indent = max(office_indent + (office_w - seal_w) / 2, 0)
            blocks.append(self._text(seal, self.fonts.fang, align="right", right_indent=seal_indent))
        blocks.append(self._text(office, self.fonts.fang, align="right", right_indent=office_indent))
        blocks.append(self._text(dated, self.fonts.fang, align="right", right_indent=date_indent))
        return blocks

    def characters(self, text: str) -> float:
        """How many body characters wide `text` is (digits and Latin letters are narrower)."""
        probe = self._text(text, self.fonts.fang)
        return sum(probe.advance(ch) for ch in text) / probe.pitch

    def note(self, text: str) -> GridText:
        """附注: in parentheses, indented two characters (GB/T 9704 7.3.6)."""
        wrapped = text if text.startswith("（") else f"（{text}）"
        return self._text(wrapped, self.fonts.fang, indent=2)


def chinese_date(day: object) -> str:
    """成文日期 as GB/T 9704-2012 writes it: Arabic numerals, no leading zeros (2024年11月20日)."""
    year, month, date_ = (int(part) for part in str(day)[:10].split("-"))
    return f"{year}年{month}月{date_}日"
