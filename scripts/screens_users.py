"""The log-in, 设置 › 用户 and the 审计员's 审计 page of #17 for docs/screens/ (looked at, not a test):

    xvfb-run -a .venv/bin/python scripts/screens_users.py [OUT_DIR]

- users_login.png: the log-in after a wrong password (how many tries are left);
- users_page.png: 设置 › 用户 as the administrator sees it;
- users_audit.png: the 审计 page of the 审计员, with the failed log-in among the entries.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from fazhi_desktop.services.context import Context

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Lanshan-2024"
log = logging.getLogger("screens")


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, target: Path, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(target))
    log.info("%s", target)


def _accounts(ctx: Context, now: datetime) -> None:
    """A township, a user of every role, and the 审计员's own password."""
    from fazhi_desktop.domain.vocab import Role
    from fazhi_desktop.services.office.directories import add_entry
    from fazhi_desktop.services.users import accounts
    from fazhi_desktop.services.users.login import authenticate

    add_entry(ctx, "township", "塔峰镇")
    for login, name, role, township in (
        ("zhangsan", "张三", Role.CLERK, None),
        ("lisi", "李四", Role.HANDLER, None),
        ("wangwu", "王五", Role.LEADER, None),
        ("tafeng", "刘塔峰", Role.TOWNSHIP, "塔峰镇"),
        ("shenji", "孙审计", Role.AUDITOR, None),
    ):
        accounts.add_user(ctx, login, name, role, PASSWORD, township=township)
    auditor = authenticate(ctx.db, "shenji", PASSWORD, now, allow_change=True)
    accounts.change_password(Context(db=ctx.db, user="shenji", actor=auditor), PASSWORD, "Shenji-2024")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())

    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.office.offices import init_office
    from fazhi_desktop.services.office.setup import ensure_ready
    from fazhi_desktop.services.users.login import authenticate, create_first_admin
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.login import LoginDialog
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    ctx = open_context(str(folder / "screens.db"), "admin")
    now = datetime.now()
    ctx.actor = create_first_admin(ctx.db, "admin", "赵管理", PASSWORD, now)
    ensure_ready(ctx)
    init_office(ctx, "431127", "蓝山县信访局", "county")
    _accounts(ctx, now)

    login = LoginDialog(ctx, "zhangsan")
    login.password.setText("wrong-Pass1")
    login.submit()
    login.resize(420, login.sizeHint().height())
    login.show()
    save(login, out / "users_login.png", app)
    login.close()

    window = MainWindow(UiSession(ctx))
    window.resize(1180, 640)
    window.show()
    window.show_page("settings")
    settings = window.page("settings")
    settings.tabs.setCurrentWidget(settings.users)  # type: ignore[attr-defined]
    save(window, out / "users_page.png", app)
    window.close()

    as_auditor = Context(db=ctx.db, user="shenji", actor=authenticate(ctx.db, "shenji", "Shenji-2024", now))
    window = MainWindow(UiSession(as_auditor))
    window.resize(1280, 640)
    window.show()
    window.show_page("audit")
    save(window, out / "users_audit.png", app)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
