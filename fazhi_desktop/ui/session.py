"""What every window shares: the open database, the acting user, and one "data changed" bus.

Widgets never reach the database themselves; they call services with `session.ctx`. Every write the
services commit is announced by the session's signals (`ui.changes.ChangeSignals`), so each view
decides whether to refresh (as Anki does) and no window announces a change by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import OfficeInfo, get_local_office
from fazhi_desktop.ui.changes import ChangeSignals


class UiSession(ChangeSignals):
    """The program's state below the windows."""

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.office: OfficeInfo | None = get_local_office(ctx)
        self.listen_to(ctx.db.listeners)

    def reload_office(self) -> None:
        self.office = get_local_office(self.ctx)
