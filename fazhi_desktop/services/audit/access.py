"""Who may read the audit trail: the one place every audit use case asks.

Issue #17 gives the trail to the 审计员 alone: the administrator may not read, verify or export it,
nor print the 审计存证单 (等保 2.0 separates the two duties). A refusal is audited.
"""

from __future__ import annotations

from fazhi_desktop.services import permissions
from fazhi_desktop.services.context import Context


def require_auditor(ctx: Context, what: str) -> None:
    """Refuse `what` (查看、导出、核对审计记录, 打印审计存证单) to a user who is not an 审计员."""
    permissions.require_auditor(ctx, what)
