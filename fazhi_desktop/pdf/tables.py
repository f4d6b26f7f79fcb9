"""Text styles and tables for forms and reports: every cell wraps Chinese (wordWrap='CJK'), so a long
摘要 grows its row instead of running out of the cell, and long tables are cut into tables of
`CHUNK` rows (each repeating its header), which reportlab lays out much faster than one huge table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from fazhi_desktop.pdf.fonts import FontSet

#: Rows per table: more in one table slows the layout down (PLATFORM.md).
CHUNK = 500
GRID = colors.HexColor("#555555")
HEADER_BACKGROUND = colors.HexColor("#e8edf3")
TIER_COLOURS = {
    "red": colors.HexColor("#c62828"),
    "yellow": colors.HexColor("#b08800"),
    "green": colors.HexColor("#2e7d32"),
}

Cell = Any


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of forms and reports, in the document's faces."""

    fonts: FontSet
    size: float = 10.5

    def _style(
        self, name: str, font: str, size: float, align: int = TA_LEFT, **extra: object
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * 1.45,
            alignment=align,
            wordWrap="CJK",
            **extra,
        )

    @property
    def body(self) -> ParagraphStyle:
        return self._style("body", self.fonts.fang, self.size)

    @property
    def number(self) -> ParagraphStyle:
        return self._style("number", self.fonts.song, self.size, TA_RIGHT)

    @property
    def centre(self) -> ParagraphStyle:
        return self._style("centre", self.fonts.fang, self.size, TA_CENTER)

    @property
    def label(self) -> ParagraphStyle:
        return self._style("label", self.fonts.hei, self.size, TA_CENTER)

    @property
    def header(self) -> ParagraphStyle:
        return self._style("header", self.fonts.hei, self.size, TA_CENTER)

    @property
    def small(self) -> ParagraphStyle:
        return self._style("small", self.fonts.fang, self.size - 1.5)

    @property
    def heading(self) -> ParagraphStyle:
        return self._style("heading", self.fonts.hei, self.size + 3.5, spaceBefore=10, spaceAfter=6)

    @property
    def heading_centre(self) -> ParagraphStyle:
        return self._style("heading_centre", self.fonts.hei, self.size + 3.5, TA_CENTER, spaceAfter=4)

    @property
    def subheading(self) -> ParagraphStyle:
        return self._style("subheading", self.fonts.kai, self.size + 1.5, spaceBefore=6, spaceAfter=4)

    @property
    def title(self) -> ParagraphStyle:
        return self._style("title", self.fonts.title, 20, TA_CENTER, spaceAfter=6)

    @property
    def subtitle(self) -> ParagraphStyle:
        return self._style("subtitle", self.fonts.kai, self.size + 1.5, TA_CENTER, spaceAfter=8)


def fit_widths(
    total: float,
    columns: Sequence[tuple[Sequence[str], float]],
    font: str,
    size: float,
) -> list[float]:
    """Column widths that fill `total`: a column given texts (numbers, dates) is as wide as its widest
    text, so that it never wraps; the others (weight > 0) share the rest by their weights."""
    padding = 9.0
    cap = total / 4  # one odd value never takes the page
    fixed = [
        min(max((stringWidth(t, font, size) for t in texts), default=0.0) + padding, cap) if texts else 0.0
        for texts, _weight in columns
    ]
    rest = max(total - sum(fixed), 0.0)
    weights = sum(w for texts, w in columns if not texts) or 1.0
    return [f if texts else rest * w / weights for f, (texts, w) in zip(fixed, columns, strict=True)]


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (markup characters escaped, line breaks kept)."""
    shown = "" if text is None else str(text)
    return Paragraph(escape(shown).replace("\n", "<br/>"), style)


def cells(values: Iterable[object], style: ParagraphStyle) -> list[Cell]:
    return [para(v, style) for v in values]


def table_style(header_rows: int, font: str) -> TableStyle:
    """Grid lines, padding, a shaded header; `font` for any plain-string cell (never reportlab's
    default Helvetica, which is not embedded)."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BACKGROUND))
    return TableStyle(commands)


def data_tables(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    align: Sequence[str] = (),
    row_styles: Sequence[tuple[int, Sequence[tuple[object, ...]]]] = (),
) -> list[Table]:
    """A header and rows as tables of at most `CHUNK` rows each; `align` per column ("l", "r", "c")."""
    by_column = {"r": styles.number, "c": styles.centre}
    column_styles = [by_column.get(a, styles.body) for a in align] + [styles.body] * len(widths)
    head = cells(header, styles.header)
    tables: list[Table] = []
    chunk: list[list[Cell]] = []
    extra: list[tuple[object, ...]] = []

    def flush() -> None:
        if not chunk:
            return
        table = Table([head, *chunk], colWidths=list(widths), repeatRows=1)
        table.setStyle(table_style(1, styles.fonts.song))
        if extra:
            table.setStyle(TableStyle(extra))
        tables.append(table)
        chunk.clear()
        extra.clear()

    styled = dict(row_styles)
    for index, row in enumerate(rows):
        chunk.append([para(value, column_styles[n]) for n, value in enumerate(row)])
        for command in styled.get(index, ()):
            name, *rest = command
            extra.append((name, (rest[0], len(chunk)), (rest[1], len(chunk)), *rest[2:]))
        if len(chunk) >= CHUNK:
            flush()
    flush()
    if not tables:
        table = Table(
            [head, [para("（无）", styles.centre)] + [""] * (len(widths) - 1)], colWidths=list(widths)
        )
        table.setStyle(table_style(1, styles.fonts.song))
        table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1))]))
        tables.append(table)
    return tables
