"""The first start on a new database asks which office this is."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.office.offices import get_local_office
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.ui.office_setup import OfficeSetupDialog
from tests.ui.helpers import type_text


def test_a_bad_code_is_explained_and_nothing_typed_is_lost(tmp_path: Path, qtbot: QtBot) -> None:
    ctx = open_context(str(tmp_path / "new.db"), "clerk")
    ensure_ready(ctx)
    try:
        dialog = OfficeSetupDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.code, "蓝山")
        type_text(dialog.name, "蓝山县信访局")
        dialog._on_buttons_accepted()
        assert "单位代码" in dialog.error.text() and dialog.isVisible()
        assert (dialog.code.text(), dialog.name.text()) == ("蓝山", "蓝山县信访局")
        assert get_local_office(ctx) is None

        dialog.code.clear()
        type_text(dialog.code, "431127")
        with qtbot.waitSignal(dialog.accepted, timeout=1000):
            dialog._on_buttons_accepted()
        office = get_local_office(ctx)
        assert office is not None and (office.code, office.name) == ("431127", "蓝山县信访局")
    finally:
        ctx.close()
