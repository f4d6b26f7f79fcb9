"""Collecting what a change touches, so that `store.writes.change` can say so when it commits.

Three ways rows are written, three ways they are noted:
- the ORM's unit of work: the instances new, changed or deleted at each flush (a session event);
- ORM statements (`session.execute(delete(Model)...)`): their table, in bulk (a session event);
- Core writes on the change's connection (`store.bulk.insert_rows`, a re-tiering's UPDATE): the writer
  notes its table with `note(conn, table)`, found through the connection while a change is open.
Tables nobody shows (the audit log, counters, the search state) are not noted.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction

from fazhi_desktop.domain.changes import Changes, Touched

log = logging.getLogger(__name__)

#: Each table that is noted: the kind it belongs to, and the attribute naming the id of that kind
#: (None: the kind is noted without ids).
TABLES: dict[str, tuple[Touched, str | None]] = {
    "cases": (Touched.CASES, "id"),
    "steps": (Touched.CASES, "case_id"),
    "attachments": (Touched.CASES, "case_id"),
    "case_petitioners": (Touched.CASES, "case_id"),
    "matters": (Touched.CASES, None),
    "petitioners": (Touched.CASES, None),
    "regions": (Touched.DIRECTORIES, None),
    "units": (Touched.DIRECTORIES, None),
    "categories": (Touched.DIRECTORIES, None),
    "purposes": (Touched.DIRECTORIES, None),
    "outreach_kinds": (Touched.DIRECTORIES, None),
    "offices": (Touched.OFFICES, "id"),
    "settings": (Touched.SETTINGS, None),
    "holiday_days": (Touched.CALENDAR, None),
    "outreach_events": (Touched.OUTREACH_EVENTS, "id"),
    "outreach_files": (Touched.PHOTOS, "event_id"),
    "study_activities": (Touched.STUDY, "id"),
    "legal_advice": (Touched.ADVICE, "id"),
    "reception_events": (Touched.RECEPTIONS, "id"),
    "reception_cases": (Touched.RECEPTIONS, "reception_id"),
    "users": (Touched.USERS, "id"),
    # 研判会 and 归档 (issue #20): what the board, the case detail and the meeting window show.
    "meetings": (Touched.CASES, None),
    "meeting_decisions": (Touched.CASES, "case_id"),
    "archive_filings": (Touched.CASES, "case_id"),
    "counsel_sessions": (Touched.RECEPTIONS, None),
    "registers": (Touched.REGISTERS, "id"),
    "register_entries": (Touched.REGISTERS, "register_id"),
    "register_notes": (Touched.REGISTERS, None),
}

_KEY = "fazhi.touched"


class Collector:
    """What one change has touched so far."""

    def __init__(self) -> None:
        self._ids: defaultdict[Touched, set[int]] = defaultdict(set)
        self._bulk: set[Touched] = set()
        self._settings: set[str] = set()
        #: The connection of the change's transaction, once it has begun.
        self.connection: Connection | None = None

    def instance(self, obj: Any) -> None:
        table = getattr(obj, "__tablename__", None)
        found = TABLES.get(table) if isinstance(table, str) else None
        if found is None:
            return
        kind, attribute = found
        ids = self._ids[kind]
        if attribute is not None:
            value = getattr(obj, attribute, None)
            if isinstance(value, int):
                ids.add(value)
        if kind is Touched.SETTINGS:
            self._settings.add(obj.key)

    def table(self, name: str, ids: Iterable[int] | None = None) -> None:
        """Rows of `name` written by statement: `ids` when the writer knows them, else in bulk."""
        found = TABLES.get(name)
        if found is None:
            return
        kind = found[0]
        if ids is None:
            self._ids.setdefault(kind, set())
            self._bulk.add(kind)
        else:
            self._ids[kind].update(ids)

    def changes(self) -> Changes:
        return Changes.of(self._ids, self._bulk, self._settings)


@contextmanager
def collecting(session: Session) -> Iterator[Collector]:
    """Note everything `session` writes until the block ends (the session's connection is its own
    for the whole transaction, so Core writers find the collector through it once it has begun)."""
    collector = Collector()
    session.info[_KEY] = collector
    try:
        yield collector
    finally:
        session.info.pop(_KEY, None)
        if collector.connection is not None:  # the pool keeps this dict with the driver's connection
            collector.connection.info.pop(_KEY, None)


def note(conn: Connection, table: str, ids: Iterable[int] | None = None) -> None:
    """A Core writer's note that it wrote rows of `table` (ids when it knows them): nothing outside
    a change."""
    collector = conn.info.get(_KEY)
    if collector is not None:
        collector.table(table, ids)


@event.listens_for(Session, "after_begin")
def _on_after_begin(session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
    collector = session.info.get(_KEY)
    if collector is not None:
        connection.info[_KEY] = collector
        collector.connection = connection


@event.listens_for(Session, "after_flush")
def _on_after_flush(session: Session, _flush: UOWTransaction) -> None:
    collector = session.info.get(_KEY)
    if collector is None:
        return
    for obj in session.new:
        collector.instance(obj)
    for obj in session.deleted:
        collector.instance(obj)
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            collector.instance(obj)


@event.listens_for(Session, "do_orm_execute")
def _on_do_orm_execute(state: ORMExecuteState) -> None:
    collector = state.session.info.get(_KEY)
    if collector is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and mapper.local_table is not None:
        collector.table(str(getattr(mapper.local_table, "name", "")))
