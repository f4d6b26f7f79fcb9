"""Changes announce themselves: a write in one window refreshes the others with no window emitting a
signal by hand, on the GUI thread whichever thread wrote."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import fazhi_desktop.ui
from fazhi_desktop.domain.changes import Changes, Touched
from fazhi_desktop.domain.vocab import Channel
from fazhi_desktop.services.cases.reading import CaseFilter, count_cases
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import save_mapping
from fazhi_desktop.services.office import directories, settings
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.changes import DATA_SIGNALS
from fazhi_desktop.ui.registration.form import RegistrationForm
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register
from tests.ui.helpers import type_text

UI = Path(fazhi_desktop.ui.__file__).parent
#: `.cases_changed.emit(` and the like: only ui/changes.py may say this.
HAND_EMIT = re.compile(r"\.(" + "|".join(DATA_SIGNALS) + r")\.emit\(")


def hand_emits(root: Path) -> list[str]:
    """Each line under `root` (but the helper itself) that emits a data signal by hand."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "changes.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HAND_EMIT.search(line):
                found.append(f"{path.relative_to(root)}:{n}: {line.strip()}")
    return found


def test_no_window_emits_a_data_signal_by_hand() -> None:
    assert hand_emits(UI) == []


def test_the_check_finds_a_hand_emit(tmp_path: Path) -> None:
    (tmp_path / "changes.py").write_text("self.cases_changed.emit(0)\n", encoding="utf-8")
    (tmp_path / "window.py").write_text(
        "x = 1\n        self.session.cases_changed.emit(case_id)\n", encoding="utf-8"
    )
    assert hand_emits(tmp_path) == ["window.py:2: self.session.cases_changed.emit(case_id)"]


def test_a_registration_in_one_window_refreshes_another(qtbot: QtBot, session: UiSession) -> None:
    listing = CaseListPage(session)
    qtbot.addWidget(listing)
    listing.show()
    before = listing.model.rowCount()
    form = RegistrationForm(session, Channel.VISIT)
    qtbot.addWidget(form)
    form.show()
    type_text(form.fields.name, "王建国")
    type_text(form.fields.summary, "反映拖欠工资三个月未付")

    with qtbot.waitSignal(session.cases_changed) as announced:
        case_id = form.save()
    assert case_id is not None and announced.args == [case_id]
    qtbot.waitUntil(lambda: listing.model.rowCount() == before + 1)
    assert listing.model.rowCount() == count_cases(session.ctx, CaseFilter())


def test_work_on_a_worker_is_announced_with_its_outcome(qtbot: QtBot, session: UiSession) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    order: list[str] = []
    gui = QThread.currentThread()

    def on_cases_changed(case_id: int) -> None:
        assert QThread.currentThread() is gui
        order.append(f"cases_changed {case_id}")

    session.cases_changed.connect(on_cases_changed)
    ctx = session.ctx
    watcher = worker.start(
        parent,
        "registering",
        lambda _progress, _cancelled: register(ctx).id,
        lambda case_id: order.append(f"finished {case_id}"),
        lambda exc: order.append(f"failed {exc!r}"),
    )
    qtbot.waitUntil(lambda: watcher.done)
    case_id = int(order[-1].split()[1])
    assert order == [f"cases_changed {case_id}", f"finished {case_id}"]


def test_a_write_on_another_thread_reaches_the_gui_thread(qtbot: QtBot, session: UiSession) -> None:
    gui = QThread.currentThread()
    threads: list[bool] = []
    session.directories_changed.connect(lambda: threads.append(QThread.currentThread() is gui))
    with qtbot.waitSignal(session.directories_changed, timeout=10_000):
        writer = threading.Thread(target=lambda: save_directory(session.ctx))
        writer.start()
    writer.join()
    assert threads == [True]


def save_directory(ctx: Context) -> None:
    directories.add_entry(ctx, "unit", "县信访联席办")


def test_settings_saved_together_are_announced_once(qtbot: QtBot, session: UiSession) -> None:
    seen: list[Changes] = []
    session.data_changed.connect(seen.append)
    told: list[None] = []
    session.settings_changed.connect(lambda: told.append(None))
    with session.batched():
        settings.set_value(session.ctx, "collective_threshold", 6)
        settings.set_value(session.ctx, "tier_due_soon_days", 3)
        assert told == []
    assert len(told) == 1
    assert len(seen) == 1 and {"collective_threshold", "tier_due_soon_days"} <= seen[0].settings
    assert Touched.CASES in seen[0]  # the tiers were computed again


def test_what_the_program_keeps_for_itself_is_not_a_settings_change(qtbot: QtBot, session: UiSession) -> None:
    told: list[None] = []
    session.settings_changed.connect(lambda: told.append(None))
    with qtbot.waitSignal(session.data_changed) as heard:
        save_mapping(session.ctx, "header", {0: "name"})
    assert heard.args[0].settings == {"ledger_mappings"} and told == []
