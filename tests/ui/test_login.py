"""The log-in dialog, the first administrator, a forced password change, the idle lock, the 用户 page
and the 审计员's 审计 page, on a real SQLite database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.users import accounts
from fazhi_desktop.services.users.login import authenticate
from fazhi_desktop.ui.audit_page import AuditPage
from fazhi_desktop.ui.login import (
    ChangePasswordDialog,
    FirstAdminDialog,
    IdleLock,
    LockScreen,
    LoginDialog,
    log_in,
)
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.users_page import AddUserDialog, UsersPage
from tests.conftest import TEST_PASSWORD

GOOD = TEST_PASSWORD


def _admin(ctx: Context) -> Context:
    """The context acting as the template's administrator tester, logged in."""
    ctx.actor = authenticate(ctx.db, "tester", GOOD, datetime.now())
    return ctx


def _type(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.setText(text)


def test_log_in_counts_down_then_enter_logs_in(qtbot: QtBot, sqlite_ctx: Context) -> None:
    _admin(sqlite_ctx)
    dialog = LoginDialog(sqlite_ctx, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.password, "Wrong-2024x")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "再输错 4 次" in dialog.message.text() and dialog.actor is None
    assert dialog.password.text() == ""
    _type(dialog.password, GOOD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.name == "tester"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_a_locked_account_says_until_when(qtbot: QtBot, sqlite_ctx: Context) -> None:
    _admin(sqlite_ctx)
    dialog = LoginDialog(sqlite_ctx, "tester")
    qtbot.addWidget(dialog)
    for _ in range(5):
        _type(dialog.password, "Wrong-2024x")
        dialog.submit()
    assert "已锁定到" in dialog.message.text()
    _type(dialog.password, GOOD)
    dialog.submit()
    assert "已锁定到" in dialog.message.text() and dialog.actor is None


def test_the_first_start_creates_the_administrator(qtbot: QtBot, tmp_path: Path) -> None:
    fresh = open_context(str(tmp_path / "new.db"), "chen")  # a database without users
    qtbot.addWidget(dialog := FirstAdminDialog(fresh, "chen"))
    _type(dialog.name, "陈主任")
    _type(dialog.password, GOOD)
    _type(dialog.again, "Other-2024")
    dialog.submit()
    assert "不一样" in dialog.message.text() or "differ" in dialog.message.text()
    _type(dialog.again, GOOD)
    dialog.submit()
    assert dialog.actor == Actor("chen", "陈主任", Role.ADMIN)
    fresh.close()


def test_a_reset_password_is_changed_before_work(qtbot: QtBot, sqlite_ctx: Context) -> None:
    admin = _admin(sqlite_ctx)
    accounts.add_user(admin, "li", "李登记", Role.CLERK, "Initial-2024")
    actor = authenticate(admin.db, "li", "Initial-2024", datetime.now(), allow_change=True)
    dialog = ChangePasswordDialog(
        Context(db=admin.db, user="li", actor=actor), old="Initial-2024", reason="重置"
    )
    qtbot.addWidget(dialog)
    assert not dialog.old.isVisible()
    _type(dialog.new, "short")
    _type(dialog.again, "short")
    dialog.submit()
    assert "至少要有 8 个字符" in dialog.message.text()
    _type(dialog.new, "Li-own-2024")
    _type(dialog.again, "Li-own-2024")
    dialog.submit()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert authenticate(admin.db, "li", "Li-own-2024", datetime.now()).name == "李登记"


def test_the_idle_lock_keeps_what_was_typed_behind_it(qtbot: QtBot, sqlite_ctx: Context) -> None:
    admin = _admin(sqlite_ctx)
    behind = QLineEdit()
    qtbot.addWidget(behind)
    behind.setText("正在录入的摘要")
    behind.show()
    lock = IdleLock(admin)
    assert lock.timer.interval() == 20 * 60_000 and lock.timer.isActive()
    seen: list[str] = []

    def answer() -> None:
        screen = QApplication.activeModalWidget()
        assert isinstance(screen, LockScreen)
        screen.reject()  # Escape leaves it locked
        _type(screen.password, "Wrong-2024x")
        screen.submit()
        seen.append(screen.message.text())
        _type(screen.password, GOOD)
        screen.submit()

    QTimer.singleShot(50, answer)
    assert lock.lock()
    assert "再输错" in seen[0] and behind.text() == "正在录入的摘要"


def test_the_users_page_adds_resets_and_disables(qtbot: QtBot, sqlite_ctx: Context) -> None:
    session = UiSession(_admin(sqlite_ctx))
    page = UsersPage(session)
    qtbot.addWidget(page)
    assert [u.login for u in page.model.records()] == ["tester"]
    dialog = AddUserDialog(session, page)
    _type(dialog.login, "Wang")
    _type(dialog.name, "王办理")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.HANDLER.value))
    assert not dialog.township.isEnabled()
    _type(dialog.password, "Initial-2024")
    _type(dialog.again, "Initial-2024")
    dialog.submit()
    assert dialog.result() == AddUserDialog.DialogCode.Accepted
    page.refresh()
    wang = page.model.row_of(lambda u: u.login == "wang")
    page.table.selectRow(wang)
    page._on_active_button_clicked()
    assert not page.model.records()[wang].active and page.active_button.text() in ("Enable", "启用")


def test_the_auditor_alone_has_the_audit_page(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path) -> None:
    admin = _admin(sqlite_ctx)
    window = MainWindow(UiSession(admin))
    qtbot.addWidget(window)
    assert "audit" not in window._nav_items and "tester" in window.status_user.text()
    auditor = Context(db=admin.db, user="shenji", actor=Actor("shenji", "审计员甲", Role.AUDITOR))
    window = MainWindow(UiSession(auditor))
    qtbot.addWidget(window)
    assert "audit" in window._nav_items
    window.show_page("audit")
    page = window.page("audit")
    assert isinstance(page, AuditPage) and page.model.rowCount() >= 1
    page.outcome.setCurrentIndex(page.outcome.findData("failed"))
    page.refresh()
    assert page.model.rowCount() == 0
    page.verify()  # in the background: the answer comes to the summary line
    qtbot.waitUntil(lambda: page.summary.text().startswith("The chain holds"), timeout=20_000)
    target = tmp_path / "审计.xlsx"
    page.outcome.setCurrentIndex(0)
    page.export_to(str(target))
    qtbot.waitUntil(lambda: str(target) in page.summary.text(), timeout=20_000)
    sheet = openpyxl.load_workbook(target, read_only=True).active
    assert sheet is not None and len(list(sheet.iter_rows(values_only=True))) >= 4
    assert page.model.records()[-1].action == "audit.export"  # the export is on the list at once


def test_fazhi_password_logs_in_without_the_dialog(sqlite_ctx: Context, tmp_path: Path) -> None:
    """As on the command line (conftest sets FAZHI_USER=tester and FAZHI_PASSWORD for every test)."""
    assert log_in(sqlite_ctx) == Actor("tester", "tester", Role.ADMIN)
    fresh = open_context(str(tmp_path / "new.db"), "tester")  # without users: the first administrator
    assert log_in(fresh) == Actor("tester", "tester", Role.ADMIN)
    assert log_in(fresh) == Actor("tester", "tester", Role.ADMIN)  # then a log-in
    fresh.close()
