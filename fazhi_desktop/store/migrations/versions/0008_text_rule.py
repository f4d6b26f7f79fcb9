"""The one rule for stored text (domain/input_rules.py): values stored before it are mended, and on
PostgreSQL CHECK constraints keep it from now on.

Control characters are stripped and over-long values cut (store/text_rules.py); one audit entry
says what was done to which rows (never the values: the audit holds no personal data it need not).
On PostgreSQL every ruled column gets a CHECK against control characters (a NUL it refuses itself)
and the unbounded 详细内容 a CHECK on its length; the other columns' lengths are their varchar types.
SQLite would need each table copied to add a CHECK (minutes at a million cases), so there the rule
is kept by the program's checks before any write, and `fazhi check` reports a value that breaks it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.domain.input_rules import FIELDS
from fazhi_desktop.store import text_rules

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_CONTROL = r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]"


def _name(table: str, column: str) -> str:
    return f"ck_{table}_{column}_text"


def upgrade() -> None:
    bind = op.get_bind()
    mended = text_rules.mend(bind, text_rules.RULED)
    if mended:
        audit = sa.table(
            "audit_log",
            sa.column("at", sa.DateTime()),
            sa.column("user_login", sa.String()),
            sa.column("action", sa.String()),
            sa.column("entity", sa.String()),
            sa.column("summary", sa.String()),
            sa.column("details", sa.JSON()),
        )
        op.execute(
            audit.insert().values(
                at=datetime.now().replace(microsecond=0),
                user_login="upgrade",
                action="data.text_rule",
                entity=None,
                summary=f"升级时按文字规则修正了 {len(mended)} 处已存的内容（删除不可见的控制字符、截去超长部分）",
                details={"mended": mended[:2000], "count": len(mended)},
            )
        )
    if bind.dialect.name != "postgresql":
        return
    for table, column, _field in text_rules.RULED:
        op.create_check_constraint(
            _name(table.name, column), table.name, sa.text(f"{column} !~ '{_CONTROL}'")
        )
    op.create_check_constraint(
        "ck_cases_content_length", "cases", sa.text(f"char_length(content) <= {FIELDS['content'].max_chars}")
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint("ck_cases_content_length", "cases", type_="check")
    for table, column, _field in text_rules.RULED:
        op.drop_constraint(_name(table.name, column), table.name, type_="check")
