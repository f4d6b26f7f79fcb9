"""The 工作台's line about backups: how old the newest copy is, in red words after too long."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QWidget

from fazhi_desktop.services.auto_backup import BackupAge, backup_age
from fazhi_desktop.services.context import Context

log = logging.getLogger(__name__)


class BackupAgeLine(QLabel):
    """备份：今天 / 3 天前 / 已 9 天没有备份 (with what to do, never by colour alone)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupAge")
        self.age: BackupAge | None = None

    def refresh(self) -> None:
        try:
            self.age = backup_age(self.ctx)
        except Exception:  # the folder is on a stick that was pulled out: say nothing rather than fail
            log.warning("could not read the backups folder", exc_info=True)
            self.age = None
        self.setText(self.text_of(self.age) if self.age else "")
        warn = bool(self.age and self.age.warn)
        self.setStyleSheet("color: #b00020; font-weight: bold;" if warn else "")

    def text_of(self, age: BackupAge) -> str:
        if age.server:
            return self.tr("Backup: by the server's administrator")
        if age.days is None:
            return self.tr("Backup: none yet. Back up under Settings › Data safety.")
        if age.days == 0:
            shown = self.tr("Backup: today")
        else:
            shown = self.tr("Backup: %1 days ago").replace("%1", str(age.days))
        if age.warn:
            shown = self.tr("No backup for %1 days: back up now under Settings › Data safety.").replace(
                "%1", str(age.days)
            )
        return shown
