"""The side panel 「此人既往信访件」: the earlier cases of the person being registered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.vocab import CaseState, Channel
from fazhi_desktop.services.cases.petitioners import EarlierCase
from fazhi_desktop.ui.vocab_text import shown_code

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
_PADDING = 6
_LINES = 3

AnyIndex = QModelIndex | QPersistentModelIndex


def case_lines(case: EarlierCase) -> tuple[str, str, str, str]:
    """Number, state, "date · channel · name" and summary: what a row shows."""
    state = shown_code(CaseState, case.state)
    details = " · ".join(
        (case.registered_on.isoformat(), shown_code(Channel, case.channel), case.petitioner_name)
    )
    return case.number, state, details, case.summary


class EarlierCasesModel(QAbstractListModel):
    """A short list (at most a few dozen) of a person's cases, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases: list[EarlierCase] = []

    def set_cases(self, cases: Sequence[EarlierCase]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def cases(self) -> list[EarlierCase]:
        return list(self._cases)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            number, state, details, summary = case_lines(case)
            if case.is_repeat:
                state = self.tr("%s (repeat)") % state
            return f"{number}  {state}\n{details}\n{summary}"
        if role == CASE_ID_ROLE:
            return case.case_id
        if role == CASE_ROLE:
            return case
        return None


class EarlierCaseDelegate(QStyledItemDelegate):
    """Draws a case in three lines: number and state, date · channel · name, the summary."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, _LINES * line + 2 * _PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        case = index.data(CASE_ROLE)
        if not isinstance(case, EarlierCase):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        opt_rect: QRect = option.rect
        palette: QPalette = option.palette
        state_flags = option.state
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        selected = bool(state_flags & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        number, state, details, summary = case_lines(case)
        if case.is_repeat:
            state = self.tr("%s (repeat)") % state
        rect = opt_rect.adjusted(_PADDING + 2, _PADDING, -_PADDING - 2, -_PADDING)
        base: QFont = option.font
        line = QFontMetrics(base).lineSpacing()
        bold = QFont(base)
        bold.setBold(True)

        painter.setFont(base)
        painter.setPen(palette.color(text_role))
        state_width = QFontMetrics(base).horizontalAdvance(state) + 4
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, state)
        painter.setFont(bold)
        room = top.adjusted(0, 0, -state_width - 6, 0)
        shown = QFontMetrics(bold).elidedText(number, Qt.TextElideMode.ElideRight, room.width())
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

        painter.setFont(base)
        painter.setPen(palette.color(muted_role))
        second = top.translated(0, line)
        shown = QFontMetrics(base).elidedText(details, Qt.TextElideMode.ElideRight, second.width())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.setPen(palette.color(text_role))
        third = second.translated(0, line)
        shown = QFontMetrics(base).elidedText(summary, Qt.TextElideMode.ElideRight, third.width())
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()


class EarlierCasesPanel(QFrame):
    """「此人既往信访件」: filled as the ID number (or the name and phone) is typed."""

    #: The user asks to open a case (double-click or Enter on its row); carries the case id.
    case_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlierPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Earlier cases of this person"), self)
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.model = EarlierCasesModel(self)
        self.view = QListView(self)
        self.view.setObjectName("earlierCases")
        self.view.setModel(self.model)
        self.view.setItemDelegate(EarlierCaseDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.view.setToolTip(self.tr("Double-click a case or press Enter on it to open it"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._on_view_activated)
        self.set_cases([], searched=False)

    def set_cases(self, cases: Sequence[EarlierCase], *, searched: bool) -> None:
        """Show `cases`; `searched` says whether there was enough typed to look (else a hint how to)."""
        self.model.set_cases(cases)
        if cases:
            self.hint.setText(
                self.tr("%s earlier case(s), newest first. Double-click or press Enter to open.") % len(cases)
            )
            self.view.setCurrentIndex(self.model.index(0, 0))
        elif searched:
            self.hint.setText(self.tr("No earlier cases of this person were found."))
        else:
            self.hint.setText(
                self.tr(
                    "Type 6 or more characters of the ID number, or the name and the phone, to see this person's earlier cases."
                )
            )

    def cases(self) -> list[EarlierCase]:
        return self.model.cases()

    def chosen_case(self) -> EarlierCase | None:
        """The case the user picked in the list, else the newest one; None when the list is empty."""
        current = self.view.currentIndex()
        case = current.data(CASE_ROLE) if current.isValid() else None
        if isinstance(case, EarlierCase):
            return case
        cases = self.model.cases()
        return cases[0] if cases else None

    def _on_view_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if isinstance(case_id, int):
            self.case_activated.emit(case_id)
