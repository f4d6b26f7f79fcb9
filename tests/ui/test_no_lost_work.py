"""No lost work in the GUI: drafts that outlive the program, the start's offer of the latest good
backup for a damaged database, and 只读打开 when another program writes."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.vocab import Channel
from fazhi_desktop.services import auto_backup, drafts
from fazhi_desktop.services.backup import check_file
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.recovery import check_at_start
from fazhi_desktop.services.single_writer import Holder
from fazhi_desktop.store.writer_lock import holder_of
from fazhi_desktop.ui import recovery
from fazhi_desktop.ui.registration import RegistrationForm
from fazhi_desktop.ui.registration.drafts import DEBOUNCE_MS
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register
from tests.ui.helpers import type_text


def _answer(text: str) -> Callable[[], None]:
    """Press the button `text` of the message box that is about to open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        for button in box.findChildren(QPushButton):
            if button.text() == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.findChildren(QPushButton)]}")

    return press


def test_a_draft_outlives_the_form_and_is_offered_back(session: UiSession, qtbot: QtBot) -> None:
    form = RegistrationForm(session, Channel.VISIT)
    qtbot.addWidget(form)
    type_text(form.fields.name, "王建国")
    type_text(form.fields.summary, "拖欠工资三个月")
    form.fields.flags["urgent"].setChecked(True)
    path = drafts.drafts_file()
    qtbot.waitUntil(path.exists, timeout=DEBOUNCE_MS + 2000)  # kept once the typing stopped
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "王建国" in path.read_text(encoding="utf-8")

    # The program dies; at the next start the same form offers the draft back.
    form.deleteLater()
    again = RegistrationForm(session, Channel.VISIT)
    qtbot.addWidget(again)
    again.show()
    assert again.draft_offer.isVisible() and "王建国" in again.draft_offer.label.text()
    assert "拖欠工资三个月" in again.draft_offer.label.text()
    again.draft_offer.restore_button.click()
    assert again.fields.name.text() == "王建国" and again.fields.summary.text() == "拖欠工资三个月"
    assert again.fields.flags["urgent"].isChecked() and not again.draft_offer.isVisible()
    # Another channel's form, or another database, has no draft.
    letter = RegistrationForm(session, Channel.LETTER)
    qtbot.addWidget(letter)
    assert not letter.draft_offer.isVisibleTo(letter)

    # Saved: the draft is gone.
    assert again.save() is not None
    assert drafts.load(session.ctx, "registration.visit") is None
    assert json.loads(path.read_text(encoding="utf-8")) == {}


def test_a_discarded_draft_is_gone(session: UiSession, qtbot: QtBot) -> None:
    drafts.keep(session.ctx, "registration.visit", {"name": "李秀英", "flags": []})
    form = RegistrationForm(session, Channel.VISIT)
    qtbot.addWidget(form)
    form.draft_offer.discard_button.click()
    assert drafts.load(session.ctx, "registration.visit") is None and form.fields.name.text() == ""


def _damage(path: Path) -> None:
    """Overwrite the middle of the file's pages, as a failing disk would."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with path.open("r+b") as f:
        for n in range(2, pages, 3):
            f.seek(n * page + 100)
            f.write(b"\xff" * 64)


def test_a_damaged_database_offers_the_latest_good_backup(sqlite_ctx: Context, qtbot: QtBot) -> None:
    register(sqlite_ctx, name="王建国", summary="拖欠工资")
    made = auto_backup.run_policy(sqlite_ctx).made
    assert made is not None
    path = sqlite_ctx.db.path
    assert path is not None
    sqlite_ctx.close()
    _damage(path)
    problem = check_at_start(str(path))
    assert problem is not None and problem.backup is not None
    assert problem.backup.info.path == made.path
    assert f"fazhi --db {path} restore" in problem.message() and "信访件 1 件" in problem.message()

    QTimer.singleShot(0, _answer("Restore this backup"))
    QTimer.singleShot(50, _answer("OK"))  # the line saying where the damaged file was kept
    ctx = recovery.open_checked(str(path), "tester")
    assert ctx is not None
    try:
        assert check_file(str(path)).ok
        assert check_at_start(str(path)) is None
    finally:
        ctx.close()
        QApplication.processEvents()


def test_a_broken_audit_chain_is_told_too(sqlite_ctx: Context) -> None:
    register(sqlite_ctx, name="王建国", summary="拖欠工资")
    path = sqlite_ctx.db.path
    assert path is not None
    sqlite_ctx.close()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        triggers = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        for name in triggers:
            if "audit" in name:
                conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE audit_log SET summary = 'changed' WHERE seq = 1")
    problem = check_at_start(str(path))
    assert problem is not None and problem.backup is None and "没有完好的备份" in problem.message()
    QTimer.singleShot(0, _answer("Quit"))
    assert recovery.open_checked(str(path), "tester") is None


def test_another_writer_offers_read_only(sqlite_ctx: Context, qtbot: QtBot) -> None:
    holder = Holder(user="张三", host="办公室电脑", pid=1, since="2024-11-20T09:30:00")
    QTimer.singleShot(0, _answer("Open read-only"))
    assert recovery.offer_read_only(holder) is True
    QTimer.singleShot(0, _answer("Quit"))
    assert recovery.offer_read_only(holder) is False
    assert (
        "张三" in holder.message()
        and "办公室电脑" in holder.message()
        and "2024-11-20 09:30" in holder.message()
    )


def test_the_start_locks_the_database_and_backs_up_for_the_day(sqlite_ctx: Context) -> None:
    path = sqlite_ctx.db.path
    assert path is not None
    sqlite_ctx.close()
    ctx = recovery.open_checked(str(path), "tester")
    assert ctx is not None
    try:
        QThreadPool.globalInstance().waitForDone(10_000)  # the day's copy is made in the background
        holder = holder_of(path)
        assert holder is not None and holder.pid == os.getpid()
        assert [k.label for k in auto_backup.list_backups(ctx)] == ["daily"]
    finally:
        ctx.close()
    assert holder_of(path) is None


def test_the_automatic_backups_box(session: UiSession, qtbot: QtBot, tmp_path: Path) -> None:
    from fazhi_desktop.ui.auto_backup_box import AutoBackupBox

    box = AutoBackupBox(session)
    qtbot.addWidget(box)
    assert box.folder.text().endswith("backups") and box.counts["backup_keep_daily"].value() == 7
    stick = tmp_path / "U盘"
    stick.mkdir()
    assert box._save("backup_folder", str(stick)) and box.folder.text() == str(stick)
    box.run_button.click()
    qtbot.waitUntil(
        lambda: "已备份到" in box.status.text() or "Backed up" in box.status.text(), timeout=20_000
    )
    assert [k.label for k in auto_backup.list_backups(session.ctx)] == ["daily"]
    assert list(stick.glob("*.db"))


def test_a_step_s_draft_outlives_its_dialog(session: UiSession, sqlite_ctx: Context, qtbot: QtBot) -> None:
    from fazhi_desktop.domain.vocab import StepKind
    from fazhi_desktop.ui.case_detail import CaseDetailDialog

    case_id = register(sqlite_ctx, name="王建国", summary="拖欠工资").id
    detail = CaseDetailDialog(session, case_id)
    qtbot.addWidget(detail)
    detail.show()
    step = detail.open_step(StepKind.REJECT)
    assert step is not None
    text = next(e for e in step.fields.values() if e.metaObject().className() == "QLineEdit")
    type_text(text, "不属于信访事项")
    step.reject()  # Cancel (or a crash two seconds later): what was typed is kept
    assert "不属于信访事项" in drafts.drafts_file().read_text(encoding="utf-8")
    again = detail.open_step(StepKind.REJECT)
    assert again is not None and again.draft_offer.isVisibleTo(again)
    again.draft_offer.restore_button.click()
    assert "不属于信访事项" in [getattr(e, "text", lambda: "")() for e in again.fields.values()]
