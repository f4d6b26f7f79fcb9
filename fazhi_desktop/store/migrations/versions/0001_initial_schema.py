"""The initial schema: directories, cases, matters, petitioners, steps, attachments, users, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=True),
        sa.Column("entity_uuid", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_login"), ["user_login"], unique=False)

    op.create_table(
        "categories",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["categories.id"], name=op.f("fk_categories_parent_id_categories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_categories_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_categories_uuid")),
    )
    op.create_table(
        "offices",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["offices.id"], name=op.f("fk_offices_parent_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
        sa.UniqueConstraint("code", name=op.f("uq_offices_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_offices_uuid")),
    )
    op.create_table(
        "petitioners",
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitioners")),
        sa.UniqueConstraint("id_number", name=op.f("uq_petitioners_id_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_petitioners_uuid")),
    )
    with op.batch_alter_table("petitioners", schema=None) as batch_op:
        batch_op.create_index("ix_petitioners_name_phone", ["name", "phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_petitioners_phone"), ["phone"], unique=False)

    op.create_table(
        "purposes",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purposes")),
        sa.UniqueConstraint("code", name=op.f("uq_purposes_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_purposes_uuid")),
    )
    op.create_table(
        "regions",
        sa.Column("code", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["regions.id"], name=op.f("fk_regions_parent_id_regions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regions")),
        sa.UniqueConstraint("code", name=op.f("uq_regions_code")),
        sa.UniqueConstraint("parent_id", "name", name="uq_regions_parent_name"),
        sa.UniqueConstraint("uuid", name=op.f("uq_regions_uuid")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "case_counters",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_case_counters_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("office_id", "year", name=op.f("pk_case_counters")),
    )
    op.create_table(
        "matters",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("root_case_id", sa.Integer(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_matters_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matters")),
        sa.UniqueConstraint("root_case_id", name=op.f("uq_matters_root_case_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_matters_uuid")),
    )
    op.create_table(
        "units",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["region_id"], ["regions.id"], name=op.f("fk_units_region_id_regions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("name", name=op.f("uq_units_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_units_uuid")),
    )
    op.create_table(
        "users",
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_users_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
        sa.UniqueConstraint("uuid", name=op.f("uq_users_uuid")),
    )
    op.create_table(
        "cases",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("is_repeat", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("upper_number", sa.String(length=60), nullable=True),
        sa.Column("upper_deadline", sa.Date(), nullable=True),
        sa.Column("online_number", sa.String(length=60), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("postmarked_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("envelope_address", sa.String(length=200), nullable=True),
        sa.Column("nature", sa.String(length=20), nullable=True),
        sa.Column("purpose_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("head_count", sa.Integer(), nullable=False),
        sa.Column("is_collective", sa.Boolean(), nullable=False),
        sa.Column("accused", sa.String(length=200), nullable=True),
        sa.Column("accused_unit_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("principal_name", sa.String(length=50), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("cross_level", sa.Boolean(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("threat", sa.Boolean(), nullable=False),
        sa.Column("three_cross", sa.Boolean(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("consent_public", sa.Boolean(), nullable=False),
        sa.Column("not_public", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("handling_unit_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("satisfaction", sa.String(length=30), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("tier", sa.String(length=10), nullable=True),
        sa.Column("tier_reasons", sa.String(length=400), nullable=True),
        sa.Column("needs_attention", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["accused_unit_id"], ["units.id"], name=op.f("fk_cases_accused_unit_id_units")
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_cases_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["handling_unit_id"], ["units.id"], name=op.f("fk_cases_handling_unit_id_units")
        ),
        sa.ForeignKeyConstraint(["matter_id"], ["matters.id"], name=op.f("fk_cases_matter_id_matters")),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_cases_office_id_offices")),
        sa.ForeignKeyConstraint(["purpose_id"], ["purposes.id"], name=op.f("fk_cases_purpose_id_purposes")),
        sa.ForeignKeyConstraint(["region_id"], ["regions.id"], name=op.f("fk_cases_region_id_regions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("office_id", "number", name="uq_cases_office_number"),
        sa.UniqueConstraint("uuid", name=op.f("uq_cases_uuid")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index("ix_cases_office_registered_on", ["office_id", "registered_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_online_number"), ["online_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_principal_name"), ["principal_name"], unique=False)
        batch_op.create_index("ix_cases_registered_on", ["registered_on"], unique=False)
        batch_op.create_index(
            "ix_cases_registered_on_category", ["registered_on", "category_id"], unique=False
        )
        batch_op.create_index("ix_cases_state_due", ["state", "due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_upper_number"), ["upper_number"], unique=False)

    op.create_table(
        "case_petitioners",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("petitioner_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_petitioners_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["petitioner_id"], ["petitioners.id"], name=op.f("fk_case_petitioners_petitioner_id_petitioners")
        ),
        sa.PrimaryKeyConstraint("case_id", "petitioner_id", name=op.f("pk_case_petitioners")),
    )
    # matters ↔ cases is a cycle: the matter's root-case key is added once both tables exist.
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("matters") as batch_op:
            batch_op.create_foreign_key("fk_matters_root_case_id_cases", "cases", ["root_case_id"], ["id"])
    else:
        op.create_foreign_key("fk_matters_root_case_id_cases", "matters", "cases", ["root_case_id"], ["id"])

    with op.batch_alter_table("case_petitioners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_petitioners_petitioner_id"), ["petitioner_id"], unique=False
        )

    op.create_table(
        "steps",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_steps_case_id_cases")),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_steps_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steps")),
        sa.UniqueConstraint("uuid", name=op.f("uq_steps_uuid")),
    )
    with op.batch_alter_table("steps", schema=None) as batch_op:
        batch_op.create_index("ix_steps_case_occurred", ["case_id", "occurred_on"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases")),
        sa.ForeignKeyConstraint(["step_id"], ["steps.id"], name=op.f("fk_attachments_step_id_steps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachments_uuid")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("matters") as batch_op:
        batch_op.drop_constraint("fk_matters_root_case_id_cases", type_="foreignkey")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("steps", schema=None) as batch_op:
        batch_op.drop_index("ix_steps_case_occurred")

    op.drop_table("steps")
    with op.batch_alter_table("case_petitioners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_petitioners_petitioner_id"))

    op.drop_table("case_petitioners")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_upper_number"))
        batch_op.drop_index("ix_cases_state_due")
        batch_op.drop_index("ix_cases_registered_on_category")
        batch_op.drop_index("ix_cases_registered_on")
        batch_op.drop_index(batch_op.f("ix_cases_region_id"))
        batch_op.drop_index(batch_op.f("ix_cases_principal_name"))
        batch_op.drop_index(batch_op.f("ix_cases_online_number"))
        batch_op.drop_index("ix_cases_office_registered_on")
        batch_op.drop_index(batch_op.f("ix_cases_matter_id"))

    op.drop_table("cases")
    op.drop_table("users")
    op.drop_table("units")
    op.drop_table("matters")
    op.drop_table("case_counters")
    op.drop_table("settings")
    op.drop_table("regions")
    op.drop_table("purposes")
    with op.batch_alter_table("petitioners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petitioners_phone"))
        batch_op.drop_index("ix_petitioners_name_phone")

    op.drop_table("petitioners")
    op.drop_table("offices")
    op.drop_table("categories")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_user_login"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
