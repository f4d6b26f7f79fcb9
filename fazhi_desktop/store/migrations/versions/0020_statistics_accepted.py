"""受理 as a fact of the case row (`accepted`: a 受理 here or a 签收 by the unit it was routed to), kept
from the steps like the other indicator facts, and the statistics' covering index widened to every
column a period's totals read, so a year's totals scan that index alone instead of reading each
case's steps (issue #21).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

#: ix_cases_statistics before and after (frozen here: the models' list may change again).
BEFORE = (
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
AFTER = (*BEFORE, "window_end", "intake_kind", "accepted")
ACCEPTING = ("accept", "sign_for")


def upgrade() -> None:
    op.drop_index("ix_cases_statistics", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("accepted", sa.Boolean(), server_default=sa.false(), nullable=False))
    # One pass over the steps, before the index exists (building it once is cheaper than keeping it).
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("accepted", sa.Boolean))
    steps = sa.table("steps", sa.column("case_id", sa.Integer), sa.column("kind", sa.String))
    accepted = sa.select(steps.c.case_id).where(steps.c.kind.in_(ACCEPTING))
    op.execute(cases.update().where(cases.c.id.in_(accepted)).values(accepted=sa.true()))
    op.create_index("ix_cases_statistics", "cases", list(AFTER), unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_statistics", table_name="cases")
    # Not in batch mode: SQLite (3.35+) drops a column in place, where a batch would copy the table.
    op.drop_column("cases", "accepted")
    op.create_index("ix_cases_statistics", "cases", list(BEFORE), unique=False)
