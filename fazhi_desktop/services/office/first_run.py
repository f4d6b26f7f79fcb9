"""The first day: what a new office still has to set up before the program serves it well.

The 工作台 shows a checklist until every item is done; each item is answered from the data (never
from a tick the clerk set), so an item done elsewhere — a ledger import that brought the townships,
a backup from the command line — ticks itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.vocab import RegionKind
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import get_local_office
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import AuditEntry, Case, Category, Region, Unit

#: The audit action of a backup (services/backup.py).
BACKUP_ACTION = "backup.make"


class FirstRunItem(StrEnum):
    """One thing a new office sets up, in the order the checklist shows them."""

    REGIONS = "regions"  # 乡镇和村 (问题属地)
    UNITS = "units"  # 责任单位
    CATEGORIES = "categories"  # 内容分类
    FIRST_CASE = "first_case"  # 第一件信访件
    BACKUP = "backup"  # 备份


@dataclass(frozen=True)
class ItemState:
    item: FirstRunItem
    done: bool
    #: How many there are (townships, units, categories, cases, backups): the checklist says it.
    count: int


@dataclass(frozen=True)
class FirstRun:
    """The checklist as the data answers it."""

    office_set: bool
    items: tuple[ItemState, ...]

    @property
    def done(self) -> bool:
        return all(i.done for i in self.items)

    @property
    def shown(self) -> bool:
        """The 工作台 shows the checklist once the office is set, until every item is done."""
        return self.office_set and not self.done

    def __getitem__(self, item: FirstRunItem | str) -> ItemState:
        wanted = FirstRunItem(item)
        return next(i for i in self.items if i.item is wanted)


def _count(session: Session, query: Select[int]) -> int:
    return int(session.scalar(query) or 0)


def first_run(ctx: Context) -> FirstRun:
    """Which items of the first day are done."""
    office_set = get_local_office(ctx) is not None
    with ctx.db.reading() as session:
        townships = _count(
            session,
            select(func.count())
            .select_from(Region)
            .where(Region.kind == RegionKind.TOWNSHIP.value, Region.retired.is_(False)),
        )
        units = _count(session, select(func.count()).select_from(Unit).where(Unit.retired.is_(False)))
        categories = _count(
            session, select(func.count()).select_from(Category).where(Category.retired.is_(False))
        )
        # Whether there is one is all the checklist needs: a count stops at the first case.
        has_case = session.scalar(select(Case.id).where(case_scope(ctx)).limit(1)) is not None
        backups = _count(
            session,
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == BACKUP_ACTION, AuditEntry.outcome == "ok"),
        )
    counts = {
        FirstRunItem.REGIONS: townships,
        FirstRunItem.UNITS: units,
        FirstRunItem.CATEGORIES: categories,
        FirstRunItem.FIRST_CASE: int(has_case),
        FirstRunItem.BACKUP: backups,
    }
    return FirstRun(
        office_set=office_set,
        items=tuple(ItemState(item, counts[item] > 0, counts[item]) for item in FirstRunItem),
    )
