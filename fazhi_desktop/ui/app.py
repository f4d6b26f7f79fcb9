"""The desktop program `fazhi-desktop`: open the database, then the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.services.context import Context

log = logging.getLogger(__name__)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fazhi-desktop", description="法治信访")
    parser.add_argument("--db", help="数据库文件路径或 SQLAlchemy 地址")
    parser.add_argument("--user", help="登录名（登录窗口中预先填好）")
    parser.add_argument("--today", help="把“今天”固定为某日（YYYY-MM-DD）")
    parser.add_argument("--lang", choices=["zh_CN", "zh_TW", "en"], help="界面语言")
    parser.add_argument(
        "--quit-after", type=int, metavar="MS", help="主窗口打开后经过这么多毫秒自动关闭（用于冒烟测试）"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="在临时文件夹中自检本程序（不动用户的数据），0 表示通过"
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _give_streams_to_a_windowed_build()
    args = _arguments(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the check runs without a screen too
    from fazhi_desktop.logs import setup_logging

    setup_logging()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from fazhi_desktop import __version__
    from fazhi_desktop.domain import clock
    from fazhi_desktop.paths import resource
    from fazhi_desktop.ui import crash, fonts, i18n, prefs
    from fazhi_desktop.ui.style import STYLESHEET

    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("fazhi-desktop")
    app.setApplicationDisplayName("法治信访")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "fazhi.png"))))
    crash.install()
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, args.lang or prefs.language())
    if args.today:
        clock.set_today(clock.parse_date(args.today))
    if args.self_test:
        from fazhi_desktop.ui import self_test

        return self_test.run(app)

    from fazhi_desktop.services.database import as_user_error
    from fazhi_desktop.services.office.setup import ensure_ready
    from fazhi_desktop.ui.recovery import open_checked

    try:
        # Checked, recovered, locked for writing, backed up for the day (ui/recovery.py).
        checked = open_checked(args.db, args.user)
        if checked is None:
            return 0
        ctx = checked
        ensure_ready(ctx)
    except Exception as exc:
        friendly = as_user_error(exc)
        if friendly is None:
            raise
        QMessageBox.critical(
            None, QApplication.translate("App", "Cannot open the database"), friendly.message
        )
        return 1

    # Who works: the log-in (or, on a database without users, its first administrator), and the
    # lock after the idle minutes of the settings (issue #17).
    from fazhi_desktop.ui.login import IdleLock, log_in

    actor = log_in(ctx)
    if actor is None:
        ctx.close()
        return 0
    ctx.actor, ctx.user = actor, actor.login
    idle = IdleLock(ctx, app)  # lives as long as this function: until the window has closed

    try:
        return _run_window(app, ctx, quit_after=args.quit_after)
    finally:
        idle.timer.stop()


def _give_streams_to_a_windowed_build() -> None:
    """A windowed (no console) Windows build has sys.stdout and sys.stderr set to None: anything that
    writes to them (argparse, a library's warning) would raise. Send them to a null device there."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def _run_window(app: QApplication, ctx: Context, *, quit_after: int | None = None) -> int:
    """The main window over an open database, with the keepers that work beside it, until it closes
    (or `quit_after` milliseconds after it opened: a smoke test of the real start and shutdown)."""
    from PySide6.QtCore import QThreadPool, QTimer

    from fazhi_desktop.domain.errors import UserError
    from fazhi_desktop.services.office.offices import get_local_office
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.office_setup import OfficeSetupDialog
    from fazhi_desktop.ui.search_keeper import SearchKeeper
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.tier_keeper import TierKeeper

    if (
        get_local_office(ctx) is None
        and OfficeSetupDialog(ctx).exec() != OfficeSetupDialog.DialogCode.Accepted
    ):
        ctx.close()
        return 0
    session = UiSession(ctx)
    window = MainWindow(session)
    window.show()
    TierKeeper(session, window).start()  # deadlines and 红黄绿 for today, then after each midnight
    search_keeper = SearchKeeper(session, window)
    search_keeper.start()  # the full-text index reaches cases added since it last ran
    log.info("main window shown on %s: %s", app.platformName(), window.windowTitle())
    if quit_after is not None:
        QTimer.singleShot(quit_after, window.close)
    try:
        return app.exec()
    except UserError as exc:  # pragma: no cover - the crash hook shows these
        log.error("user error escaped: %s", exc)
        return 1
    finally:
        search_keeper.stop()
        QThreadPool.globalInstance().waitForDone(10_000)  # no work may outlive the database
        ctx.close()
