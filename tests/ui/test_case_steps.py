"""The steps of the procedure in the case detail: only the allowed ones are offered, each dialog is worked
from the keyboard (Chinese typed as an input method does), every step lands in the database, a refused
step shows the rule and writes nothing, and what was typed stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fazhi_desktop.domain.step_details import (
    Accept,
    Assign,
    Deliver,
    RecheckRequest,
    Reply,
    ReviewDecision,
    ReviewRequest,
    SignFor,
)
from fazhi_desktop.domain.vocab import CaseState, StepKind
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.clock.procedure import allowed_steps, apply_step, case_clock
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.store.models import AuditEntry, Step
from fazhi_desktop.ui import shortcuts
from fazhi_desktop.ui.case_detail import CaseDetailDialog
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.steps.attachments import AttachmentPicker
from fazhi_desktop.ui.steps.dialog import StepDialog
from tests.services.helpers import register
from tests.ui.helpers import type_text

pytestmark = pytest.mark.gui
UNIT = "县人力资源和社会保障局"
K = StepKind


@pytest.fixture
def unit(sqlite_ctx: Context) -> int:
    return add_entry(sqlite_ctx, "unit", UNIT).id


@pytest.fixture
def case_id(sqlite_ctx: Context, unit: int) -> int:
    return register(sqlite_ctx, nature="claim", on=date(2024, 11, 4)).id


def open_detail(qtbot: QtBot, session: UiSession, case_id: int) -> CaseDetailDialog:
    dialog = CaseDetailDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press_step(qtbot: QtBot, detail: CaseDetailDialog, kind: StepKind) -> StepDialog:
    """Alt and the step's own key (受理 Alt+A, whatever buttons stand beside it): how a clerk opens a
    step without the mouse."""
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow)
    assert kind in detail.step_bar.buttons
    key = shortcuts.STEP_KEYS[kind]
    qtbot.keyClick(detail, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    step = detail.step_dialog
    assert step is not None and step.kind is kind
    qtbot.waitUntil(step.isVisible)
    step.activateWindow()
    qtbot.waitUntil(step.isActiveWindow)
    return step


def enter(qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def state_of(ctx: Context, case_id: int) -> str:
    return str(case_detail(ctx, case_id).handling.state)


def counts(ctx: Context, case_id: int) -> tuple[int, int]:
    with ctx.db.reading() as session:
        steps = session.scalar(select(func.count()).select_from(Step).where(Step.case_id == case_id))
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
    return int(steps or 0), int(audit or 0)


def last_step(ctx: Context, case_id: int) -> tuple[str, date, dict[str, object]]:
    step = case_detail(ctx, case_id).steps[-1]
    return step.kind, step.occurred_on, step.details


def test_only_the_allowed_steps_are_offered(qtbot: QtBot, session: UiSession, case_id: int) -> None:
    detail = open_detail(qtbot, session, case_id)
    offered = set(detail.step_bar.buttons)
    assert offered == set(allowed_steps(session.ctx, case_id))
    assert {K.ACCEPT, K.REJECT, K.FORWARD, K.ASSIGN} <= offered
    assert K.REPLY not in offered and K.DELIVER not in offered  # no 答复 before 受理
    assert next(iter(detail.step_bar.buttons)) is K.ACCEPT  # the usual next step comes first
    assert detail.open_step(K.REPLY) is None  # nor by any other way
    assert detail.step_bar.buttons[K.ACCEPT].text() == "Acceptance(A)"
    inform = press_step(qtbot, detail, K.INFORM)
    assert list(inform.fields) == ["content"]  # no other case of the matter to point to


def test_a_case_walked_from_acceptance_to_evaluation(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, case_id: int, tmp_path: Path
) -> None:
    detail = open_detail(qtbot, session, case_id)
    assert state_of(sqlite_ctx, case_id) == "registered"

    # 受理: nothing to fill; 「记录」 has the focus, so Enter records it.
    accept = press_step(qtbot, detail, K.ACCEPT)
    assert QApplication.focusWidget() is accept.save_button
    enter(qtbot)
    assert state_of(sqlite_ctx, case_id) == "handling"
    clock = case_clock(sqlite_ctx, case_id)
    assert [d.kind for d in clock.deadlines] == ["handling"]
    assert detail.clock_panel.state_label.text() == "State: In progress"  # the window reloaded
    assert any(
        "Handling deadline" in text and "days left" in text for text in detail.clock_panel.deadline_texts
    )
    assert K.ACCEPT not in detail.step_bar.buttons and K.REPLY in detail.step_bar.buttons

    # 交办: the unit typed in Chinese, the deadline taken over from the handling deadline.
    assign = press_step(qtbot, detail, K.ASSIGN)
    unit_combo = assign.fields["unit_id"]
    assert QApplication.focusWidget() in (unit_combo, unit_combo.lineEdit())
    type_text(unit_combo.lineEdit(), UNIT)
    enter(qtbot)  # → the deadline
    assert assign.fields["unit_deadline"].text() == clock.deadlines[0].due.isoformat()
    enter(qtbot)  # → the note
    assert QApplication.focusWidget() is assign.note_edit
    enter(qtbot)  # → 「记录」
    assert QApplication.focusWidget() is assign.save_button
    enter(qtbot)
    assert state_of(sqlite_ctx, case_id) == "forwarded"
    handling = case_detail(sqlite_ctx, case_id).handling
    assert handling.handling_unit == UNIT
    kind, _, details = last_step(sqlite_ctx, case_id)
    assert (kind, details["unit"], details["unit_deadline"]) == ("assign", UNIT, str(clock.deadlines[0].due))

    # 签收 by the unit, recorded with Ctrl+S.
    sign = press_step(qtbot, detail, K.SIGN_FOR)
    qtbot.keyClick(sign, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert state_of(sqlite_ctx, case_id) == "handling"

    # 答复: 解释说明 is the first choice; Down moves to 不予支持, and the document number in Chinese.
    reply = press_step(qtbot, detail, K.REPLY)
    outcome = reply.fields["outcome"]
    assert isinstance(outcome, QComboBox) and outcome.currentText() == "Explained"
    qtbot.keyClick(outcome, Qt.Key.Key_Down)
    enter(qtbot)
    type_text(QApplication.focusWidget(), "蓝信复〔2024〕12号")
    qtbot.keyClick(reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert state_of(sqlite_ctx, case_id) == "replied"
    assert last_step(sqlite_ctx, case_id)[2] == {"outcome": "reject", "document_no": "蓝信复〔2024〕12号"}

    # 送达 with the signed receipt chosen in the file chooser.
    receipt = tmp_path / "送达回证.pdf"
    receipt.write_bytes(b"%PDF-1.4 signed receipt")
    deliver = press_step(qtbot, detail, K.DELIVER)
    signed = deliver.fields["signed"]
    assert isinstance(signed, QCheckBox) and signed.isChecked()  # the dataclass's default
    picker = deliver.attachments
    assert isinstance(picker, AttachmentPicker)
    picker.add_button.click()
    chooser = picker.file_dialog
    assert isinstance(chooser, QFileDialog)
    chooser.selectFile(str(receipt))
    chooser.accept()
    assert picker.model.stringList() == ["送达回证.pdf"]
    deliver.activateWindow()
    qtbot.waitUntil(deliver.isActiveWindow)
    qtbot.keyClick(deliver, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert state_of(sqlite_ctx, case_id) == "delivered"
    record = case_detail(sqlite_ctx, case_id)
    assert [a.filename for a in record.attachments] == ["送达回证.pdf"]
    assert record.steps[-1].details == {"method": "in_person", "signed": True}
    assert detail.attachments_model.rowCount() == 1
    assert "review until" in detail.clock_panel.notes_label.text()

    # 评价: both satisfactions chosen from the keyboard.
    evaluate = press_step(qtbot, detail, K.EVALUATE)
    bureau = evaluate.fields["bureau"]
    assert bureau.currentText() == ""  # not evaluated unless chosen
    qtbot.keyClick(bureau, Qt.Key.Key_Down)  # 满意
    enter(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # 基本满意
    qtbot.keyClick(evaluate, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = case_detail(sqlite_ctx, case_id)
    assert record.steps[-1].details == {"bureau": "satisfied", "unit": "basically_satisfied"}
    assert record.handling.satisfaction == "basically_satisfied"
    assert [s.kind for s in record.steps] == [
        "register",
        "accept",
        "assign",
        "sign_for",
        "reply",
        "deliver",
        "evaluate",
    ]
    assert all(s.actor == "tester" for s in record.steps)


def test_a_refused_step_shows_the_rule_writes_nothing_and_keeps_what_was_typed(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, case_id: int
) -> None:
    apply_step(sqlite_ctx, case_id, Accept())
    detail = open_detail(qtbot, session, case_id)
    before = counts(sqlite_ctx, case_id)
    extend = press_step(qtbot, detail, K.EXTEND)
    days = extend.fields["days"]
    assert isinstance(days, QSpinBox) and days.value() == 30  # what is left of the limit
    assert "30 days are left" in extend.hint.text()
    days.selectAll()
    qtbot.keyClicks(days, "40")
    enter(qtbot)
    type_text(QApplication.focusWidget(), "张局长")
    enter(qtbot)
    type_text(QApplication.focusWidget(), "需会同住建部门现场核查")
    qtbot.keyClick(extend, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert extend.isVisible() and extend.banner.isVisible()
    assert extend.banner.text().startswith("延期不得超过 30 日（《信访工作条例》")
    # no step; issue #17: the refused attempt is one audit entry, outcome "failed"
    assert counts(sqlite_ctx, case_id) == (before[0], before[1] + 1)
    approver, reason = extend.fields["approver"], extend.fields["reason"]
    assert isinstance(approver, QLineEdit) and isinstance(reason, QLineEdit)
    assert (days.value(), approver.text(), reason.text()) == (40, "张局长", "需会同住建部门现场核查")

    days.setValue(20)  # within the limit now
    qtbot.keyClick(extend, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert counts(sqlite_ctx, case_id)[0] == before[0] + 1
    assert case_clock(sqlite_ctx, case_id).extension_days == 20


def test_a_missing_field_is_told_beside_it(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, case_id: int
) -> None:
    detail = open_detail(qtbot, session, case_id)
    before = counts(sqlite_ctx, case_id)
    reject = press_step(qtbot, detail, K.REJECT)
    qtbot.keyClick(reject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert reject.error_text("reason") == "请填写不予受理的理由。"
    assert not reject.banner.isVisible()
    assert QApplication.focusWidget() is reject.fields["reason"]
    reject.reject()
    assign = press_step(qtbot, detail, K.ASSIGN)
    type_text(assign.fields["unit_id"].lineEdit(), "不存在的单位")
    qtbot.keyClick(assign, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Every field that is wrong says so at once, each beside itself.
    assert assign.error_text("unit_id").startswith("没有名为「不存在的单位」的责任单位。请从列表中选择")
    assert assign.error_text("unit_deadline") == "交办须写明办理期限（责任单位反馈结果的日期）。"
    assert assign.fields["unit_id"].currentText() == "不存在的单位"
    assert counts(sqlite_ctx, case_id) == before
    assert state_of(sqlite_ctx, case_id) == CaseState.REGISTERED.value


def test_a_date_in_the_future_is_told_beside_the_date(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, case_id: int
) -> None:
    detail = open_detail(qtbot, session, case_id)
    accept = press_step(qtbot, detail, K.ACCEPT)
    accept.date_edit.setDate(accept.date_edit.date().addDays(1))
    qtbot.keyClick(accept, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "晚于今天" in accept.error_text("occurred_on")
    assert state_of(sqlite_ctx, case_id) == "registered"


def test_a_correction_of_an_earlier_steps_date(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, case_id: int, unit: int
) -> None:
    assign = Assign(unit_id=unit, unit_deadline=date(2024, 12, 20))
    apply_step(sqlite_ctx, case_id, assign, occurred_on=date(2024, 11, 6))
    apply_step(sqlite_ctx, case_id, SignFor(), occurred_on=date(2024, 11, 12))
    detail = open_detail(qtbot, session, case_id)
    correct = press_step(qtbot, detail, K.CORRECT)
    step, field = correct.fields["step"], correct.fields["field"]
    assert isinstance(step, QComboBox) and isinstance(field, QComboBox)
    assert field.findData("summary") >= 0  # the case's own fields first
    step.setCurrentIndex(step.findText("2024-11-12 Signed for"))
    assert [field.itemData(i) for i in range(field.count())] == ["occurred_on"]
    enter(qtbot)
    enter(qtbot)
    type_text(QApplication.focusWidget(), "2024-11-08")
    enter(qtbot)
    type_text(QApplication.focusWidget(), "签收日期登记错误")
    qtbot.keyClick(correct, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    kind, _, details = last_step(sqlite_ctx, case_id)
    assert kind == "correct"
    assert (details["field"], details["old"], details["new"]) == ("occurred_on", "2024-11-12", "2024-11-08")


def test_the_clock_panel_shows_the_meetings_decision_beside_the_automatic_tier(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context
) -> None:
    case = register(sqlite_ctx, nature="claim", people=9)
    detail = open_detail(qtbot, session, case.id)
    panel = detail.clock_panel
    assert (panel.auto_pill.text(), panel.auto_text.text()) == ("Red", "Red: Collective visit of 9 people")
    assert panel.decision_text.text() == "Not reviewed by the meeting." and panel.decision_pill.isHidden()
    assess = press_step(qtbot, detail, K.ASSESS)
    tier = assess.fields["tier"]
    assert isinstance(tier, QComboBox) and tier.currentText() == "Red"  # the case's tier to start from
    qtbot.keyClick(tier, Qt.Key.Key_Down)  # 黄
    enter(qtbot)
    type_text(QApplication.focusWidget(), "代表已选出，情绪平稳")
    qtbot.keyClick(assess, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (panel.decision_pill.text(), panel.auto_pill.text()) == ("Yellow", "Red")
    assert panel.decision_text.text().startswith(
        "Set to Yellow by the review meeting (automatic: Red): 代表已选出，情绪平稳; next review 2024-11-27"
    )
    assert panel.auto_text.text() == "Red: Collective visit of 9 people"  # the automatic reasons stay visible


def test_a_hearing_during_the_recheck_is_recorded_as_one(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context
) -> None:
    case_id = register(sqlite_ctx, nature="claim", on=date(2024, 9, 2)).id
    for details, day in (
        (Accept(), "2024-09-03"),
        (Reply(), "2024-10-08"),
        (Deliver(), "2024-10-09"),
        (ReviewRequest(organ="永州市信访局"), "2024-10-20"),
        (ReviewDecision(), "2024-11-05"),
        (RecheckRequest(organ="湖南省信访局"), "2024-11-10"),
    ):
        apply_step(sqlite_ctx, case_id, details, occurred_on=date.fromisoformat(day))
    detail = open_detail(qtbot, session, case_id)
    assert detail.clock.state is CaseState.RECHECKING
    extend = press_step(qtbot, detail, K.EXTEND)
    assert "hearing" not in extend.fields and extend.fields["days"].value() == 10
    enter(qtbot)
    enter(qtbot)
    type_text(QApplication.focusWidget(), "组织听证")
    qtbot.keyClick(extend, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    kind, _, details = last_step(sqlite_ctx, case_id)
    assert (kind, details) == ("extend", {"days": 10, "reason": "组织听证", "hearing": True})
