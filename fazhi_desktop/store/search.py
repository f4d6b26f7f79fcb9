"""Full-text search over cases that is complete and fast at a million cases (DESIGN.md, PLATFORM.md).

SQLite: an FTS5 table with the trigram tokenizer answers words of 3+ characters from its index. It
is filled in batches by `catch_up` (after a bulk import, in the background), not by an insert
trigger, so registering and importing stay fast; the cases it has not reached yet (ids above
`search_state.indexed_upto`) are searched by a scan of that small tail, so results are complete at
every moment. Updates and deletes of indexed cases keep the index right through triggers.

Words of 2 characters (most Chinese words) are below what trigrams index, and SQLite 3.40 answers
LIKE on the trigram table wrongly for them (PLATFORM.md). A second, contentless FTS5 table
holds the same columns with every character its own token (`spaced`, registered on each connection
as the SQL function fazhi_spaced so that the triggers can keep it right); such a word is looked up
as a phrase ("物 业") and each case found is checked again with LIKE, since the tokenizer drops
punctuation between characters. Both tables are filled together and reach the same
`indexed_upto`. A single character scans the cases, newest first.

PostgreSQL: a pg_trgm GIN index on the same text answers ILIKE, for any length.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    and_,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
    update,
)

from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.store.models import Case, SearchState

log = logging.getLogger(__name__)

FTS_TABLE = "case_fts"
#: The columns searched, in the order of the FTS table.
COLUMNS = ("number", "principal_name", "summary", "content", "accused")
#: Every character a token (see the module's description).
CHARS_TABLE = f"{FTS_TABLE}_chars"
SPACED = "fazhi_spaced"
MIN_TRIGRAM = 3
BATCH = 20_000


PG_INDEX = "ix_cases_search_trgm"


def is_search_table(name: str) -> bool:
    """Tables the search index owns (FTS5 makes shadow tables): not part of the models' schema."""
    return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")


def spaced(value: str | None) -> str | None:
    """The text with a space between any two characters: each a token to FTS5's unicode61."""
    return None if value is None else " ".join(value)


def register_functions(dbapi_connection: Any) -> None:
    """On every SQLite connection of the program: the triggers of the character index call it."""
    dbapi_connection.create_function(SPACED, 1, spaced, deterministic=True)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For Alembic's comparisons: the search index's tables and index are made by hand, not from
    the models."""
    if name is None:
        return True
    if type_ == "table":
        return not is_search_table(name)
    return not (type_ == "index" and name == PG_INDEX)


# Schema -----------------------------------------------------------------------------------------

_COLS = ", ".join(COLUMNS)
_INDEXED = "(SELECT indexed_upto FROM search_state WHERE id = 1)"
#: Each SQLite index and the SQL function its values pass through ("" for none).
_INDEXES = ((FTS_TABLE, ""), (CHARS_TABLE, SPACED))


def _values(function: str, row: str = "") -> str:
    """The searched columns of a case (of `row`, as in a trigger's old./new.), through `function`."""
    return ", ".join(f"{function}({row}{c})" if function else f"{row}{c}" for c in COLUMNS)


SQLITE_SCHEMA = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({_COLS}, content='cases', "
    "content_rowid='id', tokenize='trigram')",
    # Contentless: it answers only which cases hold a phrase; LIKE on the cases checks again.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {CHARS_TABLE} USING fts5({_COLS}, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
]


def _triggers(table: str, function: str) -> dict[str, tuple[str, str]]:
    prefix = "case_fts" if table == FTS_TABLE else "case_chars"
    forget = f"INSERT INTO {table}({table}, rowid, {_COLS}) VALUES ('delete', old.id, {_values(function, 'old.')});"
    return {
        f"{prefix}_update": (
            table,
            f"CREATE TRIGGER IF NOT EXISTS {prefix}_update AFTER UPDATE OF {_COLS} ON cases "
            f"WHEN old.id <= {_INDEXED} BEGIN {forget} "
            f"INSERT INTO {table}(rowid, {_COLS}) VALUES (new.id, {_values(function, 'new.')}); END",
        ),
        f"{prefix}_delete": (
            table,
            f"CREATE TRIGGER IF NOT EXISTS {prefix}_delete AFTER DELETE ON cases "
            f"WHEN old.id <= {_INDEXED} BEGIN {forget} END",
        ),
    }


#: Trigger name → (its index, its CREATE statement). Made again where missing after every
#: migration: SQLite drops a table's triggers when a migration copies the table.
SQLITE_TRIGGERS = {
    name: made for table, function in _INDEXES for name, made in _triggers(table, function).items()
}
TRIGGERS = tuple(SQLITE_TRIGGERS)
_SEARCH_TEXT = " || ' ' || ".join(f"coalesce({c}, '')" for c in COLUMNS)
POSTGRESQL_SCHEMA = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON cases USING gin (({_SEARCH_TEXT}) gin_trgm_ops)",
]


def create_schema(conn: Connection) -> None:
    """The search index of this database's kind (used by the migration that introduces it)."""
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_SCHEMA:
            conn.exec_driver_sql(statement)
        ensure_triggers(conn)
    elif conn.dialect.name == "postgresql":
        for statement in POSTGRESQL_SCHEMA:
            conn.exec_driver_sql(statement)


def drop_schema(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {CHARS_TABLE}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")


def ensure_triggers(conn: Connection) -> None:
    """Create the index's triggers where they are missing (only then does this write)."""
    if conn.dialect.name != "sqlite":
        return
    present = {
        row[0]
        for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    }
    for name, (table, statement) in SQLITE_TRIGGERS.items():
        # Only for an index that exists (a database before migration 0007 has no character index).
        if name not in present and table in present:
            conn.exec_driver_sql(statement)


def _has_fts(conn: Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    return found is not None


# Searching --------------------------------------------------------------------------------------


def _escape_like(words: str) -> str:
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _scan(words: str) -> ColumnElement[bool]:
    pattern = f"%{_escape_like(words)}%"
    return or_(*(getattr(Case, c).like(pattern, escape="\\") for c in COLUMNS))


def _fts_phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


def _tokens_only(words: str) -> bool:
    """Whether each character is a token to unicode61 (letters and digits; it drops the rest)."""
    return all(unicodedata.category(ch)[0] in "LN" for ch in words)


def _rowids(table: str, phrase: str) -> Select[Any]:
    """The cases an FTS5 index finds for `phrase`."""
    match = text(f"{table} MATCH :phrase").bindparams(phrase=_fts_phrase(phrase))
    return select(literal_column("rowid")).select_from(text(table)).where(match)


def _number_or_name(words: str) -> tuple[Select[Any], Select[Any]]:
    """The cases whose number starts with `words`, and those whose petitioner is called `words`."""
    return (
        select(Case.id).where(Case.number >= words, Case.number < words + "\uffff"),
        select(Case.id).where(Case.principal_name == words),
    )


@dataclass(frozen=True)
class Found:
    """The cases a search finds: the ids the indexes give, each also meeting `check` when there is
    one (a word of 2 characters: the character index proposes, the text decides)."""

    ids: CompoundSelect[Any]
    check: ColumnElement[bool] | None = None

    def condition(self, id_column: ColumnElement[Any] | None = None) -> ColumnElement[bool]:
        """The search as a condition on `Case` (`id_column`: the id as written, `Case.id` by default)."""
        among = (Case.id if id_column is None else id_column).in_(self.ids)
        return among if self.check is None else and_(among, self.check)


def found_by_index(dialect: str, words: str, also: Sequence[Select[Any]] = ()) -> Found | None:
    """The cases whose number starts with `words`, whose petitioner is called `words`, or whose
    number, petitioner, summary, content or 被反映对象 contain `words`: a union of one query per part,
    each answered from an index, so that no part makes the database read every case (an OR of the
    parts would); `also`: more ids of cases found (a 档号's; not with a check). None where only a scan
    answers: a single character, or 2 characters of which one is not a letter or digit (SQLite)."""
    words = words.strip()
    number_prefix, named = _number_or_name(words)
    if dialect == "postgresql":
        expression: ColumnElement[str] = literal_column(
            "(" + _SEARCH_TEXT.replace("coalesce(", "coalesce(cases.") + ")"
        )
        contained = select(Case.id).where(expression.ilike(f"%{_escape_like(words)}%", escape="\\"))
        return Found(union(number_prefix, named, contained, *also))
    if dialect != "sqlite" or not words:
        return None
    indexed = select(SearchState.indexed_upto).where(SearchState.id == 1).scalar_subquery()
    if len(words) < MIN_TRIGRAM:
        if len(words) == 1 or not _tokens_only(words) or also:
            # One character is in most cases or in hardly any: a scan in date order finds the first
            # page at once where the index would list nearly every case (benchmarks/RESULTS.md).
            return None
        # A number starting with the word, or a petitioner so called, contains it as well: every
        # candidate is checked against the text, and only the candidates (a page, the count) read.
        in_chars = _rowids(CHARS_TABLE, " ".join(words))
        tail = select(Case.id).where(Case.id > func.coalesce(indexed, 0))
        return Found(union(number_prefix, named, in_chars, tail), _scan(words))
    in_index = _rowids(FTS_TABLE, words)
    tail = select(Case.id).where(Case.id > func.coalesce(indexed, 0), _scan(words))
    return Found(union(number_prefix, named, in_index, tail, *also))


def matches(dialect: str, words: str) -> ColumnElement[bool]:
    """A condition on `Case` true for the cases `found_by_index` finds (or a scan, where no index
    answers)."""
    found = found_by_index(dialect, words)
    if found is not None:
        return found.condition()
    return or_(Case.id.in_(union(*_number_or_name(words.strip()))), _scan(words.strip()))


# Catching up ------------------------------------------------------------------------------------


def pending(conn: Connection) -> int:
    """How many cases the index has not reached (0 on PostgreSQL, whose index is always current)."""
    if conn.dialect.name != "sqlite" or not _has_fts(conn):
        return 0
    upto = conn.scalar(select(SearchState.indexed_upto).where(SearchState.id == 1)) or 0
    return int(conn.scalar(select(func.count()).select_from(Case).where(Case.id > upto)) or 0)


def catch_up(
    engine_connect: Callable[[], Connection],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Index the cases the index has not reached, a batch per transaction (other writers wait at
    most one batch). Returns how many were indexed; stops early when `cancelled()` says so."""
    done = 0
    with engine_connect() as conn:
        if conn.dialect.name != "sqlite" or not _has_fts(conn):
            return 0
        total = pending(conn)
        conn.rollback()
        # Each batch writes: take the write lock at BEGIN, so a registration committed meanwhile on
        # the GUI thread makes this wait (busy_timeout) instead of failing as a stale reader would.
        conn.execution_options(immediate=True)
        while not (cancelled and cancelled()):
            with conn.begin():
                upto = conn.scalar(select(SearchState.indexed_upto).where(SearchState.id == 1)) or 0
                last = conn.scalar(
                    select(Case.id).where(Case.id > upto).order_by(Case.id).offset(BATCH - 1).limit(1)
                ) or conn.scalar(select(func.max(Case.id)).where(Case.id > upto))
                if last is None:
                    break
                for table, function in _INDEXES:
                    added = conn.exec_driver_sql(
                        f"INSERT INTO {table}(rowid, {_COLS}) SELECT id, {_values(function)} FROM cases "
                        "WHERE id > ? AND id <= ?",
                        (upto, last),
                    ).rowcount
                conn.execute(update(SearchState).where(SearchState.id == 1).values(indexed_upto=last))
            done += max(added, 0)
            if progress is not None:
                progress(done, total)
    log.info("search index caught up with %d cases", done)
    return done


def rebuild(engine_connect: Callable[[], Connection]) -> int:
    """Empty the index and index every case again (fazhi check --repair, or after a restore)."""
    with engine_connect() as conn, conn.execution_options(immediate=True).begin():
        if conn.dialect.name != "sqlite" or not _has_fts(conn):
            return 0
        for table, _function in _INDEXES:
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        conn.execute(update(SearchState).where(SearchState.id == 1).values(indexed_upto=0))
    return catch_up(engine_connect)
