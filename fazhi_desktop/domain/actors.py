"""Who is acting, and what each role may do: the one table every service asks.

A service never trusts a window or a command to have hidden something: it asks the acting user's
`Actor` (carried by the services' Context) whether it may write, see full ID numbers and phones,
read the audit trail or manage users, and which township's cases it may see at all. The edges (the
log-in dialog, the command line's `--user` with its password) are the only places an Actor is made
from a user record; contexts opened without a log-in (tests, the self-test, `fazhi demo`) act as
`SYSTEM`.
"""

from __future__ import annotations

from dataclasses import dataclass

from fazhi_desktop.domain.vocab import Role

#: Roles that register and handle cases (and outreach, study, settings of their own work).
_WRITERS = frozenset({Role.ADMIN, Role.LEADER, Role.CLERK, Role.HANDLER, Role.TOWNSHIP})
#: Roles that may ask for full ID numbers and phones (and whose every such request is audited).
_UNMASKERS = frozenset({Role.ADMIN, Role.LEADER, Role.CLERK, Role.HANDLER})


@dataclass(frozen=True)
class Actor:
    """The user a service acts for: login, real name (printed as 经办人/登记人), role, township."""

    login: str
    name: str
    role: Role
    #: A 乡镇用户's township (the 问题属地/office name its cases carry); None for every other role.
    township: str | None = None

    @property
    def may_write(self) -> bool:
        return self.role in _WRITERS

    @property
    def may_unmask(self) -> bool:
        return self.role in _UNMASKERS

    @property
    def may_read_audit(self) -> bool:
        """The 审计员 alone (等保 2.0: the administrator does not audit itself)."""
        return self.role is Role.AUDITOR

    @property
    def may_manage_users(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def scoped_township(self) -> str | None:
        """The township whose cases alone this user may see, or None for every case."""
        return self.township if self.role is Role.TOWNSHIP else None


def system_actor(login: str) -> Actor:
    """The actor of a context opened without a log-in (tests, self-test, demo, migrations)."""
    return Actor(login=login, name=login, role=Role.ADMIN)
