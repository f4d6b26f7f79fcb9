"""The 规范性 tab of a case's detail and the 评查 page, on a real database, in Chinese and English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QInputDialog, QTabWidget
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.conformity.audits import AuditInput, add_audit
from fazhi_desktop.services.conformity.keeping import refresh_all
from fazhi_desktop.ui.case_detail import CaseDetailDialog
from fazhi_desktop.ui.conformity.audit_dialog import AuditDialog
from fazhi_desktop.ui.conformity.page import ConformityPage
from fazhi_desktop.ui.conformity.panel import ConformityPanel
from fazhi_desktop.ui.session import UiSession
from tests.services.conformity.cases import D, build


def test_the_panel_says_what_is_missing_and_where_to_put_it_right(
    qtbot: QtBot, session: UiSession, tmp_path: Path, language: Callable[[str], None]
) -> None:
    built = build(session.ctx, tmp_path)
    dialog = CaseDetailDialog(session, built.no_delivery)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.conformity_panel.index) == "Conformity (1)"
    # In Chinese (the panel alone: the detail's step bar has an untranslated "Alt+%d" in zh_CN).
    language("zh_CN")
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    panel = ConformityPanel(session, built.no_delivery, tabs)
    panel.reload()
    assert tabs.tabText(panel.index) == "规范性（1）"
    assert "不规范" in panel.summary.text()
    assert panel.model.rowCount() == 1
    finding = panel.model.record(0)
    assert finding is not None and finding.rule_id == "delivery.receipt"
    assert "送达" in finding.fix

    clean = ConformityPanel(session, built.clean, tabs)
    clean.reload()
    assert clean.model.rowCount() == 0
    assert clean.summary.text().startswith("规范：")


def test_the_page_lists_filters_and_closes(qtbot: QtBot, session: UiSession, tmp_path: Path) -> None:
    built = build(session.ctx, tmp_path)
    refresh_all(session.ctx)
    add_audit(
        session.ctx, AuditInput(name="三季度", start=D("2024-09-01"), end=D("2024-09-30"), everything=True)
    )
    page = ConformityPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        pass  # judged again off the GUI thread
    page.start_edit.setDate(page.start_edit.date().addYears(-1))
    page.show_cases()
    assert page.cases_model.rowCount() == 5
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("accusation.secrecy"))
    page.show_cases()
    assert page.cases_model.rowCount() == 1
    assert page.cases_model.case_id(0) == built.secrecy
    assert page.audits_model.rowCount() == 1
    assert page.findings_model.rowCount() == 4
    # A finding the case still breaks is refused, in words.
    page.findings_view.selectRow(0)
    page._on_close_button_clicked()
    assert "问题仍然存在" in page.message.text()


def test_a_new_review_and_the_rules_from_the_page(
    qtbot: QtBot, session: UiSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(session.ctx, tmp_path)
    page = ConformityPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        pass
    dialog = AuditDialog(page)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Q3")
    dialog.start_edit.setDate(QDate(2024, 9, 1))
    dialog.end_edit.setDate(QDate(2024, 9, 30))
    dialog.all_button.setChecked(True)
    typed = dialog.audit_input()  # what the page's own dialog gives when filled in the same way
    monkeypatch.setattr(AuditDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(AuditDialog, "audit_input", lambda _self: typed)
    page._on_new_button_clicked()
    assert page.audits_model.rowCount() == 1
    assert page.audits_model.record(0).cases == 5  # type: ignore[union-attr]

    answers = iter([("431127-2024-000001", True), ("卷宗未按规定装订", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    page.audits_view.selectRow(0)
    page._on_team_button_clicked()
    assert any(f.origin == "team" for f in page.findings_model.records())

    box, weight = page.rules_tab.boxes["accusation.secrecy"]
    box.setChecked(False)
    weight.setValue(30)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.rules_tab._on_save_button_clicked()  # new rules: every case judged again
    assert "+" in page.rules_tab.version.text()
    page.start_edit.setDate(QDate(2024, 1, 1))
    page.rule_combo.setCurrentIndex(0)
    page.show_cases()
    assert page.cases_model.rowCount() == 4  # the secrecy case is no longer irregular
