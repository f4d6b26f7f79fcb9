"""信访件详情: every field, the petitioners masked, the timeline, the matter, and one audit entry per view."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from fazhi_desktop.domain.outreach import ReceptionKind
from fazhi_desktop.services.cases.detail import StepView
from fazhi_desktop.services.cases.registration import (
    CaseInput,
    PetitionerInput,
    RegisteredCase,
    register_case,
)
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import reception
from fazhi_desktop.services.outreach.reception import ReceptionInput
from fazhi_desktop.store.models import AuditEntry, Case, CasePetitioner
from fazhi_desktop.ui.case_detail import GEOMETRY_KEY, CaseDetailDialog
from fazhi_desktop.ui.case_detail_lists import CaseDetailLists
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import id_number, visit

CONTENT = (
    "信访人反映：其于2023年3月至2024年6月在某建筑工地从事钢筋工工作，包工头李某某以工程款未结算为由，"
    "拖欠其及同班组工友共计12人工资合计约38.6万元，多次讨要未果，请求督促施工单位尽快支付。"
) * 4
PRINCIPAL_ID = id_number()
CO_ID = id_number("19750812", "244")


def masked(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:]


@pytest.fixture
def matter(sqlite_ctx: Context) -> tuple[RegisteredCase, RegisteredCase]:
    """A collective visit by two petitioners, and a letter that repeats it."""
    first = register_case(
        sqlite_ctx,
        visit(
            "王建国",
            id_no=PRINCIPAL_ID,
            phone="13812345678",
            summary="反映某建筑工地拖欠农民工工资38.6万元长期未支付",
            on=date(2024, 10, 8),
            people=6,
            content=CONTENT,
            category="劳动和社会保障",
            nature="claim",
            purpose="求决",
            accused="李某某（包工头）",
            urgent=True,
            consent_public=True,
        ),
    )
    letter = CaseInput(
        channel="letter",
        summary="再次反映拖欠工资问题未解决",
        registered_on=date(2024, 11, 18),
        postmarked_on=date(2024, 11, 14),
        received_on=date(2024, 11, 16),
        envelope_address="蓝山县塔峰镇解放路28号",
        repeat_of=first.number,
        petitioners=[PetitionerInput(name="王建国", id_number=PRINCIPAL_ID)],
    )
    repeat = register_case(sqlite_ctx, letter)
    return first, repeat


@pytest.fixture
def two_petitioners(sqlite_ctx: Context, matter: tuple[RegisteredCase, RegisteredCase]) -> RegisteredCase:
    data = visit("王建国", id_no=PRINCIPAL_ID, summary="另一事项", people=2)
    data.petitioners.append(
        PetitionerInput(
            name="欧阳秀英", id_number=CO_ID, phone="07463221234", address="蓝山县总市镇大洞村五组"
        )
    )
    return register_case(sqlite_ctx, data)


def open_dialog(qtbot: QtBot, session: UiSession, case_id: int) -> CaseDetailDialog:
    dialog = CaseDetailDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def audit_count(ctx: Context) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def cells(model: Any) -> list[list[str]]:
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def test_every_field_is_shown(qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]) -> None:
    first, _ = matter
    dialog = open_dialog(qtbot, session, first.id)
    values = {key: label.text() for key, label in dialog.values.items()}
    assert values["source"] == "Registered here"
    assert values["nature"] == "Claim"
    assert values["purpose"] == "求决"
    assert values["category"] == "劳动和社会保障"
    assert values["accused"] == "李某某（包工头）"
    assert values["summary"] == "反映某建筑工地拖欠农民工工资38.6万元长期未支付"
    assert values["state"] == "Registered"
    assert values["head_count"] == "6 people"
    assert values["created_by"] == "tester"
    assert values["upper_number"] == "—"  # an empty field says so, it is not left out
    assert "Major or urgent" in values["flags"] and "Consents to publication" in values["flags"]
    assert "Collective visit" in values["flags"]
    assert dialog.content_view.toPlainText() == CONTENT
    assert dialog.number_label.text() == first.number
    assert dialog.windowTitle().endswith(first.number)
    assert "Visit" in dialog.meta_label.text() and "2024-10-08" in dialog.meta_label.text()
    assert "Registered" in dialog.meta_label.text()
    badges = [w.text() for w in dialog.findChildren(QLabel) if w.objectName() in ("badge", "alertBadge")]
    assert "Collective visit · 6 people" in badges
    assert not dialog.isModal()


def test_a_letters_own_fields(qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]) -> None:
    _, repeat = matter
    dialog = open_dialog(qtbot, session, repeat.id)
    assert dialog.values["postmarked_on"].text() == "2024-11-14"
    assert dialog.values["received_on"].text() == "2024-11-16"
    assert dialog.values["envelope_address"].text() == "蓝山县塔峰镇解放路28号"
    assert "Letter" in dialog.meta_label.text()
    badges = [w.text() for w in dialog.findChildren(QLabel) if w.objectName() == "badge"]
    assert badges == [f"Repeat of {matter[0].number}"]


def test_the_petitioners_are_listed_masked(
    qtbot: QtBot, session: UiSession, two_petitioners: RegisteredCase
) -> None:
    dialog = open_dialog(qtbot, session, two_petitioners.id)
    rows = cells(dialog.petitioners_model)
    assert rows[0][:5] == ["Principal petitioner", "王建国", "Male", "1990-03-07", masked(PRINCIPAL_ID)]
    assert rows[0][5] == "138****5678"
    assert rows[1][:5] == ["Co-petitioner", "欧阳秀英", "Female", "1975-08-12", masked(CO_ID)]
    assert rows[1][6] == "蓝山县总市镇大洞村五组"
    assert masked(PRINCIPAL_ID).startswith("431127********")
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel)) + str(rows)
    assert PRINCIPAL_ID not in shown and "13812345678" not in shown
    assert "王建国" in dialog.meta_label.text()


def test_the_timeline_has_the_registration(
    qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]
) -> None:
    first, repeat = matter
    dialog = open_dialog(qtbot, session, first.id)
    assert cells(dialog.steps_model) == [["2024-10-08", "Registration", "tester", "Channel: Visit"]]
    assert dialog.tabs.tabText(1) == "Timeline (1)"
    again = open_dialog(qtbot, session, repeat.id)
    _, step, _, details = cells(again.steps_model)[0]
    assert step == "Registration" and first.number in details and "Letter" in details


def test_the_matter_lists_the_repeat_which_opens_on_double_click(
    qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]
) -> None:
    first, repeat = matter
    dialog = open_dialog(qtbot, session, first.id)
    assert cells(dialog.matter_model) == [
        [first.number, "2024-10-08", "First registration (this case)"],
        [repeat.number, "2024-11-18", "Repeat"],
    ]
    assert "1 repeats" in dialog.matter_note.text()
    dialog.matter_view.doubleClicked.emit(dialog.matter_model.index(1, 0))
    opened = dialog.opened
    assert [d.case_id for d in opened] == [repeat.id]
    assert opened[0].isVisible() and opened[0].number_label.text() == repeat.number
    opened[0].close()
    dialog.matter_view.doubleClicked.emit(dialog.matter_model.index(0, 0))  # this case: nothing opens
    assert len(dialog.opened) == 1
    dialog.tabs.setCurrentWidget(dialog.matter_view.parentWidget())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.matter_view.setFocus()
    dialog.matter_view.selectRow(1)
    qtbot.keyClick(dialog.matter_view, Qt.Key.Key_Return)  # the keyboard opens it too
    assert len(dialog.opened) == 2 and dialog.isVisible()  # Enter did not close this window


def test_opening_writes_one_audit_entry(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, matter: tuple[RegisteredCase, ...]
) -> None:
    before = audit_count(sqlite_ctx)
    open_dialog(qtbot, session, matter[0].id)
    assert audit_count(sqlite_ctx) == before + 1


def test_no_attachments_is_said_in_words(
    qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]
) -> None:
    dialog = open_dialog(qtbot, session, matter[0].id)
    assert dialog.attachments_model.rowCount() == 0
    assert dialog.attachments_note.text() == "No attachments yet."
    assert not dialog.attachments_view.isVisible()


def test_size_geometry_and_closing(
    qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]
) -> None:
    dialog = open_dialog(qtbot, session, matter[0].id)
    assert dialog.width() <= 900 and dialog.height() <= 680  # fits a 1366×768 screen
    dialog.resize(700, 560)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert isinstance(prefs().value(GEOMETRY_KEY), QByteArray)
    again = open_dialog(qtbot, session, matter[0].id)
    assert (again.width(), again.height()) == (700, 560)
    again.buttons.rejected.emit()  # 「关闭」
    assert not again.isVisible()


def test_a_missing_case_says_so(qtbot: QtBot, session: UiSession) -> None:
    dialog = open_dialog(qtbot, session, 99999)
    assert "不存在" in dialog.error_label.text() and not dialog.tabs.isEnabled()


def test_the_dialog_follows_changes_to_its_case(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, matter: tuple[RegisteredCase, ...]
) -> None:
    dialog = open_dialog(qtbot, session, matter[0].id)
    before = audit_count(sqlite_ctx)
    session.cases_changed.emit(matter[1].id)  # another case: nothing to read
    assert audit_count(sqlite_ctx) == before
    session.cases_changed.emit(matter[0].id)
    assert audit_count(sqlite_ctx) == before + 1 and dialog.detail is not None


def test_the_detail_models(
    qtmodeltester: Any, qtbot: QtBot, session: UiSession, two_petitioners: RegisteredCase
) -> None:
    dialog = open_dialog(qtbot, session, two_petitioners.id)
    for model in (
        dialog.petitioners_model,
        dialog.steps_model,
        dialog.matter_model,
        dialog.attachments_model,
    ):
        qtmodeltester.check(model)


def test_a_steps_details_read_in_words(qapp: Any) -> None:
    def text(details: dict[str, Any], note: str | None = None) -> str:
        step = StepView(1, "reply", date(2024, 11, 1), datetime(2024, 11, 1, 9, 0), "tester", details, note)
        return CaseDetailLists().step_text(step)

    assert text({"outcome": "explain", "document_no": "蓝信复〔2024〕12号"}) == (
        "Outcome: Explained; Document number: 蓝信复〔2024〕12号"
    )
    assert text({"unit_id": 3, "unit": "县人社局", "unit_deadline": "2024-12-01"}) == (
        "Responsible unit: 县人社局; Unit's deadline: 2024-12-01"
    )
    assert text({"bureau": "satisfied", "unit": "dissatisfied"}) == (
        "Bureau satisfaction: Satisfied; Responsible unit: Dissatisfied"
    )
    assert text({"method": "post", "signed": False}, note="挂号信") == "Method: By post; Signed: no; 挂号信"
    assert text(
        {"content": "已告知信访人办理进展", "open_case_id": 1, "open_case": "431127-2024-000001"}
    ) == ("已告知信访人办理进展; Open case: 431127-2024-000001")
    sentence = "该事项正在办理中（431127-2024-000001）"
    assert text({"content": sentence, "open_case": "431127-2024-000001"}) == sentence
    assert text({}) == "—"


def test_the_reception_days_that_received_the_case_are_listed(
    qtbot: QtBot, session: UiSession, matter: tuple[RegisteredCase, ...]
) -> None:
    """接访 links both ways: the reception lists its cases, the case its receptions."""
    first, *_ = matter
    ctx = session.ctx
    reception.add_reception(
        ctx,
        ReceptionInput(
            held_on=date(2024, 11, 20),
            kind=ReceptionKind.LEADER_DAY,
            leader="县长",
            place="县群众来访接待中心",
            cases=[first.number],
        ),
    )
    dialog = open_dialog(qtbot, session, first.id)
    assert dialog.tabs.tabText(4) == "Received at (1)"
    row = [dialog.receptions_model.index(0, c).data() for c in range(dialog.receptions_model.columnCount())]
    assert row == ["2024-11-20", "Leader reception day", "县长", "县群众来访接待中心", first.number]
    other = open_dialog(qtbot, session, matter[1].id)
    assert other.tabs.tabText(4) == "Received at (0)" and other.receptions_model.rowCount() == 0


def test_a_code_this_version_does_not_know_is_shown_as_stored(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, matter: tuple[RegisteredCase, ...]
) -> None:
    """A newer version's vocabulary (or a hand edit) must not stop the window: the code reads as stored.
    (The statutory clock itself still needs codes it knows for 性质, 来源, 形式 and the steps.)"""
    first, _ = matter
    with sqlite_ctx.db.writing() as s:
        s.execute(update(Case).where(Case.id == first.id).values(satisfaction="very_pleased"))
        s.execute(update(CasePetitioner).where(CasePetitioner.case_id == first.id).values(role="guardian"))
    dialog = open_dialog(qtbot, session, first.id)
    assert dialog.values["satisfaction"].text() == "very_pleased"
    assert cells(dialog.petitioners_model)[0][0] == "guardian"
