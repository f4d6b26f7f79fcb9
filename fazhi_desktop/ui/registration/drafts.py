"""Drafts that survive a crash: kept while typing, offered back when the form opens again.

`DraftKeeper` watches the editors of a form (the registration form, a step's dialog); two seconds
after the typing stops (and at once when the page is left) it keeps what they hold in the user's
drafts file (services/drafts.py). A saved or cleared form forgets its draft. `DraftOffer` is the line
the form shows when an earlier run left one: 上次未保存的草稿（时间，姓名，摘要）：恢复 / 丢弃.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

log = logging.getLogger(__name__)

#: Milliseconds after the last keystroke before the draft is kept.
DEBOUNCE_MS = 2000
#: Fields whose value alone (a date, a default choice) is no draft worth keeping.
PREFILLED = frozenset({"registered_on", "source", "head_count", "occurred_on"})


def widget_value(editor: QWidget) -> Any:
    """What an editor holds, as a plain JSON value."""
    if isinstance(editor, QComboBox):
        return editor.currentText() if editor.isEditable() else editor.currentData()
    if isinstance(editor, QDateEdit):
        return editor.date().toString("yyyy-MM-dd")
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return None


def set_widget_value(editor: QWidget, value: Any) -> None:
    """Put a kept value back into its editor."""
    if isinstance(editor, QComboBox):
        if editor.isEditable():
            editor.setEditText(str(value or ""))
        else:
            editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, QDateEdit):
        editor.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value or ""))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(str(value or ""))
    elif isinstance(editor, QSpinBox) and isinstance(value, int):
        editor.setValue(value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))


def registration_editors(fields: RegistrationFields) -> dict[str, QWidget]:
    """The registration form's editors, its flags among them."""
    return {**fields.editors, **{f"flag.{key}": check for key, check in fields.flags.items()}}


def snapshot(editors: Mapping[str, QWidget]) -> dict[str, Any]:
    return {key: widget_value(editor) for key, editor in editors.items()}


def is_blank(values: Mapping[str, Any]) -> bool:
    """Nothing typed worth keeping (a date, the default choices and numbers do not count)."""
    numbers = (int, float)
    return not any(
        v
        for k, v in values.items()
        if k not in PREFILLED and (isinstance(v, bool) or not isinstance(v, numbers))
    )


def fill(editors: Mapping[str, QWidget], values: Mapping[str, Any]) -> None:
    for key, editor in editors.items():
        if key in values:
            set_widget_value(editor, values[key])


class DraftOffer(QFrame):
    """上次未保存的草稿（…）：恢复 / 丢弃."""

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

    def offer(self, draft: Draft, about: str = "") -> None:
        when = draft.saved_at.strftime("%Y-%m-%d %H:%M")
        self.label.setText(
            self.tr("Unsaved draft from last time (%1%2):")
            .replace("%1", when)
            .replace("%2", f"，{about}" if about else "")
        )
        self.show()


class DraftKeeper(QObject):
    """Keeps one form's draft in the drafts file while it is typed. `about` names a draft in the
    offer (the petitioner and the summary, say)."""

    def __init__(
        self,
        ctx: Context,
        form: str,
        editors: Mapping[str, QWidget],
        offer: DraftOffer,
        parent: QObject,
        about: Callable[[Mapping[str, Any]], str] = lambda _values: "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.editors = dict(editors)
        self.offer = offer
        self.about = about
        self._paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.keep_now)
        for editor in self.editors.values():
            for name in ("textChanged", "currentTextChanged", "dateChanged", "valueChanged", "toggled"):
                signal = getattr(editor, name, None)
                if signal is not None:
                    signal.connect(self._on_field_changed)
        offer.restore_clicked.connect(self._on_offer_restore_clicked)
        offer.discard_clicked.connect(self._on_offer_discard_clicked)

    def offer_kept(self) -> None:
        """Offer back the draft an earlier run of the program left, if there is one."""
        draft = drafts.load(self.ctx, self.form)
        if draft is not None:
            self.offer.offer(draft, self.about(draft.fields))

    def _on_field_changed(self, *_args: Any) -> None:
        if not self._paused:
            self.timer.start()  # restarted by every keystroke: kept once the typing stops

    def keep_now(self) -> None:
        self.timer.stop()
        values = snapshot(self.editors)
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
            fill(self.editors, draft.fields)
        finally:
            self._paused = False

    def _first(self) -> QWidget | None:
        return next(iter(self.editors.values()), None)

    def _on_offer_restore_clicked(self) -> None:
        draft = drafts.load(self.ctx, self.form)
        if draft is not None:
            self.restore(draft)
        self.offer.hide()
        first = self._first()
        if first is not None:
            first.setFocus()

    def _on_offer_discard_clicked(self) -> None:
        self.forget()
        self.offer.hide()
        first = self._first()
        if first is not None:
            first.setFocus()


def about_registration(values: Mapping[str, Any]) -> str:
    """The petitioner's name and the summary, for the offer."""
    return "，".join(str(values[k]) for k in ("name", "summary") if values.get(k))
