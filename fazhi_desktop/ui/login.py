"""Who works at this PC: the log-in at start, the first administrator, changing a password, and the
lock after idle minutes (等保 2.0 level 2: identification, and a session that ends when left alone).

The dialogs only ask and show: every rule (the lock-out, expiry, the strength of a password) is the
services' (services/users), whose Chinese messages appear here as they are.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.users.accounts import change_password
from fazhi_desktop.services.users.login import (
    PasswordChangeRequired,
    authenticate,
    create_first_admin,
    login_rules,
)

log = logging.getLogger(__name__)

#: Input that counts as someone at the PC (resets the idle clock).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(240)
    return field


class FormDialog(QDialog):
    """A small form with a message line under it; Enter in any field submits (the default button)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            outer.addWidget(text)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def show_error(self, message: str, field: QLineEdit | None = None) -> None:
        self.message.setText(message)
        if field is not None:
            field.selectAll()
            field.setFocus()


class ChangePasswordDialog(FormDialog):
    """修改密码: one's own, by choice (the user menu) or because it expired or was reset."""

    def __init__(
        self, ctx: Context, *, old: str | None = None, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Change password"), reason, parent)
        self.ctx = ctx
        self._known_old = old
        self.old = password_field(self, "oldPassword")
        self.new = password_field(self, "newPassword")
        self.again = password_field(self, "againPassword")
        if old is None:
            self.form.addRow(self.tr("Current password:"), self.old)
        self.form.addRow(self.tr("New password:"), self.new)
        self.form.addRow(self.tr("New password again:"), self.again)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            self.show_error(self.tr("The two new passwords differ. Type them again."), self.new)
            return
        old = self._known_old if self._known_old is not None else self.old.text()
        try:
            change_password(self.ctx, old, self.new.text())
        except UserError as exc:
            self.show_error(exc.message, self.old if exc.field == "old_password" else self.new)
            return
        self.accept()


class LoginDialog(FormDialog):
    """登录: 用户名 and 密码; a refusal (tries left, locked until when, disabled) shows under them."""

    def __init__(self, ctx: Context, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log in"), "", parent)
        self.db = ctx.db
        self.actor: Actor | None = None
        self.login = QLineEdit(login, self)
        self.login.setObjectName("loginName")
        self.password = password_field(self, "loginPassword")
        self.form.addRow(self.tr("User name:"), self.login)
        self.form.addRow(self.tr("Password:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        (self.password if login else self.login).setFocus()

    def submit(self) -> None:
        typed = self.password.text()
        try:
            actor = authenticate(self.db, self.login.text(), typed, datetime.now())
        except PasswordChangeRequired as exc:
            changing = ChangePasswordDialog(
                Context(db=self.db, user=exc.actor.login, actor=exc.actor),
                old=typed,
                reason=exc.message,
                parent=self,
            )
            if changing.exec() != QDialog.DialogCode.Accepted:
                self.show_error(self.tr("Choose a new password to go on."), self.password)
                return
            actor = exc.actor
        except UserError as exc:
            self.password.clear()
            self.show_error(exc.message, self.login if exc.field == "login" else self.password)
            return
        self.actor = actor
        self.accept()


class FirstAdminDialog(FormDialog):
    """The first start on a database without users: whoever starts it becomes its administrator."""

    def __init__(self, ctx: Context, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Create the administrator"),
            self.tr(
                "This database has no users yet. Create the administrator, who then adds the other "
                "users in Settings › Users."
            ),
            parent,
        )
        self.db = ctx.db
        self.actor: Actor | None = None
        self.login = QLineEdit(login, self)
        self.login.setObjectName("adminLogin")
        self.name = QLineEdit(self)
        self.name.setObjectName("adminName")
        self.password = password_field(self, "adminPassword")
        self.again = password_field(self, "adminPasswordAgain")
        self.form.addRow(self.tr("User name:"), self.login)
        self.form.addRow(self.tr("Full name:"), self.name)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.show_error(self.tr("The two passwords differ. Type them again."), self.password)
            return
        try:
            self.actor = create_first_admin(
                self.db, self.login.text(), self.name.text(), self.password.text(), datetime.now()
            )
        except UserError as exc:
            self.show_error(exc.message, self.login if exc.field == "login" else self.password)
            return
        self.accept()


def log_in(ctx: Context, parent: QWidget | None = None) -> Actor | None:
    """The actor who works now: logged in, or the administrator just created; None if cancelled.
    With FAZHI_PASSWORD set (scripts, the bundle's smoke test) `ctx.user` logs in with it as on the
    command line; a refusal falls back to the dialog, which shows why."""
    has_users = login_rules(ctx.db).has_users
    password = os.environ.get("FAZHI_PASSWORD")
    if password:
        try:
            if has_users:
                return authenticate(ctx.db, ctx.user, password, datetime.now())
            return create_first_admin(ctx.db, ctx.user, ctx.user, password, datetime.now())
        except UserError as exc:
            log.warning("log-in with FAZHI_PASSWORD refused: %s", exc.message)
    dialog = LoginDialog(ctx, ctx.user, parent) if has_users else FirstAdminDialog(ctx, ctx.user, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return dialog.actor


class LockScreen(FormDialog):
    """The window locked after idle minutes: the same user's password opens it again, and everything
    behind it (the windows, a form half typed) stays as it was. Escape does not close it."""

    def __init__(self, ctx: Context, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Locked"),
            self.tr("Locked after %1 idle minutes. Enter the password of %2 to go on.")
            .replace("%1", str(minutes))
            .replace("%2", ctx.actor.name),
            parent,
        )
        self.ctx = ctx
        self.password = password_field(self, "unlockPassword")
        self.form.addRow(self.tr("Password:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit the program"))
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self._on_quit_clicked)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def submit(self) -> None:
        try:
            authenticate(
                self.ctx.db, self.ctx.actor.login, self.password.text(), datetime.now(), allow_change=True
            )
        except UserError as exc:
            self.password.clear()
            self.show_error(exc.message, self.password)
            return
        self.accept()

    def reject(self) -> None:
        """Escape and the window's close button leave it locked."""

    def _on_quit_clicked(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.quit()
        self.done(QDialog.DialogCode.Rejected)


class IdleLock(QObject):
    """Watches the whole program's input and shows the lock screen after the setting's idle minutes."""

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.minutes = login_rules(ctx.db).policy.idle_minutes
        self.timer.start(self.minutes * 60_000)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> bool:
        """Show the lock screen now; True once the password opened it again."""
        if self.locked:
            return False
        self.locked = True
        try:
            screen = LockScreen(self.ctx, self.minutes, QApplication.activeWindow())
            return screen.exec() == QDialog.DialogCode.Accepted
        finally:
            self.locked = False
            self.minutes = login_rules(self.ctx.db).policy.idle_minutes  # a setting changed meanwhile
            self.timer.start(self.minutes * 60_000)

    def _on_timer_timeout(self) -> None:
        log.info("locking the window after %d idle minutes", self.minutes)
        self.lock()
