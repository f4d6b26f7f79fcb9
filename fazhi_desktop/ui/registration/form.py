"""The registration page of one channel (来访, 来信, 网上信访, 来电): a clerk registers forty visitors
a day without touching the mouse.

The page collects what is typed, asks the services to check and register it, and says what happened;
the rules themselves live in `services.cases.registration`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.vocab import Channel
from fazhi_desktop.services.cases.petitioners import EarlierCase, find_earlier_cases
from fazhi_desktop.services.cases.registration import (
    CaseInput,
    check_case_input,
    is_collective,
    register_case,
)
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.office.directories import DirectoryKind, Entry, list_entries
from fazhi_desktop.ui import shortcuts
from fazhi_desktop.ui.lookups import directory_lookup
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.registration.after_save import STAY_AFTER_SAVE, ReceiptOffer, SavedMessage
from fazhi_desktop.ui.registration.body import RegistrationFields
from fazhi_desktop.ui.registration.drafts import (
    DraftKeeper,
    DraftOffer,
    about_registration,
    registration_editors,
)
from fazhi_desktop.ui.registration.earlier_panel import EarlierCasesPanel
from fazhi_desktop.ui.registration.fields import FieldError
from fazhi_desktop.ui.registration.known_person import KnownPersonOffer
from fazhi_desktop.ui.session import UiSession

#: Fewer characters of an ID number than this match too many people to be worth a look-up.
MIN_ID_CHARACTERS = 6
PANEL_WIDTH = 250
PANEL_MAX_WIDTH = 400
FORM_MAX_WIDTH = 1100


def region_choices(townships: list[Entry], villages: list[Entry]) -> list[tuple[str, int]]:
    """问题属地 as offered: each township, then its villages as "乡镇/村"."""
    shown = [(t.name, t.id) for t in townships]
    shown += [(f"{v.parent_name}/{v.name}" if v.parent_name else v.name, v.id) for v in villages]
    return shown


def category_choices(categories: list[Entry]) -> list[tuple[str, int]]:
    """内容分类 as offered: top-level names, and "上级 / 下级" for the second level."""
    return [(f"{c.parent_name} / {c.name}" if c.parent_name else c.name, c.id) for c in categories]


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class RegistrationForm(QWidget):
    """登记: the form of one channel, with the person's earlier cases beside it."""

    #: A case was registered from this form (carries its id).
    case_registered = Signal(int)
    #: The user asks to open an earlier case from the side panel (carries its id).
    case_opened = Signal(int)
    #: A link of a hint asks for another page (MainWindow.follow_link).
    link_requested = Signal(str)

    def __init__(self, session: UiSession, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.channel = channel
        self._threshold = 5
        self.setObjectName(f"registration_{channel.value}")

        self.title = QLabel(self._title_text(), self)
        self.title.setObjectName("pageTitle")
        self.keys_hint = QLabel(
            self.tr(
                "Enter moves to the next field · Ctrl+S saves and opens the case · "
                "Ctrl+Enter saves and starts the next · Ctrl+P prints the receipt"
            ),
            self,
        )
        self.keys_hint.setObjectName("hint")
        # English runs longer than the Chinese: on a form with the side panel it wraps, never clips.
        self.keys_hint.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.fields = RegistrationFields(channel, self)
        self.fields.category.set_lookup(directory_lookup(session.ctx, DirectoryKind.CATEGORY))
        self.draft_offer = DraftOffer(self)
        self.drafts = DraftKeeper(
            session.ctx,
            f"registration.{channel.value}",
            registration_editors(self.fields),
            self.draft_offer,
            self,
            about=about_registration,
        )
        self.panel = EarlierCasesPanel(self)
        self.known_person = KnownPersonOffer(session, self.fields, self)
        self.panel.setMinimumWidth(PANEL_WIDTH)
        self.panel.setMaximumWidth(PANEL_MAX_WIDTH)
        self.form_error = FieldError(self)
        self.saved_message = SavedMessage(self)
        self.receipt_offer = ReceiptOffer(session, self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_next_button = QPushButton(self.tr("Save and register the next (Ctrl+Enter)"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.open_after_save = QCheckBox(self.tr("Open the case after saving"), self)
        self.open_after_save.setObjectName("openAfterSave")
        self.open_after_save.setToolTip(
            self.tr(
                "Save (Ctrl+S) opens the new case; unticked, it stays on the form. Either way the form is emptied."
            )
        )
        self.open_after_save.setChecked(not _stays_after_save())
        self.open_after_save.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a stop on the way to 保存
        for button in (self.save_button, self.save_next_button, self.clear_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        self.save_next_button.setDefault(True)

        self._lay_out()
        self._make_shortcuts()
        QWidget.setTabOrder(self.fields.last_field(), self.save_button)
        QWidget.setTabOrder(self.save_button, self.save_next_button)
        QWidget.setTabOrder(self.save_next_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.panel.view)
        self._connect()
        self._load_directories()
        self._load_threshold()
        self.drafts.offer_kept()  # a draft an earlier run left (it crashed, or closed unsaved)

    # Building -----------------------------------------------------------------------------------

    def _title_text(self) -> str:
        titles = {
            Channel.VISIT: self.tr("Register a visit"),
            Channel.LETTER: self.tr("Register a letter"),
            Channel.ONLINE: self.tr("Register an online petition"),
            Channel.PHONE: self.tr("Register a phone call"),
        }
        return titles.get(self.channel, self.tr("Register a petition"))

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.keys_hint, 0, Qt.AlignmentFlag.AlignBottom)

        scroll = QScrollArea(self)
        scroll.setObjectName("registrationScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.fields)
        self.scroll_area = scroll

        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_message, 1)
        buttons.addWidget(self.receipt_offer)
        buttons.addWidget(self.open_after_save)
        buttons.addWidget(self.clear_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_next_button)

        column = QWidget(self)
        column.setMaximumWidth(FORM_MAX_WIDTH)  # long lines of fields are hard to read on wide screens
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addLayout(heading)
        left.addWidget(self.banner)
        left.addWidget(self.draft_offer)
        left.addWidget(self.known_person)
        # The form takes the height there is (scrolling only on small screens); buttons stay in view.
        left.addWidget(scroll, 1)
        left.addWidget(self.form_error)
        left.addLayout(buttons)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 8, 12, 12)
        outer.setSpacing(14)
        outer.addWidget(column, 4)
        outer.addWidget(self.panel, 1)
        outer.addStretch(0)

    def _make_shortcuts(self) -> None:
        def shortcut(name: str, handler: Callable[[], None]) -> None:
            action = QAction(self)
            action.setShortcuts(shortcuts.sequences(name))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handler)
            self.addAction(action)

        shortcut("save", self._on_save_shortcut_triggered)
        shortcut("save_next", self._on_save_next_shortcut_triggered)
        shortcut("receipt", self._on_print_shortcut_triggered)
        shortcut("fill_known", self._on_fill_shortcut_triggered)
        self.save_button.setToolTip(shortcuts.tip("save"))
        self.save_next_button.setToolTip(shortcuts.tip("save_next"))
        self.receipt_offer.button.setToolTip(shortcuts.tip("receipt"))

    def _connect(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.save_next_button.clicked.connect(self._on_save_next_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.open_after_save.toggled.connect(self._on_open_after_save_toggled)
        self.fields.id_number_changed.connect(self._on_fields_id_number_changed)
        self.fields.contact_changed.connect(self._on_fields_contact_changed)
        self.fields.head_count_changed.connect(self._on_fields_head_count_changed)
        self.fields.link_requested.connect(self.link_requested)
        self.panel.case_activated.connect(self._on_panel_case_activated)
        self.saved_message.case_clicked.connect(self._on_saved_message_case_clicked)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        self.session.directories_changed.connect(self._on_session_directories_changed)
        self.session.settings_changed.connect(self._on_session_settings_changed)

    # Public -------------------------------------------------------------------------------------

    def focus_first(self) -> None:
        """Put the cursor in the first field (证件号码)."""
        self.scroll_area.ensureWidgetVisible(self.fields.first_field())
        self.fields.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def save_state(self) -> None:
        """What is half typed is kept as a draft (ui/registration/drafts.py), not as a record."""
        self.drafts.flush()

    def save_and_open(self) -> int | None:
        """保存: register, then open the new case unless the clerk chose to stay on the form."""
        case_id = self.save()
        if case_id is not None and not _stays_after_save():
            self.case_opened.emit(case_id)
        return case_id

    def save_and_next(self) -> int | None:
        """保存并登记下一件: register and leave an empty form with the cursor in 证件号码."""
        return self.save()

    def save(self) -> int | None:
        """Check, ask about a repeat, register; the new case's id, or None when nothing was saved.
        The form is emptied for the next visitor and the visitor's receipt offered."""
        data, errors = self.fields.collect()
        errors = {**check_case_input(data, today=clock.today()), **errors}
        if errors:
            self._show_errors(errors)
            return None
        if not self._settle_repeat(data):
            return None
        try:
            registered = register_case(self.session.ctx, data)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return None
        except UserError as exc:
            self._show_errors({exc.field or "": exc.message})
            return None
        if registered.repeat_of_number:
            message = self.tr("Registered %s (a repeat of %s)") % (
                registered.number,
                registered.repeat_of_number,
            )
        else:
            message = self.tr("Registered %s") % registered.number
        self._clear()
        self.drafts.forget()
        self.saved_message.show_case(message, registered.id)
        self.receipt_offer.offer(registered.id, registered.number)
        self.case_registered.emit(registered.id)
        self.focus_first()
        return registered.id

    # Saving -------------------------------------------------------------------------------------

    def _settle_repeat(self, data: CaseInput) -> bool:
        """One question when the person has an earlier case; False when the clerk cancels."""
        earlier = self.panel.chosen_case()
        if earlier is None:
            return True
        text = self.tr(
            "This person already has case %s (%s, %s). Register this case as a repeat of that matter?"
        ) % (earlier.number, earlier.registered_on.isoformat(), _shortened(earlier.summary))
        answer = QMessageBox.question(
            self,
            self.tr("Repeat petition?"),
            text,
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            data.repeat_of = earlier.number
            return True
        return answer == QMessageBox.StandardButton.No

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.saved_message.clear()
        self.receipt_offer.withdraw()
        first, others = self.fields.show_errors(errors)
        self.form_error.show_message("\n".join(others.values()))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self) -> None:
        self.fields.clear()
        self.form_error.clear_message()
        self.saved_message.clear()
        self.scroll_area.verticalScrollBar().setValue(0)

    # Loading ------------------------------------------------------------------------------------

    def _load_directories(self) -> None:
        ctx = self.session.ctx
        townships = list_entries(ctx, DirectoryKind.TOWNSHIP, include_retired=False)
        villages = list_entries(ctx, DirectoryKind.VILLAGE, include_retired=False)
        categories = list_entries(ctx, DirectoryKind.CATEGORY, include_retired=False)
        purposes = list_entries(ctx, DirectoryKind.PURPOSE, include_retired=False)
        self.fields.set_directories(
            region_choices(townships, villages),
            category_choices(categories),
            [(p.name, p.id) for p in purposes],
        )

    def _load_threshold(self) -> None:
        self._threshold = int(settings.get(self.session.ctx, "collective_threshold"))
        self._on_fields_head_count_changed(self.fields.head_count.value())

    def _refresh_earlier(self) -> None:
        id_number, name, phone = self.fields.lookup_keys()
        searched = len(id_number) >= MIN_ID_CHARACTERS or bool(name and phone)
        cases: list[EarlierCase] = []
        if searched:
            cases = find_earlier_cases(self.session.ctx, id_number=id_number, name=name, phone=phone)
        self.panel.set_cases(cases, searched=searched)
        self.known_person.consider(cases)

    # Slots --------------------------------------------------------------------------------------

    def _on_save_shortcut_triggered(self) -> None:
        self.save_and_open()

    def _on_save_next_shortcut_triggered(self) -> None:
        self.save_and_next()

    def _on_save_button_clicked(self) -> None:
        self.save_and_open()

    def _on_save_next_button_clicked(self) -> None:
        self.save_and_next()

    def _on_print_shortcut_triggered(self) -> None:
        # The receipt on offer; with none, Ctrl+P saves the visitor first (DESIGN.md: saves and prints).
        if self.receipt_offer.case_id is None and self.save() is None:
            return
        self.receipt_offer.print_receipt()

    def _on_open_after_save_toggled(self, checked: bool) -> None:
        prefs().setValue(STAY_AFTER_SAVE, not checked)

    def _on_fill_shortcut_triggered(self) -> None:
        self.known_person.fill()

    def _on_saved_message_case_clicked(self, case_id: int) -> None:
        self.case_opened.emit(case_id)

    def _on_clear_button_clicked(self) -> None:
        self._clear()
        self.drafts.forget()
        self.focus_first()

    def _on_fields_id_number_changed(self) -> None:
        self._refresh_earlier()

    def _on_fields_contact_changed(self) -> None:
        id_number, _name, _phone = self.fields.lookup_keys()
        if len(id_number) < MIN_ID_CHARACTERS:  # name and phone count only without an ID number
            self._refresh_earlier()

    def _on_fields_head_count_changed(self, count: int) -> None:
        collective = is_collective(self.channel, count, self._threshold)
        self.banner.setText(self.tr("Collective visit (%s people)") % count)
        self.banner.setVisible(collective)

    def _on_panel_case_activated(self, case_id: int) -> None:
        self.case_opened.emit(case_id)

    def _on_session_cases_changed(self, _case_id: int) -> None:
        self._refresh_earlier()

    def _on_session_directories_changed(self) -> None:
        self._load_directories()

    def _on_session_settings_changed(self) -> None:
        self._load_threshold()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page: the line and the offer were about a visitor who has gone.
        if not event.spontaneous():
            self.saved_message.clear()
            self.receipt_offer.withdraw()
            self.drafts.flush()  # what is typed is kept now, not in two seconds
        super().hideEvent(event)


def _stays_after_save() -> bool:
    return str(prefs().value(STAY_AFTER_SAVE, "false")).lower() in ("true", "1")
