"""A known petitioner's ID number, or name and phone, offers to fill 姓名, 性别, 电话, 住址 from the latest case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.vocab import Channel
from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.registration import RegistrationForm
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import id_number
from tests.ui.helpers import type_text


def _registered(ctx: Context, number: str, address: str, on: date) -> None:
    register_case(
        ctx,
        CaseInput(
            channel="visit",
            summary="反映拖欠工资三个月未付",
            registered_on=on,
            petitioners=[
                PetitionerInput(name="王建国", id_number=number, phone="13912345678", address=address)
            ],
        ),
    )


def _form(session: UiSession, qtbot: QtBot) -> RegistrationForm:
    form = RegistrationForm(session, Channel.VISIT)
    qtbot.addWidget(form)
    form.resize(1150, 640)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.focus_first()
    return form


def test_the_id_number_offers_the_latest_details(
    session: UiSession, sqlite_ctx: Context, qtbot: QtBot
) -> None:
    number = id_number()
    _registered(sqlite_ctx, number, "塔峰镇城东村三组", date(2024, 3, 1))
    _registered(sqlite_ctx, number, "塔峰镇城西村五组", date(2024, 9, 1))  # moved since: the latest counts
    form = _form(session, qtbot)
    assert not form.known_person.isVisible()
    QTest.keyClicks(form.fields.id_number, number)
    assert form.known_person.isVisible()
    assert "王建国" in form.known_person.label.text() and "2024-09-01" in form.known_person.label.text()
    QTest.keyClick(form.fields.id_number, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    f = form.fields
    assert (f.name.text(), f.phone.text(), f.address.text()) == ("王建国", "13912345678", "塔峰镇城西村五组")
    assert f.sex.text() != "—" and f.sex.text() != ""
    assert not form.known_person.isVisible()


def test_name_and_phone_fill_the_id_number_and_what_is_typed_stays(
    session: UiSession, sqlite_ctx: Context, qtbot: QtBot
) -> None:
    number = id_number()
    _registered(sqlite_ctx, number, "塔峰镇城东村三组", date(2024, 3, 1))
    form = _form(session, qtbot)
    f = form.fields
    type_text(f.name, "王建国")
    type_text(f.phone, "13912345678")
    assert form.known_person.isVisible()
    with qtbot.waitSignal(form.known_person.filled) as filled:
        form.known_person.button.click()
    assert filled.args == [["id_number", "address"]]
    assert f.id_number.text() == number and f.address.text() == "塔峰镇城东村三组"


def test_nothing_is_offered_for_a_stranger(session: UiSession, qtbot: QtBot) -> None:
    form = _form(session, qtbot)
    QTest.keyClicks(form.fields.id_number, id_number())
    assert not form.known_person.isVisible()
    assert form.known_person.fill() == []
