"""A version number on each case, raised by every change a person makes to it, so that a step
recorded from a case opened before someone else changed it is refused instead of written over what
the other person did (several PCs on one PostgreSQL server; issue #18).

Revision ID: 0018
Revises: 0017_keywords
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017_keywords"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # Not in batch mode: SQLite (3.35+) drops a column in place, where a batch would copy the table,
    # which the foreign keys of steps and links refuse.
    op.drop_column("cases", "version")
