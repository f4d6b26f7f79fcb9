"""What the form shows after a save: the green "已登记 …" line, a link that opens the new case, and the
offer of the visitor's 登记回执 in one key (Ctrl+P), which the clerk may ignore and go on typing.

The offer is a strip inside the page, not a dialog: it never takes the cursor from the next visitor.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.services.reports.request import ReportRequest
from fazhi_desktop.ui.reports.desktop import safe_name
from fazhi_desktop.ui.reports.runner import ReportRunner
from fazhi_desktop.ui.session import UiSession

#: The preference that keeps the clerk on the form after 保存 instead of opening the new case.
STAY_AFTER_SAVE = "registration/stay_after_save"


class SavedMessage(QLabel):
    """ "Registered 431127-2024-000123": a link that opens the case it names."""

    #: The clerk clicked the case number (carries the case's id).
    case_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedMessage")
        self.setStyleSheet("QLabel#savedMessage { color: #2e7d32; font-weight: bold; }")
        self.setOpenExternalLinks(False)
        self.setWordWrap(True)  # a repeat names two numbers: two lines rather than cut off
        self.linkActivated.connect(self._on_link_activated)
        self.case_id: int | None = None

    def show_case(self, text: str, case_id: int) -> None:
        """Say what was registered, the whole line a link to the case."""
        self.case_id = case_id
        self.setToolTip(self.tr("Click to open the case"))
        self.setText(f'<a href="case:{case_id}" style="color:#2e7d32">{text}</a>')

    def clear(self) -> None:
        self.case_id = None
        self.setToolTip("")
        super().clear()

    def _on_link_activated(self, link: str) -> None:
        if link.startswith("case:"):
            self.case_clicked.emit(int(link.split(":", 1)[1]))


class ReceiptOffer(QWidget):
    """打印登记回执 (Ctrl+P) for the case just registered; hidden until a save, and after printing."""

    #: A receipt is on offer for this case id (tests and the screenshots count these).
    offered = Signal(int)

    def __init__(self, session: UiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("receiptOffer")
        self.session = session
        self.case_id: int | None = None
        self.number = ""
        self.runner = ReportRunner(session, parent)
        self.button = QPushButton(self.tr("Print the registration receipt (Ctrl+P)"), self)
        self.button.setObjectName("printReceipt")
        self.button.setAutoDefault(False)
        self.dismiss = QPushButton("×", self)
        self.dismiss.setObjectName("dismissReceipt")
        self.dismiss.setToolTip(self.tr("Do not print a receipt"))
        self.dismiss.setFlat(True)
        self.dismiss.setMaximumWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.dismiss)
        self.button.clicked.connect(self._on_button_clicked)
        self.dismiss.clicked.connect(self._on_dismiss_clicked)
        self.hide()

    def offer(self, case_id: int, number: str) -> None:
        self.case_id, self.number = case_id, number
        self.show()
        self.offered.emit(case_id)

    def withdraw(self) -> None:
        self.case_id = None
        self.hide()

    def print_receipt(self) -> bool:
        """Print the receipt on offer (the system's viewer opens it); False when none is on offer."""
        if self.case_id is None:
            return False
        request = ReportRequest(ReportKind.RECEIPT, case_id=self.case_id)
        self.runner.print(request, safe_name(f"{ReportKind.RECEIPT.label}_{self.number}"))
        self.withdraw()
        return True

    def _on_button_clicked(self) -> None:
        self.print_receipt()

    def _on_dismiss_clicked(self) -> None:
        self.withdraw()
