"""The 评查 rules as an administrator sees them: each rule on or off and its weight, saved as a
setting (the rules' version changes, and every case is judged again by it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.conformity.rules import Rule
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.conformity import choices, keeping
from fazhi_desktop.ui.conformity_text import rule_fix, rule_text, with_article
from fazhi_desktop.ui.session import UiSession


class RulesTab(QWidget):
    """A row a rule: on/off, the text with its article, the weight."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.version = QLabel(self)
        self.version.setObjectName("hint")
        layout.addWidget(self.version)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("In use"), self.tr("Rule (article)"), self.tr("Points")]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save rules"), self)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.boxes: dict[str, tuple[QCheckBox, QSpinBox]] = {}
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.reload()

    def reload(self) -> None:
        ruleset = keeping.load_ruleset(self.session.ctx)
        self.version.setText(self.tr("Rules version %s") % ruleset.version)
        self.table.setRowCount(len(ruleset.rules))
        self.boxes.clear()
        admin = self.session.ctx.actor.may_manage_users
        for row, rule in enumerate(ruleset.rules):
            self._row(row, rule, admin)
        self.table.resizeColumnsToContents()
        self.save_button.setEnabled(admin)
        if not admin:
            self.message.setText(self.tr("Only an administrator can change the rules."))

    def _row(self, row: int, rule: Rule, admin: bool) -> None:
        box = QCheckBox(self.table)
        box.setChecked(rule.enabled)
        box.setEnabled(admin)
        weight = QSpinBox(self.table)
        weight.setRange(0, choices.WEIGHT_MAX)
        weight.setValue(rule.weight)
        weight.setEnabled(admin)
        self.table.setCellWidget(row, 0, box)
        text = with_article(rule_text(rule.id, rule.text), rule.id, rule.article)
        self.table.setCellWidget(row, 1, QLabel(text, self.table))
        self.table.setCellWidget(row, 2, weight)
        self.table.setRowHeight(row, max(self.table.rowHeight(row), weight.sizeHint().height() + 4))
        self.boxes[rule.id] = (box, weight)
        box.setToolTip(rule_fix(rule.id, rule.fix))

    def _on_save_button_clicked(self) -> None:
        current = {r.id: r for r in keeping.load_ruleset(self.session.ctx).rules}
        try:
            with self.session.batched():
                for rule_id, (box, weight) in self.boxes.items():
                    rule = current[rule_id]
                    if box.isChecked() != rule.enabled or weight.value() != rule.weight:
                        choices.set_rule(
                            self.session.ctx, rule_id, enabled=box.isChecked(), weight=weight.value()
                        )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Saved. Every case is judged again by the new rules."))
        self.reload()
