"""Re-tiering every open case: for a new day, a changed setting; and the demo's mix of tiers."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.procedure import derive
from fazhi_desktop.domain.vocab import FINAL_STATES, CaseState, DeadlineState
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.case_state import clock_row, load_steps
from fazhi_desktop.services.clock.rules import clock_rules
from fazhi_desktop.services.clock.triage import (
    deadline_condition,
    open_condition,
    retier_all,
    retier_if_stale,
)
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.office import settings
from fazhi_desktop.store.models import AuditEntry, Case
from tests.services.helpers import register

D = date.fromisoformat


def tiers(ctx: Context) -> dict[str | None, int]:
    with ctx.db.reading() as session:
        return dict(Counter(session.scalars(select(Case.tier).where(Case.tier.is_not(None)))))


def test_the_demo_has_every_state_a_mix_of_tiers_and_obeys_the_procedure(ctx: Context) -> None:
    result = demo.generate(ctx, 1500, seed=3)
    with ctx.db.reading() as session:
        states = set(session.scalars(select(Case.state).distinct()))
        flagged = session.scalar(select(func.count()).select_from(Case).where(Case.needs_attention.is_(True)))
        rules, cal = clock_rules(session), load_calendar(ctx)
        # Every history derives again to the same row, without a broken rule (but the few made to conflict).
        problems = 0
        for case in session.scalars(select(Case)):
            derived = derive(
                clock_row(session, case).facts(), load_steps(session, case.id), rules, cal, clock.today()
            )
            assert (
                derived.state.value == case.state
                and (derived.due.due if derived.due else None) == case.due_date
            )
            problems += bool(derived.problems)
    assert states >= {s.value for s in CaseState} - {"review_delivered", "rechecking", "reviewing"}
    assert problems == flagged and problems <= 3
    mix = tiers(ctx)
    assert result.tiers == mix and set(mix) == {"red", "yellow", "green"}
    assert mix["green"] > mix["yellow"] > 0 and mix["red"] > 0
    assert retier_all(ctx).changed == 0  # the demo ranked with the same rules


def test_a_new_day_moves_tiers_and_closes_passed_windows(ctx: Context) -> None:
    clock.set_today(D("2024-11-01"))
    case = register(ctx, nature="claim")
    assert tiers(ctx) == {"green": 1}
    clock.set_today(D("2024-11-14"))
    result = retier_all(ctx)
    assert (result.cases, result.changed, result.tiers) == (1, 1, {"yellow": 1})  # route due 11-18
    clock.set_today(D("2024-11-19"))
    retier_all(ctx)
    with ctx.db.reading() as session:
        assert session.get_one(Case, case.id).tier_reasons == "红：已超期 1 天（受理转交期限 2024-11-18）"


def test_a_changed_setting_recomputes_in_the_same_change(ctx: Context) -> None:
    register(ctx, nature="claim", on=D("2024-11-12"))  # route due 11-27: 7 days left
    assert tiers(ctx) == {"green": 1}
    with ctx.db.reading() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    settings.set_value(ctx, "tier_due_soon_days", 7)
    assert tiers(ctx) == {"yellow": 1}
    settings.set_value(ctx, "period_route_days", 10)
    with ctx.db.reading() as session:
        assert session.scalar(select(Case.due_date)) == D("2024-11-22")
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == (before or 0) + 2


def test_retier_runs_once_a_day(ctx: Context) -> None:
    register(ctx, nature="claim")
    assert retier_if_stale(ctx) is not None
    assert retier_if_stale(ctx) is None
    clock.set_today(D("2024-11-21"))
    assert retier_if_stale(ctx) is not None


def test_lists_filter_by_deadline_state_in_sql(ctx: Context) -> None:
    for day in ("2024-10-20", "2024-11-05", "2024-11-19"):  # route due 11-04 (late), 11-20 (today), 12-04
        register(ctx, nature="claim", on=D(day))
    today = clock.today()
    with ctx.db.reading() as session:

        def count(state: DeadlineState) -> int:
            query = (
                select(func.count())
                .select_from(Case)
                .where(open_condition(), deadline_condition(state, today, 5))
            )
            return int(session.scalar(query) or 0)

        assert [count(s) for s in DeadlineState] == [1, 1, 1, 0]
        final = [s.value for s in FINAL_STATES]
        assert session.scalar(select(func.count()).select_from(Case).where(Case.state.in_(final))) == 0
