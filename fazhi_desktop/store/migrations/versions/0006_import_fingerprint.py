"""The fingerprint of a case imported from a ledger row without a case number (office, date,
petitioner and content), so that importing the same ledger again adds nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of the cases table would cost minutes at a million cases.
    op.add_column("cases", sa.Column("import_fingerprint", sa.String(length=32), nullable=True))
    op.create_index("ix_cases_import_fingerprint", "cases", ["import_fingerprint"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_import_fingerprint", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("import_fingerprint")
