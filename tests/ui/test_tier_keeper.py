"""Tiers kept fresh while the program runs: re-tiered off the GUI thread at start-up when they are not
today's, and again once the day changes; every view is told with `cases_changed(0)`."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.store.models import Case
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.tier_keeper import AFTER_MIDNIGHT_MS, CHECK_EVERY_MS, TierKeeper, ms_to_next_check
from tests.services.helpers import register

pytestmark = pytest.mark.gui
D = date.fromisoformat


def tier(ctx: Context, case_id: int) -> tuple[str, str]:
    tiers = case_detail(ctx, case_id).tiers
    return tiers.tier, tiers.tier_reasons


def test_the_next_check_is_just_after_midnight_or_within_the_hour() -> None:
    assert ms_to_next_check(datetime(2024, 11, 20, 23, 59)) == 60_000 + AFTER_MIDNIGHT_MS
    assert ms_to_next_check(datetime(2024, 11, 20, 10, 0)) == CHECK_EVERY_MS


def test_start_up_and_midnight_bring_the_tiers_up_to_date(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context
) -> None:
    clock.set_today(D("2024-11-01"))
    case = register(sqlite_ctx, nature="claim")  # to be routed by 2024-11-18
    clock.set_today(D("2024-11-20"))
    # Stored on the 1st as green; every reader sees today's state before any re-tiering (issue 14).
    with sqlite_ctx.db.reading() as s:
        assert s.scalar(select(Case.tier).where(Case.id == case.id)) == "green"
    assert tier(sqlite_ctx, case.id) == ("red", "红：已超期 2 天（受理转交期限 2024-11-18）")
    window = QWidget()
    qtbot.addWidget(window)
    keeper = TierKeeper(session, window)

    with qtbot.waitSignal(session.cases_changed, timeout=10_000) as changed:
        keeper.start()
    assert changed.args == [0]
    assert tier(sqlite_ctx, case.id) == ("red", "红：已超期 2 天（受理转交期限 2024-11-18）")
    assert settings.get(sqlite_ctx, "tiers_computed_on") == "2024-11-20"
    assert keeper.timer.isActive() and keeper.checked_on == D("2024-11-20")

    with qtbot.waitSignal(keeper.retiered, timeout=10_000) as again:
        keeper.run()  # the same day: nothing to do, no view is disturbed
    assert again.args == [None]

    clock.set_today(D("2024-11-21"))  # midnight passes while the program runs
    with qtbot.waitSignal(session.cases_changed, timeout=10_000) as midnight:
        keeper.timer.start(1)
    assert midnight.args == [0]
    assert tier(sqlite_ctx, case.id) == ("red", "红：已超期 3 天（受理转交期限 2024-11-18）")
    assert keeper.checked_on == D("2024-11-21") and keeper.timer.isActive()
