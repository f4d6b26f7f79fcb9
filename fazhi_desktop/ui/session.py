"""What every window shares: the open database, the acting user, and one "data changed" bus.

Widgets never reach the database themselves; they call services with `session.ctx` and, after a
change, emit the matching signal so that every view decides whether to refresh (as Anki does).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import OfficeInfo, get_local_office


class UiSession(QObject):
    """The program's state below the windows."""

    #: A case was registered or changed (carries the case id, 0 when many changed).
    cases_changed = Signal(int)
    #: A directory (townships, units, categories, purposes) was edited.
    directories_changed = Signal()
    #: A setting in the database was changed.
    settings_changed = Signal()

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.office: OfficeInfo | None = get_local_office(ctx)

    def reload_office(self) -> None:
        self.office = get_local_office(self.ctx)
