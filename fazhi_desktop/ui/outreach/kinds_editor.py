"""设置 › 宣传活动类别: the editable list of outreach event kinds (集中宣传, 宪法宣传日/周, 进乡村 …).

The same four actions as the other directories: add, rename, retire/restore, and delete while no
event uses the kind (the service then says to retire it). A refused name is offered again as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.outreach import kinds as outreach_kinds
from fazhi_desktop.services.outreach.kinds import KindEntry
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.session import UiSession


class OutreachKindsEditor(QWidget):
    """The table of outreach event kinds with 添加, 改名, 停用/恢复, 删除."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: The name dialog while it is open (tests type into it and accept it).
        self.dialog: QInputDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        note = QLabel(
            self.tr(
                "The kinds offered when an outreach event is recorded. A retired kind stays on its events."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button in (self.add_button, self.rename_button, self.retire_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: RecordTableModel[KindEntry] = RecordTableModel(
            [
                Column(self.tr("Code"), lambda k: k.code),
                Column(self.tr("Name"), lambda k: k.name),
                Column(self.tr("In use"), lambda k: self.tr("Retired") if k.retired else self.tr("Yes")),
            ],
            parent=self,
        )
        self.table = record_view(self.model, self)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        kinds = outreach_kinds.list_kinds(self.session.ctx)
        self.model.set_records(kinds)
        self.table.fit_columns()
        for row, kind in enumerate(kinds):
            if kind.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> KindEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        kind = self.selected()
        for button in (self.rename_button, self.retire_button, self.delete_button):
            button.setEnabled(kind is not None)
        self.retire_button.setText(self.tr("Restore") if kind and kind.retired else self.tr("Retire"))

    def _ask_name(self, title: str, text: str) -> str | None:
        """The name typed into a modal dialog (`self.dialog` while it is open), None when cancelled."""
        self.dialog = QInputDialog(self)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(self.tr("Name of the kind:"))
        self.dialog.setTextValue(text)
        try:
            accepted = self.dialog.exec() == QInputDialog.DialogCode.Accepted
            return self.dialog.textValue() if accepted else None
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    def _changed(self, kind: KindEntry | None) -> None:
        self.refresh(kind.id if kind else None)  # the event form learns of it from the session

    def _on_add_button_clicked(self) -> None:
        typed = ""
        while (name := self._ask_name(self.tr("Add an outreach kind"), typed)) is not None:
            try:
                self._changed(outreach_kinds.add_kind(self.session.ctx, name))
                return
            except UserError as error:
                QMessageBox.warning(self, self.tr("Not added"), error.message)
                typed = name  # offered again as typed, to be corrected

    def _on_rename_button_clicked(self) -> None:
        kind = self.selected()
        if kind is None:
            return
        typed = kind.name
        while (name := self._ask_name(self.tr("Rename the outreach kind"), typed)) is not None:
            try:
                self._changed(outreach_kinds.rename_kind(self.session.ctx, kind.id, name))
                return
            except UserError as error:
                QMessageBox.warning(self, self.tr("Not renamed"), error.message)
                typed = name

    def _on_retire_button_clicked(self) -> None:
        kind = self.selected()
        if kind is not None:
            self._changed(outreach_kinds.retire_kind(self.session.ctx, kind.id, not kind.retired))

    def _on_delete_button_clicked(self) -> None:
        kind = self.selected()
        if kind is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the kind “%s”?") % kind.name)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outreach_kinds.delete_kind(self.session.ctx, kind.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), error.message)
            return
        self._changed(None)

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
