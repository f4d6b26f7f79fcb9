"""The 「打印」 menu of a case: every document the case can have now; the others greyed out with the
reason as their tooltip. Choosing one writes it (off the GUI thread) and opens it in the system's PDF
viewer to print; a notice that tells the petitioner how the matter is handled records its 告知 step.

    button.setMenu(build_print_menu(session, case_id, dialog))
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.reports.printing import ReportRequest, case_options
from fazhi_desktop.ui.report_text import document_name, refusal_text, unit_copy_name
from fazhi_desktop.ui.reports.desktop import safe_name
from fazhi_desktop.ui.reports.runner import ReportRunner
from fazhi_desktop.ui.session import UiSession


class PrintMenu(QMenu):
    """打印: rebuilt each time it opens, so it follows the case's steps."""

    def __init__(self, session: UiSession, case_id: int, parent: QWidget) -> None:
        super().__init__(self.tr("Print"), parent)
        self.setObjectName("casePrintMenu")
        self.session = session
        self.case_id = case_id
        self.runner = ReportRunner(session, parent)
        self.aboutToShow.connect(self._on_about_to_show)
        self.runner.failed.connect(self._on_runner_failed)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        try:
            options = case_options(self.session.ctx, self.case_id)
        except UserError as exc:
            self.addAction(exc.message).setEnabled(False)
            return
        unit_copies = False
        # The same documents written into a folder the clerk chooses (a USB stick, a shared folder).
        into_folder = QMenu(self.tr("Print into a folder"), self)
        into_folder.setObjectName("printIntoFolder")
        for option in options:
            if option.unit_copy and not unit_copies:
                self.addSeparator()
                unit_copies = True
            # The service's label and reason are Chinese (the CLI's); the menu says both in the UI's language.
            label = unit_copy_name(option.kind) if option.unit_copy else document_name(option.kind)
            action = self.addAction(label)
            action.setEnabled(option.reason is None)
            action.setToolTip(refusal_text(option))
            action.setData((option.kind.value, option.unit_copy))
            action.triggered.connect(
                lambda _checked=False, o=option: self.runner.print(
                    ReportRequest(o.kind, case_id=self.case_id, for_unit=o.unit_copy),
                    safe_name(f"{o.kind.label}_{self.case_id}"),
                )
            )
            copy = into_folder.addAction(label)
            copy.setEnabled(option.reason is None)
            copy.setToolTip(action.toolTip())
            copy.setData((option.kind.value, option.unit_copy))
            copy.triggered.connect(
                lambda _checked=False, o=option: self.runner.print_to_folder(
                    ReportRequest(o.kind, case_id=self.case_id, for_unit=o.unit_copy),
                    safe_name(f"{o.kind.label}_{self.case_id}"),
                )
            )
        self.addSeparator()
        self.addMenu(into_folder)
        self.into_folder = into_folder
        self.setToolTipsVisible(True)
        into_folder.setToolTipsVisible(True)

    def _on_about_to_show(self) -> None:
        self.refresh()

    def _on_runner_failed(self, message: str) -> None:
        QMessageBox.warning(self.parentWidget(), self.tr("Cannot print"), message)


def build_print_menu(session: UiSession, case_id: int, parent: QWidget) -> PrintMenu:
    """The 「打印」 menu of one case, for a button or a menu bar of the case detail."""
    return PrintMenu(session, case_id, parent)
