"""The case detail's 「归档」 button: files a closed matter, then says its archive number.

An archived case offers no steps (every write service refuses it); 撤销归档 is for a leader or an
administrator, from the same button once the case is archived.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.archive import filing
from fazhi_desktop.ui.session import UiSession


class ArchiveButton(QPushButton):
    """「归档」 on an unarchived case, 「撤销归档…」 on an archived one."""

    def __init__(self, session: UiSession, case_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.number = session, case_id, number
        self.setObjectName("archiveButton")
        self.setAutoDefault(False)
        self.archive_number: str | None = None
        self.clicked.connect(self._on_self_clicked)
        self.refresh()

    def refresh(self) -> bool:
        """Read whether the case is archived; True when it is (the detail then offers no steps)."""
        self.archive_number = filing.archive_number_of(self.session.ctx, self.case_id)
        if self.archive_number:
            self.setText(self.tr("Archived %s · Revoke…") % self.archive_number)
        else:
            self.setText(self.tr("Archive"))
        return self.archive_number is not None

    def _on_self_clicked(self) -> None:
        title = self.tr("Archive")
        try:
            if self.archive_number is None:
                filed = filing.archive_case(self.session.ctx, self.number)
                QMessageBox.information(self, title, self.tr("Archived under %s.") % filed.archive_number)
            else:
                reason, ok = QInputDialog.getText(self, title, self.tr("Why is the filing revoked?"))
                if not ok:
                    return
                filing.revoke_filing(self.session.ctx, self.number, reason)
        except UserError as error:
            QMessageBox.warning(self, title, error.message)
        self.refresh()
