"""文书模板: the office's wording of each document — its name, address, phone and seal words, the
titles and paragraphs — edited here and kept in the database (services/reports/templates.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.reports import templates as report_templates
from fazhi_desktop.services.reports.templates import TemplateField
from fazhi_desktop.ui.report_text import field_name, kind_name
from fazhi_desktop.ui.session import UiSession

Editor = QLineEdit | QPlainTextEdit


class TemplatesTab(QWidget):
    """The editor of the documents' wording."""

    #: The wording of a document was saved or reset.
    templates_changed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editors: dict[str, Editor] = {}
        self.fields: list[TemplateField] = []
        self.template = QComboBox(self)
        self.template.setObjectName("templateKind")
        for info in report_templates.list_templates(session.ctx):
            self.template.addItem(kind_name(info.kind), info.kind)
        self.form_host = QScrollArea(self)
        self.form_host.setWidgetResizable(True)
        self.placeholders = QLabel(self)
        self.placeholders.setObjectName("hint")
        self.placeholders.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.reset_button = QPushButton(self.tr("Restore the default wording"), self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Document:"), self))
        top.addWidget(self.template, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form_host, 1)
        layout.addWidget(self.placeholders)
        layout.addLayout(buttons)
        self.template.currentIndexChanged.connect(self._on_template_current_index_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.load()

    def kind(self) -> str:
        return str(self.template.currentData())

    def select(self, kind: str) -> None:
        index = self.template.findData(kind)
        if index >= 0:
            self.template.setCurrentIndex(index)

    def load(self) -> None:
        """Show the fields of the chosen document."""
        kind = self.kind()
        self.fields = report_templates.template_fields(self.session.ctx, kind)
        page = QWidget(self.form_host)
        form = QFormLayout(page)
        self.editors = {}
        for field in self.fields:
            editor: Editor
            if field.multiline:
                editor = QPlainTextEdit(page)
                editor.setPlainText(field.value)
                editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 6)
            else:
                editor = QLineEdit(field.value, page)
            editor.setObjectName(f"template_{field.name}")
            editor.setToolTip(self.tr("Default: %1").replace("%1", field.default or self.tr("(empty)")))
            label = field_name(field.name) + (self.tr(" (changed)") if field.changed else "")
            form.addRow(label, editor)
            self.editors[field.name] = editor
        self.form_host.setWidget(page)
        allowed = report_templates.placeholders(kind)
        self.placeholders.setText(
            self.tr("Placeholders you may use: %1").replace("%1", "、".join(f"{{{p}}}" for p in allowed))
            if allowed
            else self.tr("Leave the office's name empty to use the name the office was set up with.")
        )
        self.status.clear()

    def value(self, name: str) -> str:
        editor = self.editors[name]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def set_value(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    def save(self) -> bool:
        """Save every field that differs from what is stored; False (and the reason shown) on a mistake."""
        kind = self.kind()
        changed = [(f.name, self.value(f.name)) for f in self.fields if self.value(f.name) != f.value]
        try:
            for name, text in changed:  # every field checked before any is written
                report_templates.check_text(kind, name, text)
            for name, text in changed:
                report_templates.set_field(self.session.ctx, kind, name, text)
        except UserError as exc:
            self.status.setText(exc.message)
            return False
        self.load()
        self.status.setText(self.tr("Saved."))
        self.templates_changed.emit()
        return True

    def reset(self) -> None:
        report_templates.reset(self.session.ctx, self.kind())
        self.load()
        self.status.setText(self.tr("The default wording is back."))
        self.templates_changed.emit()

    def _on_template_current_index_changed(self, _index: int) -> None:
        self.load()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_reset_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore the default wording"),
            self.tr("Replace every field of this document with the program's default wording?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset()
