"""Outreach events (宣传活动) with their photos, the kinds of event, legal study (学法), the 法律顾问's
service and reception activities (接访) with the cases received there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.domain.ids import uuid7

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: The kinds of outreach event every database starts with (an administrator edits them later).
KINDS = (
    ("campaign", "集中宣传"),
    ("constitution_day", "宪法宣传日/周"),
    ("regulation_month", "条例宣传月"),
    ("village", "进乡村"),
    ("community", "进社区"),
    ("school", "进学校"),
    ("enterprise", "进企业"),
    ("unit", "进单位"),
    ("other", "其他"),
)


def upgrade() -> None:
    kinds = op.create_table(
        "outreach_kinds",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_kinds")),
        sa.UniqueConstraint("code", name=op.f("uq_outreach_kinds_code")),
        sa.UniqueConstraint("name", name=op.f("uq_outreach_kinds_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outreach_kinds_uuid")),
    )

    op.bulk_insert(
        kinds,
        [
            {"code": code, "name": name, "sort_order": n, "retired": False, "uuid": uuid7()}
            for n, (code, name) in enumerate(KINDS)
        ],
    )
    op.create_table(
        "legal_advice",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("adviser", sa.String(length=100), nullable=True),
        sa.Column("consultations", sa.Integer(), nullable=False),
        sa.Column("cases_reviewed", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_legal_advice_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_advice")),
        sa.UniqueConstraint("uuid", name=op.f("uq_legal_advice_uuid")),
    )
    with op.batch_alter_table("legal_advice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_advice_period_start"), ["period_start"], unique=False)

    op.create_table(
        "outreach_events",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("organisers", sa.String(length=200), nullable=True),
        sa.Column("partner_count", sa.Integer(), nullable=False),
        sa.Column("partner_names", sa.Text(), nullable=True),
        sa.Column("leaflets", sa.Integer(), nullable=False),
        sa.Column("brochures", sa.Integer(), nullable=False),
        sa.Column("other_materials", sa.Integer(), nullable=False),
        sa.Column("boards", sa.Integer(), nullable=False),
        sa.Column("banners", sa.Integer(), nullable=False),
        sa.Column("consultations", sa.Integer(), nullable=False),
        sa.Column("people_reached", sa.Integer(), nullable=False),
        sa.Column("media_count", sa.Integer(), nullable=False),
        sa.Column("media_note", sa.String(length=400), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["outreach_kinds.id"], name=op.f("fk_outreach_events_kind_id_outreach_kinds")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_outreach_events_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["regions.id"], name=op.f("fk_outreach_events_region_id_regions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_events")),
        sa.UniqueConstraint("office_id", "fingerprint", name="uq_outreach_events_office_fingerprint"),
        sa.UniqueConstraint("uuid", name=op.f("uq_outreach_events_uuid")),
    )
    with op.batch_alter_table("outreach_events", schema=None) as batch_op:
        batch_op.create_index("ix_outreach_events_held_on_kind", ["held_on", "kind_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outreach_events_region_id"), ["region_id"], unique=False)

    op.create_table(
        "reception_events",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("partner_names", sa.String(length=400), nullable=True),
        sa.Column("batches", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_reception_events_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["regions.id"], name=op.f("fk_reception_events_region_id_regions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reception_events_uuid")),
    )
    with op.batch_alter_table("reception_events", schema=None) as batch_op:
        batch_op.create_index("ix_reception_events_held_on_kind", ["held_on", "kind"], unique=False)

    op.create_table(
        "study_activities",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_study_activities_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_study_activities")),
        sa.UniqueConstraint("uuid", name=op.f("uq_study_activities_uuid")),
    )
    with op.batch_alter_table("study_activities", schema=None) as batch_op:
        batch_op.create_index("ix_study_activities_held_on_kind", ["held_on", "kind"], unique=False)

    op.create_table(
        "outreach_files",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("is_photo", sa.Boolean(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["outreach_events.id"], name=op.f("fk_outreach_files_event_id_outreach_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_files")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outreach_files_uuid")),
    )
    with op.batch_alter_table("outreach_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_files_event_id"), ["event_id"], unique=False)

    op.create_table(
        "reception_cases",
        sa.Column("reception_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_reception_cases_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["reception_id"],
            ["reception_events.id"],
            name=op.f("fk_reception_cases_reception_id_reception_events"),
        ),
        sa.PrimaryKeyConstraint("reception_id", "case_id", name=op.f("pk_reception_cases")),
    )
    with op.batch_alter_table("reception_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reception_cases_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reception_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reception_cases_case_id"))
    op.drop_table("reception_cases")
    with op.batch_alter_table("outreach_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_files_event_id"))
    op.drop_table("outreach_files")
    with op.batch_alter_table("study_activities", schema=None) as batch_op:
        batch_op.drop_index("ix_study_activities_held_on_kind")
    op.drop_table("study_activities")
    with op.batch_alter_table("reception_events", schema=None) as batch_op:
        batch_op.drop_index("ix_reception_events_held_on_kind")
    op.drop_table("reception_events")
    with op.batch_alter_table("outreach_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_events_region_id"))
        batch_op.drop_index("ix_outreach_events_held_on_kind")
    op.drop_table("outreach_events")
    with op.batch_alter_table("legal_advice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_advice_period_start"))
    op.drop_table("legal_advice")
    op.drop_table("outreach_kinds")
