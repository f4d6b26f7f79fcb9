"""The indicator columns of cases (what the steps contribute to 及时受理率, 按期办结率, …), filled
from every case's steps, and the indexes the statistics and the 工作台 count by.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.domain import clock
from fazhi_desktop.store.indicator_backfill import backfill

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: The columns of the statistics' covering index, as they were at this revision.
STATISTICS_COLUMNS = (
    "registered_on",
    "state",
    "office_id",
    "channel",
    "source",
    "nature",
    "purpose_id",
    "category_id",
    "region_id",
    "handling_unit_id",
    "outcome",
    "head_count",
    "is_collective",
    "is_repeat",
    "satisfaction",
)
INDEXES = ("route_due", "handling_due", "routed_on", "delivered_on", "closed_on", "leader_on")


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("route_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("intake_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("intake_kind", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("routed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("returned", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("handling_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("answered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("delivered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("leader_on", sa.Date(), nullable=True))
    # Filled before the indexes exist: building an index once is cheaper than keeping it up per row.
    backfill(op.get_bind(), clock.today())
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name in INDEXES:
            batch_op.create_index(f"ix_cases_{name}", [name], unique=False)
        batch_op.create_index("ix_cases_report_owed_state", ["report_owed", "state"], unique=False)
        batch_op.create_index("ix_cases_statistics", list(STATISTICS_COLUMNS), unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_statistics")
        batch_op.drop_index("ix_cases_report_owed_state")
        for name in reversed(INDEXES):
            batch_op.drop_index(f"ix_cases_{name}")
        for name in (
            "leader_on",
            "delivered_on",
            "outcome",
            "answered_on",
            "handling_due",
            "returned",
            "routed_on",
            "intake_kind",
            "intake_on",
            "route_due",
        ):
            batch_op.drop_column(name)
