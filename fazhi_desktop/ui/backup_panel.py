"""设置 › 数据安全: back up the database, restore a backup, check the database (services/backup.py).

Each runs in the background with a progress dialog (ui/worker.py). A restore replaces the database
under the whole program, so rather than rebuilding every open window over the new data, the program
says so and closes; the next start opens the restored database.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import Cancelled
from fazhi_desktop.services import backup as backups
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.auto_backup_box import AutoBackupBox
from fazhi_desktop.ui.session import UiSession

log = logging.getLogger(__name__)


class DataSafetyPanel(QWidget):
    """Three buttons, each with what it does in a sentence and the outcome of its last run."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        content = QWidget(self)
        content.setMaximumWidth(860)
        outer.addWidget(content, 1)
        outer.addStretch(0)  # takes what the capped content leaves: the form stays on the left
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.backup_button, self.backup_status = self._section(
            layout,
            self.tr("Back up"),
            self.tr("Back up the database…"),
            self.tr(
                "Copies every record, photo and attachment into one file, while the program keeps "
                "working. Keep copies on another disk or a USB stick, and make one every week."
            ),
        )
        self.restore_button, self.restore_status = self._section(
            layout,
            self.tr("Restore"),
            self.tr("Restore from a backup…"),
            self.tr(
                "Replaces all the data with a backup file. The current database is backed up first; "
                "the program closes afterwards and opens the restored data when started again."
            ),
        )
        self.check_button, self.check_status = self._section(
            layout,
            self.tr("Check"),
            self.tr("Check the database"),
            self.tr(
                "Checks the file, the search index, case numbers, petitioners and the files kept "
                "with cases and events. Nothing is changed."
            ),
        )
        layout.addWidget(AutoBackupBox(session, content))  # folder, copies kept, warning
        layout.addStretch(1)
        self._connect()

    def _section(
        self, layout: QVBoxLayout, title: str, button_text: str, hint: str
    ) -> tuple[QPushButton, QLabel]:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.setSpacing(8)
        explanation = QLabel(hint, box)
        explanation.setObjectName("hint")
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        button = QPushButton(button_text, box)
        status = QLabel(box)
        status.setWordWrap(True)
        status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(status, 1)
        inner.addWidget(explanation)
        inner.addLayout(row)
        layout.addWidget(box)
        return button, status

    def _connect(self) -> None:
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)

    # Backup -------------------------------------------------------------------------------------

    def _on_backup_button_clicked(self) -> None:
        name = backups.default_file_name(self.session.ctx)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database to"), name, self.tr("Backups (*.db)")
        )
        if path:
            self.backup_to(path)

    def backup_to(self, path: str) -> None:
        ctx = self.session.ctx
        self._busy(True)
        worker.start(
            self,
            self.tr("Backing up the database…"),
            lambda progress, cancelled: backups.backup(ctx, path, progress=progress, cancelled=cancelled),
            self._on_backup_finished,
            self._on_failed,
        )

    def _on_backup_finished(self, info: backups.BackupInfo) -> None:
        self._busy(False)
        self.backup_status.setText(
            self.tr("Backed up to %1 (%2 cases, %3 MB).")
            .replace("%1", str(info.path))
            .replace("%2", str(info.counts.get("cases", 0)))
            .replace("%3", f"{info.size / 1048576:.1f}")
        )

    # Restore ------------------------------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from the backup"), "", self.tr("Backups (*.db);;All files (*)")
        )
        if path and self.confirm_restore(path):
            self.restore_from(path)

    def confirm_restore(self, path: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace ALL the data in this database with the backup %1?\n\n"
                "The current database is backed up first. The program closes when the restore is done."
            ).replace("%1", path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_from(self, path: str) -> None:
        ctx = self.session.ctx
        target = ctx.db.url.render_as_string(hide_password=False)
        self._busy(True)
        ctx.db.close()  # the file is replaced: no connection of ours may stay open on it
        worker.start(
            self,
            self.tr("Restoring the backup…"),
            lambda progress, cancelled: backups.restore(
                target, path, ctx.user, progress=progress, cancelled=cancelled
            ),
            self._on_restore_finished,
            self._on_failed,
        )

    def _on_restore_finished(self, result: backups.RestoreResult) -> None:
        self._busy(False)
        kept = str(result.kept_previous) if result.kept_previous else self.tr("(there was no data)")
        text = (
            self.tr(
                "The backup was restored: %1 cases. The database as it was before is kept in %2.\n\n"
                "The program will now close. Start it again to work with the restored data."
            )
            .replace("%1", str(result.counts.get("cases", 0)))
            .replace("%2", kept)
        )
        self.restore_status.setText(text.split("\n")[0])
        QMessageBox.information(self, self.tr("Restored"), text)
        self.quit_program()

    def quit_program(self) -> None:
        """Close every window and end the program (its pages still show the data of before)."""
        QApplication.closeAllWindows()
        QApplication.quit()

    # Check --------------------------------------------------------------------------------------

    def _on_check_button_clicked(self) -> None:
        ctx = self.session.ctx
        self._busy(True)
        worker.start(
            self,
            self.tr("Checking the database…"),
            lambda progress, cancelled: backups.check(ctx, progress=progress, cancelled=cancelled),
            self._on_check_finished,
            self._on_failed,
        )

    def _on_check_finished(self, result: backups.CheckResult) -> None:
        self._busy(False)
        if result.ok:
            self.check_status.setText(self.tr("The database is sound: no problem found."))
            return
        lines = "\n".join(f"• {finding.message}" for finding in result.findings)
        self.check_status.setText(self.tr("Problems found:") + "\n" + lines)
        QMessageBox.warning(self, self.tr("Problems found"), lines)

    # Both ---------------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setEnabled(not busy)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, self.tr("Cancelled"), exc.message)
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Not done"), exc.message)
        else:
            raise exc  # a bug: the crash dialog shows it
