"""Stored text that breaks the rule of domain/input_rules.py: found by `fazhi check`, mended by the
migrations 0008 (the case and petitioner columns) and 0019 (every ruled column, before the CHECK
constraints of store/models/text_checks.py are added).

Values stored before the rule (by a form that did not check, an import that did not strip) may hold
control characters, which make every ledger export fail, or be longer than their field, which
PostgreSQL refuses on a restore. `find` lists them by column; `mend` strips and cuts them and
returns what it did, for the audit. Both read in batches, so a million cases take seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, TextClause, select, text, update
from sqlalchemy.orm import Session

from fazhi_desktop.domain.input_rules import FIELDS, fit_text, has_forbidden
from fazhi_desktop.store import audit_chain
from fazhi_desktop.store.models import AuditEntry, Base
from fazhi_desktop.store.models.text_checks import RULED_COLUMNS

log = logging.getLogger(__name__)

_PEOPLE = Base.metadata.tables["petitioners"]
_CASES = Base.metadata.tables["cases"]
#: (table, column, the field of domain.input_rules whose rule it keeps): the columns the migration 0008
#: mended and, on PostgreSQL, checked (kept as they were then: that migration must not change).
RULED: tuple[tuple[Table, str, str], ...] = (
    (_PEOPLE, "name", "name"),
    (_PEOPLE, "address", "address"),
    (_PEOPLE, "phone", "phone"),
    (_PEOPLE, "id_number", "id_number"),
    (_CASES, "principal_name", "name"),
    (_CASES, "summary", "summary"),
    (_CASES, "content", "content"),
    (_CASES, "upper_number", "upper_number"),
    (_CASES, "online_number", "online_number"),
    (_CASES, "envelope_address", "envelope_address"),
    (_CASES, "accused", "accused"),
)
#: Every column the rule keeps (store/models/text_checks.py), in the same form.
EVERY: tuple[tuple[Table, str, str], ...] = tuple(
    (Base.metadata.tables[r.table], r.column, r.field) for r in RULED_COLUMNS
)
_BATCH = 5_000
# Every control character but tab and line feed (a carriage return is mended too), and the two
# non-characters; a NUL is looked for apart on SQLite, whose string functions stop at one.
_SQLITE_SUSPECT = "'*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || char(65534, 65535) || ']*'"
_POSTGRES_SUSPECT = r"'[\x01-\x08\x0b-\x1f\x7f\ufffe\uffff]'"
#: The most mended values the audit entry lists one by one (the count is always whole).
_LISTED = 2_000


@dataclass(frozen=True)
class Broken:
    """One stored value that breaks the rule."""

    table: str
    column: str
    id: int
    value: str


def _breaks(field: str, value: str) -> bool:
    return has_forbidden(value) or "\r" in value or len(value) > FIELDS[field].max_chars


def _suspect(dialect: str, column: str, max_chars: int) -> TextClause:
    """SQL that is true for every value that may break the rule (and for few that do not): only
    those reach Python, so a million clean cases are passed over at the database's speed."""
    if dialect == "postgresql":
        return text(f"(char_length({column}) > {max_chars} OR {column} ~ {_POSTGRES_SUSPECT})")
    return text(
        f"(length({column}) > {max_chars} OR {column} GLOB {_SQLITE_SUSPECT}"
        f" OR instr(CAST({column} AS BLOB), x'00') > 0)"
    )


def _values(conn: Connection, table: Table, column: str, max_chars: int) -> Iterator[tuple[int, str]]:
    last = 0
    suspect = _suspect(conn.dialect.name, column, max_chars)
    while True:
        rows = conn.execute(
            select(table.c.id, table.c[column])
            .where(table.c.id > last, table.c[column].is_not(None), suspect)
            .order_by(table.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for row_id, value in rows:
            yield int(row_id), str(value)
        last = int(rows[-1][0])


def find(conn: Connection, columns: tuple[tuple[Table, str, str], ...] = EVERY) -> list[Broken]:
    """Every stored value of `columns` that breaks the rule."""
    return [
        Broken(table.name, column, row_id, value)
        for table, column, field in columns
        for row_id, value in _values(conn, table, column, FIELDS[field].max_chars)
        if _breaks(field, value)
    ]


def mend(conn: Connection, columns: tuple[tuple[Table, str, str], ...] = EVERY) -> list[dict[str, object]]:
    """Strip and cut every value of `columns` that breaks the rule; what was done to each (no value
    itself: the audit must not copy personal data), for the audit entry."""
    done: list[dict[str, object]] = []
    fields = {(t.name, c): f for t, c, f in columns}
    tables = {t.name: t for t, _c, _f in columns}
    for broken in find(conn, columns):
        fixed, notes = fit_text(fields[(broken.table, broken.column)], broken.value)
        table = tables[broken.table]
        conn.execute(update(table).where(table.c.id == broken.id).values({broken.column: fixed}))
        done.append(
            {
                "table": broken.table,
                "column": broken.column,
                "id": broken.id,
                "notes": notes or ["换行符已统一"],
            }
        )
    if done:
        log.info("mended %d stored values that broke the text rule", len(done))
    return done


def record(conn: Connection, mended: list[dict[str, object]], *, revision: str) -> None:
    """One audit entry (in the chain, in `conn`'s transaction) saying what an upgrade mended."""
    if not mended:
        return
    entry = AuditEntry(
        at=datetime.now(),
        user_login="upgrade",
        role=None,
        host=None,
        action="data.text_rule",
        outcome="ok",
        entity=None,
        entity_uuid=None,
        summary=f"升级（{revision}）时按文字规则修正了 {len(mended)} 处已存的内容（删除不可见的控制字符、截去超长部分）",
        details={"mended": mended[:_LISTED], "count": len(mended)},
    )
    session = Session(bind=conn)
    audit_chain.append(session, entry)
    session.flush()
    session.close()
