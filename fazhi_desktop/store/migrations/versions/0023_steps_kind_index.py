"""An index of steps by kind and date (issue #21): the higher-level figures of `fazhi stats` count
the 复查/复核 requests and 终结备案 dated in a period, and the bulletin the 督办 of its weeks; without
it each of those read every step (five million at a million cases, 2.8 s of a year's command).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_steps_kind_occurred", "steps", ["kind", "occurred_on", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_steps_kind_occurred", table_name="steps")
