"""Full-text search: a character index for words of 1–2 characters (SQLite; see store/search.py).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from fazhi_desktop.store import search

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # pg_trgm answers every length
    search.create_schema(bind)
    # Both indexes reach the same case: the trigram index starts again with the new one, and the
    # search keeper fills both in the background (searches scan what they have not reached).
    op.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('delete-all')")
    op.execute("UPDATE search_state SET indexed_upto = 0 WHERE id = 1")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name, (table, _statement) in search.SQLITE_TRIGGERS.items():
        if table == search.CHARS_TABLE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {search.CHARS_TABLE}")
