"""The audit trail becomes tamper-evident: a gap-free sequence, a SHA-256 chain, the PC, the role and
the outcome of every entry, and triggers that refuse UPDATE and DELETE (store/audit_chain.py).

Existing entries are numbered and chained in the order of their ids; they were all successful writes
(a failed one was never recorded before), and their PC is not known.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.store import audit_chain, audit_guard

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The table as this revision knows it (not the model, which later revisions may change).
_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("seq", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("user_login", sa.String()),
    sa.column("role", sa.String()),
    sa.column("host", sa.String()),
    sa.column("action", sa.String()),
    sa.column("outcome", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_uuid", sa.Uuid()),
    sa.column("summary", sa.String()),
    sa.column("details", sa.JSON()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)
_NEW = ("seq", "prev_hash", "hash", "role", "host", "outcome")
#: Rows updated per statement while chaining.
_CHUNK = 1000


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("role", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("host", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing(op.get_bind())
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        for name in ("seq", "outcome", "prev_hash", "hash"):
            batch_op.alter_column(name, existing_type=_audit.c[name].type, nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_seq"), ["seq"])
    audit_guard.ensure_triggers(op.get_bind())


def _chain_existing(bind: sa.Connection) -> None:
    fields = [c for c in _audit.c if c.name not in ("seq", "prev_hash", "hash")]
    rows = [
        {**dict(row), "outcome": audit_chain.OK}
        for row in bind.execute(sa.select(*fields).order_by(_audit.c.id)).mappings()
    ]
    chained = audit_chain.chain_rows(rows)
    update = (
        sa.update(_audit)
        .where(_audit.c.id == sa.bindparam("row_id"))
        .values(
            seq=sa.bindparam("new_seq"),
            outcome=sa.bindparam("new_outcome"),
            prev_hash=sa.bindparam("new_prev_hash"),
            hash=sa.bindparam("new_hash"),
        )
    )
    params = [
        {
            "row_id": row["id"],
            "new_seq": row["seq"],
            "new_outcome": row["outcome"],
            "new_prev_hash": row["prev_hash"],
            "new_hash": row["hash"],
        }
        for row in chained
    ]
    for start in range(0, len(params), _CHUNK):
        bind.execute(update, params[start : start + _CHUNK])


def downgrade() -> None:
    audit_guard.drop_triggers(op.get_bind())
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_seq"), type_="unique")
        for name in _NEW:
            batch_op.drop_column(name)
