"""The 研判 board and the urgency order of the case list, counted and sorted in SQL, on SQLite and
PostgreSQL, over hand-built cases with known deadlines (today is 2024-11-20)."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.domain.step_details import Accept, Assess, LeaderOwn, Withdraw
from fazhi_desktop.domain.vocab import DeadlineState, Tier
from fazhi_desktop.services.cases.reading import URGENCY, CaseFilter, count_cases, list_cases
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.clock.review_board import BoardFilter, board_counts, board_rows
from fazhi_desktop.services.context import Context
from tests.services.helpers import register

D = date.fromisoformat


@pytest.fixture
def cases(ctx: Context) -> dict[str, int]:
    """Known deadlines: the 15-day 受理转交期限 from registration, the 60-day 办理期限 from acceptance."""
    made = {
        # 2024-11-04 (+15 → 11-19 is a Tuesday): overdue by 1 day, red.
        "overdue": register(ctx, summary="反映拖欠工资", nature="claim", on=D("2024-11-04")).id,
        # 2024-10-20 → 11-04: overdue by 16 days, red.
        "long_overdue": register(ctx, summary="反映征地补偿", nature="claim", on=D("2024-10-20")).id,
        # 2024-11-10 → 11-25: 5 days left, yellow.
        "due_soon": register(ctx, summary="反映物业电梯停运", nature="claim", on=D("2024-11-10")).id,
        # 2024-11-18 → 12-03: 13 days left; green, and red by a collective visit with the same deadline.
        "green": register(ctx, summary="反映路灯不亮", nature="claim", on=D("2024-11-18")).id,
        "collective": register(ctx, summary="集体反映欠薪", nature="claim", on=D("2024-11-18"), people=9).id,
        # Accepted on 11-18 → handling due 2025-01-17; yellow by a leader who owns it.
        "owned": register(ctx, summary="反映宅基地纠纷", nature="claim", on=D("2024-11-18")).id,
        # Withdrawn: closed, no deadline, no tier.
        "closed": register(ctx, summary="反映噪声扰民", nature="claim", on=D("2024-11-18")).id,
    }
    apply_step(ctx, made["owned"], Accept(), occurred_on=D("2024-11-18"))
    apply_step(ctx, made["owned"], LeaderOwn(leader="李副县长"))
    apply_step(ctx, made["closed"], Withdraw(reason="已自行协商解决"))
    return made


def test_the_urgency_order_of_the_case_list(ctx: Context, cases: dict[str, int]) -> None:
    rows = list_cases(ctx, CaseFilter(), sort=URGENCY, descending=False)
    by_id = {row.id: row for row in rows}
    assert [(by_id[cases[k]].due_date, by_id[cases[k]].tier) for k in ("overdue", "green", "collective")] == [
        (D("2024-11-19"), "red"),
        (D("2024-12-03"), "green"),
        (D("2024-12-03"), "red"),
    ]
    names = {v: k for k, v in cases.items()}
    assert [names[row.id] for row in rows] == [
        "long_overdue",  # overdue first, the longest overdue on top
        "overdue",
        "due_soon",  # then the fewest days left
        "collective",  # same deadline as "green": red before green
        "green",
        "owned",
        "closed",  # no deadline: last
    ]
    assert by_id[cases["collective"]].deadline_kind == "route"
    backwards = list_cases(ctx, CaseFilter(), sort=URGENCY, descending=True)
    assert [names[row.id] for row in backwards][-1] == "closed"  # still last the other way round
    page = list_cases(ctx, CaseFilter(), sort=URGENCY, descending=False, offset=2, limit=2)
    assert [names[row.id] for row in page] == ["due_soon", "collective"]


def test_the_deadline_state_filter(ctx: Context, cases: dict[str, int]) -> None:
    names = {v: k for k, v in cases.items()}

    def listed(state: DeadlineState) -> list[str]:
        f = CaseFilter(deadline_state=state.value)
        rows = list_cases(ctx, f, sort=URGENCY, descending=False)
        assert count_cases(ctx, f) == len(rows)
        return [names[row.id] for row in rows]

    assert listed(DeadlineState.OVERDUE) == ["long_overdue", "overdue"]
    assert listed(DeadlineState.DUE_SOON) == ["due_soon"]
    assert listed(DeadlineState.ON_TIME) == ["collective", "green", "owned"]


def test_the_board_lists_the_red_and_yellow_open_cases(ctx: Context, cases: dict[str, int]) -> None:
    names = {v: k for k, v in cases.items()}
    counts = board_counts(ctx, BoardFilter())
    assert (counts.red, counts.yellow, counts.overdue, counts.review_due) == (3, 2, 2, 0)
    red = board_rows(ctx, BoardFilter(), "red")
    yellow = board_rows(ctx, BoardFilter(), "yellow")
    assert [names[r.id] for r in red] == ["long_overdue", "overdue", "collective"]
    assert [names[r.id] for r in yellow] == ["due_soon", "owned"]
    by_name = {names[r.id]: r for r in red + yellow}
    assert by_name["overdue"].tier_reasons == "红：已超期 1 天（受理转交期限 2024-11-19）"
    assert by_name["collective"].tier_reasons == "红：集体访 9 人"
    assert by_name["due_soon"].tier_reasons == "黄：5 天后到期（受理转交期限 2024-11-25）"
    assert (by_name["owned"].leader, by_name["owned"].tier_reasons) == (
        "李副县长",
        "黄：领导包案（李副县长）",
    )
    assert by_name["owned"].due_date == D("2025-01-17")
    assert by_name["overdue"].principal_name == "王建国" and by_name["overdue"].summary == "反映拖欠工资"
    assert [names[r.id] for r in board_rows(ctx, BoardFilter(), "red", offset=1, limit=1)] == ["overdue"]


def test_the_board_filters(ctx: Context, cases: dict[str, int]) -> None:
    names = {v: k for k, v in cases.items()}
    overdue = BoardFilter(deadline_state=DeadlineState.OVERDUE.value)
    assert board_counts(ctx, overdue).red == 2 and board_counts(ctx, overdue).yellow == 0
    apply_step(
        ctx,
        cases["collective"],
        Assess(tier=Tier.YELLOW, reason="代表已选出，情绪平稳", review_on=D("2024-11-20")),
    )
    decided = BoardFilter(review="decided")
    assert [names[r.id] for r in board_rows(ctx, decided, "yellow")] == ["collective"]
    assert board_counts(ctx, BoardFilter(review="due")).yellow == 1  # its review date is today
    assert board_counts(ctx, BoardFilter(review="never")).yellow == 2
    row = board_rows(ctx, decided, "yellow")[0]
    assert (row.tier, row.auto_tier, row.tier_reasons) == ("yellow", "red", "红：集体访 9 人")
    assert row.tier_note is not None and row.tier_note.startswith("研判定为黄（自动为红）")
