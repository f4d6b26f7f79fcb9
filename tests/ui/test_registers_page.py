"""The 台账/专项 page: registers with their 化解率, a register's matters, a list imported off the GUI
thread, a 化解 and a note recorded through the page's dialogs, the views refreshed by the session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.registers import RegisterInput, RegisterKind
from fazhi_desktop.services.registers import writing
from fazhi_desktop.ui.registers.dialogs import CasesDialog, DatedDialog, NewRegisterDialog
from fazhi_desktop.ui.registers.page import RegistersPage
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register
from tests.services.register_helpers import special_workbook
from tests.ui.helpers import type_text

pytestmark = pytest.mark.gui
D = date.fromisoformat


@pytest.fixture
def page(qtbot: QtBot, session: UiSession) -> RegistersPage:
    widget = RegistersPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def test_a_register_is_made_filled_and_resolved_from_the_page(
    qtbot: QtBot, page: RegistersPage, session: UiSession
) -> None:
    ModelTester(None).check(page.registers)
    numbers = [register(session.ctx, on=D("2024-03-01"), summary=f"包案事项{n}").number for n in range(3)]
    assert "New register" in page.summary_label.text()

    made = NewRegisterDialog(page.kinds, lambda data: writing.add_register(session.ctx, data), page)
    made.kind_combo.setCurrentIndex(made.kind_combo.findData(RegisterKind.LEADER.value))
    type_text(made.name_edit, "2024年领导包案")
    type_text(made.leader_edit, "张县长")
    made.accept()
    assert page.registers.rowCount() == 1 and page.current_register() is not None

    adding = CasesDialog(
        "2024年领导包案", lambda n: writing.add_cases(session.ctx, "2024年领导包案", n), page
    )
    type_text(adding.numbers_edit, " ".join(numbers))
    adding.accept()
    assert page.entries.rowCount() == 3
    assert page.registers.data(page.registers.index(0, 4)) == "0.0%"

    page.entry_view.selectRow(1)
    entry = page.current_entry()
    assert entry is not None and entry.number == numbers[1] and page.resolve_button.isEnabled()
    resolved = DatedDialog(
        "化解",
        entry.number,
        lambda day, _t: writing.resolve(session.ctx, "2024年领导包案", entry.number, day),
        with_text=False,
        parent=page,
    )
    resolved.accept()
    noted = DatedDialog(
        "进展",
        entry.number,
        lambda day, text: writing.add_note(session.ctx, "2024年领导包案", entry.number, text, day),
        with_text=True,
        parent=page,
    )
    assert noted.text_edit is not None
    type_text(noted.text_edit, "已召开协调会")
    noted.accept()
    # the session's signal refreshed both lists and kept the case selected
    assert page.registers.data(page.registers.index(0, 4)) == "33.3%"
    assert page.current_entry() is not None and page.current_entry().number == numbers[1]  # type: ignore[union-attr]
    assert "已召开协调会" in page.notes_view.toPlainText()
    assert not page.resolve_button.isEnabled()  # resolved already
    assert "张县长" in page.summary_label.text()


def test_a_list_is_imported_in_the_background(
    qtbot: QtBot, page: RegistersPage, session: UiSession, tmp_path: Path
) -> None:
    numbers = [register(session.ctx, on=D("2024-02-01")).number for _ in range(2)]
    writing.add_register(session.ctx, RegisterInput(RegisterKind.SPECIAL, "专项"))
    page.register_view.selectRow(0)
    book = special_workbook(
        tmp_path / "list.xlsx", [(n, "", "某某", "") for n in numbers] + [("X-1", "", "无", "")]
    )
    page.import_list(str(book))
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=10_000)
    assert page.last_import is not None and page.last_import.added == tuple(numbers)
    assert [u.row for u in page.last_import.unmatched] == [5]
    assert page.entries.rowCount() == 2
    assert page.message_box is not None and "X-1" in page.message_box.text()

    target = tmp_path / "专项.pdf"
    page.print_current(str(target))
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    assert target.exists() and page.last_print is not None and page.last_print.pages == 1
