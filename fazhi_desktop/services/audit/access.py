"""Who may read the audit trail: the one place every audit use case asks.

Issue #17 gives the trail to the 审计员 alone (the administrator may not read, verify or export it).
Until users log in and have that role, everyone who can open the database is let through.
"""

from __future__ import annotations

import logging

from fazhi_desktop.services.context import Context

log = logging.getLogger(__name__)


def require_auditor(ctx: Context, what: str) -> None:
    """Refuse `what` (查看、导出、核对审计记录, 打印审计存证单) to a user who is not an 审计员.

    TODO(#17 users and roles): once log-in exists, raise UserError("只有审计员可以{what}…") for every
    role but 审计员, and record the refusal with store.writes.record_access (outcome "failed").
    """
    log.debug("%s: %s (role checks are not in place yet)", ctx.user, what)
