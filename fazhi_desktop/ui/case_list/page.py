"""The 信访件 page: a filter bar over the case list. Enter or a double-click opens a case; 「按紧急程度」
sorts the most urgent first (overdue, then the fewest days left, red before yellow before green)."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.vocab import (
    CLOSED_STATES,
    FINAL_STATES,
    CaseState,
    Channel,
    DeadlineState,
    Nature,
    Source,
    Tier,
)
from fazhi_desktop.services.cases.reading import CaseFilter
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.office.directories import DirectoryKind
from fazhi_desktop.ui.case_list import remembered
from fazhi_desktop.ui.case_list.model import COLUMN_KEYS, COLUMNS, VOCABULARY_COLUMNS, CaseTableModel
from fazhi_desktop.ui.id_list import PlaceKeeper
from fazhi_desktop.ui.lookups import directory_lookup
from fazhi_desktop.ui.registration.fields import LookupCompleter
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.style import labelled, use_row_height, use_sort_arrows
from fazhi_desktop.ui.vocab_text import choices, shown

if TYPE_CHECKING:
    from fazhi_desktop.ui.case_list.export_dialog import LedgerExportDialog

log = logging.getLogger(__name__)

NO_DATE = remembered.NO_DATE
OPEN_STATES = tuple(s.value for s in CaseState if s not in FINAL_STATES)
CLOSED = tuple(s.value for s in CLOSED_STATES)


class CaseTableView(QTableView):
    """The table; Enter opens the current case (a double-click does too)."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CaseListPage(QWidget):
    """Filter bar, count and the case table."""

    case_activated = Signal(int)
    #: 清除筛选 was pressed (the window clears its own search box too).
    filters_cleared = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CaseTableModel(session.ctx, self, read_now=False)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        # The header's sort and the remembered filter each ask for the list: it is read once, after.
        with self.model.held():
            self._build()
            self._fill_choices()
            self._restore()
            self._connect()
            self._apply_filter()

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        bar = QGridLayout()
        bar.setHorizontalSpacing(8)
        self.date_from = self._date_edit("filterFrom")
        self.date_to = self._date_edit("filterTo")
        self.channel = self._combo("filterChannel")
        self.source = self._combo("filterSource")
        self.region = self._combo("filterRegion")
        self.category = self._category_combo()
        self.nature = self._combo("filterNature")
        self.state = self._combo("filterState")
        self.tier = self._combo("filterTier")
        self.deadline = self._combo("filterDeadline")
        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(self.tr("Number, petitioner or words of the summary"))
        self.text.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("Clear filters"), self)
        self.export_button = QPushButton(self.tr("Export ledger…"), self)
        self.export_button.setToolTip(self.tr("Write the cases the list shows to an Excel ledger"))
        self.export_dialog: LedgerExportDialog | None = None
        self.urgency_button = QPushButton(self.tr("Most urgent first"), self)
        self.urgency_button.setToolTip(
            self.tr("Overdue first, then the fewest days left; red before yellow before green")
        )
        dash = QLabel("–", self)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(dash)  # the dash keeps its width; the two dates share the rest
        dates.addWidget(self.date_to, 1)
        cells: list[tuple[str, Any]] = [
            (self.tr("Registered"), dates),
            (self.tr("Channel"), self.channel),
            (self.tr("Source"), self.source),
            (self.tr("Location"), self.region),
            (self.tr("Category"), self.category),
            (self.tr("Nature"), self.nature),
            (self.tr("State"), self.state),
            (self.tr("Tier"), self.tier),
            (self.tr("Deadline"), self.deadline),
            (self.tr("Sort"), self.urgency_button),
        ]
        self._labels = {widget: label for label, widget in cells if isinstance(widget, QComboBox)}
        for n, (label, widget) in enumerate(cells):
            row, col = divmod(n, 5)
            bar.addWidget(QLabel(labelled(label), self), row, col * 2, Qt.AlignmentFlag.AlignRight)
            if isinstance(widget, QHBoxLayout):
                bar.addLayout(widget, row, col * 2 + 1)
            else:
                bar.addWidget(widget, row, col * 2 + 1)
        bar.addWidget(QLabel(labelled(self.tr("Search")), self), 2, 0, Qt.AlignmentFlag.AlignRight)
        bar.addWidget(self.text, 2, 1, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.reset_button)
        bar.addLayout(buttons, 2, 8, 1, 2)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        bar.addWidget(self.count_label, 2, 6, 1, 2)
        for col in (1, 3, 5, 7, 9):
            bar.setColumnStretch(col, 1)
        layout.addLayout(bar)
        layout.addWidget(self._build_table(), 1)

    def _build_table(self) -> CaseTableView:
        self.table = CaseTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        use_row_height(self.table)
        header = self.table.horizontalHeader()
        use_sort_arrows(header)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        for n, column in enumerate(COLUMNS):
            # A column starts wide enough for its heading (and the sort arrow) and, showing a
            # vocabulary, for its longest word, in the UI's language (English runs longer).
            vocabulary = VOCABULARY_COLUMNS.get(column.key, ())
            words = max((metrics.horizontalAdvance(shown(m)) + 16 for m in vocabulary), default=0)
            heading = metrics.horizontalAdvance(str(self.model.headerData(n, Qt.Orientation.Horizontal))) + 28
            header.resizeSection(n, max(column.width, words, heading))
            header.setSectionHidden(n, not column.shown)  # more columns from the header's menu
        # The summary takes the width a wide screen has to spare.
        header.setSectionResizeMode(COLUMN_KEYS.index("summary"), QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self._place = PlaceKeeper(self.table, self.model)
        return self.table

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _fill_choices(self) -> None:
        every = self.tr("All")

        def fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        fill(
            self.channel,
            choices((Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE)),
        )
        fill(self.source, choices(Source))
        ctx = self.session.ctx
        fill(
            self.region,
            [(e.name, e.id) for e in directories.list_entries(ctx, "township", include_retired=False)],
        )
        # Every category, as the look-up shows it (上级 / 名称), so that what it offers is an item.
        fill(
            self.category,
            [
                (f"{e.parent_name} / {e.name}" if e.parent_name else e.name, e.id)
                for e in directories.list_entries(ctx, "category", include_retired=False)
            ],
        )
        fill(self.nature, choices(Nature))
        fill(
            self.state,
            [(self.tr("Open"), "open"), (self.tr("Closed"), "closed"), *choices(CaseState)],
        )
        fill(self.tier, choices(Tier))
        states = (DeadlineState.OVERDUE, DeadlineState.DUE_SOON, DeadlineState.ON_TIME)
        fill(self.deadline, choices(states))

    def _category_combo(self) -> QComboBox:
        """类别: typed words find a category by its name or its keywords (工资 → 劳动报酬), most used
        first (the same look-up as the registration form's)."""
        combo = self._combo("filterCategory")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # 「全部」 stays in the line until cleared: words typed after it are still what is looked up.
        find = directory_lookup(self.session.ctx, DirectoryKind.CATEGORY, ignore_prefix=self.tr("All"))
        self.category_lookup = LookupCompleter(combo, find)
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.channel,
            self.source,
            self.region,
            self.category,
            self.nature,
            self.state,
            self.tier,
            self.deadline,
        )

    def _connect(self) -> None:
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._apply_filter)
        self.date_from.dateChanged.connect(self._apply_filter)
        self.date_to.dateChanged.connect(self._apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self._apply_filter)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.urgency_button.clicked.connect(self._on_urgency_button_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated_row.connect(self._open_row)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._on_header_context_menu)
        self.model.modelReset.connect(self._update_count)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        self.session.directories_changed.connect(self._fill_choices)

    # Filtering ----------------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        state = self.state.currentData()
        states: tuple[str, ...] = ()
        if state == "open":
            states = OPEN_STATES
        elif state == "closed":
            states = CLOSED
        elif state:
            states = (state,)
        return CaseFilter(
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
            channel=self.channel.currentData(),
            source=self.source.currentData(),
            region_id=self.region.currentData(),
            category_id=self.category.currentData(),
            nature=self.nature.currentData(),
            states=states,
            tier=self.tier.currentData(),
            text=self.text.text().strip(),
            deadline_state=self.deadline.currentData(),
        )

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def set_search_text(self, text: str) -> None:
        """Show the cases matching `text` (the window's global search box)."""
        self.text.setText(text)
        self._apply_filter()
        self.table.setFocus()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.rowCount()))

    # Slots --------------------------------------------------------------------------------------

    def _on_reset_button_clicked(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._apply_filter()
        self.filters_cleared.emit()

    def _on_export_button_clicked(self) -> None:
        """导出台账 for the period the list is filtered to (the dialog lets the clerk change it)."""
        # Loaded when first asked for: it brings openpyxl, which the list's start does not need.
        from fazhi_desktop.ui.case_list.export_dialog import LedgerExportDialog

        self.export_dialog = LedgerExportDialog(
            self.session.ctx, self.current_filter(), self, described=self.filter_description()
        )
        self.export_dialog.open()

    def filter_description(self) -> str:
        """The filters set besides the dates, in words (「类别：劳动报酬；检索：工资」)."""
        pairs = [
            (self._labels[combo], combo.currentText()) for combo in self._combos() if combo.currentIndex() > 0
        ]
        if self.text.text().strip():
            pairs.append((self.tr("Search"), self.text.text().strip()))
        return self.tr("; ").join(self.tr("%1: %2").replace("%1", a).replace("%2", b) for a, b in pairs)

    def _on_urgency_button_clicked(self) -> None:
        self.sort_by_urgency()

    def sort_by_urgency(self) -> None:
        """按紧急程度: the most urgent case on top (the next-deadline column, ascending)."""
        self.table.sortByColumn(COLUMN_KEYS.index("due_date"), Qt.SortOrder.AscendingOrder)
        self.table.scrollToTop()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.case_activated.emit(case_id)

    def _on_session_cases_changed(self, _case_id: int) -> None:
        self.model.reload()

    def _on_header_context_menu(self, point: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for n in range(self.model.columnCount()):
            action = QAction(str(self.model.headerData(n, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            action.toggled.connect(lambda shown, section=n: header.setSectionHidden(section, not shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(point))

    # State --------------------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.table.setFocus()

    def _restore(self) -> None:
        remembered.restore(self.table, self._combos(), (self.date_from, self.date_to))

    def save_state(self) -> None:
        remembered.save(self.table, self._combos(), (self.date_from, self.date_to))


def _date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())
