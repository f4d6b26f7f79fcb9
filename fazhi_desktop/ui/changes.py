"""The one place the GUI announces changed data: committed `Changes` in, the session's signals out.

Every write goes through `store.writes.change`, which tells the database's listeners what it touched
once it has committed. `ChangeSignals` listens once (UiSession is one) and emits the signals the views
connect to, on the GUI thread even when the write ran on a worker. So no window emits a data signal by
hand, and a new window cannot forget to; `tests/ui/test_changes.py` greps ui/ to keep it that way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal, Slot

from fazhi_desktop.domain.changes import OUTREACH, Changes, Touched

log = logging.getLogger(__name__)

#: Settings the program keeps for itself (the day of the last re-tiering, the ledger import's
#: remembered columns, the wording of documents): writing them changes nothing a view shows.
QUIET_SETTINGS = frozenset({"tiers_computed_on", "ledger_mappings", "report_templates"})

#: The names of the data signals, for the test that no window emits them itself.
DATA_SIGNALS = (
    "cases_changed",
    "directories_changed",
    "settings_changed",
    "outreach_changed",
    "data_changed",
)


class ChangeSignals(QObject):
    """The "data changed" bus every view listens to (as Anki's operations announce their changes)."""

    #: A case was registered or changed (carries the case id, 0 when several or many changed).
    cases_changed = Signal(int)
    #: A directory (offices, townships, units, categories, purposes, outreach kinds) was edited.
    directories_changed = Signal()
    #: A setting in the database was changed.
    settings_changed = Signal()
    #: An outreach event, its photos, a study or 法律顾问 record, or a reception was changed (the Changes).
    outreach_changed = Signal(object)
    #: Every committed change in full, for a view that needs more than the signals above.
    data_changed = Signal(object)

    #: A committed change, from whichever thread wrote it; delivered on this object's thread.
    _committed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Auto connection: direct when the write ran on the GUI thread, queued from a worker.
        self._committed.connect(self._on_self_committed)
        self._unsubscribe: Callable[[], None] | None = None
        #: While a batch is open: how deep, and what it has gathered so far.
        self._batch_depth = 0
        self._held: Changes | None = None

    def listen_to(self, listeners: list[Callable[[Changes], None]]) -> None:
        """Hear every change committed to the database whose listeners these are."""
        listeners.append(self._on_database_committed)

        def unsubscribe() -> None:
            if self._on_database_committed in listeners:
                listeners.remove(self._on_database_committed)

        self._unsubscribe = unsubscribe

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Announce the writes of the block once, together (a dialog that saves several settings
        would otherwise make every view refresh once for each)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._held is not None:
                held, self._held = self._held, None
                self.announce(held)

    def _on_database_committed(self, changes: Changes) -> None:
        """Called in the writer's thread: hand the changes over to the GUI thread (a worker of
        ui.worker keeps them and hands them over with its outcome)."""
        held: list[tuple[ChangeSignals, Changes]] | None = getattr(_this_thread, "held", None)
        if held is not None:
            held.append((self, changes))
            return
        try:
            self._committed.emit(changes)
        except RuntimeError:  # this object is gone (a closed window's session): stop listening
            if self._unsubscribe is not None:
                self._unsubscribe()

    @Slot(object)
    def _on_self_committed(self, changes: Changes) -> None:
        if self._batch_depth:
            self._held = changes if self._held is None else self._held | changes
        else:
            self.announce(changes)

    def announce(self, changes: Changes) -> None:
        """Emit the signals for what `changes` touched."""
        if not changes:
            return
        if Touched.CASES in changes:
            self.cases_changed.emit(changes.only_id(Touched.CASES) or 0)
        if Touched.DIRECTORIES in changes or Touched.OFFICES in changes:
            self.directories_changed.emit()
        if Touched.SETTINGS in changes and (
            Touched.SETTINGS in changes.bulk or not changes.settings <= QUIET_SETTINGS
        ):
            self.settings_changed.emit()
        if changes.kinds & OUTREACH:
            self.outreach_changed.emit(changes)
        self.data_changed.emit(changes)
        log.debug("announced %s", sorted(changes.kinds))


_this_thread = threading.local()


@contextmanager
def held_in_this_thread() -> Iterator[list[tuple[ChangeSignals, Changes]]]:
    """Keep what the work of this (worker) thread commits, to be announced with its outcome: the
    views then hear of it in the same turn as the window that started the work, as before."""
    held: list[tuple[ChangeSignals, Changes]] = []
    _this_thread.held = held
    try:
        yield held
    finally:
        _this_thread.held = None


def announce_held(held: list[tuple[ChangeSignals, Changes]]) -> None:
    """On the GUI thread: announce what a worker committed."""
    for signals, changes in held:
        try:
            signals._on_self_committed(changes)
        except RuntimeError:  # that session is gone
            log.debug("changes for a closed session dropped")
