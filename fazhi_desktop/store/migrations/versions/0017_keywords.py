"""Keywords kept with 责任单位 and 内容分类, so that a look-up finds an entry by any word of them
(工资 → 劳动报酬); the categories bearing a name of the shipped template get its keywords.

Revision ID: 0017_keywords
Revises: 0016
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.domain.directory_keywords import CATEGORY_KEYWORDS, keyword_text

revision = "0017_keywords"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode: SQLite adds and drops a column in place, where a batch would copy the
    # table, which the foreign keys of the cases refuse.
    for table in ("units", "categories"):
        op.add_column(table, sa.Column("keywords", sa.String(length=400), server_default="", nullable=False))
    conn = op.get_bind()
    fill = sa.text("UPDATE categories SET keywords = :words WHERE name = :name AND keywords = ''")
    for name, words in CATEGORY_KEYWORDS.items():
        conn.execute(fill, {"name": name, "words": keyword_text(words)})


def downgrade() -> None:
    for table in ("categories", "units"):
        op.drop_column(table, "keywords")
