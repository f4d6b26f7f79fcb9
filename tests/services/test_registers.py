"""Registers and higher-level counts at the service level: who may write, the as-of rules, the
annual's sentences, and a matter listed by any case of it."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.registers import RegisterInput, RegisterKind
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.registers import reading, writing
from fazhi_desktop.services.registers.annual import annual_paragraphs
from fazhi_desktop.services.statistics.higher_level import higher_level
from tests.services.helpers import register
from tests.services.register_helpers import upper_case

D = date.fromisoformat


def test_a_user_who_may_not_write_is_refused(ctx: Context) -> None:
    case = register(ctx, on=D("2024-03-01")).number
    writing.add_register(ctx, RegisterInput(RegisterKind.BACKLOG, "积案"))
    writing.add_cases(ctx, "积案", [case])
    viewer = Context(db=ctx.db, user="guest", actor=Actor("guest", "访客", Role.VIEWER))
    with pytest.raises(UserError, match="当前用户（只读）不能记录化解。请用有登记或办理权限的账号登录。"):
        writing.resolve(viewer, "积案", case)
    with pytest.raises(UserError, match="只读"):
        writing.add_register(viewer, RegisterInput(RegisterKind.BACKLOG, "另一本"))
    # reading is allowed
    assert [r.name for r in reading.list_registers(viewer)] == ["积案"]


def test_the_decider_is_the_acting_user_and_a_repeat_names_its_matter(ctx: Context) -> None:
    first = register(ctx, "王建国", on=D("2024-03-01"))
    again = register(ctx, "王建国", on=D("2024-04-01"), repeat_of=first.number)
    writing.add_register(ctx, RegisterInput(RegisterKind.LEADER, "包案", starts_on=D("2024-01-01")))
    done = writing.add_cases(ctx, "包案", [first.number, again.number])
    assert done.added == (first.number,) and done.already == (again.number,)
    leader = Context(db=ctx.db, user="zhang", actor=Actor("zhang", "张明", Role.LEADER))
    writing.resolve(leader, "包案", again.number, D("2024-06-01"))  # the repeat names the same matter
    view = reading.register_view(ctx, "包案")
    assert [(e.number, e.added_on, e.resolved_on, e.resolved_by) for e in view.entries] == [
        (first.number, D("2024-03-01"), D("2024-06-01"), "张明")  # joined on its registration day
    ]


def test_higher_level_cases_resolve_by_the_date_they_closed(ctx: Context) -> None:
    upper_case(ctx, "国信督〔2024〕1号", "upper_supervised", "2024-03-10", close=True)  # closed 2024-04-10
    upper_case(ctx, "国信督〔2024〕2号", "upper_supervised", "2024-03-11")
    spring = higher_level(ctx, D("2024-01-01"), D("2024-03-31")).central_supervised
    assert (spring.cases, spring.resolved) == (2, 0)  # closed only in April
    year = higher_level(ctx, D("2024-01-01"), D("2024-12-31")).central_supervised
    assert (year.cases, year.resolved, year.rate) == (2, 1, 0.5)


def test_the_annual_says_nothing_of_a_year_without_these_figures(ctx: Context) -> None:
    number = register(ctx, on=D("2024-03-01")).number
    assert annual_paragraphs(ctx, 2024) == ()
    writing.add_register(ctx, RegisterInput(RegisterKind.LEADER, "2023年包案", ends_on=D("2023-12-31")))
    writing.add_cases(ctx, "2023年包案", [number])
    assert annual_paragraphs(ctx, 2024) == ()  # a register of another year
    writing.add_register(ctx, RegisterInput(RegisterKind.LEADER, "2024年包案", starts_on=D("2024-01-01")))
    writing.add_cases(ctx, "2024年包案", [number])
    assert annual_paragraphs(ctx, 2024) == ("领导包案1起，化解率0.0%。",)
