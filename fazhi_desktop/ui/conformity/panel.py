"""The 规范性 tab of a case's detail: what the 评查 rules find missing today, by which article, and
where to put it right. Judged afresh each time the case is shown (the service reads the case alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from fazhi_desktop.domain.conformity.rules import FULL_SCORE, Finding, score
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.conformity.listing import case_findings
from fazhi_desktop.ui.conformity_text import rule_article, rule_fix, rule_text
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.session import UiSession


class ConformityPanel(QWidget):
    """规范性: a summary line (in words, never by colour alone) and the list of findings."""

    def __init__(self, session: UiSession, case_id: int, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.session = session
        self.case_id = case_id
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        columns: list[Column[Finding]] = [
            Column(self.tr("Rule"), lambda f: rule_text(f.rule_id, f.text)),
            Column(self.tr("What is missing"), lambda f: f.detail),
            Column(self.tr("Article"), lambda f: rule_article(f.rule_id, f.article)),
            Column(self.tr("Where to put it right"), lambda f: rule_fix(f.rule_id, f.fix)),
            Column(self.tr("Points"), lambda f: f"−{f.weight}"),
        ]
        self.model: RecordTableModel[Finding] = RecordTableModel(columns, parent=self)
        self.view = record_view(self.model, self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.index = tabs.addTab(self, self.tr("Conformity"))
        self.findings: tuple[Finding, ...] = ()

    def reload(self) -> None:
        try:
            self.findings = case_findings(self.session.ctx, self.case_id)
        except UserError as error:
            self.summary.setText(error.message)
            self.model.set_records([])
            return
        self.model.set_records(self.findings)
        self.view.setVisible(bool(self.findings))
        points = score([f.weight for f in self.findings])
        if self.findings:
            self.summary.setText(
                self.tr("Not conforming: %d problem(s) found by the rules as of today; score %d of %d.")
                % (len(self.findings), points, FULL_SCORE)
            )
            self.tabs.setTabText(self.index, self.tr("Conformity (%d)") % len(self.findings))
        else:
            self.summary.setText(
                self.tr("Conforming: the rules find nothing missing in this case as of today.")
            )
            self.tabs.setTabText(self.index, self.tr("Conformity"))
