"""设置: the directories an administrator edits, the office's settings, this PC's language, and the
safety of the data (backup, restore, check)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.office.directories import DirectoryKind
from fazhi_desktop.ui import prefs
from fazhi_desktop.ui.backup_panel import DataSafetyPanel
from fazhi_desktop.ui.directory_editor import DirectoryEditor
from fazhi_desktop.ui.outreach.kinds_editor import OutreachKindsEditor
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.users_page import UsersPage
from fazhi_desktop.ui.vocab_text import shown

THRESHOLD_KEY = "collective_threshold"
EXTENSION_KEY = "extension_from_original_day"


class GeneralSettings(QWidget):
    """基本设置: the 集体访 head count, the program language, and where the data is."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        content = QWidget(self)
        content.setMaximumWidth(860)  # a form reads badly across a wide screen
        outer.addWidget(content, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        forms = [self._make_rules(), self._make_clock(), self._make_program(), self._make_facts()]
        for box, _ in forms:
            layout.addWidget(box)
        layout.addStretch(1)
        self._align_labels(*(form for _, form in forms))
        self._connect()
        self.refresh()

    def _make_rules(self) -> tuple[QGroupBox, QFormLayout]:
        rules = QGroupBox(self.tr("Registration"), self)
        rules_form = self._form(rules)
        self.threshold_spin = QSpinBox(rules)
        self.threshold_spin.setRange(2, 100)
        self.threshold_spin.setSuffix(self.tr(" people"))
        self.threshold_spin.setKeyboardTracking(False)  # save the number typed, not each keystroke
        self.threshold_spin.setMinimumWidth(100)
        self.threshold_status = QLabel(rules)
        self.threshold_status.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.threshold_spin)
        row.addSpacing(8)
        row.addWidget(self.threshold_status, 1)
        rules_form.addRow(self.tr("Collective visit threshold:"), row)
        rules_form.addRow(
            "",
            self._hint(
                self.tr(
                    "A visit by this many people or more is registered as a collective visit. "
                    "Cases already registered keep their mark."
                ),
                rules,
            ),
        )
        return rules, rules_form

    def _make_clock(self) -> tuple[QGroupBox, QFormLayout]:
        clock = QGroupBox(self.tr("Statutory clock"), self)
        clock_form = self._form(clock)
        self.extension_check = QCheckBox(
            self.tr("Count an extension from the original last day, before any rest-day shift"), clock
        )
        clock_form.addRow(self.tr("Extension:"), self.extension_check)
        clock_form.addRow(
            "",
            self._hint(
                self.tr(
                    "The stricter reading, and the default: when the 60th day falls on a rest day, "
                    "the extension still runs from that day. Unticked, it runs from the next working "
                    "day. Changing it recomputes the deadlines of open cases."
                ),
                clock,
            ),
        )
        return clock, clock_form

    def _make_program(self) -> tuple[QGroupBox, QFormLayout]:
        program = QGroupBox(self.tr("Program"), self)
        program_form = self._form(program)
        self.language_combo = QComboBox(program)
        for code, name in prefs.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_note = self._hint(
            self.tr("A new language takes effect the next time the program starts."), program
        )
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addSpacing(8)
        language_row.addWidget(self.language_note, 1)
        program_form.addRow(self.tr("Language:"), language_row)
        self.print_fonts = self._fact(program)
        self.print_fonts.setText(self._print_fonts_text())
        program_form.addRow(self.tr("Print fonts:"), self.print_fonts)
        return program, program_form

    def _print_fonts_text(self) -> str:
        """Which face prints each part of a document on this PC (the official ones where installed)."""
        fonts = font_set()
        files = dict(fonts.files)
        free = self.tr("WenQuanYi Micro Hei (shipped)")
        title = files.get("title") or self.tr("%s, emboldened") % files.get("song", free)
        rows = [
            (self.tr("Body (FangSong)"), files.get("fang", free)),
            (self.tr("Title (XiaoBiaoSong)"), title),
            (self.tr("Headings (HeiTi)"), files.get("hei", free)),
            (self.tr("Subheadings (KaiTi)"), files.get("kai", free)),
        ]
        return "\n".join(f"{role}: {face}" for role, face in rows)

    def _make_facts(self) -> tuple[QGroupBox, QFormLayout]:
        facts = QGroupBox(self.tr("This office"), self)
        facts_form = self._form(facts)
        self.office_name = self._fact(facts)
        self.office_code = self._fact(facts)
        self.office_level = self._fact(facts)
        self.database = self._fact(facts)
        facts_form.addRow(self.tr("Office:"), self.office_name)
        facts_form.addRow(self.tr("Office code:"), self.office_code)
        facts_form.addRow(self.tr("Level:"), self.office_level)
        facts_form.addRow(self.tr("Database:"), self.database)
        facts_form.addRow(
            "",
            self._hint(
                self.tr(
                    "The office is set on the program's first start; to change it, ask the "
                    "administrator. Back up the data regularly (Data safety)."
                ),
                facts,
            ),
        )
        return facts, facts_form

    @staticmethod
    def _align_labels(*forms: QFormLayout) -> None:
        """One label column across the groups, so the fields line up under each other."""
        labels: list[QWidget] = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if label is not None:
                    labels.append(label)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
            if isinstance(label, QLabel):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    @staticmethod
    def _hint(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _fact(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect(self) -> None:
        self.threshold_spin.valueChanged.connect(self._on_threshold_spin_value_changed)
        self.extension_check.toggled.connect(self._on_extension_check_toggled)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        self.session.settings_changed.connect(self._on_session_settings_changed)

    def refresh(self) -> None:
        with QSignalBlocker(self.threshold_spin):
            self.threshold_spin.setValue(int(settings.get(self.session.ctx, THRESHOLD_KEY)))
        with QSignalBlocker(self.extension_check):
            self.extension_check.setChecked(bool(settings.get(self.session.ctx, EXTENSION_KEY)))
        with QSignalBlocker(self.language_combo):
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(prefs.language()), 0))
        office = self.session.office
        none = self.tr("Not set")
        self.office_name.setText(office.name if office else none)
        self.office_code.setText(office.code if office else none)
        self.office_level.setText(shown(office.level) if office else none)
        self.database.setText(self.session.ctx.db.describe())

    def _on_threshold_spin_value_changed(self, value: int) -> None:
        try:
            settings.set_value(self.session.ctx, THRESHOLD_KEY, value)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error.message)
            self.refresh()
            return
        self.threshold_status.setText(
            self.tr("Saved: %d people or more count as a collective visit.") % value
        )

    def _on_extension_check_toggled(self, checked: bool) -> None:
        try:
            settings.set_value(self.session.ctx, EXTENSION_KEY, checked)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error.message)
            self.refresh()

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        prefs.set_language(str(self.language_combo.currentData()))
        self.language_note.setText(
            self.tr("Saved. The new language takes effect the next time the program starts.")
        )

    def _on_session_settings_changed(self) -> None:
        self.refresh()


class SettingsPage(QWidget):
    """设置: one tab per directory, and the general settings."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        self.editors: dict[DirectoryKind, DirectoryEditor] = {}
        names = {
            DirectoryKind.TOWNSHIP: self.tr("Townships (subdistricts)"),
            DirectoryKind.VILLAGE: self.tr("Villages (communities)"),
            DirectoryKind.UNIT: self.tr("Responsible units"),
            DirectoryKind.CATEGORY: self.tr("Content categories"),
            DirectoryKind.PURPOSE: self.tr("Petition purposes"),
        }
        for kind, name in names.items():
            editor = DirectoryEditor(session, kind, self.tabs)
            self.editors[kind] = editor
            self.tabs.addTab(editor, name)
        self.outreach_kinds = OutreachKindsEditor(session, self.tabs)
        self.tabs.addTab(self.outreach_kinds, self.tr("Outreach kinds"))
        self.general = GeneralSettings(session, self.tabs)
        self.tabs.addTab(self.general, self.tr("General"))
        self.data_safety = DataSafetyPanel(session, self.tabs)
        self.tabs.addTab(self.data_safety, self.tr("Data safety"))
        if session.ctx.actor.may_manage_users:  # 用户: the administrator's (issue #17)
            self.users = UsersPage(session, self.tabs)
            self.tabs.addTab(self.users, self.tr("Users"))
        layout.addWidget(self.tabs, 1)
        saved = str(prefs.prefs().value("settings/tab", 0))
        self.tabs.setCurrentIndex(int(saved) if saved.isdigit() else 0)

    def show_tab(self, key: str) -> None:
        """A directory's tab by its kind ("township", "category" …) or "data_safety", "general"."""
        if key == "data_safety":
            self.tabs.setCurrentWidget(self.data_safety)
        elif key == "general":
            self.tabs.setCurrentWidget(self.general)
        else:
            self.tabs.setCurrentWidget(self.editor(key))
        self.focus_first()

    def editor(self, kind: DirectoryKind | str) -> DirectoryEditor:
        return self.editors[DirectoryKind(kind)]

    def focus_first(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, DirectoryEditor):
            current.focus_first()
        else:
            self.general.threshold_spin.setFocus()

    def save_state(self) -> None:
        prefs.prefs().setValue("settings/tab", self.tabs.currentIndex())
