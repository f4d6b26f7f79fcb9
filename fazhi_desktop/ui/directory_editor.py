"""One directory (乡镇（街道）, 村（社区）, 责任单位, 内容分类 or 信访目的) as a table an administrator edits.

Entries are added, renamed, retired and restored; one is deleted only while nothing uses it, and when
the service refuses, its Chinese message says why and what to do instead (retire it). 责任单位 and
内容分类 keep keywords a clerk's look-up also finds them by (工资 → 劳动报酬); 内容分类 can take the
shipped template.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.office import directories, lookup
from fazhi_desktop.services.office.directories import DirectoryKind, Entry
from fazhi_desktop.ui.entry_dialog import EntryDialog, EntryForm, EntryInput, ParentChoice
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.style import use_row_height

#: Directories whose entries carry a code the administrator may type.
CODED = frozenset(
    {DirectoryKind.TOWNSHIP, DirectoryKind.VILLAGE, DirectoryKind.CATEGORY, DirectoryKind.PURPOSE}
)


class DirectoryEditor(QWidget):
    """The table of one directory with 添加, 改名, 停用/恢复, 删除."""

    def __init__(self, session: UiSession, kind: DirectoryKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        #: The add or rename dialog while it is open (tests fill it in and accept it).
        self.dialog: EntryDialog | None = None
        #: The keywords dialog while it is open (tests fill it in and accept it).
        self.keywords_dialog: QInputDialog | None = None
        self._widths: list[int] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        self.township_filter: QComboBox | None = None
        if kind is DirectoryKind.VILLAGE:
            self.township_filter = QComboBox(self)
            self.township_filter.setMinimumContentsLength(12)
            self.township_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label = QLabel(self.tr("Township:"), self)
            label.setBuddy(self.township_filter)
            bar.addWidget(label)
            bar.addWidget(self.township_filter)
            bar.addSpacing(12)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        keys = {self.add_button: "Ins", self.rename_button: "F2", self.delete_button: "Del"}
        self._shortcuts: dict[QPushButton, QShortcut] = {}
        buttons = (self.add_button, self.rename_button, self.retire_button, self.delete_button)
        for button in (*buttons, *self._make_keyword_buttons()):
            bar.addWidget(button)
            if button in keys:
                sequence = QKeySequence(keys[button])
                button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
                self._shortcuts[button] = QShortcut(
                    sequence, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                )
        bar.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model: RecordTableModel[Entry] = RecordTableModel(
            self._columns(), muted=lambda e: e.retired, parent=self
        )
        self.table = record_view(self.model, self)
        self.table.setObjectName(f"directory_{kind.value}")
        use_row_height(self.table, fixed=False)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "A retired entry stays on the cases that use it but can no longer be chosen. "
                "An entry can be deleted only while nothing uses it."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._connect()
        self.refresh()

    def _make_keyword_buttons(self) -> tuple[QPushButton, QPushButton]:
        """关键词… (责任单位, 内容分类) and 采用模板 (内容分类); hidden for the other directories."""
        self.keywords_button = QPushButton(self.tr("Keywords…"), self)
        self.keywords_button.setVisible(self.kind in lookup.KEYWORD_KINDS)
        self.template_button = QPushButton(self.tr("Take the template"), self)
        self.template_button.setToolTip(
            self.tr("Add the usual content categories that are missing, with their keywords")
        )
        self.template_button.setVisible(self.kind is DirectoryKind.CATEGORY)
        return self.keywords_button, self.template_button

    def _columns(self) -> list[Column[Entry]]:
        """The columns, each with the width it needs at least (`self._widths`)."""
        columns: list[tuple[Column[Entry], int]] = []
        if self.kind in CODED:
            columns.append((Column(self.tr("Code"), lambda e: e.code or ""), 120))
        columns.append((Column(self.tr("Name"), lambda e: e.name), 260))
        if self.kind is DirectoryKind.VILLAGE:
            columns.append((Column(self.tr("Township"), lambda e: e.parent_name or ""), 200))
        elif self.kind is DirectoryKind.CATEGORY:
            columns.append((Column(self.tr("Parent category"), lambda e: e.parent_name or ""), 200))
        if self.kind in lookup.KEYWORD_KINDS:
            columns.append((Column(self.tr("Keywords"), lambda e: "、".join(e.keywords.split())), 200))
        in_use, retired = self.tr("In use"), self.tr("Retired")
        columns.append((Column(self.tr("Status"), lambda e: retired if e.retired else in_use), 80))
        self._widths = [width for _, width in columns]
        return [column for column, _ in columns]

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.keywords_button.clicked.connect(self._on_keywords_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.model.modelReset.connect(self._update_buttons)
        for button, shortcut in self._shortcuts.items():
            shortcut.activated.connect(button.animateClick)
        if self.township_filter is not None:
            self.township_filter.currentIndexChanged.connect(self._on_township_filter_current_index_changed)
        self.session.directories_changed.connect(self._on_session_directories_changed)

    # Reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the entries, keeping the selected one selected."""
        current = self.selected_entry()
        keep = current.id if current else None
        parent_id = None
        if self.township_filter is not None:
            self._fill_township_filter()
            parent_id = self.township_filter.currentData()
        entries = directories.list_entries(self.session.ctx, self.kind, parent_id=parent_id)
        if self.township_filter is not None:  # villages grouped under their townships, in the filter's order
            order = {self.township_filter.itemData(i): i for i in range(self.township_filter.count())}
            entries.sort(key=lambda e: order.get(e.parent_id, len(order)))
        self.model.set_records(entries)
        self._fit_columns()
        row = self.model.row_of(lambda e: e.id == keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        retired = sum(1 for e in entries if e.retired)
        self.count_label.setText(self.tr("%d entries, %d retired") % (len(entries), retired))
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Wide enough for the longest entry and never cramped; the status column takes the rest."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            width = max(self.table.columnWidth(column) + 24, self._widths[column])
            self.table.setColumnWidth(column, min(width, 480))

    def _fill_township_filter(self) -> None:
        assert self.township_filter is not None
        chosen = self.township_filter.currentData()
        with QSignalBlocker(self.township_filter):
            self.township_filter.clear()
            self.township_filter.addItem(self.tr("All townships"), None)
            for town in directories.list_entries(self.session.ctx, DirectoryKind.TOWNSHIP):
                text = town.name + (self.tr(" (retired)") if town.retired else "")
                self.township_filter.addItem(text, town.id)
            self.township_filter.setCurrentIndex(max(self.township_filter.findData(chosen), 0))

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        for button in (self.rename_button, self.retire_button, self.delete_button, self.keywords_button):
            button.setEnabled(entry is not None)
        self.retire_button.setText(self.tr("Restore") if entry and entry.retired else self.tr("Retire"))

    # Changing -----------------------------------------------------------------------------------

    def _kind_name(self) -> str:
        names = {
            DirectoryKind.TOWNSHIP: self.tr("township (subdistrict)"),
            DirectoryKind.VILLAGE: self.tr("village (community)"),
            DirectoryKind.UNIT: self.tr("responsible unit"),
            DirectoryKind.CATEGORY: self.tr("content category"),
            DirectoryKind.PURPOSE: self.tr("petition purpose"),
        }
        return names[self.kind]

    def _parent_choices(self) -> list[ParentChoice]:
        ctx = self.session.ctx
        if self.kind is DirectoryKind.VILLAGE:
            towns = directories.list_entries(ctx, DirectoryKind.TOWNSHIP, include_retired=False)
            return [ParentChoice(None, self.tr("(choose a township)"))] + [
                ParentChoice(t.id, t.name) for t in towns
            ]
        categories = directories.list_entries(ctx, DirectoryKind.CATEGORY, include_retired=False)
        indent = "\u3000\u3000"
        return [ParentChoice(None, self.tr("(none: a top-level category)"))] + [
            ParentChoice(c.id, (indent if c.parent_id else "") + c.name) for c in categories
        ]

    def add_form(self) -> EntryForm:
        code_hint = (
            self.tr("Optional, e.g. the division code 431127100")
            if self.kind in (DirectoryKind.TOWNSHIP, DirectoryKind.VILLAGE)
            else self.tr("Optional: left empty, a code is given automatically")
        )
        parent_label = None
        if self.kind is DirectoryKind.VILLAGE:
            parent_label = self.tr("Township:")
        elif self.kind is DirectoryKind.CATEGORY:
            parent_label = self.tr("Parent category:")
        default_parent = self.township_filter.currentData() if self.township_filter is not None else None
        selected = self.selected_entry()
        if self.kind is DirectoryKind.CATEGORY and selected is not None:
            default_parent = selected.parent_id or selected.id
        return EntryForm(
            title=self.tr("Add %s") % self._kind_name(),
            name_label=self.tr("Name:"),
            code_label=self.tr("Code:") if self.kind in CODED else None,
            code_hint=code_hint,
            parent_label=parent_label,
            parents=self._parent_choices() if parent_label else (),
            parent_id=default_parent,
            parent_required=self.kind is DirectoryKind.VILLAGE,
        )

    def _open(self, form: EntryForm, submit: Callable[[EntryInput], None]) -> EntryDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()  # the last one is done with
        self.dialog = EntryDialog(form, submit, self)
        self.dialog.open()
        return self.dialog

    def _changed(self, entry: Entry | None) -> None:
        """The write was announced (this editor refreshed with every view): show the entry written."""
        row = self.model.row_of(lambda e: e.id == entry.id) if entry is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Cannot do this"), error.message)

    def _submit_add(self, value: EntryInput) -> None:
        entry = directories.add_entry(
            self.session.ctx, self.kind, value.name, code=value.code, parent=value.parent_id
        )
        self._changed(entry)

    def _on_add_button_clicked(self) -> None:
        self._open(self.add_form(), self._submit_add)

    def _on_rename_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        form = EntryForm(
            title=self.tr("Rename %s") % self._kind_name(),
            name_label=self.tr("New name:"),
            current_name=entry.name,
            hint=self.tr("Cases already registered show the new name."),
        )

        def submit(value: EntryInput) -> None:
            self._changed(directories.rename_entry(self.session.ctx, self.kind, entry.id, value.name))

        self._open(form, submit)

    def _on_retire_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            changed = directories.retire_entry(
                self.session.ctx, self.kind, entry.id, retired=not entry.retired
            )
        except UserError as error:
            self._show_error(error)
            return
        self._changed(changed)

    def confirm_delete(self, entry: Entry) -> bool:
        """Ask before deleting; the buttons say what they do."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), "", parent=self)
        box.setText(self.tr("Delete “%s”? This cannot be undone.") % entry.name)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def _on_delete_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if not self.confirm_delete(entry):
            return
        try:
            directories.delete_entry(self.session.ctx, self.kind, entry.id)
        except UserError as error:
            self._show_error(error)
            return
        self._changed(None)

    def _on_keywords_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Keywords of “%s”") % entry.name)
        dialog.setLabelText(
            self.tr("Words a clerk may type to find it, separated by spaces or 、 (e.g. 工资 欠薪):")
        )
        dialog.setTextValue("、".join(entry.keywords.split()))
        dialog.resize(460, dialog.sizeHint().height())
        dialog.textValueSelected.connect(lambda text: self._submit_keywords(entry.id, text))
        self.keywords_dialog = dialog
        dialog.open()

    def _submit_keywords(self, entry_id: int, text: str) -> None:
        try:
            self._changed(lookup.set_keywords(self.session.ctx, self.kind, entry_id, text))
        except UserError as error:
            self._show_error(error)

    def _on_template_button_clicked(self) -> None:
        try:
            result = lookup.take_category_template(self.session.ctx)
        except UserError as error:
            self._show_error(error)
            return
        QMessageBox.information(
            self,
            self.tr("Take the template"),
            self.tr("%1 categories added, keywords given to %2.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.keywords_filled)),
        )

    # Slots --------------------------------------------------------------------------------------

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _on_table_double_clicked(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        self._on_rename_button_clicked()

    def _on_township_filter_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_session_directories_changed(self) -> None:
        self.refresh()

    def focus_first(self) -> None:
        if self.selected_entry() is None and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
