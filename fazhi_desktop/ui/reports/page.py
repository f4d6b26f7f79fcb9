"""打印文书: the report centre — a tab to print (a document of a case, the statistics report, the 研判
agenda, the annual report section) and a tab to edit the documents' wording.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.ui.reports.bulletin_tab import BulletinTab
from fazhi_desktop.ui.reports.print_tab import PrintTab
from fazhi_desktop.ui.reports.templates_tab import TemplatesTab
from fazhi_desktop.ui.session import UiSession


class ReportCentre(QWidget):
    """The page (or tab) that prints documents and reports."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportCentre")
        self.session = session
        self.printing = PrintTab(session, self)
        self.templates = TemplatesTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.printing, self.tr("Print"))
        self.tabs.addTab(self.templates, self.tr("Document wording"))
        self.bulletin = BulletinTab(session, self)
        self.tabs.addTab(self.bulletin, self.tr("Monthly bulletin"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    def show_case(self, number: str, kind: ReportKind = ReportKind.CASE) -> None:
        """Open the print tab on a document of a case."""
        self.tabs.setCurrentWidget(self.printing)
        self.printing.select_kind(kind)
        self.printing.set_case(number)

    def focus_first(self) -> None:
        self.printing.kinds.setFocus()
