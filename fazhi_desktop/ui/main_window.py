"""The main window: navigation on the left, the current page on the right, office and user on top."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from fazhi_desktop.domain.vocab import Channel
from fazhi_desktop.ui import nav_icons, shortcuts
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.vocab_text import shown

log = logging.getLogger(__name__)

#: Channels with a registration form, in the order of the navigation and of Ctrl+1…4.
FORM_CHANNELS = (Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE)
#: The pages that give Ctrl+N a meaning of their own (a new outreach event), where Ctrl+N yields.
OWN_CTRL_N = ("outreach",)
ROLE_PAGE = Qt.ItemDataRole.UserRole
#: The preference Ctrl+N reads: the channel of the registration form last shown.
LAST_CHANNEL = "registration/last_channel"


class MainWindow(QMainWindow):
    """The window every user sees first."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pages: dict[str, QWidget] = {}
        self._nav_items: dict[str, QTreeWidgetItem] = {}
        self.setObjectName("mainWindow")
        self.setMinimumSize(1024, 640)
        self._update_title()

        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.navigation = self._make_navigation()
        self.stack = QStackedWidget(self.splitter)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.navigation.minimumWidth(), 1100])
        outer.addWidget(self.splitter)
        self.setCentralWidget(central)
        self.setMenuWidget(self._make_header())
        self._make_shortcuts()
        self._connect()
        self._restore()
        self.show_page(str(prefs().value("main/page", "dashboard")))

    # Building -----------------------------------------------------------------------------------

    def _make_header(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("headerBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 6, 12, 6)
        self.office_label = QLabel(bar)
        self.office_label.setObjectName("officeName")
        title = QLabel(self.tr("Rule-of-Law Petitions"), bar)
        self.search_box = QLineEdit(bar)
        self.search_box.setObjectName("globalSearch")
        self.search_box.setPlaceholderText(self.tr("Search cases: number, name or words (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(shortcuts.tip("search"))
        self.search_box.setMinimumWidth(320)
        self.user_label = self._make_user_menu(bar)
        layout.addWidget(self.office_label)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(self.search_box)
        self.import_button = QPushButton(self.tr("Import ledger…"), bar)
        self.import_button.setObjectName("importLedger")
        self.import_button.setToolTip(shortcuts.tip("import"))
        self.import_button.clicked.connect(self.import_ledger)
        layout.addWidget(self.import_button)
        self.help_button = QToolButton(bar)
        self.help_button.setObjectName("helpButton")
        self.help_button.setText(self.tr("Help"))
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        help_menu = QMenu(self.help_button)
        self.shortcuts_action = help_menu.addAction(self.tr("Keyboard shortcuts…"))
        self.shortcuts_action.setShortcuts(shortcuts.sequences("help"))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.setToolTip(shortcuts.tip("help"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)  # F1 works with the menu closed
        self.help_button.setMenu(help_menu)
        self.help_button.setToolTip(shortcuts.tip("help"))
        layout.addWidget(self.help_button)
        layout.addSpacing(16)
        layout.addWidget(self.user_label)
        self._update_header()
        return bar

    def _make_user_menu(self, bar: QWidget) -> QToolButton:
        """The logged-in user's name and role, with 修改密码 and 锁定 under it (issue #17)."""
        button = QToolButton(bar)
        button.setObjectName("userMenu")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.change_password_action = menu.addAction(self.tr("Change password…"))
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = menu.addAction(self.tr("Lock the window"))
        self.lock_action.triggered.connect(self.lock_now)
        button.setMenu(menu)
        self.status_user = QLabel(self)
        self.status_user.setObjectName("statusUser")
        self.statusBar().addPermanentWidget(self.status_user)
        return button

    def change_password(self) -> None:
        from fazhi_desktop.ui.login import ChangePasswordDialog

        ChangePasswordDialog(self.session.ctx, parent=self).exec()

    def lock_now(self) -> None:
        from fazhi_desktop.ui.login import IdleLock

        lock = next(iter(self.findChildren(IdleLock)), None) or IdleLock(self.session.ctx, self)
        lock.lock()

    def _make_navigation(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("navigation")
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(False)
        tree.setIndentation(14)
        tree.setMinimumWidth(150)

        def add(key: str, label: str, parent: QTreeWidgetItem | None = None) -> QTreeWidgetItem:
            item = QTreeWidgetItem([label])
            item.setIcon(0, nav_icons.icon(key))
            item.setData(0, ROLE_PAGE, key)
            if parent is None:
                tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._nav_items[key] = item
            return item

        add("dashboard", self.tr("Dashboard"))
        register = add("register", self.tr("Register"))
        register.setFlags(register.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        labels = {
            Channel.VISIT: self.tr("Visit"),
            Channel.LETTER: self.tr("Letter"),
            Channel.ONLINE: self.tr("Online petition"),
            Channel.PHONE: self.tr("Phone call"),
        }
        for channel in FORM_CHANNELS:
            item = add(f"register:{channel.value}", labels[channel], register)
            item.setToolTip(0, shortcuts.tip(channel.value))
        register.setToolTip(0, shortcuts.tip("register_next"))
        add("cases", self.tr("Cases")).setToolTip(0, shortcuts.tip("cases"))
        add("review", self.tr("Case review"))
        add("registers", self.tr("Registers"))
        add("conformity", self.tr("Conformity review"))
        add("outreach", self.tr("Outreach and study"))
        add("statistics", self.tr("Statistics and reports"))
        add("exchange", self.tr("Exchange"))
        add("settings", self.tr("Settings"))
        if self.session.ctx.actor.may_read_audit:  # the 审计员 alone sees the trail
            add("audit", self.tr("Audit trail"))
        tree.expandAll()
        # As wide as its longest item with its icon (English words run longer than Chinese ones).
        tree.setMinimumWidth(max(150, tree.sizeHintForColumn(0) + 2 * tree.frameWidth() + 8))
        return tree

    def _make_shortcuts(self) -> None:
        def shortcut(name: str, handler: Callable[[], None]) -> QAction:
            action = QAction(self)
            action.setShortcuts(shortcuts.sequences(name))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False: handler())
            self.addAction(action)
            return action

        for channel in FORM_CHANNELS:
            shortcut(channel.value, lambda c=channel: self.show_page(f"register:{c.value}"))
        self.register_next_action = shortcut("register_next", self.register_next)
        shortcut("cases", lambda: self.show_page("cases"))
        shortcut("search", self._focus_search)
        shortcut("import", self.import_ledger)

    def _connect(self) -> None:
        self.navigation.currentItemChanged.connect(self._on_navigation_current_item_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.session.settings_changed.connect(self._update_header)

    def import_ledger(self) -> None:
        """The 导入台账 wizard; the lists learn of the new cases when it committed them."""
        from fazhi_desktop.ui.ledger_import.wizard import LedgerImportWizard

        wizard = LedgerImportWizard(self.session.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    # Pages --------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for a navigation key, made the first time it is shown."""
        if key not in self._pages:
            widget = self._create_page(key)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def _create_page(self, key: str) -> QWidget:
        if key.startswith("register:"):
            from fazhi_desktop.ui.registration.form import RegistrationForm

            form = RegistrationForm(self.session, Channel(key.split(":", 1)[1]), self)
            form.case_opened.connect(self.open_case)
            form.link_requested.connect(self.follow_link)
            return form
        if key == "cases":
            from fazhi_desktop.ui.case_list.page import CaseListPage

            cases = CaseListPage(self.session, self)
            cases.case_activated.connect(self.open_case)
            cases.filters_cleared.connect(self.search_box.clear)
            return cases
        if key == "settings":
            from fazhi_desktop.ui.settings_page import SettingsPage

            return SettingsPage(self.session, self)
        if key == "audit":
            from fazhi_desktop.ui.audit_page import AuditPage

            return AuditPage(self.session, self)
        if key == "outreach":
            from fazhi_desktop.ui.outreach.page import OutreachPage

            return OutreachPage(self.session, self)
        if key == "review":
            from fazhi_desktop.ui.review.page import ReviewPage

            review = ReviewPage(self.session, self)
            review.case_activated.connect(self.open_case)
            return review
        if key == "registers":
            from fazhi_desktop.ui.registers.page import RegistersPage

            registers = RegistersPage(self.session, self)
            registers.case_activated.connect(self.open_case)
            return registers
        if key == "conformity":
            from fazhi_desktop.ui.conformity.page import ConformityPage

            conformity = ConformityPage(self.session, self)
            conformity.case_activated.connect(self.open_case)
            return conformity
        if key == "dashboard":
            from fazhi_desktop.ui.dashboard import DashboardPage

            home = DashboardPage(self.session, self)
            home.case_opened.connect(self.open_case)
            home.link_requested.connect(self.follow_link)
            return home
        if key == "statistics":
            from fazhi_desktop.ui.statistics.page import StatisticsPage

            figures = StatisticsPage(self.session, self)
            figures.case_opened.connect(self.open_case)
            return figures
        if key == "exchange":
            from fazhi_desktop.ui.exchange_page import ExchangePage

            return ExchangePage(self.session, self)
        from fazhi_desktop.ui.placeholder import PlaceholderPage

        return PlaceholderPage(key, "", self)

    def show_page(self, key: str) -> None:
        if key not in self._nav_items or key == "register":
            key = "cases"
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        if key.startswith("register:"):
            prefs().setValue(LAST_CHANNEL, key.split(":", 1)[1])
        # Two actions on one key would make Qt fire neither: where a page has its own Ctrl+N, ours waits.
        self.register_next_action.setEnabled(key not in OWN_CTRL_N)
        item = self._nav_items[key]
        if self.navigation.currentItem() is not item:
            self.navigation.setCurrentItem(item)
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()

    def register_next(self) -> None:
        """Ctrl+N: the registration form of the channel last used (来访 the first time)."""
        channel = str(prefs().value(LAST_CHANNEL, Channel.VISIT.value))
        if f"register:{channel}" not in self._nav_items:
            channel = Channel.VISIT.value
        self.show_page(f"register:{channel}")

    def follow_link(self, target: str) -> None:
        """A link inside a page (the first-run checklist, the registration form's hints): "settings:TAB",
        "register" or "import:ledger"."""
        if target.startswith("settings:"):
            self.show_page("settings")
            self.page("settings").show_tab(target.split(":", 1)[1])  # type: ignore[attr-defined]
        elif target == "register":
            self.register_next()
        elif target == "import:ledger":
            self.import_ledger()
        else:
            log.warning("no page for the link %s", target)

    def show_shortcuts(self) -> None:
        """帮助 › 快捷键."""
        from fazhi_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_case(self, case_id: int) -> None:
        from fazhi_desktop.ui.case_detail import CaseDetailDialog

        dialog = CaseDetailDialog(self.session, case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # Slots --------------------------------------------------------------------------------------

    def _on_navigation_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        key = current.data(0, ROLE_PAGE)
        if key and key != "register":
            self.show_page(str(key))

    def _on_search_box_return_pressed(self) -> None:
        self.show_page("cases")
        page = self.page("cases")
        page.set_search_text(self.search_box.text())  # type: ignore[attr-defined]

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # State --------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        office = self.session.office
        name = office.name if office else self.tr("No office set")
        self.setWindowTitle(f"{name} · {self.tr('Rule-of-Law Petitions')}")

    def _update_header(self) -> None:
        self.session.reload_office()
        office = self.session.office
        self.office_label.setText(office.name if office else self.tr("No office set"))
        actor = self.session.ctx.actor
        # "张三 (Clerk)" in English, 「张三（登记员）」 in Chinese.
        who = self.tr("%1 (%2)").replace("%1", actor.name).replace("%2", shown(actor.role))
        self.user_label.setText(self.tr("User: %s") % who)
        self.status_user.setText(self.tr("Logged in: %s") % who)
        self._update_title()

    def _restore(self) -> None:
        settings = prefs()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = prefs()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        current = self.navigation.currentItem()
        if current is not None and current.data(0, ROLE_PAGE):
            settings.setValue("main/page", current.data(0, ROLE_PAGE))
        for widget in self._pages.values():
            save = getattr(widget, "save_state", None)
            if callable(save):
                save()
        super().closeEvent(event)
