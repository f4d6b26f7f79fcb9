"""The text rule kept by the database on both engines (issue #16): CHECK constraints on the length
and the characters of every ruled column (store/models/text_checks.py says which and why).

Stored values that would break a CHECK are mended first (store/text_rules.py: control characters
stripped, over-long values cut) and one audit entry in the chain says what was done to which rows,
never the values. SQLite can add a CHECK only by copying the table (batch mode); PostgreSQL adds
them in place. The constraints 0008 made on PostgreSQL got the naming convention's prefix twice
("ck_cases_ck_cases_summary_text"): they are renamed to the models' names here.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from fazhi_desktop.store import text_rules
from fazhi_desktop.store.models.text_checks import RULED_COLUMNS, RuledColumn, characters_sql, length_sql

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

#: The tables in the order they are copied on SQLite.
_TABLES = tuple(dict.fromkeys(r.table for r in RULED_COLUMNS))
#: Columns whose characters 0008 already checks on PostgreSQL, and its length CHECK of 详细内容.
_BY_0008 = {(table.name, column) for table, column, _field in text_rules.RULED}


def _doubled(name: str, table: str) -> str:
    return f"ck_{table}_{name}"


def _postgres_checks(ruled: RuledColumn) -> list[tuple[str, str]]:
    """(name, SQL) of the CHECKs 0019 itself adds on PostgreSQL for `ruled`."""
    added = []
    if ruled.characters and (ruled.table, ruled.column) not in _BY_0008:
        added.append((ruled.characters_name, characters_sql(ruled, "postgresql")))
    if ruled.unbounded and (ruled.table, ruled.column) != ("cases", "content"):
        added.append((ruled.length_name, length_sql(ruled)))
    return added


def _renamed_by_0008() -> list[tuple[str, str, str]]:
    """(table, the name 0008 gave, the models' name) of the CHECKs 0008 made on PostgreSQL."""
    names = [(t.name, f"ck_{t.name}_{c}_text") for t, c, _f in text_rules.RULED]
    names.append(("cases", "ck_cases_content_length"))
    return [(table, _doubled(name, table), name) for table, name in names]


def upgrade() -> None:
    bind = op.get_bind()
    text_rules.record(bind, text_rules.mend(bind), revision="0019")
    if bind.dialect.name == "postgresql":
        present = set(bind.exec_driver_sql("SELECT conname FROM pg_constraint WHERE contype = 'c'").scalars())
        for table, old, new in _renamed_by_0008():
            if old in present:
                op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT "{old}" TO "{new}"')
        for ruled in RULED_COLUMNS:
            for name, sql in _postgres_checks(ruled):
                op.execute(f'ALTER TABLE {ruled.table} ADD CONSTRAINT "{name}" CHECK ({sql})')
        return
    for table in _TABLES:
        with op.batch_alter_table(table, recreate="always") as batch_op:
            for ruled in (r for r in RULED_COLUMNS if r.table == table):
                batch_op.create_check_constraint(op.f(ruled.length_name), length_sql(ruled))
                if ruled.characters:
                    batch_op.create_check_constraint(
                        op.f(ruled.characters_name), characters_sql(ruled, "sqlite")
                    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for ruled in RULED_COLUMNS:
            for name, _sql in _postgres_checks(ruled):
                op.execute(f'ALTER TABLE {ruled.table} DROP CONSTRAINT "{name}"')
        for table, old, new in _renamed_by_0008():
            op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT "{new}" TO "{old}"')
        return
    for table in _TABLES:
        with op.batch_alter_table(table, recreate="always") as batch_op:
            for ruled in (r for r in RULED_COLUMNS if r.table == table):
                batch_op.drop_constraint(op.f(ruled.length_name), type_="check")
                if ruled.characters:
                    batch_op.drop_constraint(op.f(ruled.characters_name), type_="check")
