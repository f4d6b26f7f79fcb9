"""The statistics view: figures of a chosen period, the cases behind a figure one click away, the
indicator settings, the Excel export from the window, and the charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.step_details import Accept, Deliver, Evaluate, Forward, Reply, Return, SignFor
from fazhi_desktop.domain.vocab import Satisfaction
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.statistics.charts import Bar, BarChart, nice_step
from fazhi_desktop.ui.statistics.page import StatisticsPage
from fazhi_desktop.ui.statistics.settings_dialog import IndicatorSettingsDialog
from tests.services.helpers import register

D = date.fromisoformat


@pytest.fixture
def cases(sqlite_ctx: Context) -> dict[str, int]:
    """June 2024: two cases routed (one sent back), two replies delivered and evaluated."""
    ctx = sqlite_ctx
    unit = add_entry(ctx, "unit", "县住房和城乡建设局").id
    kept = register(ctx, on=D("2024-06-03"), nature="claim")
    apply_step(ctx, kept.id, Forward(unit_id=unit), occurred_on=D("2024-06-04"))
    apply_step(ctx, kept.id, SignFor(), occurred_on=D("2024-06-05"))
    back = register(ctx, on=D("2024-06-03"), nature="claim")
    apply_step(ctx, back.id, Forward(unit_id=unit), occurred_on=D("2024-06-04"))
    apply_step(ctx, back.id, Return(reason="不属于本单位职责"), occurred_on=D("2024-06-05"))
    rated = {}
    for rating in (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED):
        case = register(ctx, on=D("2024-05-06"), nature="claim")
        apply_step(ctx, case.id, Accept(), occurred_on=D("2024-05-06"))
        apply_step(ctx, case.id, Reply(), occurred_on=D("2024-06-10"))
        apply_step(ctx, case.id, Deliver(), occurred_on=D("2024-06-12"))
        apply_step(ctx, case.id, Evaluate(unit=rating), occurred_on=D("2024-06-12"))
        rated[rating.value] = case.id
    return {"kept": kept.id, "back": back.id, **rated}


def _page(session: UiSession, qtbot: QtBot) -> StatisticsPage:
    page = StatisticsPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None and not page.reader.busy, timeout=10_000)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        page.period_bar.choose("custom", D("2024-06-01"), D("2024-06-30"))
    return page


def _row(page: StatisticsPage, label: str) -> int:
    model = page.indicators.table_model
    return model.row_of(lambda r: r.label == label)


def test_the_figures_of_a_period(session: UiSession, cases: dict[str, int], qtbot: QtBot) -> None:
    page = _page(session, qtbot)
    assert page.figures is not None and page.figures.period.as_json() == {
        "from": "2024-06-01",
        "to": "2024-06-30",
    }
    model = page.indicators.table_model
    row = _row(page, "Accurate forwarding rate")
    assert [model.data(model.index(row, c)) for c in range(4)] == [
        "Accurate forwarding rate",
        "50.0%",
        "1",
        "2",
    ]
    assert page.cards["cases"].number.text() == "2"  # registered in June
    assert "Counted by date first forwarded or assigned" in model.data(model.index(row, 5))
    page.breakdowns.show_breakdown("unit")
    lines = page.breakdowns.model.records()
    assert lines[-1].total and lines[-1].cases == 2


def test_a_click_on_a_figure_lists_its_cases(session: UiSession, cases: dict[str, int], qtbot: QtBot) -> None:
    page = _page(session, qtbot)
    table = page.indicators
    index = table.table_model.index(_row(page, "Accurate forwarding rate"), 2)
    qtbot.waitExposed(table)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.waitUntil(lambda: page.explain_dialog is not None, timeout=10_000)
    dialog = page.explain_dialog
    assert dialog is not None
    assert dialog.models["numerator"].ids() == (cases["kept"],)
    assert dialog.models["left_out"].ids() == (cases["back"],)
    assert set(dialog.models["denominator"].ids()) == {cases["kept"], cases["back"]}
    assert dialog.tabs.count() == 3
    with qtbot.waitSignal(page.case_opened) as opened:
        dialog.tabs.setCurrentIndex(1)
        view = dialog.tabs.currentWidget()
        view.setCurrentIndex(dialog.models["left_out"].index(0, 0))  # type: ignore[attr-defined]
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [cases["back"]]


def test_settings_change_the_figure(session: UiSession, cases: dict[str, int], qtbot: QtBot) -> None:
    page = _page(session, qtbot)
    model = page.indicators.table_model
    row = _row(page, "Public satisfaction rate")
    assert model.data(model.index(row, 1)) == "100.0%"
    dialog = IndicatorSettingsDialog(session, page)
    qtbot.addWidget(dialog)
    dialog.satisfied["basically_satisfied"].setChecked(False)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        assert dialog.save()
    assert model.data(model.index(row, 1)) == "50.0%"
    assert "counted as satisfied: Satisfied" in model.data(model.index(row, 5))


def test_export_from_the_window(
    session: UiSession, cases: dict[str, int], qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(session, qtbot)
    target = tmp_path / "六月"
    page.export_to(str(target))
    written = tmp_path / "六月.xlsx"
    qtbot.waitUntil(lambda: "六月.xlsx" in page.status.text(), timeout=10_000)
    rows = {r[0]: r[1] for r in load_workbook(written)["指标"].iter_rows(min_row=5, values_only=True)}
    assert rows["准确转送率"] == 0.5


def test_the_models_pass_qt_checks(
    session: UiSession, cases: dict[str, int], qtbot: QtBot, qtmodeltester: object
) -> None:
    page = _page(session, qtbot)
    qtmodeltester.check(page.indicators.table_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.breakdowns.model)  # type: ignore[attr-defined]


def test_charts_draw_with_data_and_without(session: UiSession, cases: dict[str, int], qtbot: QtBot) -> None:
    page = _page(session, qtbot)
    months = page.charts.by_month.bars
    assert [b.label for b in months] == ["Jun"] and months[0].value == 2
    channel = {b.label: b for b in page.charts.by_channel.bars}
    assert channel["Visit"].value == 2 and channel["Visit"].previous == 0
    for chart in page.charts.charts():
        image = chart.image(900, 500)
        assert image.width() == 900 and not image.isNull()
    empty = BarChart("按月")
    qtbot.addWidget(empty)
    empty.set_bars([Bar("1月", 0, 0)])
    assert not empty.image(400, 300).isNull()
    assert [nice_step(x) for x in (0, 7, 40, 950, 12_345)] == [1, 2, 10, 500, 5000]


def test_the_main_window_shows_the_statistics(session: UiSession, qtbot: QtBot) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_page("statistics")
    page = window.page("statistics")
    assert isinstance(page, StatisticsPage)
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10_000)
