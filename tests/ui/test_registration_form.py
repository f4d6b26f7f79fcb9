"""The registration forms: a clerk registers a visitor with the keyboard alone, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.vocab import Channel, Source
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.cases.reading import CaseFilter, list_cases
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office import directories, settings
from fazhi_desktop.ui.registration import RegistrationForm
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import id_number, register
from tests.ui.helpers import type_text

MakeForm = Callable[..., RegistrationForm]
Answer = QMessageBox.StandardButton


@pytest.fixture
def make_form(session: UiSession, qtbot: QtBot) -> MakeForm:
    def make(channel: Channel = Channel.VISIT) -> RegistrationForm:
        form = RegistrationForm(session, channel)
        qtbot.addWidget(form)
        form.resize(1150, 640)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        form.focus_first()
        return form

    return make


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard is: an open pop-up list, else the focused field."""
    QTest.keyClick(QApplication.activePopupWidget() or focused(), k, modifier)


def type_here(expected: QWidget, text: str) -> None:
    """Type into the field that has the cursor, checking it is the one the clerk expects."""
    assert focused() is expected, f"the cursor is in {focused()!r}, not in {expected!r}"
    if text.isascii():
        QTest.keyClicks(expected, text)
    else:
        type_text(expected, text)


def db_cases(db_file: Path) -> list[int]:
    """The ids of the cases in the database file, read through a new connection."""
    other = open_context(str(db_file), "tester")
    try:
        return [row.id for row in list_cases(other, CaseFilter())]
    finally:
        other.close()


def answer_with(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[str]:
    """Patch the repeat question to give `answer`; returns the texts it was asked with."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> Answer:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_visit_is_registered_with_the_keyboard_alone(
    session: UiSession, sqlite_ctx: Context, make_form: MakeForm, qtbot: QtBot, tmp_path: Path
) -> None:
    directories.add_entry(sqlite_ctx, "township", "塔峰镇")
    purpose = directories.list_entries(sqlite_ctx, "purpose", include_retired=False)[0].name
    form = make_form(Channel.VISIT)
    f = form.fields
    number = id_number()

    type_here(f.id_number, number)
    key(Qt.Key.Key_Return)
    type_here(f.name, "王建国")
    key(Qt.Key.Key_Return)
    type_here(f.phone, "13912345678")
    key(Qt.Key.Key_Tab)
    type_here(f.address, "塔峰镇城东村三组")
    key(Qt.Key.Key_Return)
    assert focused() is f.head_count
    key(Qt.Key.Key_Return)
    assert focused() is f.registered_on
    key(Qt.Key.Key_Tab)  # Tab leaves the date at once (not year → month → day)
    assert focused() is f.source
    key(Qt.Key.Key_Return)  # the upper-level fields are hidden for 本级登记
    type_here(f.region, "塔峰")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)  # choose from the list and move on
    assert f.region.currentText() == "塔峰镇"
    type_here(f.category, "物业")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert f.category.currentText() == "城乡建设 / 物业管理"
    assert focused() is f.nature
    key(Qt.Key.Key_Down)  # the first nature: 建议意见类
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Down)  # the first purpose
    key(Qt.Key.Key_Return)
    assert focused() is f.accused
    key(Qt.Key.Key_Return)
    type_here(f.summary, "反映拖欠工资三个月未付")
    key(Qt.Key.Key_Return)
    type_here(f.content, "第一行")
    key(Qt.Key.Key_Return)  # Enter in the details is a new line, not the next field
    type_here(f.content, "第二行")
    key(Qt.Key.Key_Tab)  # Tab leaves the details instead of inserting a tab
    assert f.content.toPlainText() == "第一行\n第二行"
    assert focused() is f.flags["cross_level"]
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Space)  # 重大紧急
    assert f.flags["urgent"].isChecked()

    with (
        qtbot.waitSignal(form.case_registered) as registered,
        qtbot.waitSignal(session.cases_changed) as announced,
    ):
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    case_id = registered.args[0]
    assert announced.args == [case_id]
    assert db_cases(tmp_path / "fazhi.db") == [case_id]
    other = open_context(str(tmp_path / "fazhi.db"), "tester")
    try:
        (row,) = list_cases(other, CaseFilter())
        detail = case_detail(other, case_id, unmasked=True)
    finally:
        other.close()
    assert (row.channel, row.principal_name, row.summary) == ("visit", "王建国", "反映拖欠工资三个月未付")
    assert (row.region_name, row.category_name, row.nature, row.head_count) == (
        "塔峰镇",
        "物业管理",
        "suggestion",
        1,
    )
    assert detail.registration.registered_on == date(2024, 11, 20)
    assert detail.subject.purpose == purpose
    assert detail.subject.content == "第一行\n第二行"
    assert detail.flags.urgent is True
    assert detail.flags.cross_level is False
    assert detail.registration.source == Source.LOCAL.value
    (person,) = detail.petitioners
    assert (person.id_number, person.phone, person.address) == (number, "13912345678", "塔峰镇城东村三组")
    assert (person.sex, person.birth_date) == ("male", date(1990, 3, 7))

    # Ready for the next visitor: empty, today's date, the cursor in 证件号码, the number on show.
    assert row.number in form.saved_message.text()
    for editor in (f.id_number, f.name, f.phone, f.address, f.summary, f.accused):
        assert editor.text() == ""
    assert f.content.toPlainText() == ""
    assert f.region.currentText() == f.category.currentText() == ""
    assert f.nature.value() is None
    assert not f.flags["urgent"].isChecked()
    assert f.registered_on.date() == QDate(2024, 11, 20)
    assert f.sex.text() == "—"
    assert focused() is f.id_number


def test_the_id_number_fills_sex_and_birth_date_and_says_when_it_is_wrong(make_form: MakeForm) -> None:
    form = make_form()
    f = form.fields

    QTest.keyClicks(f.id_number, id_number(born="19851224", order="124"))
    assert (f.sex.text(), f.birth_date.text()) == ("Female", "1985-12-24")
    assert f.error_text("id_number") == ""

    f.id_number.clear()
    valid = id_number()
    QTest.keyClicks(f.id_number, valid[:17])
    assert f.sex.text() == "—"
    assert f.error_text("id_number") == ""  # still typing: no message yet
    QTest.keyClicks(f.id_number, "0" if valid[17] != "0" else "1")
    assert "校验码" in f.error_text("id_number")
    assert f.sex.text() == f.birth_date.text() == "—"

    QTest.keyClick(f.id_number, Qt.Key.Key_Backspace)
    QTest.keyClicks(f.id_number, valid[17])
    assert f.error_text("id_number") == ""
    assert (f.sex.text(), f.birth_date.text()) == ("Male", "1990-03-07")


def test_a_short_number_is_judged_when_the_clerk_moves_on(make_form: MakeForm) -> None:
    form = make_form()
    f = form.fields
    QTest.keyClicks(f.id_number, id_number()[:16])
    assert f.error_text("id_number") == ""
    QTest.keyClick(f.id_number, Qt.Key.Key_Return)
    assert "长度" in f.error_text("id_number")


def test_the_side_panel_lists_earlier_cases_and_a_repeat_joins_the_earlier_matter(
    sqlite_ctx: Context, make_form: MakeForm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = id_number()
    first = register(sqlite_ctx, id_no=number, summary="反映拖欠工资三个月未付")
    second = register(sqlite_ctx, id_no=number, summary="再次反映拖欠工资", repeat_of=first.number)
    register(sqlite_ctx, "李四", id_no=id_number(region="431102"), summary="别人的事")
    form = make_form()
    f = form.fields
    model = form.panel.model

    QTest.keyClicks(f.id_number, number[:5])
    assert model.rowCount() == 0
    QTest.keyClicks(f.id_number, number[5:])
    assert [c.number for c in form.panel.cases()] == [second.number, first.number]
    assert first.number in model.index(1, 0).data()

    # Double-click or Enter on a row opens that case.
    with qtbot.waitSignal(form.case_opened) as opened:
        form.panel.view.setFocus()
        form.panel.view.setCurrentIndex(model.index(1, 0))
        QTest.keyClick(form.panel.view, Qt.Key.Key_Return)
    assert opened.args == [first.id]

    asked = answer_with(monkeypatch, Answer.Yes)
    type_text(f.name, "王建国")
    type_text(f.summary, "第三次反映拖欠工资")
    with qtbot.waitSignal(form.case_registered) as registered:
        QTest.keyClick(f.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1
    assert first.number in asked[0] and "反映拖欠工资三个月未付" in asked[0]  # the row the clerk picked
    detail = case_detail(sqlite_ctx, registered.args[0])
    assert detail.flags.is_repeat is True
    assert [number for _id, number, _on, _repeat in detail.matter_cases] == [
        first.number,
        second.number,
        detail.number,
    ]


@pytest.mark.parametrize(
    ("answer", "saved", "repeat"), [(Answer.No, True, False), (Answer.Cancel, False, None)]
)
def test_no_registers_a_new_matter_and_cancel_goes_back_to_the_form(
    sqlite_ctx: Context,
    make_form: MakeForm,
    monkeypatch: pytest.MonkeyPatch,
    answer: Answer,
    saved: bool,
    repeat: bool | None,
) -> None:
    number = id_number()
    earlier = register(sqlite_ctx, id_no=number)
    form = make_form()
    f = form.fields
    QTest.keyClicks(f.id_number, number)
    type_text(f.name, "王建国")
    type_text(f.summary, "反映另一件事")
    asked = answer_with(monkeypatch, answer)

    case_id = form.save()

    assert len(asked) == 1
    assert (case_id is not None) == saved
    if case_id is None:
        assert f.summary.text() == "反映另一件事" and f.id_number.text() == number
        assert [c.id for c in list_cases(sqlite_ctx, CaseFilter())] == [earlier.id]
    else:
        detail = case_detail(sqlite_ctx, case_id)
        assert detail.flags.is_repeat is repeat
        assert len(detail.matter_cases) == 1


def test_name_and_phone_find_earlier_cases_without_an_id_number(
    sqlite_ctx: Context, make_form: MakeForm
) -> None:
    register(sqlite_ctx, phone="13912345678")
    form = make_form()
    type_text(form.fields.name, "王建国")
    assert form.panel.cases() == []
    QTest.keyClicks(form.fields.phone, "13912345678")
    assert len(form.panel.cases()) == 1


def test_a_validation_error_keeps_everything_typed_and_writes_nothing(
    make_form: MakeForm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_with(monkeypatch, Answer.Yes)
    form = make_form()
    f = form.fields
    QTest.keyClicks(f.id_number, id_number())
    type_text(f.name, "王建国")
    type_text(f.content, "详细情况")
    f.flags["threat"].setChecked(True)

    QTest.keyClick(f.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "摘要不能为空" in f.error_text("summary")
    assert focused() is f.summary
    assert (f.name.text(), f.content.toPlainText(), f.id_number.text()) == ("王建国", "详细情况", id_number())
    assert f.flags["threat"].isChecked()
    assert db_cases(tmp_path / "fazhi.db") == []
    assert asked == []

    # A date after today is shown beside the date; the first bad field (top to bottom) gets the cursor.
    f.registered_on.setDate(QDate(2024, 11, 21))
    type_text(f.summary, "反映拖欠工资")
    assert form.save() is None
    assert "晚于今天" in f.error_text("registered_on")
    assert f.error_text("summary") == ""
    assert focused() is f.registered_on
    assert db_cases(tmp_path / "fazhi.db") == []

    # Once corrected it saves, and the messages go.
    f.registered_on.setDate(QDate(2024, 11, 19))
    assert form.save() is not None
    assert f.error_text("registered_on") == ""


def test_an_unknown_place_is_shown_beside_the_field(make_form: MakeForm, tmp_path: Path) -> None:
    form = make_form()
    f = form.fields
    type_text(f.name, "王建国")
    type_text(f.summary, "反映拖欠工资")
    type_text(f.region, "不存在镇")

    assert form.save() is None

    assert "不存在镇" in f.error_text("region")
    assert focused() is f.region
    assert f.region.currentText() == "不存在镇"
    assert db_cases(tmp_path / "fazhi.db") == []


def test_the_collective_banner_follows_the_head_count_and_the_setting(
    session: UiSession, sqlite_ctx: Context, make_form: MakeForm
) -> None:
    form = make_form()
    head_count = form.fields.head_count
    head_count.setValue(4)
    assert form.banner.isHidden()
    head_count.setValue(5)
    assert not form.banner.isHidden()
    assert "5" in form.banner.text()
    head_count.setValue(4)
    assert form.banner.isHidden()

    settings.set_value(sqlite_ctx, "collective_threshold", 3)
    session.settings_changed.emit()
    assert not form.banner.isHidden()
    assert "4" in form.banner.text()

    letter = make_form(Channel.LETTER)  # a joint letter is not a visit
    letter.fields.head_count.setValue(8)
    assert letter.banner.isHidden()


def test_each_channel_shows_its_own_fields(make_form: MakeForm) -> None:
    def shown(form: RegistrationForm, name: str) -> bool:
        widget = getattr(form.fields, name, None)
        return widget is not None and widget.isVisibleTo(form)

    visit = make_form(Channel.VISIT)
    letter = make_form(Channel.LETTER)
    online = make_form(Channel.ONLINE)
    phone = make_form(Channel.PHONE)
    letter_fields = ("postmarked_on", "received_on", "envelope_address")
    assert all(shown(letter, name) for name in letter_fields)
    assert not any(shown(form, name) for form in (visit, online, phone) for name in letter_fields)
    assert shown(online, "online_number")
    assert not any(shown(form, "online_number") for form in (visit, letter, phone))
    for form in (visit, letter, online, phone):
        assert shown(form, "registered_on")
        assert not shown(form, "upper_number")

    visit.fields.source.set_value(Source.UPPER_ASSIGNED.value)
    assert shown(visit, "upper_number") and shown(visit, "upper_deadline")
    visit.fields.source.set_value(Source.LOCAL.value)
    assert not shown(visit, "upper_number")


def test_a_letter_keeps_its_dates_and_an_upper_case_its_number(
    sqlite_ctx: Context, make_form: MakeForm
) -> None:
    form = make_form(Channel.LETTER)
    f = form.fields
    type_text(f.name, "王建国")
    type_text(f.summary, "来信反映拖欠工资")
    type_text(f.envelope_address, "塔峰镇城东村")
    f.source.set_value(Source.UPPER_ASSIGNED.value)
    QTest.keyClicks(f.upper_deadline, "20241215")

    QTest.keyClicks(f.postmarked_on, "20241345")
    assert form.save() is None  # no such month; the missing 上级件号 is reported at the same time
    assert f.error_text("postmarked_on") != ""
    assert "上级件号" in f.error_text("upper_number")

    f.postmarked_on.clear()
    QTest.keyClicks(f.postmarked_on, "20241115")
    QTest.keyClicks(f.received_on, "20241118")
    type_text(f.upper_number, "永州-2024-0012")
    case_id = form.save()

    assert case_id is not None
    reg = case_detail(sqlite_ctx, case_id).registration
    assert (reg.channel, reg.envelope_address) == ("letter", "塔峰镇城东村")
    assert (reg.postmarked_on, reg.received_on) == (date(2024, 11, 15), date(2024, 11, 18))
    assert (reg.upper_number, reg.upper_deadline) == ("永州-2024-0012", date(2024, 12, 15))


def test_the_clear_button_empties_the_form(make_form: MakeForm) -> None:
    form = make_form(Channel.ONLINE)
    type_text(form.fields.name, "王建国")
    QTest.keyClicks(form.fields.online_number, "WX2024-1")
    form.clear_button.click()
    assert form.fields.name.text() == form.fields.online_number.text() == ""
    assert focused() is form.fields.id_number
