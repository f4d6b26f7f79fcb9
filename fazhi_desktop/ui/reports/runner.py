"""Making a document off the GUI thread (ui.worker: a progress dialog after 600 ms, Cancel stops it),
then previewing, saving or printing it; a 告知 step recorded by the print announces the changed case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.services.reports.printing import ReportRequest, ReportResult, make_report
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.report_text import document_name
from fazhi_desktop.ui.reports import desktop
from fazhi_desktop.ui.reports.no_viewer import COPY_FOLDER, NoViewerNotice
from fazhi_desktop.ui.session import UiSession

Opener = Callable[[Path], bool]


class ReportRunner(QObject):
    """Runs one report request at a time for a widget, then hands the file to `opener` or `printer`."""

    #: The document could not be made: the message to show (the request broke a rule, or was cancelled).
    failed = Signal(str)
    #: A document was written.
    written = Signal(object)
    #: No viewer opened a document: the notice saying where it is (tests and screenshots use it).
    notice_shown = Signal(object)

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
        self.notice: NoViewerNotice | None = None
        #: Asks where 打印到文件夹 writes (tests put a fixed folder here).
        self.folder_chooser: Callable[[], Path | None] = self._choose_folder

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
        label = self.tr("Preparing %1…").replace("%1", document_name(request.kind))

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

    def print_to_folder(self, request: ReportRequest, name: str, folder: Path | None = None) -> None:
        """打印 into a folder the clerk chooses (remembered), then open the document from there."""
        if folder is None:
            folder = self.folder_chooser()
        if folder is None:
            return
        prefs().setValue(COPY_FOLDER, str(folder))
        path = folder / f"{desktop.safe_name(name)}.pdf"
        self.run(request, path, lambda result: self._opened(self.printer, result))

    def _choose_folder(self) -> Path | None:
        start = str(prefs().value(COPY_FOLDER, str(Path.home())))
        chosen = QFileDialog.getExistingDirectory(self.widget, self.tr("Print into the folder"), start)
        return Path(chosen) if chosen else None

    def save(
        self, request: ReportRequest, path: Path, then: Callable[[ReportResult], None] | None = None
    ) -> None:
        """Write the document where the clerk chose."""
        self.run(request, path, then)

    def _opened(self, opener: Opener, result: ReportResult) -> None:
        if opener(Path(result.file)):
            return
        # No viewer (a bare 麒麟 desktop, a locked-down PC): say where the file is and offer its folder.
        self.notice = NoViewerNotice(Path(result.file), self.widget)
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice_shown.emit(self.notice)
        self.notice.open()
