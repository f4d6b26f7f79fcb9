"""Every write says what it touched: the services return it, and the database tells its listeners
once the change has committed (and never when it rolled back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from fazhi_desktop.domain.changes import NO_CHANGES, Changes, Touched
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.outreach import StudyKind
from fazhi_desktop.domain.step_details import Accept
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.office import directories, settings
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import files as outreach_files
from fazhi_desktop.services.outreach import study
from fazhi_desktop.services.outreach.study import StudyInput
from fazhi_desktop.store.writes import change, record_access
from tests.images import png_bytes
from tests.services.helpers import register
from tests.services.outreach_helpers import event


@pytest.fixture
def heard(ctx: Context) -> Iterator[list[Changes]]:
    """What the database announced to a listener."""
    seen: list[Changes] = []
    ctx.db.listeners.append(seen.append)
    yield seen
    ctx.db.listeners.remove(seen.append)


def test_a_registration_touches_its_case(ctx: Context, heard: list[Changes]) -> None:
    registered = register(ctx)
    assert registered.changes.kinds == {Touched.CASES}
    assert registered.changes.ids(Touched.CASES) == {registered.id}
    assert registered.changes.only_id(Touched.CASES) == registered.id
    assert heard == [registered.changes]


def test_a_step_touches_its_case(ctx: Context, heard: list[Changes]) -> None:
    case = register(ctx, nature="claim")
    applied = apply_step(ctx, case.id, Accept())
    assert applied.changes.kinds == {Touched.CASES}
    assert applied.changes.only_id(Touched.CASES) == case.id
    assert heard[-1] == applied.changes


def test_a_directory_edit_touches_the_directories(ctx: Context, heard: list[Changes]) -> None:
    entry = directories.add_entry(ctx, "unit", "县住建局测试科")
    assert heard[-1].kinds == {Touched.DIRECTORIES}
    removed = directories.delete_entry(ctx, "unit", entry.id)
    assert removed.kinds == {Touched.DIRECTORIES} and heard[-1] == removed


def test_a_setting_names_its_key_and_a_clock_setting_retiers_the_cases(
    ctx: Context, heard: list[Changes]
) -> None:
    written = settings.set_value(ctx, "collective_threshold", 6)
    assert written.kinds == {Touched.SETTINGS} and written.settings == {"collective_threshold"}
    register(ctx, nature="claim")
    clock = settings.set_value(ctx, "period_route_days", 20)
    assert clock.kinds == {Touched.SETTINGS, Touched.CASES}
    assert Touched.CASES in clock.bulk and clock.only_id(Touched.CASES) is None
    assert heard[-1] == clock


def test_a_retiering_touches_every_open_case_in_bulk(ctx: Context) -> None:
    register(ctx, nature="claim")
    result = retier_all(ctx)
    assert Touched.CASES in result.changes.bulk
    assert result.changes.settings == {"tiers_computed_on"}


def test_outreach_edits_touch_events_photos_and_study(ctx: Context, heard: list[Changes]) -> None:
    row = outreach.add_event(ctx, event(date(2024, 3, 5), "宣传进社区", "进社区", place="广场"))
    assert heard[-1].kinds == {Touched.OUTREACH_EVENTS} and heard[-1].ids(Touched.OUTREACH_EVENTS) == {row.id}
    outreach.edit_event(ctx, row.id, event(date(2024, 3, 5), "宣传进社区", "进社区", place="文化广场"))
    assert heard[-1].only_id(Touched.OUTREACH_EVENTS) == row.id
    outreach_files.add_file(ctx, row.id, "现场照片.png", png_bytes(4, 3))
    assert heard[-1].kinds == {Touched.PHOTOS} and heard[-1].ids(Touched.PHOTOS) == {row.id}
    deleted = outreach.delete_event(ctx, row.id)
    assert deleted.kinds == {Touched.OUTREACH_EVENTS, Touched.PHOTOS}
    assert deleted.ids(Touched.OUTREACH_EVENTS) == {row.id}
    learnt = study.add_study(
        ctx,
        StudyInput(held_on=date(2024, 3, 6), kind=StudyKind.COLLECTIVE, title="学习条例", participants=12),
    )
    assert heard[-1].kinds == {Touched.STUDY} and heard[-1].ids(Touched.STUDY) == {learnt.id}


def test_demo_data_is_noted_in_bulk(ctx: Context) -> None:
    result = demo.generate(ctx, 30, seed=5)
    assert Touched.CASES in result.changes.bulk


def test_what_changes_nothing_or_rolls_back_is_not_announced(ctx: Context, heard: list[Changes]) -> None:
    record_access(ctx.db, ctx.user, "case.view", "查看")  # an audit entry only
    with pytest.raises(UserError), change(ctx.db, ctx.user, "settings.set") as current:
        settings.write(current.session, "collective_threshold", 9)
        raise UserError("stop")
    assert heard == [] and settings.get(ctx, "collective_threshold") == 5
    assert NO_CHANGES.kinds == frozenset() and not NO_CHANGES


def test_changes_merge() -> None:
    one = Changes.of({Touched.CASES: [1]})
    two = Changes.of({Touched.CASES: [2]}, bulk=[Touched.DIRECTORIES], settings=["x"])
    both = one | two
    assert both.ids(Touched.CASES) == {1, 2} and both.only_id(Touched.CASES) is None
    assert Touched.DIRECTORIES in both and both.bulk == {Touched.DIRECTORIES} and both.settings == {"x"}
