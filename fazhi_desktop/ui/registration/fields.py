"""Small editors of the registration form: choice lists, directory look-ups, dates, field messages.

They only collect input; what the input means is decided by the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRectF, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.ui.lookups import Lookup
from fazhi_desktop.ui.style import ERROR_COLOR

#: Keys that move on from a field, as Tab does (Enter on the keypad comes with KeypadModifier).
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar sheet drawn in the text colour (no icon files needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = palette.color(QPalette.ColorRole.PlaceholderText)
    painter.setPen(QPen(color, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.drawRect(QRectF(x, y, 2, 2))
    painter.end()
    return QIcon(pixmap)


class FieldError(QLabel):
    """A red message right below a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.palette()  # red even where the program's style sheet is not applied
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.setPalette(palette)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class EnterMovesFocus(QObject):
    """Makes Enter in a field move to the next field, as Tab does (a clerk's habit from paper forms)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and event.modifiers() in _PLAIN
            and isinstance(watched, QWidget)
        ):
            watched.focusNextChild()
            return True
        return False


class ChoiceCombo(QComboBox):
    """A fixed list to choose from, each entry with the value it stands for (None for "not chosen")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def set_choices(self, choices: Sequence[tuple[str, Any]], *, blank: bool) -> None:
        """Replace the entries, keeping the current choice when it is still there."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if blank:
            self.addItem("", None)
        for text, value in choices:
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        self.setCurrentIndex(max(index, 0))

    def reset(self) -> None:
        self.setCurrentIndex(0)


class LookupCompleter(QCompleter):
    """The pop-up of an editable combo that offers what a service found for the typed text, in the
    service's order (工资 → 劳动报酬 first), rather than the combo's items that contain it. Choosing
    an offer makes it the combo's current item (QComboBox finds it by its text)."""

    #: The offers of the last look-up, shown text → entry id.
    found_entries = Signal(dict)

    def __init__(self, combo: QComboBox, lookup: Lookup) -> None:
        self._model = QStringListModel(combo)
        super().__init__(self._model, combo)
        self._combo = combo
        self._lookup = lookup
        # The service has filtered and ordered: the pop-up shows its answer as it is.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self)
        line = combo.lineEdit()
        assert line is not None, "a look-up needs an editable combo"
        self._line = line
        line.textEdited.connect(self._on_line_text_edited)

    def offered(self) -> list[str]:
        return self._model.stringList()

    def _on_line_text_edited(self, text: str) -> None:
        found = self._lookup(text) if text.strip() else []
        self.found_entries.emit(dict(found))
        self._model.setStringList([shown for shown, _ in found])
        if found and self._line.hasFocus():
            self.complete()


class DirectoryCombo(QComboBox):
    """An editable look-up over a directory (townships and villages, categories): type any part of a
    name and choose from the list, or type a name or code the service will look up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._ids: dict[str, int] = {}
        self._lookup: LookupCompleter | None = None

    def set_lookup(self, lookup: Lookup) -> None:
        """Offer what `lookup` finds for the typed text (a service that also matches keywords, most
        used first) instead of the names that contain it."""
        self._lookup = LookupCompleter(self, lookup)
        self._lookup.found_entries.connect(self._on_lookup_found_entries)

    def found(self) -> list[str]:
        """What the pop-up offers now (tests read it)."""
        return self._lookup.offered() if self._lookup is not None else []

    def _on_lookup_found_entries(self, found: dict[str, int]) -> None:
        self._ids.update(found)  # so that value() knows an offer chosen or typed in full

    def set_entries(self, entries: Sequence[tuple[str, int]]) -> None:
        """Replace the list (shown text, entry id), keeping what was typed."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self._ids = {}
        for shown, entry_id in entries:
            self.addItem(shown, entry_id)
            self._ids[shown] = entry_id
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def edit(self) -> QLineEdit:
        """The line the text is typed in (an editable combo always has one)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def value(self) -> int | str | None:
        """The entry's id when the text is one of the list, else the typed text (a name or a code)."""
        text = self.currentText().strip()
        if not text:
            return None
        return self._ids.get(text, text)

    def reset(self) -> None:
        self.setCurrentIndex(-1)
        self.clearEditText()


class DateEdit(QDateEdit):
    """A date with a calendar, shown as yyyy-MM-dd; Tab leaves the field instead of walking through
    year, month and day (typing a full year or month moves on to the next part by itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1990, 1, 1))
        self.reset()

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> date:
        return to_date(self.date())

    def reset(self) -> None:
        self.setDate(to_qdate(clock.today()))


class OptionalDateEdit(QLineEdit):
    """A date that may stay empty (来信日期, 上级期限): typed as digits into ____-__-__, or chosen from
    a calendar (the button at the right, or Alt+Down / F4)."""

    MASK = "0000-00-00;_"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(self.MASK)
        self.setToolTip(self.tr("Type the date as digits, for example 20241118; leave it empty if unknown"))
        self._calendar_action = QAction(
            calendar_icon(self.palette()), self.tr("Choose from the calendar"), self
        )
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None
        self._calendar_action.triggered.connect(self._on_calendar_action_triggered)

    def is_blank(self) -> bool:
        return not any(ch.isdigit() for ch in self.text())

    def value(self) -> date | None:
        """The date typed, None when empty; a UserError with a Chinese message when it is no date."""
        if self.is_blank():
            return None
        return clock.parse_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def reset(self) -> None:
        self.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self._on_calendar_action_triggered()
            return
        super().keyPressEvent(event)

    def _on_calendar_action_triggered(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._on_calendar_clicked)
            self._calendar.activated.connect(self._on_calendar_clicked)
        try:
            shown = self.value() or clock.today()
        except UserError:  # a half-typed date: start the calendar at today
            shown = clock.today()
        self._calendar.setSelectedDate(to_qdate(shown))
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _on_calendar_clicked(self, chosen: QDate) -> None:
        self.set_value(to_date(chosen))
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()


class RegionMissingNote(QLabel):
    """Under 问题属地 when there is none to choose (a new office): what to do, with a link to the
    settings tab where townships are added. Hidden until the form finds the directory empty."""

    def __init__(self, cell: QWidget) -> None:
        super().__init__(cell)
        link = '<a href="settings:township">' + self.tr("Settings › Townships") + "</a>"
        self.setText(self.tr("No townships yet: add them in %1.").replace("%1", link))
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.hide()
        layout = cell.layout()
        assert layout is not None, "the field's cell lays out the field and its message"
        layout.addWidget(self)
