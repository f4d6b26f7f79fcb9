"""Full-text search: an FTS5 trigram index on SQLite, a pg_trgm index on PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.store import search

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("indexed_upto", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_state")),
    )
    # The index starts empty: existing cases are reached by `search.catch_up` in the background.
    op.execute("INSERT INTO search_state (id, indexed_upto) VALUES (1, 0)")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_number", ["number"], unique=False)
    search.create_schema(op.get_bind())


def downgrade() -> None:
    search.drop_schema(op.get_bind())
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_number")
    op.drop_table("search_state")
