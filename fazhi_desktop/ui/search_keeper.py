"""Keeping the full-text index caught up while the program runs, quietly.

New cases are found at once without the index (`store/search.py` scans the short tail the index has not
reached), but that scan grows with the tail: after an upgrade that added the index, a ledger import or
a busy day of registrations it could hold many thousand cases. The keeper indexes the tail off the GUI
thread at start-up, at once after a bulk change (an import) and a little after single cases change,
without a dialog (search works meanwhile),
and says so in the window's status bar while it runs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.services.cases import search_index
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

#: Registrations come in bursts; index once the burst is over rather than after each case.
AFTER_CHANGES_MS = 30_000


class SearchKeeper(QObject):
    """Indexes the cases the search index has not reached; lives as long as the main window."""

    #: A catch-up ended (how many cases it indexed; -1 when it failed or was cancelled).
    caught_up = Signal(int)

    def __init__(self, session: UiSession, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AFTER_CHANGES_MS)
        self.timer.timeout.connect(self.run)
        session.cases_changed.connect(self._on_session_cases_changed)

    def start(self) -> None:
        self.run()

    def run(self) -> None:
        if self.worker is not None:
            return
        ctx = self.session.ctx

        def work(progress: Progress, cancelled: CancelCheck) -> int:
            return search_index.catch_up(ctx, progress=progress, cancelled=cancelled)

        self.worker = Worker(work)
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self._on_worker_failed)
        QThreadPool.globalInstance().start(self.worker)

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.window.statusBar().showMessage(
            self.tr("Indexing cases for search: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _on_worker_finished(self, result: object) -> None:
        self.worker = None
        if isinstance(result, int) and result:
            self.window.statusBar().showMessage(self.tr("Search index up to date"), 5_000)
        self.caught_up.emit(result if isinstance(result, int) else 0)

    def _on_worker_failed(self, error: object) -> None:
        self.worker = None
        self.window.statusBar().clearMessage()
        log.error("search catch-up failed", exc_info=error if isinstance(error, BaseException) else None)
        self.timer.start()  # try again a little later; search stays complete meanwhile
        self.caught_up.emit(-1)

    def _on_session_cases_changed(self, case_id: int) -> None:
        # 0 means many cases at once (an import, a restore): index them now rather than after a lull.
        if case_id == 0:
            self.run()
        else:
            self.timer.start()

    def stop(self) -> None:
        """Ask a running catch-up to stop after its batch (the program is closing; the next start
        goes on from there)."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.cancel()
