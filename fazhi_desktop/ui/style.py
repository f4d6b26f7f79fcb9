"""The program's look: a calm office palette, tier colours that always come with words, one row
height for every table, form labels that end the same way everywhere, and sort arrows that point
the way the list runs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from fazhi_desktop.ui.i18n import translate

TIER_COLORS = {"red": QColor("#c62828"), "yellow": QColor("#b7791f"), "green": QColor("#2e7d32")}
TIER_BACKGROUNDS = {"red": QColor("#fdecea"), "yellow": QColor("#fff6e0"), "green": QColor("#e9f5ea")}
ERROR_COLOR = "#c62828"

STYLESHEET = """
QLabel#pageTitle { font-size: 15pt; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#fieldError { color: #c62828; }
QLabel#banner { background: #fdecea; color: #8e1b1b; border: 1px solid #e8b4b0; border-radius: 4px;
                padding: 6px 10px; font-weight: bold; }
QLabel#hint { color: #5f6b7a; }
QTreeWidget#navigation { border: none; background: #f3f5f8; font-size: 11pt; }
QTreeWidget#navigation::item { padding: 5px 4px; }
QTreeWidget#navigation::item:selected { background: #d6e4f5; color: #0b3d75; }
QFrame#headerBar { background: #0b3d75; }
QFrame#headerBar QLabel { color: white; }
QToolButton#helpButton { padding: 2px 18px 2px 8px; }  /* room for the menu arrow beside the word */
QLabel#officeName { font-size: 13pt; font-weight: bold; }
"""

#: The air above and below a table row's line of text: the same in every list of the program.
ROW_PADDING = 10


def row_height(widget: QWidget) -> int:
    """The height of one row of text in any table or tree: a line and some air."""
    return widget.fontMetrics().lineSpacing() + ROW_PADDING


class _RowHeightDelegate(QStyledItemDelegate):
    """Rows at least `row_height` tall (a tree takes its rows' height from its items)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        widget = self.parent()
        if isinstance(widget, QWidget):
            size.setHeight(max(size.height(), row_height(widget)))
        return size


def use_row_height(view: QAbstractItemView, *, fixed: bool = True) -> None:
    """One line of text a row, with the program's air around it. A table keeps every row that
    tall (`fixed`); a table whose rows may wrap (`fixed=False`) grows past it only for wrapped text."""
    height = row_height(view)
    if isinstance(view, QTableView):
        header = view.verticalHeader()
        header.setMinimumSectionSize(height)
        header.setDefaultSectionSize(height)
        if fixed:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    else:
        view.setItemDelegate(_RowHeightDelegate(view))


def labelled(text: str) -> str:
    """A form label: the text and the colon of the UI's language (「姓名：」, "Name:"), in every form."""
    return text + translate("FormLabel", ":")


class SortArrowStyle(QProxyStyle):
    """Sort arrows that point the way the list runs: ▼ for newest (largest) first, ▲ for oldest first.

    QHeaderView hands the style "SortUp" for a descending order, so Fusion draws ▲ over a
    newest-first list; this swaps the two for the header it is set on."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            swap = {
                QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
            }
            flipped.sortIndicator = swap.get(option.sortIndicator, option.sortIndicator)
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def use_sort_arrows(header: QHeaderView) -> None:
    """Give a list's header arrows that match its order (see SortArrowStyle)."""
    style = SortArrowStyle(header.style().name())
    style.setParent(header)
    header.setStyle(style)
