"""Exchange packages between offices: office keys, packages sent and received, what each receiver
confirmed, and records held back by an import (pending or in quarantine). New tables only.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_held",
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("waiting_for", sa.Uuid(), nullable=True),
        sa.Column("package_uuid", sa.Uuid(), nullable=False),
        sa.Column("sender_office_id", sa.Integer(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sender_office_id"], ["offices.id"], name=op.f("fk_exchange_held_sender_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_held")),
        sa.UniqueConstraint("uuid", name=op.f("uq_exchange_held_uuid")),
    )
    with op.batch_alter_table("exchange_held", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_held_state_waiting", ["state", "waiting_for"], unique=False)

    op.create_table(
        "exchange_packages",
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("peer_office_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("outcomes", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_office_id"], ["offices.id"], name=op.f("fk_exchange_packages_peer_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_packages")),
        sa.UniqueConstraint("direction", "peer_office_id", "sequence", name="uq_exchange_packages_stream"),
        sa.UniqueConstraint("uuid", name=op.f("uq_exchange_packages_uuid")),
    )
    op.create_table(
        "exchange_sent",
        sa.Column("peer_office_id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("package_uuid", sa.Uuid(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_office_id"], ["offices.id"], name=op.f("fk_exchange_sent_peer_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("peer_office_id", "record_uuid", name=op.f("pk_exchange_sent")),
    )
    with op.batch_alter_table("exchange_sent", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_sent_package", ["package_uuid"], unique=False)

    op.create_table(
        "office_keys",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("algorithm", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_office_keys_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_keys")),
        sa.UniqueConstraint("office_id", name=op.f("uq_office_keys_office_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_office_keys_uuid")),
    )


def downgrade() -> None:
    op.drop_table("office_keys")
    with op.batch_alter_table("exchange_sent", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_sent_package")

    op.drop_table("exchange_sent")
    op.drop_table("exchange_packages")
    with op.batch_alter_table("exchange_held", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_held_state_waiting")

    op.drop_table("exchange_held")
