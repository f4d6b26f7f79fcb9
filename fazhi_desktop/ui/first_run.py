"""The first day's checklist on the 工作台: what a new office still has to set up, each item a link
to where it is done, each ticked from the data (services/office/first_run.py). It hides itself once
every item is done."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.office import lookup
from fazhi_desktop.services.office.first_run import FirstRun, FirstRunItem, first_run
from fazhi_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

#: Where each link leads (MainWindow.follow_link reads these).
SETTINGS_TOWNSHIPS = "settings:township"
SETTINGS_UNITS = "settings:unit"
SETTINGS_CATEGORIES = "settings:category"
SETTINGS_DATA_SAFETY = "settings:data_safety"
IMPORT_LEDGER = "import:ledger"
REGISTER = "register"
#: Handled here: take the shipped 内容分类 template.
TAKE_TEMPLATE = "template:category"

STYLE = (
    "QFrame#firstRunChecklist { border: 1px solid #c9d6e8; border-radius: 6px; background: #f5f9ff; }"
    " QLabel#firstRunTitle { font-size: 12pt; font-weight: bold; }"
)


def _link(target: str, text: str) -> str:
    return f'<a href="{target}">{text}</a>'


class FirstRunChecklist(QFrame):
    """开始使用前: 乡镇和村, 责任单位, 内容分类, 第一件信访件, 备份."""

    #: A link was followed to another page (a target above).
    link_requested = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: FirstRun | None = None
        self.setObjectName("firstRunChecklist")
        self.setStyleSheet(STYLE)
        self.ticks: dict[FirstRunItem, QCheckBox] = {}
        self.notes: dict[FirstRunItem, QLabel] = {}
        self._build()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        title = QLabel(self.tr("Before the first day: set up this office"), self)
        title.setObjectName("firstRunTitle")
        intro = QLabel(
            self.tr("Each item ticks itself once it is done; this list goes away when all are."), self
        )
        intro.setObjectName("hint")
        layout.addWidget(title)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        names = {
            FirstRunItem.REGIONS: self.tr("Townships and villages (place of the problem)"),
            FirstRunItem.UNITS: self.tr("Responsible units"),
            FirstRunItem.CATEGORIES: self.tr("Content categories"),
            FirstRunItem.FIRST_CASE: self.tr("A first case"),
            FirstRunItem.BACKUP: self.tr("A backup on another disk or a USB stick"),
        }
        for row, item in enumerate(FirstRunItem):
            tick = QCheckBox(names[item], self)
            tick.setObjectName(f"firstRun_{item.value}")
            # It shows the data's answer; the clerk ticks nothing by hand.
            tick.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            tick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            note = QLabel(self)
            note.setTextFormat(Qt.TextFormat.RichText)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            note.setOpenExternalLinks(False)
            self.ticks[item] = tick
            self.notes[item] = note
            grid.addWidget(tick, row, 0)
            grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def _connect(self) -> None:
        for note in self.notes.values():
            note.linkActivated.connect(self._on_note_link_activated)
        self.session.directories_changed.connect(self.refresh)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        # A backup changes no data the signals name: the page asks again whenever it is shown.

    def refresh(self) -> None:
        self.show_state(first_run(self.session.ctx))

    def show_state(self, state: FirstRun) -> None:
        self.state = state
        links = self._links(state)
        for item, tick in self.ticks.items():
            tick.setChecked(state[item].done)
            self.notes[item].setText(links[item])
        self.setVisible(state.shown)

    def _links(self, state: FirstRun) -> dict[FirstRunItem, str]:
        count = {item: state[item].count for item in FirstRunItem}
        settings = self.tr("Settings")
        townships = (
            self.tr("%n township(s)", "", count[FirstRunItem.REGIONS])
            if count[FirstRunItem.REGIONS]
            else self.tr("none yet")
        )
        units = (
            self.tr("%n unit(s)", "", count[FirstRunItem.UNITS])
            if count[FirstRunItem.UNITS]
            else self.tr("none yet")
        )
        categories = self.tr("%n category(ies)", "", count[FirstRunItem.CATEGORIES])
        return {
            FirstRunItem.REGIONS: f"{townships} · "
            + _link(SETTINGS_TOWNSHIPS, self.tr("add in %1 › Townships").replace("%1", settings))
            + " · "
            + _link(IMPORT_LEDGER, self.tr("or import a county's ledger")),
            FirstRunItem.UNITS: f"{units} · "
            + _link(SETTINGS_UNITS, self.tr("add in %1 › Responsible units").replace("%1", settings)),
            FirstRunItem.CATEGORIES: f"{categories} · "
            + _link(SETTINGS_CATEGORIES, self.tr("type or edit them"))
            + " · "
            + _link(IMPORT_LEDGER, self.tr("learn them from a ledger"))
            + " · "
            + _link(TAKE_TEMPLATE, self.tr("take the template (with keywords)")),
            FirstRunItem.FIRST_CASE: _link(REGISTER, self.tr("register a visit (Ctrl+N)")),
            FirstRunItem.BACKUP: _link(
                SETTINGS_DATA_SAFETY, self.tr("back up in %1 › Data safety").replace("%1", settings)
            ),
        }

    def take_template(self) -> lookup.TemplateResult | None:
        try:
            result = lookup.take_category_template(self.session.ctx)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot take the template"), error.message)
            return None
        log.info("category template taken: %s", result)
        return result

    # Slots --------------------------------------------------------------------------------------

    def _on_note_link_activated(self, target: str) -> None:
        if target == TAKE_TEMPLATE:
            self.take_template()
            return
        self.link_requested.emit(target)

    def _on_session_cases_changed(self, _case_id: int) -> None:
        if self.state is not None and not self.state[FirstRunItem.FIRST_CASE].done:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.state is not None and self.state.shown:
            self.refresh()
