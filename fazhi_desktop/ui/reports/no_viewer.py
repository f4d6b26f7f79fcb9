"""When no program opened a document: say where the file is, and offer its folder or a copy elsewhere
(a USB stick, a shared folder the printing PC reads). Non-modal, so the clerk's work goes on.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fazhi_desktop.ui.prefs import prefs

log = logging.getLogger(__name__)

#: The folder a copy was last saved to (offered first the next time).
COPY_FOLDER = "reports/copy_folder"


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager; False when none opened."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def copy_to(file: Path, folder: Path) -> Path:
    """Copy the document into `folder` under its own name; the new path."""
    target = folder / file.name
    shutil.copyfile(file, target)
    prefs().setValue(COPY_FOLDER, str(folder))
    return target


class NoViewerNotice(QDialog):
    """ "The document was written to …" with 打开所在文件夹 and 另存到文件夹…; stays open until closed."""

    def __init__(self, file: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("noViewerNotice")
        self.file = file
        self.copied: Path | None = None
        #: Tests put recorders here instead of the system's file manager and folder chooser.
        self.folder_opener: Callable[[Path], bool] = open_folder
        self.folder_chooser: Callable[[], Path | None] = self._choose_folder
        self.setWindowTitle(self.tr("No PDF viewer"))
        self.message = QLabel(
            self.tr("No program to open PDF files was found. The document was written to:"), self
        )
        self.path_label = QLabel(str(file), self)
        self.path_label.setObjectName("documentPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr(
                "Open its folder and print it from another program, or save a copy where it can be printed."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Open the folder"), self)
        self.copy_button = QPushButton(self.tr("Save a copy to…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.path_label)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.close_button.clicked.connect(self.accept)

    def _choose_folder(self) -> Path | None:
        start = str(prefs().value(COPY_FOLDER, str(Path.home())))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save a copy to"), start)
        return Path(chosen) if chosen else None

    def _on_folder_button_clicked(self) -> None:
        if not self.folder_opener(self.file.parent):
            log.warning("no file manager opened %s", self.file.parent)
            self.hint.setText(
                self.tr("No file manager opened either: the folder is %1").replace(
                    "%1", str(self.file.parent)
                )
            )

    def _on_copy_button_clicked(self) -> None:
        folder = self.folder_chooser()
        if folder is None:
            return
        try:
            self.copied = copy_to(self.file, folder)
        except OSError as exc:
            self.hint.setText(self.tr("Could not save the copy: %1").replace("%1", str(exc)))
            return
        self.hint.setText(self.tr("A copy was saved to %1").replace("%1", str(self.copied)))
