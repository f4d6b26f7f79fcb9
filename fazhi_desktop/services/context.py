"""The context every service call takes: the open database and who is acting."""

from __future__ import annotations

import getpass
import logging
import os
from dataclasses import dataclass, field
from typing import Any

from fazhi_desktop.domain.actors import Actor, system_actor
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.opening import open_database

log = logging.getLogger(__name__)


def acting_login(explicit: str | None = None) -> str:
    """Who the audit trail records: --user, else FAZHI_USER, else the OS login name."""
    if explicit and explicit.strip():
        return explicit.strip()
    env = os.environ.get("FAZHI_USER", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a container)
        return "unknown"


@dataclass
class Context:
    """An open database and the acting user. Cheap to pass around; not shared across threads' sessions."""

    db: Database
    #: The acting user's login (what `created_by` columns hold).
    user: str
    #: Who acts, with role and township: what every permission and scope check asks. A context
    #: opened without a log-in acts as the system (domain.actors.system_actor).
    actor: Actor = None  # type: ignore[assignment]  # filled from `user` when not given
    #: Things read from the database once per context (the holiday calendar); services invalidate them.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.actor is None:
            self.actor = system_actor(self.user)

    def close(self) -> None:
        self.db.close()


def open_context(db_target: str | None = None, user: str | None = None) -> Context:
    """Open (and upgrade) the database and name the acting user."""
    return Context(db=open_database(db_target), user=acting_login(user))
