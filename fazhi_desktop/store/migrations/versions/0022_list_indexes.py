"""Indexes for the case list at a million cases (issue #21): a 性质 filter's count and newest rows
from (nature, registered_on) alone, and 按紧急程度's first screen from the cases with a deadline in
due_date order, instead of a scan of every case.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_nature_registered_on", "cases", ["nature", "registered_on"])
    op.create_index("ix_cases_due_date", "cases", ["due_date"])


def downgrade() -> None:
    op.drop_index("ix_cases_due_date", table_name="cases")
    op.drop_index("ix_cases_nature_registered_on", table_name="cases")
