"""Reading figures off the GUI thread without a progress dialog: a page shows "counting…" and stays
usable; an answer that arrives after a newer question was asked is dropped.

(`ui.worker.start` is for work the user waits for, with a dialog and a Cancel button: an export.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool
from shiboken6 import isValid

from fazhi_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class Reader(QObject):
    """Runs one reading at a time on the global thread pool; only the newest answer is delivered."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._serial = 0
        self._workers: dict[int, Worker] = {}

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    def read(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """Run `work()` in the background; `on_done(result)` on the GUI thread if no newer read began."""
        self._serial += 1
        serial = self._serial
        worker = Worker(lambda _progress, _cancelled: work())
        self._workers[serial] = worker

        def done(result: object) -> None:
            if not isValid(self):  # the page was closed meanwhile
                return
            self._workers.pop(serial, None)
            if serial == self._serial:
                on_done(result)

        def failed(exc: object) -> None:
            if not isValid(self):
                return
            self._workers.pop(serial, None)
            if serial == self._serial:
                on_failed(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))
            else:
                log.info("an outdated reading failed: %r", exc)

        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        self._pool.start(worker)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the pool (tests, closing)."""
        return self._pool.waitForDone(msecs)
