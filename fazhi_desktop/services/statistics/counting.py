"""Many counts over `cases` in few queries: each count rides on the scan of another that shares its
first conditions.

A year's figures ask some twenty counts (both sides of every fraction, the cases each indicator could
not judge, the period's totals). Most of them share a period with others: the registrations of the
period, the replies delivered in it. Asked one by one, each is a scan of that period's rows; here the
counts whose conditions begin with the very same conditions (the same objects, so the same SQL) are
asked in one query: those shared conditions in its WHERE, the rest of each count in a
`SUM(CASE WHEN … THEN 1 ELSE 0 END)`. A row counts exactly when all of a count's conditions hold, as
it did with all of them in the WHERE, so every figure stays what it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.store.models import Case

Condition = ColumnElement[bool]


@dataclass(frozen=True)
class Ask:
    """One count: the cases for which every condition holds; `people` sums their head counts (人次)."""

    conditions: tuple[Condition, ...]
    people: bool = False


def _key(conditions: Sequence[Condition]) -> tuple[int, ...]:
    return tuple(id(c) for c in conditions)


def _shared(asks: Sequence[Ask]) -> list[tuple[int, ...]]:
    """The WHERE of each count: the shortest conditions of any count that begin its own (by identity).
    Every such WHERE is a count asked anyway, so no query scans rows no count needed."""
    keys = sorted({_key(a.conditions) for a in asks if a.conditions}, key=len)
    chosen = []
    for ask in asks:
        own = _key(ask.conditions)
        chosen.append(next((k for k in keys if own[: len(k)] == k), own))
    return chosen


def count_many(session: Session, asks: Sequence[Ask]) -> list[int]:
    """Every count of `asks`, in their order, in one query per shared WHERE."""
    groups: dict[tuple[int, ...], list[int]] = {}
    for index, key in enumerate(_shared(asks)):
        groups.setdefault(key, []).append(index)
    answers = [0] * len(asks)
    for key, members in groups.items():
        where = asks[members[0]].conditions[: len(key)]
        columns: list[Any] = []
        for index in members:
            ask = asks[index]
            measure: Any = Case.head_count if ask.people else 1
            rest = ask.conditions[len(key) :]
            if rest:
                columns.append(func.coalesce(func.sum(case((and_(*rest), measure), else_=0)), 0))
            else:
                columns.append(func.coalesce(func.sum(measure), 0) if ask.people else func.count())
        row = session.execute(select(*columns).select_from(Case).where(*where)).one()
        for index, value in zip(members, row, strict=True):
            answers[index] = int(value or 0)
    return answers
