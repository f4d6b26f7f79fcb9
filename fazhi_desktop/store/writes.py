"""The one place data is written: one transaction per change, and with it exactly one audit entry.

Services never commit on their own; they describe the change they made, and `change` writes the
audit entry (who, when, what) in the same transaction, so a change and its record stand or fall together.
It also collects what the change touched (`store.touched`): once committed, `Change.changes` holds it
for the service to return, and every listener of the database hears it (the GUI's signals).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.models import AuditEntry
from fazhi_desktop.store.touched import collecting

log = logging.getLogger(__name__)


@dataclass
class Change:
    """A change under way: the session to write with and what the audit entry will say."""

    session: Session
    user: str
    action: str
    summary: str = ""
    entity: str | None = None
    entity_uuid: uuid.UUID | None = None
    details: dict[str, Any] = field(default_factory=dict)
    #: What the change touched; filled in once it has committed.
    changes: Changes = NO_CHANGES

    def describe(
        self,
        summary: str,
        *,
        entity: str | None = None,
        entity_uuid: uuid.UUID | None = None,
        **details: Any,
    ) -> None:
        self.summary = summary
        self.entity = entity
        self.entity_uuid = entity_uuid
        self.details.update(details)

    def audit_entry(self) -> AuditEntry:
        return AuditEntry(
            at=clock.now(),
            user_login=self.user,
            action=self.action,
            entity=self.entity,
            entity_uuid=self.entity_uuid,
            summary=(self.summary or self.action)[:400],
            details=_jsonable(self.details),
        )


@contextmanager
def change(db: Database, user: str, action: str) -> Iterator[Change]:
    """Run one change in one transaction; on any error nothing of it (nor its audit entry) is written."""
    with db.writing() as session:
        current = Change(session=session, user=user, action=action)
        with collecting(session) as collector:
            yield current
            session.add(current.audit_entry())
            session.flush()  # the last instances are noted at this flush
        touched = collector.changes()
    current.changes = touched
    if touched:
        _publish(db, touched)


def _publish(db: Database, touched: Changes) -> None:
    """Tell the database's listeners, in the writer's thread; the data is committed whatever they do."""
    for listener in list(db.listeners):
        try:
            listener(touched)
        except Exception:
            log.exception("a listener of committed changes failed")


def record_access(
    db: Database,
    user: str,
    action: str,
    summary: str,
    *,
    entity: str | None = None,
    entity_uuid: uuid.UUID | None = None,
    **details: Any,
) -> None:
    """Audit a view of a full record, an export or a print (which change no data)."""
    with change(db, user, action) as current:
        current.describe(summary, entity=entity, entity_uuid=entity_uuid, **details)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
