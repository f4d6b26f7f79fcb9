"""设置 › 用户: the administrator's list of accounts, with 添加, 重置密码, 停用/启用 (services/users).

Shown to the 管理员 only; the services refuse (and audit) anyone else whatever a window shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.office.directories import DirectoryKind, list_entries
from fazhi_desktop.services.users import accounts
from fazhi_desktop.services.users.accounts import UserInfo
from fazhi_desktop.ui.login import FormDialog, password_field
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.vocab_text import shown


def _when(moment: object) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


class UsersPage(QWidget):
    """The accounts, one row each: login, name, role, township, state."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.model: RecordTableModel[UserInfo] = RecordTableModel(
            [
                Column(self.tr("User name"), lambda u: u.login),
                Column(self.tr("Full name"), lambda u: u.name),
                Column(self.tr("Role"), lambda u: shown(u.role)),
                Column(self.tr("Township"), lambda u: u.township or ""),
                Column(self.tr("Last log-in"), lambda u: _when(u.last_login_at)),
                Column(self.tr("State"), self._state),
            ],
            muted=lambda u: not u.active,
            parent=self,
        )
        self.table = record_view(self.model, self)
        self.table.setObjectName("usersTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        for button in (self.add_button, self.reset_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.refresh()

    def _state(self, user: UserInfo) -> str:
        parts = [self.tr("in use") if user.active else self.tr("disabled")]
        if user.locked_until:
            parts.append(self.tr("locked until %s") % _when(user.locked_until))
        if user.must_change_password:
            parts.append(self.tr("must change password"))
        return ", ".join(parts)

    def refresh(self) -> None:
        chosen = self.selected()
        try:
            self.model.set_records(accounts.list_users(self.session.ctx))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Users"), exc.message)
        self.table.fit_columns()
        if chosen is not None:  # the same account stays selected
            row = self.model.row_of(lambda u: u.login == chosen.login)
            if row >= 0:
                self.table.selectRow(row)
        self._on_table_current_row_changed()

    def selected(self) -> UserInfo | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _on_table_current_row_changed(self, *_args: object) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Enable") if user is not None and not user.active else self.tr("Disable")
        )

    def _on_add_button_clicked(self) -> None:
        if AddUserDialog(self.session, self).exec():
            self.refresh()

    def _on_reset_button_clicked(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog(self.session, user, self).exec():
            self.refresh()

    def _on_active_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            accounts.set_active(self.session.ctx, user.login, not user.active)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Users"), exc.message)
        self.refresh()


class AddUserDialog(FormDialog):
    """添加用户: login, name, role, a 乡镇用户's township, and the first password (changed at first log-in)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add user"),
            self.tr("The user chooses a password of their own at the first log-in."),
            parent,
        )
        self.session = session
        self.login = QLineEdit(self)
        self.login.setObjectName("newLogin")
        self.name = QLineEdit(self)
        self.name.setObjectName("newName")
        self.role = QComboBox(self)
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(shown(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.CLERK.value))
        self.township = QComboBox(self)
        self.township.setObjectName("newTownship")
        for entry in list_entries(session.ctx, DirectoryKind.TOWNSHIP, include_retired=False):
            self.township.addItem(entry.name)
        self.password = password_field(self, "newPassword")
        self.again = password_field(self, "newPasswordAgain")
        self.form.addRow(self.tr("User name:"), self.login)
        self.form.addRow(self.tr("Full name:"), self.name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.township_label = QLabel(self.tr("Township:"), self)
        self.form.addRow(self.township_label, self.township)
        self.form.addRow(self.tr("First password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)
        self.role.currentIndexChanged.connect(self._on_role_current_index_changed)
        self._on_role_current_index_changed()

    def _on_role_current_index_changed(self, *_args: object) -> None:
        township = self.role.currentData() == Role.TOWNSHIP.value
        self.township.setEnabled(township)
        self.township_label.setEnabled(township)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.show_error(self.tr("The two passwords differ. Type them again."), self.password)
            return
        role = Role(self.role.currentData())
        try:
            accounts.add_user(
                self.session.ctx,
                self.login.text(),
                self.name.text(),
                role,
                self.password.text(),
                township=self.township.currentText() if role is Role.TOWNSHIP else None,
            )
        except UserError as exc:
            fields = {"login": self.login, "name": self.name}
            self.show_error(exc.message, fields.get(exc.field or "", self.password))
            return
        self.accept()


class ResetPasswordDialog(FormDialog):
    """重置密码: a new password the user changes at the next log-in; a lock is lifted too."""

    def __init__(self, session: UiSession, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reset password"),
            self.tr("New password for %s (to be changed at the next log-in):")
            % f"{user.name}（{user.login}）",
            parent,
        )
        self.session = session
        self.user = user
        self.password = password_field(self, "resetPassword")
        self.again = password_field(self, "resetPasswordAgain")
        self.form.addRow(self.tr("New password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.show_error(self.tr("The two passwords differ. Type them again."), self.password)
            return
        try:
            accounts.reset_password(self.session.ctx, self.user.login, self.password.text())
        except UserError as exc:
            self.show_error(exc.message, self.password)
            return
        self.accept()
