"""The program's start, for the data's sake (issue #17): check, recover, lock, back up.

`open_checked` replaces a bare `open_context` in ui/app.py:
1. a database failing SQLite's quick check or its audit chain is never opened silently: a dialog
   names the latest good backup (date, case count) and offers to restore it, to open anyway, or to quit;
2. when another program writes the database, a dialog names it (user, PC, since when) and offers
   只读打开 / 退出;
3. the day's first automatic backup is made in the background (services/auto_backup.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMessageBox

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import auto_backup, single_writer
from fazhi_desktop.services.backup import restore
from fazhi_desktop.services.context import Context, acting_login, open_context
from fazhi_desktop.services.recovery import StartProblem, check_at_start
from fazhi_desktop.services.single_writer import Holder

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def open_checked(db_target: str | None, user: str | None) -> Context | None:
    """Open the database the way the program starts; None when the clerk chose to quit."""
    problem = check_at_start(db_target)
    if problem is not None and not offer_backup(problem, db_target, user):
        return None
    ctx = open_context(db_target, user)
    holder = single_writer.claim(ctx)
    if holder is not None:
        if not offer_read_only(holder):
            ctx.close()
            return None
        single_writer.read_only(ctx, holder.message())
        return ctx
    single_writer.guard(ctx, daily_backup=False)  # the day's copy is made just below instead
    QThreadPool.globalInstance().start(lambda: auto_backup.daily(ctx))
    return ctx


def offer_backup(problem: StartProblem, db_target: str | None, user: str | None) -> bool:
    """Tell the clerk what failed and offer the latest good backup; False to quit."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("The database is damaged"), problem.message())
    box.setObjectName("damagedDatabase")
    restore_button = None
    if problem.backup is not None:
        restore_button = box.addButton(_tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    open_button = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and problem.backup is not None:
        try:
            result = restore(db_target, problem.backup.info.path, acting_login(user))
        except UserError as exc:
            QMessageBox.critical(None, _tr("The backup could not be restored"), exc.message)
            return False
        QMessageBox.information(
            None,
            _tr("Restored"),
            _tr("The backup was restored: %1 cases. The damaged database is kept in %2.")
            .replace("%1", str(result.counts.get("cases", 0)))
            .replace("%2", str(result.kept_previous or "")),
        )
        return True
    return clicked is open_button


def offer_read_only(holder: Holder) -> bool:
    """Another program writes the database: 只读打开 (True) or 退出 (False)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The database is in use"), holder.message())
    box.setObjectName("databaseInUse")
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only
