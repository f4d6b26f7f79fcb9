"""Registration drafts that survive a crash: kept while typing, offered back at the next start.

`DraftKeeper` watches every field of a registration form; two seconds after the typing stops (and
at once when the page is left) it keeps the fields in the user's drafts file (services/drafts.py).
A saved or cleared form forgets its draft. `DraftOffer` is the line the form shows when a draft
was left by an earlier run: 上次未保存的登记草稿（时间，姓名/摘要）：恢复 / 丢弃.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from fazhi_desktop.services import drafts
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.drafts import Draft
from fazhi_desktop.ui.registration.body import RegistrationFields
from fazhi_desktop.ui.registration.fields import ChoiceCombo, DateEdit, DirectoryCombo

log = logging.getLogger(__name__)

#: Milliseconds after the last keystroke before the draft is kept.
DEBOUNCE_MS = 2000


def snapshot(fields: RegistrationFields) -> dict[str, Any]:
    """What is typed in every field, as plain JSON values."""
    values: dict[str, Any] = {}
    for key, editor in fields.editors.items():
        if isinstance(editor, DirectoryCombo):
            values[key] = editor.currentText()
        elif isinstance(editor, ChoiceCombo):
            value = editor.value()
            values[key] = value if value is None or isinstance(value, int | bool) else str(value)
        elif isinstance(editor, DateEdit):
            values[key] = editor.date().toString("yyyy-MM-dd")
        elif isinstance(editor, QLineEdit):
            values[key] = editor.text()
        elif isinstance(editor, QPlainTextEdit):
            values[key] = editor.toPlainText()
        elif isinstance(editor, QSpinBox):
            values[key] = editor.value()
    values["flags"] = [key for key, check in fields.flags.items() if check.isChecked()]
    return values


def is_blank(values: dict[str, Any]) -> bool:
    """Nothing typed worth keeping (the date and the default choices do not count)."""
    texts = (v for k, v in values.items() if k not in ("registered_on", "source", "head_count"))
    return not any(v for v in texts)


def fill(fields: RegistrationFields, values: dict[str, Any]) -> None:
    """Put a draft's values back into the fields."""
    for key, editor in fields.editors.items():
        if key not in values:
            continue
        value = values[key]
        if isinstance(editor, DirectoryCombo):
            editor.setEditText(str(value or ""))
        elif isinstance(editor, ChoiceCombo):
            editor.set_value(value)
        elif isinstance(editor, DateEdit):
            editor.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QSpinBox) and isinstance(value, int):
            editor.setValue(value)
    chosen = set(values.get("flags") or [])
    for key, check in fields.flags.items():
        check.setChecked(key in chosen)


class DraftOffer(QFrame):
    """上次未保存的登记草稿（…）：恢复 / 丢弃."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOffer")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)
        self.hide()

    def offer(self, draft: Draft) -> None:
        fields = draft.fields
        about = "，".join(str(fields[k]) for k in ("name", "summary") if fields.get(k))
        when = draft.saved_at.strftime("%Y-%m-%d %H:%M")
        self.label.setText(
            self.tr("Unsaved registration draft from last time (%1%2):")
            .replace("%1", when)
            .replace("%2", f"，{about}" if about else "")
        )
        self.show()


class DraftKeeper(QObject):
    """Keeps one form's draft in the drafts file while it is typed."""

    def __init__(
        self, ctx: Context, form: str, fields: RegistrationFields, offer: DraftOffer, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.fields = fields
        self.offer = offer
        self._paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.keep_now)
        for editor in fields.editors.values():
            for name in ("textChanged", "currentTextChanged", "dateChanged", "valueChanged"):
                signal = getattr(editor, name, None)
                if signal is not None:
                    signal.connect(self._on_field_changed)
        for check in fields.flags.values():
            check.toggled.connect(self._on_field_changed)
        offer.restore_clicked.connect(self._on_offer_restore_clicked)
        offer.discard_clicked.connect(self._on_offer_discard_clicked)

    def offer_kept(self) -> None:
        """Offer back the draft an earlier run of the program left, if there is one."""
        draft = drafts.load(self.ctx, self.form)
        if draft is not None:
            self.offer.offer(draft)

    def _on_field_changed(self, *_args: Any) -> None:
        if not self._paused:
            self.timer.start()  # restarted by every keystroke: kept once the typing stops

    def keep_now(self) -> None:
        self.timer.stop()
        values = snapshot(self.fields)
        if is_blank(values):
            drafts.forget(self.ctx, self.form)
        else:
            drafts.keep(self.ctx, self.form, values)

    def flush(self) -> None:
        """Keep at once what is pending (the page is left, the program closes)."""
        if self.timer.isActive():
            self.keep_now()

    def forget(self) -> None:
        """The form was saved or cleared: its draft is gone."""
        self.timer.stop()
        drafts.forget(self.ctx, self.form)

    def restore(self, draft: Draft) -> None:
        self._paused = True
        try:
            fill(self.fields, draft.fields)
        finally:
            self._paused = False

    def _on_offer_restore_clicked(self) -> None:
        draft = drafts.load(self.ctx, self.form)
        if draft is not None:
            self.restore(draft)
        self.offer.hide()
        self.fields.first_field().setFocus()

    def _on_offer_discard_clicked(self) -> None:
        self.forget()
        self.offer.hide()
        self.fields.first_field().setFocus()
