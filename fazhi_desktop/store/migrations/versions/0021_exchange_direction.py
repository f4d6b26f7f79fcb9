"""Room for the longest stream name of `exchange_packages.direction` ("receipt_out", 11 characters,
in a column of 10): SQLite never checked the length, PostgreSQL refused every import's receipt.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_packages", schema=None) as batch_op:
        batch_op.alter_column("direction", existing_type=sa.String(10), type_=sa.String(16))


def downgrade() -> None:
    with op.batch_alter_table("exchange_packages", schema=None) as batch_op:
        batch_op.alter_column("direction", existing_type=sa.String(16), type_=sa.String(10))
