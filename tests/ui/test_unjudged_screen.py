"""The statistics screen says how many cases an indicator could not judge, beside the figure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.statistics.page import StatisticsPage
from tests.services.test_unjudged import import_rows

D = date.fromisoformat


def test_the_indicator_table_says_what_it_left_out(
    sqlite_ctx: Context, session: UiSession, qtbot: QtBot, tmp_path: Path
) -> None:
    import_rows(sqlite_ctx, tmp_path / "ledger.xlsx")
    page = StatisticsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None and not page.reader.busy, timeout=10_000)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        page.period_bar.choose("custom", D("2024-01-01"), D("2024-12-31"))
    model = page.indicators.table_model
    row = next(
        r for r in range(model.rowCount()) if page.indicators.indicator_at(r) == "timely_acceptance_rate"
    )
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) in (
        "Not judged",
        "未计入",
    )
    assert model.index(row, last).data() == "2 more lack an acceptance date and are not counted"
    assert model.index(row, 2).data() == "3" and model.index(row, 3).data() == "4"

    # The cases behind the figure list the ones it could not judge on a tab of their own.
    page.open_explanation("timely_acceptance_rate")
    qtbot.waitUntil(lambda: page.explain_dialog is not None, timeout=10_000)
    dialog = page.explain_dialog
    assert dialog is not None
    assert dialog.models["unjudged"].rowCount() == 2
    assert dialog.models["denominator"].rowCount() == 4
    dialog.close()
