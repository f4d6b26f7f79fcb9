"""Making a document off the GUI thread (ui.worker: a progress dialog after 600 ms, Cancel stops it),
then previewing, saving or printing it; a 告知 step recorded by the print announces the changed case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.services.reports.printing import ReportRequest, ReportResult, make_report
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.reports import desktop
from fazhi_desktop.ui.session import UiSession

Opener = Callable[[Path], bool]


class ReportRunner(QObject):
    """Runs one report request at a time for a widget, then hands the file to `opener` or `printer`."""

    #: The document could not be made: the message to show (the request broke a rule, or was cancelled).
    failed = Signal(str)
    #: A document was written.
    written = Signal(object)

    def __init__(self, session: UiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent
        #: Where results go: the system's viewer and print verb (tests put recorders here).
        self.opener: Opener = desktop.open_file
        self.printer: Opener = desktop.print_file
        self.busy = False
        self.last: ReportResult | None = None
        self.last_error: str | None = None

    def run(
        self,
        request: ReportRequest,
        path: Path,
        then: Callable[[ReportResult], None] | None = None,
    ) -> None:
        """Write `request` to `path` in the background; `then(result)` on the GUI thread."""
        if self.busy:
            return
        self.busy = True
        ctx = self.session.ctx
        label = self.tr("Preparing %1…").replace("%1", request.kind.label)

        def work(progress: Progress, cancelled: CancelCheck) -> ReportResult:
            return make_report(ctx, request, path, progress=progress, cancelled=cancelled)

        def finished(result: object) -> None:
            self.busy = False
            assert isinstance(result, ReportResult)
            self.last, self.last_error = result, None
            self.written.emit(result)
            if then is not None:
                then(result)

        worker.start(self.widget, label, work, finished, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, UserError):  # a rule the request broke, or Cancelled
            self.last_error = exc.message
            self.failed.emit(exc.message)
            return
        raise exc  # a bug: the crash dialog shows it

    def preview(self, request: ReportRequest, name: str) -> None:
        """Write the document to the temporary folder (audited as a preview) and show it."""
        path = desktop.output_folder() / f"{desktop.safe_name(name)}.pdf"
        self.run(
            replace(request, preview=True),
            path,
            lambda result: self._opened(self.opener, result),
        )

    def print(self, request: ReportRequest, name: str) -> None:
        """Write the document (audited as a print, a notice's 告知 step recorded) and print it."""
        path = desktop.output_folder() / f"{desktop.safe_name(name)}.pdf"
        self.run(request, path, lambda result: self._opened(self.printer, result))

    def save(
        self, request: ReportRequest, path: Path, then: Callable[[ReportResult], None] | None = None
    ) -> None:
        """Write the document where the clerk chose."""
        self.run(request, path, then)

    def _opened(self, opener: Opener, result: ReportResult) -> None:
        if not opener(Path(result.file)):
            QMessageBox.information(
                self.widget,
                self.tr("No PDF viewer"),
                self.tr(
                    "The document was written to %1, but no program to open PDF files was found."
                ).replace("%1", result.file),
            )
