"""The one place data is written: one transaction per change, and with it exactly one audit entry.

Services never commit on their own; they describe the change they made, and `change` appends the
audit entry (who, on which PC, when by the machine's clock, what, which record) to the chain in the
same transaction (store/audit_chain.py), so a change and its record stand or fall together. When a
change fails it is rolled back, and then its failure is recorded in a transaction of its own.
ID numbers and phones in the summary and details are masked before they are written.
It also collects what the change touched (`store.touched`): once committed, `Change.changes` holds it
for the service to return, and every listener of the database hears it (the GUI's signals).
"""

from __future__ import annotations

import logging
import math
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.masking import mask_text, mask_value
from fazhi_desktop.domain.redact import redact
from fazhi_desktop.store import audit_chain
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
    #: The acting user's role (recorded in the entry); None for the program's own work.
    role: str | None = None
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

    def audit_entry(self, *, failure: BaseException | None = None) -> AuditEntry:
        """The entry for this change (`audit_chain.append` gives it its number and link)."""
        details = _jsonable(self.details)
        if failure is not None:
            details["error"] = _describe_failure(failure)
        return AuditEntry(
            at=datetime.now(),  # the machine's clock: a fixed "today" (--today) never dates the trail
            user_login=self.user,
            role=self.role,
            host=host_name(),
            action=self.action,
            outcome=audit_chain.OK if failure is None else audit_chain.FAILED,
            entity=self.entity,
            entity_uuid=self.entity_uuid,
            summary=mask_text(self.summary or self.action)[:400],
            details=mask_value(details),
        )


def host_name() -> str:
    """Which PC: its network name (cut to the column's 100 characters)."""
    try:
        return socket.gethostname()[:100] or "unknown"
    except OSError:
        return "unknown"


def _describe_failure(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc)
    return redact(f"{type(exc).__name__}: {message}")[:300]  # a driver's error may quote the row


@contextmanager
def change(db: Database, who: Actor | str, action: str, *, access: bool = False) -> Iterator[Change]:
    """Run one change in one transaction; on any error nothing of it (nor its audit entry) is written,
    and the failed attempt is recorded afterwards in a transaction of its own. `who` is the acting
    user (its login and role go into the entry), or a bare login for the program's own work."""
    user, role = (who.login, who.role.value) if isinstance(who, Actor) else (who, None)
    for hook in list(db.before_write):  # may refuse (another program writes) or back up first
        hook(access)
    current: Change | None = None
    try:
        with db.writing() as session:
            current = Change(session=session, user=user, action=action, role=role)
            with collecting(session) as collector:
                yield current
                audit_chain.append(session, current.audit_entry())
                session.flush()  # the last instances are noted at this flush
            touched = collector.changes()
    except Exception as exc:
        if current is not None:
            _record_failure(db, current, exc)
        raise
    current.changes = touched
    if touched:
        _publish(db, touched)


def _record_failure(db: Database, failed: Change, exc: Exception) -> None:
    """One entry saying what was attempted and why it failed. A database that cannot take it (the
    disk is full, another writer holds it) leaves the original error to be reported alone."""
    try:
        with db.writing() as session:
            audit_chain.append(session, failed.audit_entry(failure=exc))
    except Exception:
        log.warning("could not record the failure of %s in the audit trail", failed.action, exc_info=True)


@contextmanager
def refusal(db: Database, who: Actor | str, action: str) -> Iterator[Change]:
    """Record a refused attempt (a wrong password, a role that may not do `action`): whatever the
    caller writes with the session (a failed-log-in counter) and one entry with outcome failed, in
    one transaction of their own. The caller describes it and puts the reason it gave the user in
    `details["reason"]` (recorded as the entry's error)."""
    user, role = (who.login, who.role.value) if isinstance(who, Actor) else (who, None)
    with db.writing() as session:
        current = Change(session=session, user=user, action=action, role=role)
        yield current
        reason = str(current.details.pop("reason", "") or current.summary)
        audit_chain.append(session, current.audit_entry(failure=Refused(reason)))


class Refused(Exception):
    """The reason a refusal gives, as the entry's error."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def record_refusal(
    db: Database, who: Actor | str, action: str, summary: str, reason: str, **details: Any
) -> None:
    """Audit an attempt the program refused (outcome failed), with the reason it gave."""
    with refusal(db, who, action) as current:
        current.describe(summary, reason=reason, **details)


def _publish(db: Database, touched: Changes) -> None:
    """Tell the database's listeners, in the writer's thread; the data is committed whatever they do."""
    for listener in list(db.listeners):
        try:
            listener(touched)
        except Exception:
            log.exception("a listener of committed changes failed")


def record_access(
    db: Database,
    user: Actor | str,
    action: str,
    summary: str,
    *,
    entity: str | None = None,
    entity_uuid: uuid.UUID | None = None,
    **details: Any,
) -> None:
    """Audit a view of a full record, an export or a print (which change no data)."""
    with change(db, user, action, access=True) as current:
        current.describe(summary, entity=entity, entity_uuid=entity_uuid, **details)


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    return {str(k): _json_value(v) for k, v in details.items()}


def _json_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_value(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # JSON has no NaN or infinity, and the chain refuses them
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
