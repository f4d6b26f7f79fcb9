"""设置 › 数据安全 › 自动备份: where the automatic copies go (a USB stick), how many are kept, and
after how many days the 工作台 warns (services/auto_backup.py reads these settings)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import auto_backup
from fazhi_desktop.services.office import settings
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

_COUNTS = {"backup_keep_daily": (1, 365), "backup_keep_monthly": (0, 120), "backup_warn_days": (1, 365)}


class AutoBackupBox(QGroupBox):
    """The automatic backups' settings, and a button that runs the policy now."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Automatic backups"))
        self.session = session
        form = QFormLayout(self)
        hint = QLabel(
            self.tr(
                "A copy is made at the first start of each day and before every restore and import. "
                "Choose a folder on a USB stick to keep the copies off this PC; leave it empty for "
                "the backups folder beside the database."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.default_button = QPushButton(self.tr("Beside the database"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        form.addRow(self.tr("Folder"), row)
        self.counts: dict[str, QSpinBox] = {}
        labels = {
            "backup_keep_daily": self.tr("Daily copies kept"),
            "backup_keep_monthly": self.tr("Monthly copies kept"),
            "backup_warn_days": self.tr("Warn after days without a backup"),
        }
        for key, (low, high) in _COUNTS.items():
            spin = QSpinBox(self)
            spin.setRange(low, high)
            self.counts[key] = spin
            form.addRow(labels[key], spin)
        self.run_button = QPushButton(self.tr("Back up now and tidy old copies"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form.addRow(self.run_button, self.status)
        self.load()
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        for key, spin in self.counts.items():
            spin.editingFinished.connect(lambda k=key: self._save(k, self.counts[k].value()))

    def load(self) -> None:
        values = settings.all_settings(self.session.ctx)
        self.folder.setText(str(auto_backup.policy(self.session.ctx).folder))
        for key, spin in self.counts.items():
            spin.setValue(int(values[key]))

    def _save(self, key: str, value: object) -> bool:
        try:
            settings.set_value(self.session.ctx, key, value)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Automatic backups"), exc.message)
            self.load()
            return False
        self.load()
        return True

    def _on_choose_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for automatic backups"), self.folder.text()
        )
        if chosen:
            self._save("backup_folder", chosen)

    def _on_default_button_clicked(self) -> None:
        self._save("backup_folder", "")

    def _on_run_button_clicked(self) -> None:
        ctx = self.session.ctx
        self.run_button.setEnabled(False)
        worker.start(
            self,
            self.tr("Backing up the database…"),
            lambda _progress, _cancelled: auto_backup.run_policy(ctx),
            self._on_run_finished,
            self._on_run_failed,
        )

    def _on_run_failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.status.setText(exc.message)

    def _on_run_finished(self, run: auto_backup.PolicyRun) -> None:
        self.run_button.setEnabled(True)
        if run.made is None:
            self.status.setText(self.tr("The database is on a server: its administrator backs it up."))
            return
        self.status.setText(
            self.tr("Backed up to %1; %2 old copies removed.")
            .replace("%1", str(run.made.path))
            .replace("%2", str(len(run.removed)))
        )
