"""What one committed write touched: the kinds of record and their ids (Anki's OpChanges, in our words).

`store.writes.change` collects it while a service writes, services return it, and the GUI turns it into
the signals its views listen to; so a view refreshes because data changed, never because a window
remembered to say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Touched(StrEnum):
    """A kind of record a change can touch; the ids noted for it are those of the named rows."""

    #: 信访件 (ids of cases; a step, an attachment or a petitioner link counts for its case).
    CASES = "cases"
    #: Townships and villages, 责任单位, 内容分类, 信访目的 and the outreach kinds (no ids).
    DIRECTORIES = "directories"
    #: Offices (ids of offices).
    OFFICES = "offices"
    #: Settings kept in the database (their keys are in `Changes.settings`, not ids).
    SETTINGS = "settings"
    #: The holiday calendar an administrator entered (no ids).
    CALENDAR = "calendar"
    #: 宣传活动 (ids of events).
    OUTREACH_EVENTS = "outreach_events"
    #: Photos and files of events (ids of the events whose files changed).
    PHOTOS = "photos"
    #: 学法 activities (ids of activities).
    STUDY = "study"
    #: The 法律顾问's service records (ids of records).
    ADVICE = "advice"
    #: 接访 activities (ids of activities; linking a case counts for its activity).
    RECEPTIONS = "receptions"
    #: Users of the program (ids of users).
    USERS = "users"
    #: 台账: 包案, 积案 and 专项 registers (ids of registers; an entry or note counts for its register).
    REGISTERS = "registers"


#: The kinds the outreach page shows.
OUTREACH = frozenset(
    {Touched.OUTREACH_EVENTS, Touched.PHOTOS, Touched.STUDY, Touched.ADVICE, Touched.RECEPTIONS}
)


@dataclass(frozen=True)
class Changes:
    """The kinds a committed change touched, with the ids it knows of each.

    A kind written in bulk (an import, demo data, a re-tiering of every open case) is in `bulk`: its
    rows are too many to list, and a reader treats the whole kind as changed.
    """

    touched: Mapping[Touched, frozenset[int]] = field(default_factory=dict)
    bulk: frozenset[Touched] = frozenset()
    #: The keys of the settings written.
    settings: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.touched)

    def __contains__(self, kind: object) -> bool:
        return kind in self.touched

    @property
    def kinds(self) -> frozenset[Touched]:
        return frozenset(self.touched)

    def ids(self, kind: Touched) -> frozenset[int]:
        """The ids noted for `kind` (empty when it was not touched, or only in bulk)."""
        return self.touched.get(kind, frozenset())

    def only_id(self, kind: Touched) -> int | None:
        """The id of the one row of `kind` that changed; None when none, several or a bulk write did."""
        ids = self.ids(kind)
        if kind in self.bulk or len(ids) != 1:
            return None
        return next(iter(ids))

    def __or__(self, other: Changes) -> Changes:
        """Both changes as one (a service that commits twice returns what both touched)."""
        merged = {kind: self.ids(kind) | other.ids(kind) for kind in self.kinds | other.kinds}
        return Changes(merged, self.bulk | other.bulk, self.settings | other.settings)

    @classmethod
    def of(
        cls,
        ids: Mapping[Touched, Iterable[int]],
        bulk: Iterable[Touched] = (),
        settings: Iterable[str] = (),
    ) -> Changes:
        """Changes from plain collections (every kind in `bulk` counts as touched)."""
        touched = {kind: frozenset(found) for kind, found in ids.items()}
        for kind in bulk:
            touched.setdefault(kind, frozenset())
        return cls(touched, frozenset(bulk), frozenset(settings))


#: A change that touched no record (an audit entry of a view or a print).
NO_CHANGES = Changes()
