"""The GB/T 9704 page, measured on the PDF: A4, margins, 22 lines of 28 characters, page numbers, breaks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from fazhi_desktop.pdf import fonts
from fazhi_desktop.pdf.document import GONGWEN_PAGE, build
from fazhi_desktop.pdf.gongwen import CHARS_PER_LINE, LINES_PER_PAGE, NO_LINE_START, Gongwen, GridText
from tests.pdfread import MM, Run, page_sizes, runs
from tests.pdfread import fonts as pdf_fonts

PAGE_HEIGHT = A4[1]
#: The ideographic em box reaches this far above the baseline (CJK fonts: 880 of 1000 units).
EM_TOP = 0.88
TEXT = "信访工作是党的群众工作的重要组成部分，是了解社情民意的重要窗口。" * 12
#: Without punctuation, so that no rule of line breaking shortens a line.
PLAIN = "信访工作是党的群众工作的重要组成部分是了解社情民意的重要窗口" * 60


def body_runs(page: list[Run]) -> list[Run]:
    return [r for r in page if r.size == 16]


def make(tmp_path: Path, *blocks: object, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    build(path, list(blocks), GONGWEN_PAGE, fonts.font_set(), title="测试")
    return path


def test_a4_with_the_margins_of_gbt_9704(tmp_path: Path) -> None:
    gw = Gongwen(fonts.font_set())
    path = make(tmp_path, gw.paragraph(TEXT))
    assert page_sizes(path)[0] == pytest.approx(A4, abs=0.01)
    lines = body_runs(runs(path)[0])
    left = min(r.x for r in lines)
    top = PAGE_HEIGHT - (lines[0].y + EM_TOP * lines[0].size)
    assert left / MM == pytest.approx(28, abs=0.2)
    assert top / MM == pytest.approx(37, abs=0.2)
    assert lines[0].x / MM == pytest.approx(28 + 2 * 156 / 28, abs=0.2)  # indented two characters


def test_22_lines_of_28_characters_a_page(tmp_path: Path) -> None:
    gw = Gongwen(fonts.font_set())
    path = make(tmp_path, gw.paragraph(PLAIN))
    pages = [body_runs(page) for page in runs(path)]
    assert len(pages) >= 2
    first, second = pages[0], pages[1]
    assert len(first) == LINES_PER_PAGE and len(second) == LINES_PER_PAGE
    assert len(first[0].text) == CHARS_PER_LINE - 2  # the indented first line
    assert all(len(r.text) == CHARS_PER_LINE for r in first[1:])
    pitch = (first[0].y - first[-1].y) / (LINES_PER_PAGE - 1)
    assert pitch / MM == pytest.approx(225 / 22, abs=0.01)


def test_no_line_starts_with_closing_punctuation_and_numbers_stay_whole(tmp_path: Path) -> None:
    gw = Gongwen(fonts.font_set())
    texts = [
        "你（们）反映的问题已登记，信访件编号为431127-2024-000001。" * 3,
        "测试。" * 40,
        "全年共受理信访事项1234件、2345人次，同比下降2.4%；" * 6,
    ]
    path = make(tmp_path, *(gw.paragraph(t) for t in texts))
    lines = [r.text for page in runs(path) for r in body_runs(page)]
    assert not [line for line in lines if line[0] in NO_LINE_START]
    joined = "|".join(lines)
    for number in ("1234件", "2345人次", "2.4%"):
        assert joined.count(number) == 6


def test_page_numbers_alternate_sides(tmp_path: Path) -> None:
    gw = Gongwen(fonts.font_set())
    path = make(tmp_path, gw.paragraph(TEXT * 6))
    pages = runs(path)
    assert len(pages) >= 3
    right_edge = (28 + 156) * MM
    for number, page in enumerate(pages, 1):
        (mark,) = [r for r in page if r.size == 14]
        assert mark.text == f"— {number} —"
        if number % 2:
            assert mark.x > right_edge - 40 * MM  # odd: on the right
        else:
            assert mark.x / MM == pytest.approx(28 + 156 / 28, abs=0.3)  # even: one character in on the left
        assert (PAGE_HEIGHT - mark.y) / MM > 37 + 225 + 7  # under the type area


def test_a_long_title_breaks_where_a_phrase_ends(tmp_path: Path) -> None:
    gw = Gongwen(fonts.font_set())
    path = make(tmp_path, gw.title("蓝山县信访局2024年度法治政府建设工作情况（信访工作部分）"))
    title = [r.text for r in runs(path)[0] if r.size == 22]
    assert title == ["蓝山县信访局2024年度", "法治政府建设工作情况（信访工作部分）"]


def test_every_font_is_embedded_and_none_is_the_builtin_cid_font(tmp_path: Path) -> None:
    gw = Gongwen(fonts.font_set())
    path = make(
        tmp_path,
        gw.title("标题"),
        gw.paragraph(TEXT),
        *gw.signature("蓝山县信访局", "2024年11月20日", "（印章）"),
    )
    used = pdf_fonts(path)
    assert used and all(used.values()), used
    assert not [name for name in used if "STSong" in name or "Helvetica" in name]


def test_the_official_faces_are_used_when_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAZHI_PDF_FONTS", raising=False)
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for name in ("SIMFANG.TTF", "simhei.ttf", "simkai.ttf"):  # stand-ins with the official names
        shutil.copy(fonts.FREE_FONT_FILE, folder / name)
    found = fonts.find_official([folder])
    assert set(found) == {"fang", "hei", "kai"}
    faces = fonts.font_set([folder])
    assert faces.official == ("fang", "hei", "kai")
    assert faces.fang != fonts.FREE_FONT and faces.song == fonts.FREE_FONT and faces.embolden_title
    assert fonts.font_set([tmp_path / "nothing"]).official == ()


def test_missing_glyphs_are_found() -> None:
    free = fonts.register_free()
    assert fonts.missing_characters("信访事项受理告知书〔2024〕—", free) == set()
    assert fonts.missing_characters("𠀀", free) == {"𠀀"}


def test_grid_text_splits_between_pages_by_line() -> None:
    block = GridText(TEXT, fonts.font_set().fang)
    width, height = block.wrap(GONGWEN_PAGE.width, 10_000)
    assert width == GONGWEN_PAGE.width and height == pytest.approx(len(block.lay_out(width)) * 225 * MM / 22)
    first, rest = block.split(GONGWEN_PAGE.width, 3.5 * 225 * MM / 22)
    assert first.wrap(width, 10_000)[1] == pytest.approx(3 * 225 * MM / 22)
    assert len(rest.lay_out(width)) >= 1


def test_long_tables_are_cut_into_tables_of_500_rows_with_their_header(tmp_path: Path) -> None:
    from fazhi_desktop.pdf.tables import CHUNK, Styles, data_tables

    styles = Styles(fonts.font_set())
    rows = [
        (f"431127-2024-{n:06d}", "反映拖欠工资三个月未付，多次讨要无果" * (n % 3 + 1)) for n in range(1, 1201)
    ]
    tables = data_tables(("编号", "反映问题"), rows, (120, 300), styles)
    assert CHUNK == 500 and len(tables) == 3
    path = tmp_path / "long.pdf"
    pages = build(path, tables, GONGWEN_PAGE, fonts.font_set(), title="长表")
    printed = "".join(r.text for page in runs(path) for r in page)
    assert pages > 20 and all(f"431127-2024-{n:06d}" in printed for n in (1, 500, 501, 1200))
    assert all(any(r.text == "编号" for r in page) for page in runs(path))  # the header on every page
