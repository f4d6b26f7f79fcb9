"""Files kept with a step (a scanned letter, a signed 送达回证, an agreement): chosen with the file
chooser, read only when the step is recorded, and handed to the service as `NewAttachment`s."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.clock.procedure import NewAttachment

FILE_TYPES = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.ofd"


class FileListView(QListView):
    """The chosen files; Delete takes the current one off."""

    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.remove_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class AttachmentPicker(QWidget):
    """添加附件… and the list of files chosen so far."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.file_dialog: QFileDialog | None = None
        self.model = QStringListModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.hint, 1)
        layout.addLayout(row)
        self.view = FileListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.view.hide()
        layout.addWidget(self.view)
        self._connect()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.view.remove_requested.connect(self.remove)

    def _on_add_button_clicked(self) -> None:
        """The file chooser, opened without blocking (its choice arrives by signal)."""
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Scans and documents (%s)") % FILE_TYPES, self.tr("All files (*)")])
        dialog.filesSelected.connect(self.add_files)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def _on_remove_button_clicked(self) -> None:
        self.remove(self.view.currentIndex().row())

    def add_files(self, names: list[str]) -> None:
        for name in names:
            path = Path(name)
            if path not in self.paths:
                self.paths.append(path)
        self._show()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self._show()

    def _show(self) -> None:
        self.model.setStringList([p.name for p in self.paths])
        self.view.setVisible(bool(self.paths))
        self.remove_button.setEnabled(bool(self.paths))
        if self.paths:
            self.view.setCurrentIndex(self.model.index(len(self.paths) - 1))

    def attachments(self) -> list[NewAttachment]:
        """The files' contents, read now; a file that cannot be read is refused by name."""
        found = []
        for path in self.paths:
            try:
                found.append(NewAttachment(filename=path.name, data=path.read_bytes()))
            except OSError as error:
                raise UserError(
                    f"无法读取附件「{path.name}」（{error.strerror or error}）。请检查文件是否存在、是否被占用。",
                    field="attachments",
                ) from None
        return found
