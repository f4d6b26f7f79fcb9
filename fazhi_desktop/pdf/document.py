"""Building one PDF: the page (size, type area, page numbers), the fonts, progress and cancelling.

Every document is built into a temporary file beside the target and moved into place at the end, so
a cancelled or failed build leaves no half-written file. Progress is reported page by page (reportlab
lays the story out page after page, so a long report reports as it goes) and `cancelled()` is asked
after every page.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.pdf.fonts import FontSet

Numbering = Literal["outer", "centre", "none"]

#: GB/T 9704: the page number (4号) sits 7 mm under the type area, one character in from its edge.
PAGE_NUMBER_SIZE = 14.0
PAGE_NUMBER_GAP = 7 * mm


@dataclass(frozen=True)
class PageSetup:
    """A page: its size, the type area (left and top margins, width, height) and where numbers go."""

    size: tuple[float, float]
    left: float
    top: float
    width: float
    height: float
    numbers: Numbering = "centre"
    #: How far in from the edge of the type area an outer page number stands.
    number_inset: float = 16.0

    @property
    def bottom(self) -> float:
        """The type area's lower edge, measured from the bottom of the page."""
        return self.size[1] - self.top - self.height


#: GB/T 9704-2012: A4, top 37 mm, left 28 mm, type area 156 × 225 mm, page numbers on the outer side.
GONGWEN_PAGE = PageSetup(A4, 28 * mm, 37 * mm, 156 * mm, 225 * mm, "outer", 156 * mm / 28)
#: Reports with wide tables: A4 portrait, 20 mm all round.
REPORT_PAGE = PageSetup(A4, 20 * mm, 18 * mm, 170 * mm, 250 * mm, "centre")
#: The 研判 agenda: A4 landscape, 15 mm all round.
LANDSCAPE_PAGE = PageSetup(landscape(A4), 15 * mm, 15 * mm, 267 * mm, 170 * mm, "centre")


def page_number_text(number: int) -> str:
    """GB/T 9704 writes page numbers as "— 1 —"."""
    return f"— {number} —"


class _Document(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(
        self,
        filename: str,
        setup: PageSetup,
        fonts: FontSet,
        progress: Progress | None,
        cancelled: CancelCheck | None,
        **meta: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=setup.size,
            leftMargin=setup.left,
            rightMargin=setup.size[0] - setup.left - setup.width,
            topMargin=setup.top,
            bottomMargin=setup.bottom,
            initialFontName=fonts.fang,  # never Helvetica: every font in the file must be embedded
            initialFontSize=12,
            creator="法治信访",
            keywords=f"字体 {fonts.description()}",  # which faces printed it (issue 15)
            **meta,
        )
        self.setup = setup
        self.fonts = fonts
        self.pages = 0
        self._progress = progress
        self._cancelled = cancelled
        frame = Frame(
            setup.left,
            setup.bottom - 0.01,
            setup.width,
            setup.height + 0.02,  # the lines of the grid fill it exactly: allow rounding
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._number)])

    def _number(self, canv: Canvas, _doc: object) -> None:
        setup = self.setup
        number = canv.getPageNumber()
        self.pages = number
        if setup.numbers == "none":
            return
        text = page_number_text(number)
        canv.saveState()
        canv.setFont(self.fonts.song, PAGE_NUMBER_SIZE)
        y = setup.bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE * 0.8
        if setup.numbers == "centre":
            canv.drawCentredString(setup.left + setup.width / 2, y, text)
        elif number % 2:  # odd pages on the right, even pages on the left
            canv.drawRightString(setup.left + setup.width - setup.number_inset, y, text)
        else:
            canv.drawString(setup.left + setup.number_inset, y, text)
        canv.restoreState()

    def afterPage(self) -> None:
        report(self._progress, self.pages, 0)
        check(self._cancelled)


def build(
    path: Path | str,
    story: Sequence[Flowable],
    setup: PageSetup,
    fonts: FontSet,
    *,
    title: str,
    author: str = "",
    subject: str = "",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Lay `story` out on pages of `setup` into `path`; the number of pages."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".pdf", prefix=".fazhi-", dir=target.parent)
    os.close(handle)
    try:
        doc = _Document(
            temporary, setup, fonts, progress, cancelled, title=title, author=author, subject=subject
        )
        doc.build(list(story))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return doc.pages
