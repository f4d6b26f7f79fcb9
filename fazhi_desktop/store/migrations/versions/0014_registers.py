"""Registers (台账): 领导包案, 积案 and 专项 lists of matters, their entries (四定四包 plan, the dated
化解 decision and who made it) and dated progress notes. New tables only.

Revision ID: 0014_registers
Revises: 0012_users
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The lead re-chains the revisions of issue #20's parts at merge (main's 0011 is revision "0011").
revision = "0014_registers"
down_revision = "0012_users"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registers",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=True),
        sa.Column("leader", sa.String(length=50), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registers")),
        sa.UniqueConstraint("name", name=op.f("uq_registers_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_registers_uuid")),
    )
    op.create_table(
        "register_entries",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("listed_as", sa.String(length=200), nullable=True),
        sa.Column("leader", sa.String(length=50), nullable=True),
        sa.Column("plan", sa.Text(), nullable=True),
        sa.Column("staff", sa.String(length=500), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_by_name", sa.String(length=50), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_register_entries_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matters.id"], name=op.f("fk_register_entries_matter_id_matters")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_register_entries_register_id_registers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entries")),
        sa.UniqueConstraint("register_id", "matter_id", name="uq_register_entries_matter"),
        sa.UniqueConstraint("uuid", name=op.f("uq_register_entries_uuid")),
    )
    with op.batch_alter_table("register_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_entries_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_register_entries_register_id"), ["register_id"], unique=False)

    op.create_table(
        "register_notes",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["register_entries.id"], name=op.f("fk_register_notes_entry_id_register_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_notes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_register_notes_uuid")),
    )
    with op.batch_alter_table("register_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_notes_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("register_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_notes_entry_id"))

    op.drop_table("register_notes")
    with op.batch_alter_table("register_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_entries_register_id"))
        batch_op.drop_index(batch_op.f("ix_register_entries_matter_id"))

    op.drop_table("register_entries")
    op.drop_table("registers")
