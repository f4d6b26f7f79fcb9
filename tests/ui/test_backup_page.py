"""设置 › 数据安全: the three buttons run in the background and say what they did."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fazhi_desktop.services.cases.reading import CaseFilter, count_cases
from fazhi_desktop.services.context import open_context
from fazhi_desktop.ui.backup_panel import DataSafetyPanel
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.settings_page import SettingsPage
from tests.services.helpers import register
from tests.store.test_backup import fill, snapshot


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes shown (kind, text), answering Yes to questions."""
    shown: list[tuple[str, str]] = []

    def box(kind: str) -> Any:
        def show(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes

        return show

    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return shown


@pytest.fixture
def panel(qtbot: QtBot, session: UiSession) -> Iterator[DataSafetyPanel]:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.tabs.setCurrentWidget(page.data_safety)
    yield page.data_safety  # the page (its parent) must live as long as the test


def test_backup_then_restore_then_check(
    qtbot: QtBot, panel: DataSafetyPanel, session: UiSession, tmp_path: Path,
    boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ctx = session.ctx
    fill(ctx)
    before = snapshot(ctx)
    target = tmp_path / "备份.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    panel.backup_button.click()
    qtbot.waitUntil(lambda: str(target) in panel.backup_status.text(), timeout=20_000)
    assert target.is_file() and panel.backup_button.isEnabled()

    register(ctx, "张三", summary="备份之后登记")
    quits: list[int] = []
    monkeypatch.setattr(panel, "quit_program", lambda: quits.append(1))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    panel.restore_button.click()
    qtbot.waitUntil(lambda: bool(quits), timeout=30_000)
    assert [kind for kind, _ in boxes] == ["question", "information"]
    assert str(target) in boxes[0][1]
    again = open_context(str(ctx.db.path), "tester")
    try:
        assert snapshot(again) == before
    finally:
        again.close()

    panel.check_button.click()
    qtbot.waitUntil(
        lambda: panel.check_button.isEnabled() and bool(panel.check_status.text()), timeout=20_000
    )
    assert panel.check_status.text() == panel.tr("The database is sound: no problem found.")


def test_a_cancelled_restore_changes_nothing_and_a_check_reports_problems(
    qtbot: QtBot, panel: DataSafetyPanel, session: UiSession, tmp_path: Path,
    boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ctx = session.ctx
    register(ctx, "王建国")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(tmp_path / "x.db"), ""))
    panel.restore_button.click()
    assert count_cases(ctx, CaseFilter()) == 1 and panel.restore_button.isEnabled()

    not_a_backup = tmp_path / "台账.db"
    not_a_backup.write_bytes(b"hello")
    panel.restore_from(str(not_a_backup))
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    assert boxes[-1][0] == "warning" and "不是法治信访的备份" in boxes[-1][1]
    assert count_cases(ctx, CaseFilter()) == 1

    with ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM case_petitioners"))
    panel.check_button.click()
    qtbot.waitUntil(
        lambda: panel.check_button.isEnabled() and bool(panel.check_status.text()), timeout=20_000
    )
    assert "没有主访人" in panel.check_status.text()
    assert boxes[-1][0] == "warning" and "没有主访人" in boxes[-1][1]
