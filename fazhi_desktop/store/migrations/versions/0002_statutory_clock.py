"""The statutory clock: entered holiday years, and the case columns of deadlines and 红黄绿.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "holiday_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_days")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deadline_kind", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("window_end", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("auto_tier", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("assessed_tier", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("tier_note", sa.String(length=400), nullable=True))
        batch_op.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("leader", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("supervised", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("report_owed", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index("ix_cases_tier_due", ["tier", "due_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_tier_due")
        batch_op.drop_column("report_owed")
        batch_op.drop_column("supervised")
        batch_op.drop_column("leader")
        batch_op.drop_column("review_on")
        batch_op.drop_column("tier_note")
        batch_op.drop_column("assessed_tier")
        batch_op.drop_column("auto_tier")
        batch_op.drop_column("window_end")
        batch_op.drop_column("deadline_kind")
    op.drop_table("holiday_days")
