"""规范化评查 (issue #22): each case's automatic findings and result, and the 评查 records with their
sample and findings. New tables only.

Revision ID: 0016 (the brief's 0016_conformity; the lead re-chains it after 0011 at merge)
Revises: 0015
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_audits",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("team", sa.JSON(), nullable=False),
        sa.Column("sample_kind", sa.String(length=20), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("source_file", sa.String(length=255), nullable=True),
        sa.Column("rules_version", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_audits")),
        sa.UniqueConstraint("name", name=op.f("uq_review_audits_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_audits_uuid")),
    )
    op.create_table(
        "conformity_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(length=40), nullable=False),
        sa.Column("article", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_conformity_findings_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conformity_findings")),
    )
    with op.batch_alter_table("conformity_findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conformity_findings_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_conformity_findings_rule_case", ["rule_id", "case_id"], unique=False)

    op.create_table(
        "conformity_results",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("rules_version", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_conformity_results_case_id_cases")),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_conformity_results")),
    )
    with op.batch_alter_table("conformity_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conformity_results_findings"), ["findings"], unique=False)

    op.create_table(
        "review_audit_cases",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["review_audits.id"], name=op.f("fk_review_audit_cases_audit_id_review_audits")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_review_audit_cases_case_id_cases")),
        sa.PrimaryKeyConstraint("audit_id", "case_id", name=op.f("pk_review_audit_cases")),
    )
    with op.batch_alter_table("review_audit_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_audit_cases_case_id"), ["case_id"], unique=False)

    op.create_table(
        "review_findings",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(length=40), nullable=False),
        sa.Column("article", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("note", sa.String(length=400), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["review_audits.id"], name=op.f("fk_review_findings_audit_id_review_audits")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_review_findings_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_findings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_findings_uuid")),
    )
    with op.batch_alter_table("review_findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_findings_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_findings_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_findings_case_id"))
        batch_op.drop_index(batch_op.f("ix_review_findings_audit_id"))

    op.drop_table("review_findings")
    with op.batch_alter_table("review_audit_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_audit_cases_case_id"))

    op.drop_table("review_audit_cases")
    with op.batch_alter_table("conformity_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conformity_results_findings"))

    op.drop_table("conformity_results")
    with op.batch_alter_table("conformity_findings", schema=None) as batch_op:
        batch_op.drop_index("ix_conformity_findings_rule_case")
        batch_op.drop_index(batch_op.f("ix_conformity_findings_case_id"))

    op.drop_table("conformity_findings")
    op.drop_table("review_audits")
