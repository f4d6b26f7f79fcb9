"""A new list shows its first screen before its ids are read (issue #21): the first rows and the count
at once, the last rows from the reversed order, every id on a pool thread; a read of a list since
replaced is dropped. A real Qt model over a real SQLite file of demo cases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.cases.reading import CaseFilter, case_ids, count_cases, list_cases
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.ui import id_list
from fazhi_desktop.ui.case_list.model import COLUMN_KEYS, CaseTableModel
from fazhi_desktop.ui.paging import PAGE_SIZE

DEMO_CASES = 1_500
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, _templates: dict[str, str]) -> Path:
    path = tmp_path_factory.mktemp("first-screen") / "demo.db"
    shutil.copy(_templates["sqlite"], path)
    ctx = open_context(str(path), "tester")
    demo.generate(ctx, DEMO_CASES, seed=5)
    ctx.close()
    return path


@pytest.fixture
def demo_ctx(demo_db: Path, tmp_path: Path) -> Iterator[Context]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_db, path)
    ctx = open_context(str(path), "tester")
    yield ctx
    ctx.close()


def _ids(model: CaseTableModel) -> list[int | None]:
    return [model.case_id(row) for row in range(model.rowCount())]


def test_the_first_screen_shows_before_the_ids_are_read(demo_ctx: Context, qtbot: QtBot) -> None:
    model = CaseTableModel(demo_ctx)
    assert model.reading_ids and model.rowCount() == DEMO_CASES
    assert len(model._rows.ids) == PAGE_SIZE  # only the first rows are held
    newest = list_cases(demo_ctx, CaseFilter(), limit=3)
    assert [model.case_id(row) for row in range(3)] == [row.id for row in newest]
    assert model.data(model.index(0, COLUMN_KEYS.index("number"))) == newest[0].number
    with qtbot.waitSignal(model.ids_read, timeout=WAIT_MS):
        pass  # read on a pool thread a moment after the first screen
    assert not model.reading_ids
    assert _ids(model) == list(case_ids(demo_ctx, CaseFilter()))


def test_the_last_row_is_read_from_the_end_without_every_id(demo_ctx: Context) -> None:
    model = CaseTableModel(demo_ctx)
    model.sort(COLUMN_KEYS.index("number"), Qt.SortOrder.AscendingOrder)
    every = list(case_ids(demo_ctx, CaseFilter(), sort="number", descending=False))
    last = model.rowCount() - 1
    assert model.case_id(last) == every[-1]
    assert model.data(model.index(last, COLUMN_KEYS.index("number"))) == max(
        row.number for row in list_cases(demo_ctx, CaseFilter(), limit=DEMO_CASES)
    )
    # The last two pages came from the reversed order: still not every id.
    assert [model.case_id(row) for row in range(last - 2 * PAGE_SIZE + 1, last + 1)] == every[
        -2 * PAGE_SIZE :
    ]
    assert model.reading_ids
    # A row in the middle needs every id: the model waits for them (or reads them itself).
    assert model.case_id(DEMO_CASES // 2) == every[DEMO_CASES // 2]
    assert not model.reading_ids and _ids(model) == every


def test_a_sort_while_the_ids_are_read_shows_the_new_order(demo_ctx: Context, qtbot: QtBot) -> None:
    model = CaseTableModel(demo_ctx)
    qtbot.waitUntil(lambda: model._reader is None or model._reader.done or not model._soon.isActive())
    model.sort(COLUMN_KEYS.index("number"), Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == DEMO_CASES  # the filter's count is kept, not asked again
    with qtbot.waitSignal(model.ids_read, timeout=WAIT_MS):
        pass
    assert _ids(model) == list(case_ids(demo_ctx, CaseFilter(), sort="number", descending=True))


def test_quick_filter_changes_keep_only_the_last_lists_read(demo_ctx: Context, qtbot: QtBot) -> None:
    model = CaseTableModel(demo_ctx)
    finished: list[int] = []
    model.ids_read.connect(lambda: finished.append(model.rowCount()))
    for nature in ("claim", None, "accusation", None, "claim"):
        model.set_filter(CaseFilter(nature=nature))
        qtbot.wait(60)  # some reads begin, and are replaced under way or before they begin
    claims = CaseFilter(nature="claim")  # most cases: more than a first screen
    assert model.rowCount() == count_cases(demo_ctx, claims) > PAGE_SIZE
    if model.reading_ids:
        with qtbot.waitSignal(model.ids_read, timeout=WAIT_MS):
            pass
    qtbot.wait(300)  # a dropped read that still finishes changes nothing
    assert _ids(model) == list(case_ids(demo_ctx, claims))
    assert finished and all(count == model.rowCount() for count in finished)


def test_a_case_that_came_before_the_ids_arrived_is_shown(demo_ctx: Context, qtbot: QtBot) -> None:
    model = CaseTableModel(demo_ctx)
    assert model.reading_ids
    demo.generate(demo_ctx, 3, seed=9)  # registered elsewhere between the first screen and the ids
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        pass  # the ids disagree with the count: the list is read again in place
    assert model.rowCount() == DEMO_CASES + 3
    assert _ids(model) == list(case_ids(demo_ctx, CaseFilter()))


def test_a_long_list_is_read_again_off_the_gui_thread_in_its_place(
    demo_ctx: Context, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(id_list, "READ_IN_BACKGROUND_FROM", 100)  # "long" from 100 cases here
    model = CaseTableModel(demo_ctx)
    with qtbot.waitSignal(model.ids_read, timeout=WAIT_MS):
        pass
    top = model.case_id(0)
    demo.generate(demo_ctx, 2, seed=13)  # a change of data elsewhere
    with qtbot.waitSignals([model.reloading, model.reloaded, model.ids_read], timeout=WAIT_MS):
        model.reload()
        assert model.reading_ids and model.rowCount() == DEMO_CASES  # the list as it was, meanwhile
        assert model.case_id(0) == top
    assert not model.reading_ids and model.rowCount() == DEMO_CASES + 2
    assert _ids(model) == list(case_ids(demo_ctx, CaseFilter()))
