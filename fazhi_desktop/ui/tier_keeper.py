"""Keeping deadlines and 红黄绿 fresh while the program runs: at start-up and after each midnight the
open cases are re-tiered for the new day (`services.triage.retier_if_stale`), off the GUI thread, and
every view is told (`UiSession.cases_changed(0)`).

A timer looks at the date at the latest every `CHECK_EVERY_MS` and otherwise just after midnight, so
a PC that slept through midnight catches up when it wakes.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Cancelled, Progress, check
from fazhi_desktop.services.clock.triage import RetierResult, retier_if_stale
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

#: The longest the keeper waits before looking at the date again (a PC may sleep through midnight).
CHECK_EVERY_MS = 60 * 60 * 1000
#: A little after midnight, so the new day has surely begun.
AFTER_MIDNIGHT_MS = 5_000


def ms_to_next_check(now: datetime) -> int:
    """Until just after the coming midnight, or CHECK_EVERY_MS if that is sooner."""
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    until = int((midnight - now).total_seconds() * 1000) + AFTER_MIDNIGHT_MS
    return max(1_000, min(until, CHECK_EVERY_MS))


class TierKeeper(QObject):
    """Re-tiers the open cases when the day changes; lives as long as the main window."""

    #: The re-tiering ended (its result; None when the tiers were already today's).
    retiered = Signal(object)

    def __init__(self, session: UiSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        #: The day the tiers were last brought up to date by this keeper.
        self.checked_on: date | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Re-tier now if the tiers are not today's, then keep watching the date."""
        self.run()

    def run(self) -> None:
        if self.running:
            return
        self.running = True
        self.timer.stop()
        ctx = self.session.ctx

        def work(progress: Progress, cancelled: CancelCheck) -> RetierResult | None:
            def report(done: int, total: int) -> None:
                progress(done, total)
                check(cancelled)  # Cancel rolls the change back; the next start does it again

            return retier_if_stale(ctx, report)

        worker.start(
            self.window,
            self.tr("Bringing deadlines and tiers up to date for today…"),
            work,
            self._on_work_finished,
            self._on_work_failed,
        )

    def _on_work_finished(self, result: object) -> None:
        self.running = False
        self.checked_on = clock.today()
        self.retiered.emit(result)
        self._arm()

    def _on_work_failed(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, Cancelled):
            log.info("re-tiering cancelled; it runs again at the next check")
        elif isinstance(error, UserError):
            log.warning("re-tiering refused: %s", error.message)
        else:
            log.error("re-tiering failed", exc_info=error)
        self.retiered.emit(None)
        self._arm()

    def _arm(self) -> None:
        self.timer.start(ms_to_next_check(datetime.now()))

    def _on_timer_timeout(self) -> None:
        if clock.today() != self.checked_on:
            self.run()
        else:
            self._arm()
