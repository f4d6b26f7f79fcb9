"""The cases behind a number (an indicator's side, a 工作台 figure): a list of ids the service found,
shown a page at a time. A double-click or Enter opens the case (`case_opened`).

The ids come whole from the service (a hundred thousand ints are nothing); the lines are read from the
database only for the pages on screen, by the same model as the case list (`ui.id_list`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.vocab import Labelled
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics.explain import COLUMN_LABELS, CaseBrief, case_briefs
from fazhi_desktop.ui.breakdown_text import outcome
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.id_list import IdListModel, PlaceKeeper
from fazhi_desktop.ui.style import TIER_BACKGROUNDS, TIER_COLORS, use_row_height
from fazhi_desktop.ui.tier_reason_text import reasons_text
from fazhi_desktop.ui.vocab_text import shown

CACHED_PAGES = 20
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: The columns every list has, before the facts that explain it.
FIXED = ("number", "registered_on", "summary")
_FIXED_HEADERS = {
    "number": QT_TRANSLATE_NOOP("CaseIdsModel", "Number"),
    "registered_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Registered"),
    "summary": QT_TRANSLATE_NOOP("CaseIdsModel", "Summary"),
}
#: Headers of the explaining columns (the service names them in Chinese, for reports).
_FACT_HEADERS = {
    "route_due": QT_TRANSLATE_NOOP("CaseIdsModel", "Acceptance deadline"),
    "intake_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Decided on"),
    "intake_kind": QT_TRANSLATE_NOOP("CaseIdsModel", "Decision"),
    "handling_due": QT_TRANSLATE_NOOP("CaseIdsModel", "Handling deadline"),
    "answered_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Replied or completed on"),
    "outcome": QT_TRANSLATE_NOOP("CaseIdsModel", "Outcome"),
    "delivered_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Delivered on"),
    "satisfaction": QT_TRANSLATE_NOOP("CaseIdsModel", "Evaluation"),
    "closed_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Completed on"),
    "state": QT_TRANSLATE_NOOP("CaseIdsModel", "State"),
    "routed_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Routed on"),
    "returned": QT_TRANSLATE_NOOP("CaseIdsModel", "Returned"),
    "is_repeat": QT_TRANSLATE_NOOP("CaseIdsModel", "Repeat petition"),
    "channel": QT_TRANSLATE_NOOP("CaseIdsModel", "Channel"),
    "head_count": QT_TRANSLATE_NOOP("CaseIdsModel", "People"),
    "leader_on": QT_TRANSLATE_NOOP("CaseIdsModel", "Leader took charge on"),
    "tier": QT_TRANSLATE_NOOP("CaseIdsModel", "Tier"),
    "tier_reasons": QT_TRANSLATE_NOOP("CaseIdsModel", "Warning reasons"),
    "due_date": QT_TRANSLATE_NOOP("CaseIdsModel", "Next deadline"),
    "source": QT_TRANSLATE_NOOP("CaseIdsModel", "Source"),
    "upper_number": QT_TRANSLATE_NOOP("CaseIdsModel", "Higher level's number"),
}


class CaseIdsModel(IdListModel):
    """Rows of the cases with the given ids, in that order; `columns` are extra columns of `cases`."""

    def __init__(
        self,
        ctx: Context,
        ids: Sequence[int] = (),
        columns: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._read, _id_of, CACHED_PAGES, parent)
        self._ctx = ctx
        self._columns = tuple(columns)
        self.replace_ids(ids, keep_place=False)

    def set_ids(self, ids: Sequence[int], columns: Sequence[str] | None = None) -> None:
        """Show these ids; the same columns again is the same list read again (the view keeps its place)."""
        same = columns is None or tuple(columns) == self._columns
        if columns is not None:
            self._columns = tuple(columns)
        self.replace_ids(ids, keep_place=same)

    def ids(self) -> tuple[int, ...]:
        return tuple(self._rows.ids)

    def brief(self, row: int) -> CaseBrief | None:
        record: CaseBrief | None = self.record(row)
        return record

    def _read(self, ids: Sequence[int]) -> list[CaseBrief]:
        return case_briefs(self._ctx, list(ids), self._columns)

    # Qt -----------------------------------------------------------------------------------------

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(FIXED) + len(self._columns)

    def _key(self, column: int) -> str | None:
        keys = (*FIXED, *self._columns)
        return keys[column] if 0 <= column < len(keys) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < self.rowCount() else None
        key = self._key(section)
        if key is None:
            return None
        if key in _FIXED_HEADERS:
            return translate("CaseIdsModel", _FIXED_HEADERS[key])
        if key in _FACT_HEADERS:
            return translate("CaseIdsModel", _FACT_HEADERS[key])
        return COLUMN_LABELS.get(key, key)

    def cell(self, brief: CaseBrief, column: int, role: int) -> Any:
        key = self._key(column)
        if key is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(brief, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(brief, key)
        tier = brief.facts.get("tier")
        if key == "tier" and isinstance(tier, str) and tier in TIER_COLORS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TIER_BACKGROUNDS[tier])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TIER_COLORS[tier])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        return None


def _id_of(brief: CaseBrief) -> int:
    return brief.id


def _display(brief: CaseBrief, key: str) -> str:
    if key == "number":
        return brief.number
    if key == "registered_on":
        return brief.registered_on.isoformat()
    if key == "summary":
        return brief.summary
    fact = brief.facts.get(key)
    if isinstance(fact, Labelled):  # vocabulary columns: in the UI's language, not the service's words
        return shown(fact)
    if key == "tier_reasons":
        return reasons_text(fact)
    if key == "outcome" and isinstance(fact, str):
        return outcome(fact)
    if isinstance(fact, bool):
        return translate("CaseIdsModel", "Yes") if fact else translate("CaseIdsModel", "No")
    return brief.words.get(key, "")


def _tooltip(brief: CaseBrief, key: str) -> str | None:
    if key == "summary":
        return brief.summary
    if key in ("tier", "tier_reasons"):  # the reasons run long: the whole text on hovering
        return reasons_text(brief.facts.get("tier_reasons")) or None
    return None


class CaseIdsView(QTableView):
    """The list's table: whole rows; Enter or a double-click asks to open the case."""

    case_activated = Signal(int)

    def __init__(self, model: CaseIdsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        use_row_height(self)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._on_self_double_clicked)
        model.modelReset.connect(self._on_model_model_reset)
        self._place = PlaceKeeper(self, model)
        self._on_model_model_reset()

    def _on_model_model_reset(self) -> None:
        header = self.horizontalHeader()
        count = self.model().columnCount()
        widths = {"number": 160, "registered_on": 100, "tier": 60, "outcome": 180}  # "Yellow" as well as 黄
        for column in range(count):
            key = self.model()._key(column)  # type: ignore[attr-defined]
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Wide enough for its header too ("Replied or completed on" is longer than a date).
            self.setColumnWidth(column, max(widths.get(key, 110), header.sectionSizeHint(column) + 8))
        # The summary takes the width there is to spare, shared with the tier's reasons when shown.
        keys = (*FIXED, *self.model()._columns)  # type: ignore[attr-defined]
        for key in ("summary", "tier_reasons"):
            if key in keys:
                header.setSectionResizeMode(keys.index(key), QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        self._open(index.row())

    def _open(self, row: int) -> None:
        model = self.model()
        case_id = model.case_id(row) if isinstance(model, CaseIdsModel) else None
        if case_id is not None:
            self.case_activated.emit(case_id)


class CaseListDialog(QDialog):
    """A titled list of cases (the cases behind a 工作台 number)."""

    case_opened = Signal(int)

    def __init__(
        self,
        ctx: Context,
        title: str,
        ids: Sequence[int],
        columns: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 600)
        self.model = CaseIdsModel(ctx, ids, columns, self)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        self.count_label = QLabel(self.tr("%n case(s)", "", len(ids)), self)
        hint = QLabel(self.tr("Double-click a case (or press Enter) to open it."), self)
        hint.setObjectName("hint")
        self.table = CaseIdsView(self.model, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout.addWidget(heading)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.table.case_activated.connect(self.case_opened)
