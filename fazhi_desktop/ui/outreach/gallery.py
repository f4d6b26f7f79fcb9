"""The photos of one outreach event as thumbnails: add, remove, look at one full size.

The service decides what may be kept (an image, at most 20 MB); a refused file shows its message
under the thumbnails and the others are still added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.attachments import size_text
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import files as outreach_files
from fazhi_desktop.services.outreach.files import FileInfo
from fazhi_desktop.ui.registration.fields import FieldError

Index = QModelIndex | QPersistentModelIndex
THUMB = QSize(160, 120)
ROLE_ID = Qt.ItemDataRole.UserRole


def thumbnail(data: bytes, size: QSize = THUMB) -> QIcon:
    """A thumbnail of an image's bytes (an empty icon when Qt cannot read the image)."""
    image = QImage.fromData(data)
    if image.isNull():
        return QIcon()
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QIcon(QPixmap.fromImage(scaled))


@dataclass
class Photo:
    info: FileInfo
    icon: QIcon


class PhotoModel(QAbstractListModel):
    """An event's photos with their thumbnails."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._photos: list[Photo] = []

    def set_photos(self, photos: Sequence[Photo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self.endResetModel()

    def photo(self, row: int) -> Photo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.info.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return photo.icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.info.filename}\n{size_text(photo.info.size)}"
        if role == ROLE_ID:
            return photo.info.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap.fromImage(QImage.fromData(data))
        screen = self.screen().availableGeometry().size() * 0.8 if self.screen() else QSize(1000, 700)
        if pixmap.width() > screen.width() or pixmap.height() > screen.height():
            pixmap = pixmap.scaled(
                screen, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        label.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(pixmap.size() + QSize(40, 40))


class PhotoGallery(QWidget):
    """Thumbnails of an event's photos with 添加照片 and 删除."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.model = PhotoModel(self)
        self.view = QListView(self)
        self.view.setObjectName("photoGallery")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(THUMB)
        self.view.setGridSize(THUMB + QSize(24, 44))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumHeight(THUMB.height() + 70)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.message = FieldError(self)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self._delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._connect()
        self.set_event(None)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._delete_key.activated.connect(self._on_remove_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)

    # Public -------------------------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        """Show the photos of an event (None: an event not saved yet, which cannot have photos)."""
        self.event_id = event_id
        self.message.clear_message()
        self.add_button.setEnabled(event_id is not None)
        self.reload()

    def reload(self) -> None:
        photos: list[Photo] = []
        if self.event_id is not None:
            for info in outreach_files.list_files(self.ctx, self.event_id):
                if info.is_photo:
                    photos.append(Photo(info, thumbnail(outreach_files.file_data(self.ctx, info.id))))
        self.model.set_photos(photos)
        self.remove_button.setEnabled(bool(photos))
        if self.event_id is None:
            self.hint.setText(self.tr("Save the event first (Ctrl+S), then add its photos here."))
        else:
            self.hint.setText(self.tr("%n photo(s). Double-click one to see it large.", "", len(photos)))

    def add_files(self, paths: Sequence[str]) -> list[str]:
        """Add the files as photos; returns the messages of those refused (also shown)."""
        if self.event_id is None:
            return []
        refused = []
        for path in paths:
            try:
                outreach_files.add_path(self.ctx, self.event_id, path, photo=True)
            except UserError as exc:
                refused.append(exc.message)
        self.reload()
        self.message.show_message("\n".join(refused))
        return refused

    def remove_current(self) -> None:
        photo = self.model.photo(self.view.currentIndex().row())
        if photo is None or self.event_id is None:
            return
        outreach_files.remove_file(self.ctx, photo.info.id)
        self.reload()

    # Slots --------------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)"),
        )
        if paths:
            self.add_files(paths)

    def _on_remove_button_clicked(self) -> None:
        self.remove_current()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        photo = self.model.photo(index.row())
        if photo is not None:
            viewer = PhotoViewer(outreach_files.file_data(self.ctx, photo.info.id), photo.info.filename, self)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.show()
