"""The case list over 10,000 demo cases: paging, sorting and filtering in SQL, Qt's model checks."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.cases.reading import CaseFilter, count_cases
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.office import directories
from fazhi_desktop.store import search
from fazhi_desktop.ui.case_list.model import COLUMN_KEYS, CaseTableModel
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.paging import PAGE_SIZE
from fazhi_desktop.ui.session import UiSession

DEMO_CASES = 10_000
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, _templates: dict[str, str]) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(_templates["sqlite"], path)
    ctx = open_context(str(path), "tester")
    demo.generate(ctx, DEMO_CASES, seed=3)
    ctx.close()
    return path


@pytest.fixture
def demo_ctx(demo_db: Path, tmp_path: Path) -> Iterator[Context]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_db, path)
    ctx = open_context(str(path), "tester")
    yield ctx
    ctx.close()


def _column(name: str) -> int:
    return COLUMN_KEYS.index(name)


def test_the_model_passes_qt_model_checks(demo_ctx: Context, qtmodeltester: object) -> None:
    model = CaseTableModel(demo_ctx)
    assert model.rowCount() == DEMO_CASES
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_are_fetched_a_page_at_a_time(demo_ctx: Context) -> None:
    model = CaseTableModel(demo_ctx)
    last = model.index(DEMO_CASES - 1, _column("number"))
    assert model.data(last)  # the last row, without loading the ones before it
    assert len(model._pages) == 1
    first = model.index(0, _column("registered_on"))
    newest = model.data(first)
    oldest = model.data(model.index(DEMO_CASES - 1, _column("registered_on")))
    assert newest >= oldest
    assert len(model._pages) == 2 and PAGE_SIZE < DEMO_CASES


def test_sorting_happens_in_sql(demo_ctx: Context) -> None:
    model = CaseTableModel(demo_ctx)
    model.sort(_column("number"), Qt.SortOrder.AscendingOrder)
    numbers = [model.data(model.index(row, _column("number"))) for row in range(0, DEMO_CASES, 997)]
    assert numbers == sorted(numbers)
    model.sort(_column("head_count"), Qt.SortOrder.DescendingOrder)
    biggest = int(model.data(model.index(0, _column("head_count"))))
    assert biggest >= 5 and biggest == max(
        int(model.data(model.index(row, _column("head_count")))) for row in range(0, 300)
    )


def test_filters_narrow_the_list_to_what_the_database_counts(demo_ctx: Context) -> None:
    model = CaseTableModel(demo_ctx)
    town = directories.list_entries(demo_ctx, "township")[0]
    case_filter = CaseFilter(
        date_from=date(2024, 1, 1), date_to=date(2024, 6, 30), channel="letter", region_id=town.id
    )
    model.set_filter(case_filter)
    assert 0 < model.rowCount() < DEMO_CASES
    assert model.rowCount() == count_cases(demo_ctx, case_filter)
    for row in range(model.rowCount()):
        assert model.data(model.index(row, _column("channel"))) == "Letter"
        assert "2024-01-01" <= model.data(model.index(row, _column("registered_on"))) <= "2024-06-30"


def test_text_filter_finds_a_case_by_number_name_and_words(demo_ctx: Context) -> None:
    model = CaseTableModel(demo_ctx)
    number = model.data(model.index(17, _column("number")))
    name = model.data(model.index(17, _column("principal_name")))
    model.set_filter(CaseFilter(text=number))
    assert model.rowCount() == 1
    model.set_filter(CaseFilter(text=name))
    assert model.rowCount() >= 1
    model.set_filter(CaseFilter(text="拖欠工资"))
    scanned = model.rowCount()  # the demo's cases are not yet in the search index: a scan finds them
    assert scanned > 0
    assert search.catch_up(demo_ctx.db.engine.connect) == DEMO_CASES
    model.refresh()
    assert model.rowCount() == scanned  # the index finds the same cases


def test_the_page_filters_and_opens_a_case_with_enter(demo_ctx: Context, qtbot: QtBot) -> None:
    page = CaseListPage(UiSession(demo_ctx))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == DEMO_CASES
    page.channel.setCurrentIndex(page.channel.findData("online"))
    online = page.model.rowCount()
    assert 0 < online < DEMO_CASES
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.case_activated, timeout=2000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.case_id(0)]
    page._on_reset_button_clicked()
    assert page.model.rowCount() == DEMO_CASES


def test_filters_and_columns_are_remembered(demo_ctx: Context, qtbot: QtBot) -> None:
    page = CaseListPage(UiSession(demo_ctx))
    qtbot.addWidget(page)
    page.nature.setCurrentIndex(page.nature.findData("accusation"))
    page.table.horizontalHeader().setSectionHidden(_column("source"), True)
    page.save_state()
    again = CaseListPage(UiSession(demo_ctx))
    qtbot.addWidget(again)
    assert again.nature.currentData() == "accusation"
    assert again.table.horizontalHeader().isSectionHidden(_column("source"))
    assert again.model.rowCount() == page.model.rowCount()


def test_the_most_urgent_first_and_the_deadline_filter(sqlite_ctx: Context, qtbot: QtBot) -> None:
    """按紧急程度 over hand-built cases with known deadlines (the 15-day 受理转交期限; today 2024-11-20)."""
    from tests.services.helpers import register

    # Due 12-03 (green), 11-19 (overdue), 11-25 (due soon), and 12-03 again but red (a collective visit).
    made = {
        "on_time": register(sqlite_ctx, summary="路灯不亮", nature="claim", on=date(2024, 11, 18)).id,
        "overdue": register(sqlite_ctx, summary="拖欠工资", nature="claim", on=date(2024, 11, 4)).id,
        "due_soon": register(sqlite_ctx, summary="电梯停运", nature="claim", on=date(2024, 11, 10)).id,
        "red": register(sqlite_ctx, summary="集体欠薪", nature="claim", on=date(2024, 11, 18), people=9).id,
    }
    page = CaseListPage(UiSession(sqlite_ctx))
    qtbot.addWidget(page)
    page.urgency_button.click()
    order = [page.model.case_id(row) for row in range(page.model.rowCount())]
    assert order == [made[k] for k in ("overdue", "due_soon", "red", "on_time")]  # red before green on 12-03
    days = page.model.index(0, _column("days_left"))
    assert days.data() == "-1"
    assert days.data(Qt.ItemDataRole.ToolTipRole) == "Acceptance deadline 2024-11-19: overdue by 1 days"
    tier = page.model.index(2, _column("tier"))
    assert (tier.data(), tier.data(Qt.ItemDataRole.ToolTipRole)) == (
        "Red",
        "Red: Collective visit of 9 people",
    )  # the stored reasons, read back into the UI's language
    page.deadline.setCurrentIndex(page.deadline.findData("due_soon"))
    assert [page.model.case_id(0)] == [made["due_soon"]] and page.model.rowCount() == 1
    page.deadline.setCurrentIndex(page.deadline.findData("on_time"))
    assert [page.model.case_id(r) for r in range(2)] == [made["red"], made["on_time"]]


def test_in_english_the_vocabulary_columns_and_filters_read_english(
    demo_ctx: Context, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("en")
    page = CaseListPage(UiSession(demo_ctx))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    vocabulary_columns = ("tier", "channel", "source", "nature", "state")
    shown = {
        key: {str(model.data(model.index(row, _column(key))) or "") for row in range(0, DEMO_CASES, 97)}
        for key in vocabulary_columns
    }
    assert all(shown.values())  # every column has words to look at
    assert not [(key, text) for key, texts in shown.items() for text in texts if CJK.search(text)]
    assert {"Visit", "Letter"} <= shown["channel"] and "In progress" in shown["state"]
    tooltip = model.data(model.index(0, _column("days_left")), Qt.ItemDataRole.ToolTipRole)
    for combo in (page.channel, page.source, page.nature, page.state, page.tier, page.deadline):
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert not [t for t in texts if CJK.search(t)], texts
    assert tooltip is None or not CJK.search(tooltip)


def test_in_traditional_chinese_the_vocabulary_reads_traditional(
    demo_ctx: Context, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("zh_TW")
    page = CaseListPage(UiSession(demo_ctx))
    qtbot.addWidget(page)
    model = page.model
    channels = {model.data(model.index(row, _column("channel"))) for row in range(0, DEMO_CASES, 97)}
    assert "來訪" in channels and "来访" not in channels
    assert page.channel.findText("來信") > 0
