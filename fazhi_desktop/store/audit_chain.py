"""The audit trail's chain: a gap-free sequence and a SHA-256 link from every entry to the one before.

Each entry's `hash` is SHA-256 over a fixed serialisation of the entry together with the hash of the
entry before it (`prev_hash`; 64 zeros for entry 1). The serialisation (format "fazhi-audit-1") is the
UTF-8 encoding of one JSON array, written without spaces (separators "," and ":"), with non-ASCII
characters as themselves (not \\u escapes), object keys sorted, NaN refused, holding in this order:

    "fazhi-audit-1", seq, prev_hash, at, user_login, role, host, action, outcome,
    entity, entity_uuid, summary, details

- seq is a JSON integer; prev_hash 64 lower-case hex digits;
- at is the local time as ISO 8601 with microseconds, "2024-11-20T09:30:00.000000" (no zone);
- entity_uuid is the UUID's canonical lower-case hyphenated text;
- a missing value (role, host, entity, entity_uuid) is JSON null;
- details is the JSON object as stored, keys sorted at every level.

Change any field of any entry, delete one, or insert one, and either an entry's own hash, the link
from the next entry, or the sequence no longer holds: `verify` names the first such entry. Someone who
rewrites every entry after the change can make a consistent chain again, which is why the head of the
chain goes into every backup and onto the signed 审计存证单 (docs/SECURITY.md).

Entries are appended only through `append`, inside the transaction of the change they record: on
PostgreSQL under an advisory transaction lock so that two writers never take the same number; on
SQLite every write transaction is BEGIN IMMEDIATE, which serialises writers already.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from fazhi_desktop.domain.progress import CancelCheck, check
from fazhi_desktop.store.models import AuditEntry

log = logging.getLogger(__name__)

FORMAT = "fazhi-audit-1"
GENESIS = "0" * 64
#: The fields in the order they are serialised (after FORMAT).
FIELDS = (
    "seq",
    "prev_hash",
    "at",
    "user_login",
    "role",
    "host",
    "action",
    "outcome",
    "entity",
    "entity_uuid",
    "summary",
    "details",
)
OK = "ok"
FAILED = "failed"
#: The key of PostgreSQL's advisory lock on appending ("FZAUDIT1").
LOCK_KEY = 0x465A_4155_4449_5431
#: Rows read per batch while verifying.
BATCH = 2000
#: What to do when the chain is broken, said after every such finding.
ADVICE = "请立即报告审计员，并与最近的备份和签字的审计存证单核对。"


@dataclass(frozen=True)
class Head:
    """The last entry of the chain: what a backup marker and the 审计存证单 record."""

    seq: int
    hash: str
    at: datetime


@dataclass(frozen=True)
class Break:
    """The first place the chain does not hold: the entry named, and why, in Chinese."""

    seq: int
    kind: str  # "changed" | "link" | "missing" | "order"
    message: str


def serialise(values: Mapping[Any, Any]) -> bytes:
    """The fixed serialisation of one entry (see the module's docstring)."""
    at = values["at"]
    entity_uuid = values["entity_uuid"]
    row = [
        FORMAT,
        int(values["seq"]),
        values["prev_hash"],
        at.isoformat(sep="T", timespec="microseconds"),
        values["user_login"],
        values["role"],
        values["host"],
        values["action"],
        values["outcome"],
        values["entity"],
        str(entity_uuid) if entity_uuid is not None else None,
        values["summary"],
        values["details"] if values["details"] is not None else {},
    ]
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def link_hash(values: Mapping[Any, Any]) -> str:
    """The SHA-256 (hex) of an entry, which includes the hash of the entry before it."""
    return hashlib.sha256(serialise(values)).hexdigest()


def values_of(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in FIELDS}


def _table() -> sa.Table:
    return AuditEntry.__table__  # type: ignore[return-value]


def read_head(conn: Connection) -> Head | None:
    """The last entry of the chain, or None when there is none."""
    table = _table()
    row = conn.execute(
        select(table.c.seq, table.c.hash, table.c.at).order_by(table.c.seq.desc()).limit(1)
    ).first()
    return Head(int(row.seq), str(row.hash), row.at) if row is not None else None


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Give `entry` the next number and its link, and add it to the session's transaction."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        # Held until the transaction ends: the next writer reads the head only after this one commits.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    head = read_head(conn)
    entry.seq = head.seq + 1 if head else 1
    entry.prev_hash = head.hash if head else GENESIS
    entry.hash = link_hash(values_of(entry))
    session.add(entry)
    return entry


def _missing(first: int, last: int) -> str:
    which = f"第 {first} 条" if first == last else f"第 {first}–{last} 条"
    return f"审计记录{which}缺失（被删除）。"


def verify(conn: Connection, cancelled: CancelCheck | None = None) -> tuple[int, Break | None]:
    """Walk the whole chain in sequence order. Returns how many entries were read and the first
    break, if any."""
    table = _table()
    columns = [table.c[name] for name in FIELDS] + [table.c.hash]
    query = select(*columns).order_by(table.c.seq)
    rows = conn.execution_options(stream_results=True, max_row_buffer=BATCH).execute(query)
    expected = 1
    previous = GENESIS
    count = 0
    for batch in rows.mappings().partitions(BATCH):
        check(cancelled)
        for row in batch:
            found = _check_row(row, expected, previous)
            if found is not None:
                return count, found
            count += 1
            expected = int(row["seq"]) + 1
            previous = str(row["hash"])
    return count, None


def _check_row(row: Mapping[Any, Any], expected: int, previous: str) -> Break | None:
    seq = int(row["seq"])
    if seq > expected:
        return Break(expected, "missing", _missing(expected, seq - 1) + ADVICE)
    if seq < expected:
        return Break(seq, "order", f"审计记录第 {seq} 条重复或顺序被改动。{ADVICE}")
    if row["prev_hash"] != previous:
        # The entry before was changed and its hash recomputed, or replaced by an inserted one.
        named = seq - 1 if seq > 1 else seq
        return Break(
            named,
            "link",
            f"审计记录第 {named} 条被改动或替换：它与第 {seq} 条记下的校验值不符。{ADVICE}",
        )
    if link_hash(row) != row["hash"]:
        return Break(seq, "changed", f"审计记录第 {seq} 条被改动：内容与它的校验值不符。{ADVICE}")
    return None


def contains(conn: Connection, head: Head | tuple[int, str]) -> bool:
    """Whether the chain still holds the entry `head` names (its number with the same hash)."""
    seq, digest = (head.seq, head.hash) if isinstance(head, Head) else head
    table = _table()
    stored = conn.scalar(select(table.c.hash).where(table.c.seq == seq))
    return stored is not None and str(stored) == digest.strip().lower()


def chain_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Number and link entries that have none yet, in the order given (a migration: by id).
    Each row needs FIELDS but seq, prev_hash; returns them with seq, prev_hash and hash set."""
    previous = GENESIS
    chained: list[dict[str, Any]] = []
    for seq, row in enumerate(rows, start=1):
        linked = {**row, "seq": seq, "prev_hash": previous}
        linked["hash"] = previous = link_hash(linked)
        chained.append(linked)
    return chained


def format_hash(digest: str, group: int = 8) -> str:
    """A hash in groups of 8 hex digits, to read aloud and compare with paper."""
    return " ".join(digest[n : n + group] for n in range(0, len(digest), group))
