"""The 宣传与学法 page: tabs for outreach events, legal study, reception activities and the year's overview.

Ctrl+1…4 would clash with the registration forms, so the tabs answer to Alt+1…4.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from fazhi_desktop.domain.changes import Changes, Touched
from fazhi_desktop.ui.outreach.events_tab import EventsTab
from fazhi_desktop.ui.outreach.overview import OverviewTab
from fazhi_desktop.ui.outreach.reception_tab import ReceptionTab
from fazhi_desktop.ui.outreach.study_tab import StudyTab
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.session import UiSession


class OutreachPage(QWidget):
    """宣传与学法."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        ctx = session.ctx
        self.setObjectName("outreachPage")
        title = QLabel(self.tr("Outreach and study"), self)
        title.setObjectName("pageTitle")
        self.events = EventsTab(ctx, self)
        self.study = StudyTab(ctx, self)
        self.receptions = ReceptionTab(ctx, self)
        self.overview = OverviewTab(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("outreachTabs")
        self.tabs.addTab(self.events, self.tr("Outreach events"))
        self.tabs.addTab(self.study, self.tr("Legal study"))
        self.tabs.addTab(self.receptions, self.tr("Reception days"))
        self.tabs.addTab(self.overview, self.tr("Year overview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self._shortcuts = []
        for n in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self._show_tab(n))
            self._shortcuts.append(shortcut)
        self._connect()
        self.tabs.setCurrentIndex(int(str(prefs().value("outreach/tab", 0))))

    def _connect(self) -> None:
        self.session.outreach_changed.connect(self._on_session_outreach_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.session.directories_changed.connect(self._on_session_directories_changed)

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.focus_first()

    def focus_first(self) -> None:
        current = self.tabs.currentWidget()
        focus = getattr(current, "focus_first", None)
        if callable(focus):
            focus()

    def save_state(self) -> None:
        prefs().setValue("outreach/tab", self.tabs.currentIndex())

    def _on_session_outreach_changed(self, changes: Changes) -> None:
        """Each tab whose records changed reads them again (the overview when it is shown)."""
        if Touched.OUTREACH_EVENTS in changes or Touched.PHOTOS in changes:
            self.events.reload_records()
        if Touched.STUDY in changes or Touched.ADVICE in changes:
            self.study.refresh()
        if Touched.RECEPTIONS in changes:
            self.receptions.refresh()
        self.overview.reload_years()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.overview:
            self.overview.refresh()

    def _on_session_directories_changed(self) -> None:
        self.events.reload_directories()
        self.receptions.reload_directories()
