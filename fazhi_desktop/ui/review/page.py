"""The 研判 page: the weekly review board of red and yellow open cases, grouped by tier, with their
reasons in words, owner and next deadline. Enter or a double-click opens a case; 「研判」 (Ctrl+R)
records the meeting's decision on the selected case as an `Assess` step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.vocab import DeadlineState, StepKind, Tier
from fazhi_desktop.services.clock import procedure
from fazhi_desktop.services.clock.review_board import BOARD_TIERS, BoardFilter
from fazhi_desktop.services.office import directories
from fazhi_desktop.ui.id_list import PlaceKeeper
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.review.meeting_dialog import MeetingDialog
from fazhi_desktop.ui.review.model import COLUMN_KEYS, ReviewBoardModel
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.steps.clock_panel import pill
from fazhi_desktop.ui.steps.dialog import StepDialog
from fazhi_desktop.ui.steps.forms import StepContext
from fazhi_desktop.ui.style import use_row_height
from fazhi_desktop.ui.vocab_text import choices, shown

#: Column widths at the start (the summary and the reasons take what is left).
WIDTHS = {"tier": 58, "number": 142, "principal_name": 60, "region": 76, "summary": 170, "decision": 150}
WIDTHS |= {"owner": 150, "due_date": 86, "days_left": 72}
#: Of the width the fixed columns leave, the summary takes this share and the reasons the rest.
SUMMARY_SHARE = 0.4
HEADER_KEY = "review/header"


class BoardView(QTreeView):
    """The board; Enter opens the current case (on a group's row it folds or unfolds the group). The
    summary and the reasons share the width left, the reasons taking the larger part."""

    activated_index = Signal(QModelIndex)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.header()
        summary, reasons = COLUMN_KEYS.index("summary"), COLUMN_KEYS.index("reasons")
        fixed = sum(header.sectionSize(n) for n in range(header.count()) if n not in (summary, reasons))
        spare = self.viewport().width() - fixed
        header.resizeSection(summary, max(WIDTHS["summary"], int(spare * SUMMARY_SHARE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_index.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ReviewPage(QWidget):
    """研判: counts per tier at the top, filters, the board, and the 「研判」 action."""

    case_activated = Signal(int)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ReviewBoardModel(session.ctx, self)
        #: The 研判 dialog open over the page, if any.
        self.assess_dialog: StepDialog | None = None
        self._build()
        self._fill_choices()
        self._connect()
        self._on_model_model_reset()

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        top = QHBoxLayout()
        title = QLabel(self.tr("Case review"), self)
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(16)
        self.red_count = pill("", "red", self)
        self.yellow_count = pill("", "yellow", self)
        self.other_counts = QLabel(self)
        self.other_counts.setObjectName("hint")
        for widget in (self.red_count, self.yellow_count, self.other_counts):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.tier = self._combo("boardTier")
        self.region = self._combo("boardRegion")
        self.unit = self._combo("boardUnit")
        self.deadline = self._combo("boardDeadline")
        self.review = self._combo("boardReview")
        for text, combo in (
            (self.tr("Tier"), self.tier),
            (self.tr("Location"), self.region),
            (self.tr("Unit"), self.unit),
            (self.tr("Deadline"), self.deadline),
            (self.tr("Review"), self.review),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo, 1)
        self.reset_button = QPushButton(self.tr("Clear filters"), self)
        bar.addWidget(self.reset_button)
        layout.addLayout(bar)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addWidget(self._build_view(), 1)
        bottom = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "Enter or a double-click opens the case; “Review…” (Ctrl+R) records the meeting's decision."
            ),
            self,
        )
        hint.setObjectName("hint")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.assess_button = QPushButton(self.tr("Review… (Ctrl+R)"), self)
        self.meetings_button = QPushButton(self.tr("Meetings…"), self)
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.meetings_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.assess_button)
        layout.addLayout(bottom)
        self.assess_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.assess_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_view(self) -> BoardView:
        self.view = BoardView(self)
        self.view.setObjectName("reviewBoard")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        use_row_height(self.view)  # the program's one row height (the tree's own was cramped)
        self.view.setWordWrap(False)
        self.view.setRootIsDecorated(True)
        self.view.setExpandsOnDoubleClick(False)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The tier column holds the tree's indentation and the tier's word in the UI's language.
        tier_word = max(self.view.fontMetrics().horizontalAdvance(shown(t)) for t in Tier) + 56
        for key, width in (WIDTHS | {"tier": max(WIDTHS["tier"], tier_word)}).items():
            header.resizeSection(COLUMN_KEYS.index(key), width)
        header.setSectionResizeMode(COLUMN_KEYS.index("reasons"), QHeaderView.ResizeMode.Stretch)
        self.view.setIndentation(14)
        saved = prefs().value(HEADER_KEY)
        if isinstance(saved, QByteArray):
            header.restoreState(saved)
        self._place = PlaceKeeper(self.view, self.model)
        return self.view

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(5)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _fill_choices(self) -> None:
        def fill(combo: QComboBox, every: str, items: list[tuple[str, Any]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        every = self.tr("All")
        ctx = self.session.ctx
        fill(self.tier, self.tr("Red and yellow"), choices(BOARD_TIERS))
        fill(self.region, every, [(e.name, e.id) for e in directories.list_entries(ctx, "township")])
        fill(self.unit, every, [(e.name, e.id) for e in directories.list_entries(ctx, "unit")])
        fill(self.deadline, every, choices(DeadlineState))
        fill(
            self.review,
            every,
            [
                (self.tr("Never reviewed"), "never"),
                (self.tr("Review date reached"), "due"),
                (self.tr("Decided by the meeting"), "decided"),
            ],
        )

    def _connect(self) -> None:
        for combo in (self.tier, self.region, self.unit, self.deadline, self.review):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.activated_index.connect(self._on_view_activated_index)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.assess_button.clicked.connect(self._on_assess_button_clicked)
        self.assess_shortcut.activated.connect(self._on_assess_button_clicked)
        self.meetings_button.clicked.connect(self._on_meetings_button_clicked)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        self.session.directories_changed.connect(self._fill_choices)

    # Filtering ----------------------------------------------------------------------------------

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            tier=self.tier.currentData(),
            region_id=self.region.currentData(),
            unit_id=self.unit.currentData(),
            deadline_state=self.deadline.currentData(),
            review=self.review.currentData(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _on_reset_button_clicked(self) -> None:
        for combo in (self.tier, self.region, self.unit, self.deadline, self.review):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filter()

    def _on_model_model_reset(self) -> None:
        """Unfold the groups, let their titles span the row, and say the counts."""
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
            self.view.expand(self.model.index(row, 0))
        counts = self.model.counts
        self.red_count.setText(self.tr("%s %d") % (shown(Tier.RED), counts.red))
        self.yellow_count.setText(self.tr("%s %d") % (shown(Tier.YELLOW), counts.yellow))
        self.other_counts.setText(
            self.tr("Overdue: %d · review date reached: %d") % (counts.overdue, counts.review_due)
        )

    # Acting -------------------------------------------------------------------------------------

    def current_case(self) -> int | None:
        record = self.model.record(self.view.currentIndex())
        return record.id if record is not None else None

    def select_case(self, case_id: int) -> bool:
        index = self.model.find(case_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record = self.model.record(index)
        if record is not None:
            self.case_activated.emit(record.id)
        elif index.isValid():
            self.view.setExpanded(index, not self.view.isExpanded(index))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self._open(index)

    def _on_view_activated_index(self, index: QModelIndex) -> None:
        self._open(index)

    def _on_open_button_clicked(self) -> None:
        self._open(self.view.currentIndex())

    def _on_assess_button_clicked(self) -> None:
        self.assess()

    def assess(self) -> StepDialog | None:
        """The 研判 dialog for the selected case (its decision is an Assess step)."""
        self.banner.hide()
        record = self.model.record(self.view.currentIndex())
        if record is None:
            self._say(self.tr("Choose a case on the board first."))
            return None
        if StepKind.ASSESS not in procedure.allowed_steps(self.session.ctx, record.id):
            self._say(
                self.tr(
                    "%s is closed and only owes the higher level its report: the meeting cannot set its tier."
                )
                % record.number
            )
            return None
        context = StepContext(case_id=record.id, number=record.number, tier=record.tier)
        self.assess_dialog = StepDialog(self.session, StepKind.ASSESS, context, self)
        self.assess_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.assess_dialog.finished.connect(self._on_assess_dialog_finished)
        self.assess_dialog.open()
        return self.assess_dialog

    def _on_meetings_button_clicked(self) -> None:
        self.open_meetings()

    def open_meetings(self) -> MeetingDialog:
        """The 研判会 window: record a meeting, decide on the selected case, print the minutes."""

        def selected() -> tuple[int, str] | None:
            record = self.model.record(self.view.currentIndex())
            return (record.id, record.number) if record is not None else None

        dialog = MeetingDialog(self.session, selected, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_assess_dialog_finished(self, _result: int) -> None:
        self.assess_dialog = None
        self.view.setFocus()

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _on_session_cases_changed(self, _case_id: int) -> None:
        self.model.reload()  # the current case stays current, wherever its tier put it

    def focus_first(self) -> None:
        self.view.setFocus()
        if self.current_case() is None and self.model.rowCount() > 0:  # start on the first case
            first = self.model.index(0, 0, self.model.index(0, 0))
            if first.isValid():
                self.view.setCurrentIndex(first)

    def save_state(self) -> None:
        prefs().setValue(HEADER_KEY, self.view.header().saveState())
