"""Long work off the GUI thread (imports, exports, reports): a QRunnable on the global thread pool that
reports progress and can be cancelled, and a progress dialog that appears only after 600 ms, so that
short work never flashes a window (as Anki does).

The work is a plain function `work(progress, cancelled)`: services take those two callbacks
(`domain.progress`) and raise `Cancelled` when asked to stop, which rolls their transaction back.
Results and errors come back to the GUI thread by signals; the work never touches a widget.

    start(self, self.tr("Importing"), lambda progress, cancelled: import_events(ctx, path,
          progress=progress, cancelled=cancelled), self._on_import_finished, self._on_import_failed)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.ui.changes import ChangeSignals, announce_held, held_in_this_thread

log = logging.getLogger(__name__)

#: Work that ends sooner shows no dialog at all.
SHOW_AFTER_MS = 600

Work = Callable[[Progress, CancelCheck], Any]


class WorkerSignals(QObject):
    """What a worker tells the GUI thread (a QRunnable cannot carry signals itself)."""

    #: (done, total); total is 0 while unknown.
    progress = Signal(int, int)
    #: The work's result.
    finished = Signal(object)
    #: The exception the work raised (a UserError, `Cancelled`, or a bug).
    failed = Signal(object)


class Worker(QRunnable):
    """Runs `work` on a pool thread; `cancel()` asks it to stop at its next check."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until the signals arrived
        self.signals = WorkerSignals()
        self._work = work
        self._cancelled = threading.Event()
        #: What the work committed, announced on the GUI thread just before its outcome.
        self.held: list[tuple[ChangeSignals, Changes]] = []

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _report(self, done: int, total: int) -> None:
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:  # closing: stop the work
            self.cancel()

    def run(self) -> None:
        with held_in_this_thread() as self.held:
            try:
                result = self._work(self._report, self.is_cancelled)
            except BaseException as exc:  # every outcome goes back to the GUI thread
                log.debug("background work ended with %r", exc)
                outcome, value = self.signals.failed, exc
            else:
                outcome, value = self.signals.finished, result
        self._emit(outcome, value)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the program is closing and took the receivers with it
            log.info("background work ended after its window closed")


class ProgressWatcher(QObject):
    """Lives on the GUI thread beside a worker: shows a progress dialog once the work has run for
    `SHOW_AFTER_MS` (its Cancel button cancels the worker), and hands the outcome to the callbacks."""

    def __init__(
        self,
        worker: Worker,
        parent: QWidget,
        label: str,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self._on_finished = on_finished
        self._on_failed = on_failed
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(10**9)  # shown by our timer, not by Qt's estimate
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.reset()  # stops Qt's own timer that would show it
        self.dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self.done = False
        #: Whether the dialog was ever shown (short work never shows it).
        self.shown = False
        self._connect()
        self._timer.start()

    def _connect(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self._on_worker_failed)

    def _on_timer_timeout(self) -> None:
        if not self.done:
            self.shown = True
            self.dialog.show()

    def _on_dialog_canceled(self) -> None:
        if not self.done:
            self.dialog.setLabelText(self.tr("Cancelling…"))
            self.worker.cancel()

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _end(self) -> None:
        self.done = True
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        _running.pop(self.worker, None)
        self.deleteLater()

    def _on_worker_finished(self, result: object) -> None:
        self._end()
        announce_held(self.worker.held)
        self._on_finished(result)

    def _on_worker_failed(self, exc: object) -> None:
        self._end()
        announce_held(self.worker.held)  # what committed before the failure
        self._on_failed(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))


#: Workers under way and their watchers (kept alive until their outcome arrived).
_running: dict[Worker, ProgressWatcher] = {}


def start(
    parent: QWidget,
    label: str,
    work: Work,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    pool: QThreadPool | None = None,
) -> ProgressWatcher:
    """Run `work` in the background with a (late) progress dialog over `parent`."""
    worker = Worker(work)
    watcher = ProgressWatcher(worker, parent, label, on_finished, on_failed)
    _running[worker] = watcher
    (pool or QThreadPool.globalInstance()).start(worker)
    return watcher
