"""The first day's checklist ticks itself from the data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from fazhi_desktop.services import backup
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.office.first_run import FirstRunItem, first_run
from fazhi_desktop.store.models import Category
from tests.services.helpers import register


def test_each_item_ticks_itself_from_the_data(ctx: Context, tmp_path: Path) -> None:
    start = first_run(ctx)
    assert start.office_set and start.shown
    # The categories come seeded from the template; the rest waits for the office.
    assert [i.item for i in start.items if i.done] == [FirstRunItem.CATEGORIES]

    directories.add_entry(ctx, "township", "塔峰镇")
    assert first_run(ctx)[FirstRunItem.REGIONS].done
    directories.add_entry(ctx, "unit", "县人社局")
    assert first_run(ctx)["units"].count == 1
    register(ctx, region="塔峰镇")
    assert first_run(ctx)[FirstRunItem.FIRST_CASE].done
    assert first_run(ctx).shown
    backup.backup(ctx, tmp_path)
    done = first_run(ctx)
    assert done.done and not done.shown


def test_retired_entries_do_not_count(ctx: Context) -> None:
    town = directories.add_entry(ctx, "township", "塔峰镇")
    directories.retire_entry(ctx, "township", town.id)
    assert not first_run(ctx)[FirstRunItem.REGIONS].done
    with ctx.db.engine.begin() as conn:
        conn.execute(update(Category).values(retired=True))
    assert not first_run(ctx)[FirstRunItem.CATEGORIES].done
