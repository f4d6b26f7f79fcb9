"""The tier the facts give, the deadline aside (`fact_tier`), filled for every open case, so that the
tier on any day is read in SQL from the row (services/clock/as_of.py) without a re-tiering.

The floor is what domain.triage.fact_tier makes of the flags the row already holds (重大紧急, 扬言,
集体访, 越级, 赴上级走访, 复核后再访; 重复访, 三跨三分离, 包案, 督办), with the repeat threshold of this
database's settings as they are at this revision.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fazhi_desktop.domain.triage import TriageFacts, TriageRules, fact_tier
from fazhi_desktop.domain.vocab import UPPER_SOURCES, VISIT_CHANNELS, CaseState

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHUNK = 5_000
#: The columns of the new tier index, as they are at this revision.
TIER_AS_OF_COLUMNS = (
    "tier",
    "due_date",
    "fact_tier",
    "assessed_tier",
    "review_on",
    "state",
    "window_end",
    "report_owed",
)
_UPPER = {s.value for s in UPPER_SOURCES}
_VISITS = {c.value for c in VISIT_CHANNELS}


def _threshold(conn: sa.Connection) -> int:
    value = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'tier_repeat_threshold'")).scalar()
    try:
        return int(value) if value is not None else 1
    except (TypeError, ValueError):
        return 1


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fact_tier", sa.String(length=10), nullable=True))
    conn = op.get_bind()
    rules = TriageRules(repeat_threshold=_threshold(conn))
    rows = conn.execute(
        sa.text(
            "SELECT c.id, c.urgent, c.threat, c.is_collective, c.head_count, c.cross_level, c.source,"
            " c.channel, c.is_repeat, r.state, (SELECT count(*) FROM cases x"
            "  WHERE x.matter_id = c.matter_id AND x.is_repeat = :yes),"
            " c.three_cross, c.leader, c.supervised"
            " FROM cases c JOIN matters m ON m.id = c.matter_id LEFT JOIN cases r ON r.id = m.root_case_id"
            " WHERE c.tier IS NOT NULL"
        ),
        {"yes": True},
    ).all()
    values = []
    for row in rows:
        (case_id, urgent, threat, collective, heads, cross, source, channel, repeat, root_state, repeats) = (
            row[:11]
        )
        facts = TriageFacts(
            open=True,
            urgent=bool(urgent),
            threat=bool(threat),
            collective_people=heads if collective else None,
            cross_level=bool(cross),
            upper_visit=source in _UPPER and channel in _VISITS,
            after_recheck=bool(repeat) and root_state == CaseState.TERMINATED.value,
            is_repeat=bool(repeat),
            repeat_count=0 if repeat else int(repeats or 0),
            three_cross=bool(row[11]),
            leader=row[12],
            supervised=bool(row[13]),
        )
        values.append({"b_id": case_id, "b_tier": fact_tier(facts, rules).value})
    statement = sa.text("UPDATE cases SET fact_tier = :b_tier WHERE id = :b_id")
    for start in range(0, len(values), CHUNK):
        conn.execute(statement, values[start : start + CHUNK])
    # The tier index gains what the tier as of today reads, so counts need not visit the rows.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_tier_due")
        batch_op.create_index("ix_cases_tier_as_of", list(TIER_AS_OF_COLUMNS), unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_tier_as_of")
        batch_op.create_index("ix_cases_tier_due", ["tier", "due_date"], unique=False)
    # Not in batch mode: SQLite (3.35+) drops a column in place, where a batch would copy the table,
    # which the foreign keys of steps and links refuse.
    op.drop_column("cases", "fact_tier")
