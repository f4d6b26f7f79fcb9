"""The front desk (#19): three visitors in a row with the keyboard alone, 保存 against 保存并登记下一件,
the receipt offered in one key, the "已登记 …" line that opens the case and is gone after leaving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.cases.reading import CaseFilter, list_cases
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.registration import RegistrationForm
from fazhi_desktop.ui.registration.after_save import STAY_AFTER_SAVE
from tests.ui.helpers import enter_until, focused, open_main_window, type_text


def _form(window: MainWindow) -> RegistrationForm:
    form = window.stack.currentWidget()
    assert isinstance(form, RegistrationForm)
    return form


def test_three_visitors_in_a_row_with_the_keyboard_alone(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    opened: list[int] = []
    offered: list[int] = []
    printed: list[Path] = []
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _form(window)
    assert form.channel.value == "visit"  # the first time, Ctrl+N is a visit
    form.case_opened.connect(opened.append)
    form.receipt_offer.offered.connect(offered.append)
    form.receipt_offer.runner.printer = lambda path: printed.append(path) or True

    for name, summary in [("王建国", "反映拖欠工资"), ("李秀英", "反映电梯停运"), ("陈志强", "反映补偿未发")]:
        QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert _form(window) is form
        assert focused() is form.fields.id_number
        enter_until(form.fields.name)
        type_text(form.fields.name, name)
        enter_until(form.fields.summary)
        type_text(form.fields.summary, summary)
        QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert form.fields.name.text() == ""  # cleared for the next visitor
        assert focused() is form.fields.id_number
        assert form.receipt_offer.isVisible()

    rows = list_cases(sqlite_ctx, CaseFilter())
    assert len(rows) == 3
    assert sorted(offered) == sorted(row.id for row in rows)
    assert opened == []  # 保存并登记下一件 opens nothing

    # Ctrl+P prints the receipt of the last one: a real PDF handed to the system's print verb.
    QTest.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
    assert printed[0].read_bytes().startswith(b"%PDF")
    assert not form.receipt_offer.isVisible()
    window.close()


def test_ctrl_n_comes_back_to_the_channel_last_used(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert _form(window).channel.value == "letter"
    window.close()


def test_save_opens_the_new_case_unless_the_clerk_stays(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.register_next()
    form = _form(window)
    opened: list[int] = []
    form.case_opened.connect(opened.append)
    for stay in (False, True):
        prefs().setValue(STAY_AFTER_SAVE, stay)
        type_text(form.fields.name, "王建国")
        type_text(form.fields.summary, "反映拖欠工资")
        with qtbot.waitSignal(form.case_registered) as registered:
            QTest.keyClick(form.fields.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        if not stay:
            assert opened == [registered.args[0]]
    assert len(opened) == 1


def test_the_saved_line_opens_the_case_and_goes_when_leaving(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.register_next()
    form = _form(window)
    type_text(form.fields.name, "王建国")
    type_text(form.fields.summary, "反映拖欠工资")
    case_id = form.save_and_next()
    assert case_id is not None
    assert "431127-2024-000001" in form.saved_message.text()
    with qtbot.waitSignal(form.case_opened) as opened:
        form.saved_message.linkActivated.emit(f"case:{case_id}")
    assert opened.args == [case_id]
    window.show_page("cases")
    window.register_next()
    assert form.saved_message.text() == ""
    assert not form.receipt_offer.isVisible()
    window.close()


def test_the_open_after_save_box_is_the_setting(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.register_next()
    form = _form(window)
    assert form.open_after_save.isChecked()  # 保存 opens the case unless the clerk says otherwise
    form.open_after_save.setChecked(False)
    assert str(prefs().value(STAY_AFTER_SAVE)).lower() == "true"
    opened: list[int] = []
    form.case_opened.connect(opened.append)
    type_text(form.fields.name, "王建国")
    type_text(form.fields.summary, "反映拖欠工资")
    assert form.save_and_open() is not None
    assert opened == []
    window.close()


def test_ctrl_p_on_a_typed_form_saves_and_prints(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.register_next()
    form = _form(window)
    printed: list[Path] = []
    form.receipt_offer.runner.printer = lambda path: printed.append(path) or True
    type_text(form.fields.name, "王建国")
    type_text(form.fields.summary, "反映拖欠工资")
    with qtbot.waitSignal(form.case_registered):
        QTest.keyClick(form.fields.summary, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
    assert "431127-2024-000001" in printed[0].name
    window.close()
