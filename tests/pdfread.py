"""Reading produced PDFs back with pypdf: the text, where each run of text stands, the fonts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader

MM = 72 / 25.4


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn: its baseline origin in points from the page's lower left corner."""

    text: str
    x: float
    y: float
    size: float


def runs(path: Path | str) -> list[list[Run]]:
    """The runs of text of each page, in drawing order."""
    pages: list[list[Run]] = []
    for page in PdfReader(str(path)).pages:
        found: list[Run] = []

        def visit(
            text: str, cm: list[float], tm: list[float], _font: Any, size: float, found: list[Run] = found
        ) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Run(text.strip("\n"), x, y, size * abs(tm[0] or 1) * abs(cm[0] or 1)))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def text(path: Path | str) -> str:
    """All the text, pages joined."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def flat(path: Path | str) -> str:
    """All the text without line breaks and spaces (a wrapped sentence reads whole)."""
    return "".join(text(path).split())


def page_sizes(path: Path | str) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def _fonts_of(resources: Any, found: dict[str, bool], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    font_dict = resources.get("/Font")
    for ref in font_dict.get_object().values() if font_dict is not None else ():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        found[str(font.get("/BaseFont"))] = embedded
    objects = resources.get("/XObject")
    for ref in objects.get_object().values() if objects is not None else ():
        form = ref.get_object()
        if id(form) not in seen and form.get("/Subtype") == "/Form":
            seen.add(id(form))
            _fonts_of(form.get("/Resources"), found, seen)


def fonts(path: Path | str) -> dict[str, bool]:
    """Every font the pages (and the forms drawn on them) use, by its base name, and whether its
    program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        _fonts_of(page.get("/Resources"), found, set())
    return found
