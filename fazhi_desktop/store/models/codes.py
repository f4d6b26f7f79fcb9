"""Vocabulary columns: stored as their short English code (a plain string column), loaded as the domain's enum.

The schema is that of a String column of the same length, so no migration is needed and other tools
read the codes as before. Writing takes a member or its code. A stored code this version does not know
(written by a newer version, an exchange file or by hand) must not stop a reader: it loads as its plain
text, a `str` like every member of these StrEnums, so it is shown as stored, equals no member and is
written back unchanged; a warning names it once per code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import String, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapper
from sqlalchemy.types import TypeDecorator

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)

#: (enum, code) pairs already warned about, so a list of a million rows logs each once.
_warned: set[tuple[type[StrEnum], str]] = set()


class Code(TypeDecorator[E], Generic[E]):
    """A String(length) column whose values are members of `enum` (codes, not names, in the database)."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum
        self.length = length
        self._members: dict[str, E] = {member.value: member for member in enum}

    @property
    def python_type(self) -> type[E]:
        return self.enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        # A plain str, never the member: drivers adapt enums by name (psycopg) or not at all.
        return None if value is None else str.__str__(value)

    def coerce(self, value: Any) -> Any:
        """The member of a code (a member stays itself; an unknown code stays its text)."""
        return self._members.get(value, value) if value is not None else None

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        member = self._members.get(value)
        if member is not None:
            return member
        if (self.enum, value) not in _warned:
            _warned.add((self.enum, value))
            log.warning("unknown %s code in the database, shown as stored: %r", self.enum.__name__, value)
        return value  # type: ignore[no-any-return]  # the documented fallback: the code as text


def convert_on_assignment(mappers: Iterable[Mapper[Any]]) -> None:
    """Make every Code attribute of these mappers hold the member when a code is assigned to it."""
    for mapper in mappers:
        for prop in mapper.column_attrs:
            column_type = prop.columns[0].type
            if isinstance(column_type, Code):
                event.listen(getattr(mapper.class_, prop.key), "set", _coercer(column_type), retval=True)


def _coercer(column_type: Code[Any]) -> Callable[..., Any]:
    def coerce(_target: object, value: Any, _old: Any, _initiator: object) -> Any:
        return column_type.coerce(value)

    return coerce
