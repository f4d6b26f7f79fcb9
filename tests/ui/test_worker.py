"""Background work: results come back by signal, the progress dialog waits 600 ms, Cancel stops the work."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.progress import CancelCheck, Cancelled, Progress, check
from fazhi_desktop.ui import worker

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_short_work_returns_its_result_without_a_dialog(qtbot: QtBot, parent: QWidget) -> None:
    results: list[object] = []
    watcher = worker.start(parent, "…", lambda progress, cancelled: 42, results.append, pytest.fail)
    qtbot.waitUntil(lambda: results == [42], timeout=5_000)
    qtbot.wait(worker.SHOW_AFTER_MS + 100)
    assert watcher.shown is False


def test_long_work_shows_progress_and_cancel_stops_it(qtbot: QtBot, parent: QWidget) -> None:
    failures: list[BaseException] = []
    seen: list[tuple[int, int]] = []

    def work(progress: Progress, cancelled: CancelCheck) -> None:
        for n in range(1, 1000):
            progress(n, 1000)
            check(cancelled)
            time.sleep(0.01)

    watcher = worker.start(parent, "导入中…", work, pytest.fail, failures.append)
    watcher.worker.signals.progress.connect(lambda done, total: seen.append((done, total)))
    assert not watcher.dialog.isVisible()
    qtbot.waitUntil(watcher.dialog.isVisible, timeout=5_000)
    assert watcher.dialog.maximum() == 1000 and watcher.dialog.value() > 0
    cancel = watcher.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], Cancelled) and seen


def test_an_error_of_the_work_comes_back(qtbot: QtBot, parent: QWidget) -> None:
    failures: list[BaseException] = []

    def work(progress: Progress, cancelled: CancelCheck) -> None:
        raise ValueError("坏了")

    worker.start(parent, "…", work, pytest.fail, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], ValueError)
