"""研判会 and their decisions, archive filings (归档), and 律师/心理咨询师 sessions at receptions. New tables only.

Revision ID: 0015
Revises: 0014_registers
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014_registers"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "meetings",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_meetings_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("office_id", "held_on", name="uq_meetings_office_held_on"),
        sa.UniqueConstraint("uuid", name=op.f("uq_meetings_uuid")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_held_on"), ["held_on"], unique=False)

    op.create_table(
        "counsel_sessions",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("counsellor", sa.String(length=100), nullable=False),
        sa.Column("reception_id", sa.Integer(), nullable=True),
        sa.Column("consultations", sa.Integer(), nullable=False),
        sa.Column("cases_reviewed", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_counsel_sessions_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["reception_id"],
            ["reception_events.id"],
            name=op.f("fk_counsel_sessions_reception_id_reception_events"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counsel_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_counsel_sessions_uuid")),
    )
    with op.batch_alter_table("counsel_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_counsel_sessions_held_on"), ["held_on"], unique=False)

    op.create_table(
        "archive_filings",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("archive_number", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("filed_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_by", sa.String(length=64), nullable=True),
        sa.Column("revoke_reason", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_archive_filings_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_filings")),
        sa.UniqueConstraint("archive_number", name=op.f("uq_archive_filings_archive_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_archive_filings_uuid")),
    )
    with op.batch_alter_table("archive_filings", schema=None) as batch_op:
        batch_op.create_index("ix_archive_filings_case_revoked", ["case_id", "revoked_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_archive_filings_filed_on"), ["filed_on"], unique=False)

    op.create_table(
        "meeting_decisions",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=10), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("measures", sa.Text(), nullable=True),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_meeting_decisions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_decisions_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(["step_id"], ["steps.id"], name=op.f("fk_meeting_decisions_step_id_steps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_decisions")),
        sa.UniqueConstraint("meeting_id", "case_id", name="uq_meeting_decisions_meeting_case"),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_decisions_uuid")),
    )
    with op.batch_alter_table("meeting_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_decisions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_decisions_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("meeting_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_decisions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_decisions_case_id"))

    op.drop_table("meeting_decisions")
    with op.batch_alter_table("archive_filings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archive_filings_filed_on"))
        batch_op.drop_index("ix_archive_filings_case_revoked")

    op.drop_table("archive_filings")
    with op.batch_alter_table("counsel_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_counsel_sessions_held_on"))

    op.drop_table("counsel_sessions")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_held_on"))

    op.drop_table("meetings")
