"""The CHECK constraints that keep the text rule (domain/input_rules.py) in the database itself, so
that a value another tool writes past the program is refused the same on SQLite and PostgreSQL.

What each engine refuses:
- Length: SQLite ignores VARCHAR(N), so every ruled column has a CHECK `length(col) <= N` there
  (SQLite's length() counts characters); PostgreSQL's VARCHAR(N) bounds a column already, and a TEXT
  column gets the same CHECK.
- Characters: the control characters other than tab, line feed and carriage return, and DEL, are
  refused by a CHECK on both (a GLOB character class on SQLite, which has no regular expressions by
  default; a regular expression on PostgreSQL). A NUL is refused by the same CHECK on SQLite (its
  string functions stop at a NUL, so the value is searched as bytes) and by PostgreSQL itself.
- Only the program refuses lone surrogates and U+FFFE/U+FFFF (neither engine's encoding stores a
  surrogate in the first place) and turns a carriage return into a line feed.

N is FIELDS[field].max_chars: the rule is named once, in domain/. The migration 0019 adds these to a
database made before them; the models declare them so that a schema made from the models agrees.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import CheckConstraint
from sqlalchemy.sql.elements import conv

from fazhi_desktop.domain.input_rules import FIELDS


@dataclass(frozen=True)
class RuledColumn:
    """A stored text column kept by the rule of field `field` of domain.input_rules.FIELDS."""

    table: str
    column: str
    field: str
    #: TEXT rather than VARCHAR(N): PostgreSQL needs a CHECK on its length too.
    unbounded: bool = False
    #: Whether the database refuses control characters in it (False where only the length is kept,
    #: because the program's own check of that field is the length alone).
    characters: bool = True

    @property
    def max_chars(self) -> int:
        return FIELDS[self.field].max_chars

    @property
    def length_name(self) -> str:
        return f"ck_{self.table}_{self.column}_length"

    @property
    def characters_name(self) -> str:
        return f"ck_{self.table}_{self.column}_text"


RULED_COLUMNS: tuple[RuledColumn, ...] = (
    RuledColumn("petitioners", "name", "name"),
    RuledColumn("petitioners", "address", "address"),
    RuledColumn("petitioners", "phone", "phone"),
    RuledColumn("petitioners", "id_number", "id_number"),
    RuledColumn("cases", "principal_name", "name"),
    RuledColumn("cases", "summary", "summary"),
    RuledColumn("cases", "content", "content", unbounded=True),
    RuledColumn("cases", "upper_number", "upper_number"),
    RuledColumn("cases", "online_number", "online_number"),
    RuledColumn("cases", "envelope_address", "envelope_address"),
    RuledColumn("cases", "accused", "accused"),
    RuledColumn("steps", "note", "note", unbounded=True),
    RuledColumn("outreach_events", "title", "title"),
    RuledColumn("outreach_events", "place", "place"),
    RuledColumn("outreach_events", "organisers", "organisers"),
    RuledColumn("outreach_events", "partner_names", "partner_names", unbounded=True),
    RuledColumn("outreach_events", "media_note", "media_note"),
    RuledColumn("outreach_events", "notes", "notes", unbounded=True),
    # The account's real name: the accounts service checks its length, not its characters.
    RuledColumn("users", "display_name", "name", characters=False),
)

# SQLite: a GLOB character class of the refused characters (char(1)-char(8), VT, FF, char(14)-char(31),
# DEL), and a NUL found in the value's bytes.
_SQLITE_CLASS = (
    "'*[' || char(1) || '-' || char(8) || char(11, 12) || char(14) || '-' || char(31) || char(127) || ']*'"
)
_POSTGRES_CLASS = r"'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]'"


def length_sql(ruled: RuledColumn) -> str:
    """The CHECK on the length, the same SQL on both engines (length() counts characters in both)."""
    return f"length({ruled.column}) <= {ruled.max_chars}"


def characters_sql(ruled: RuledColumn, dialect: str) -> str:
    """The CHECK refusing control characters, in the SQL of `dialect` ("sqlite" or "postgresql")."""
    column = ruled.column
    if dialect == "postgresql":
        return f"{column} !~ {_POSTGRES_CLASS}"
    return f"{column} NOT GLOB {_SQLITE_CLASS} AND instr(CAST({column} AS BLOB), x'00') = 0"


def checks(table: str) -> tuple[CheckConstraint, ...]:
    """The CHECK constraints of `table`'s ruled columns, for its `__table_args__`; each is made only
    on the engine that needs it."""
    made: list[CheckConstraint] = []
    for ruled in RULED_COLUMNS:
        if ruled.table != table:
            continue
        # Names are given whole (the naming convention would prefix "ck_<table>_" again).
        length = CheckConstraint(length_sql(ruled), name=conv(ruled.length_name))
        made.append(length if ruled.unbounded else length.ddl_if(dialect="sqlite"))
        if ruled.characters:
            for dialect in ("sqlite", "postgresql"):
                made.append(
                    CheckConstraint(characters_sql(ruled, dialect), name=conv(ruled.characters_name)).ddl_if(
                        dialect=dialect
                    )
                )
    return tuple(made)
