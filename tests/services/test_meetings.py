"""The 研判 meeting as a record: decisions become 研判 steps, the minutes list them, the next agenda
starts from the open ones and the board shows each case's last decision (today is 2024-11-20)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.meetings import DecisionInput
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.step_details import Withdraw
from fazhi_desktop.domain.vocab import Role, StepKind, Tier
from fazhi_desktop.services.archive.filing import archive_case
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.clock.review_board import BoardFilter, board_ids, board_rows_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings import records
from fazhi_desktop.services.meetings.decisions import last_decisions, open_decisions
from fazhi_desktop.services.meetings.minutes import print_minutes
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from tests.pdfread import flat
from tests.services.helpers import register

D = date.fromisoformat


def test_a_meeting_its_decisions_minutes_and_next_agenda(ctx: Context, tmp_path: Path) -> None:
    clock.set_today(D("2024-11-14"))
    wages = register(ctx, summary="反映拖欠工资", nature="claim", on=D("2024-11-04"))
    land = register(ctx, summary="反映征地补偿", nature="claim", on=D("2024-11-10"))
    noise = register(ctx, summary="反映噪声扰民", nature="claim", on=D("2024-11-10"))
    records.add_meeting(ctx, D("2024-11-14"), ["张明、李华", "王五"], "每周四研判")
    with pytest.raises(UserError, match="已登记过"):
        records.add_meeting(ctx, D("2024-11-14"))
    first = records.decide(
        ctx,
        D("2024-11-14"),
        wages.number,
        DecisionInput(Tier.RED, owner="李副县长", review_on=D("2024-11-21"), measures="约谈施工方，限期支付"),
    )
    assert first.tier is Tier.RED and first.review_on == D("2024-11-21")
    records.decide(ctx, D("2024-11-14"), land.number, DecisionInput(Tier.GREEN, measures="已协商"))
    records.decide(ctx, D("2024-11-14"), noise.number, DecisionInput(Tier.YELLOW, owner="城管局"))
    with pytest.raises(UserError, match="不能重复记录"):
        records.decide(ctx, D("2024-11-14"), land.number, DecisionInput(Tier.RED))
    with pytest.raises(ValidationError):
        records.decide(ctx, D("2024-11-14"), land.number, DecisionInput(Tier.RED, review_on=D("2024-11-01")))

    # The decision is the case's 研判 step: the tier follows from it, as the board's own dialog records it.
    detail = case_detail(ctx, wages.id)
    assess = [s for s in detail.steps if s.kind is StepKind.ASSESS]
    assert len(assess) == 1 and assess[0].occurred_on == D("2024-11-14")
    assert detail.tiers.assessed_tier is Tier.RED

    [meeting] = records.list_meetings(ctx)
    assert meeting.attendees == ("张明", "李华", "王五") and meeting.decisions == 3

    minutes = print_minutes(ctx, D("2024-11-14"), tmp_path / "纪要.pdf")
    text = flat(minutes.file)
    for expected in (
        "研判会议纪要",
        "张明、李华、王五",
        wages.number,
        "约谈施工方，限期支付",
        "李副县长",
        "城管局",
    ):
        assert expected in text
    assert "研判信访事项3件" in text and "红色1件" in text and "绿色1件" in text

    # A week later: the noise case was withdrawn; the land case's review (default: a week) is due.
    clock.set_today(D("2024-11-21"))
    apply_step(ctx, noise.id, Withdraw(reason="已自行协商解决"))
    held, open_ = open_decisions(ctx, D("2024-11-21"))
    assert held == D("2024-11-14")
    assert [d.number for d in open_] == [wages.number, land.number]
    agenda = tmp_path / "议程.pdf"
    make_report(ctx, ReportRequest(kind=ReportKind.AGENDA, day=D("2024-11-21")), agenda)
    text = flat(agenda)
    assert "上次研判会议" in text and "约谈施工方，限期支付" in text and wages.number in text

    last = last_decisions(ctx, [wages.id, land.id, noise.id])
    assert last[wages.id].tier == "red" and "李副县长" in last[wages.id].text()
    assert last[land.id].review_on == D("2024-11-21")


def test_the_board_shows_what_the_last_meeting_decided(ctx: Context) -> None:
    clock.set_today(D("2024-11-14"))
    case = register(ctx, summary="反映拖欠工资", nature="claim", on=D("2024-11-04"))
    records.add_meeting(ctx, D("2024-11-07"))
    records.add_meeting(ctx, D("2024-11-14"))
    records.decide(ctx, D("2024-11-07"), case.number, DecisionInput(Tier.YELLOW, measures="先行调解"))
    records.decide(
        ctx, D("2024-11-14"), case.number, DecisionInput(Tier.RED, owner="李副县长", measures="约谈")
    )
    [row] = board_rows_of(ctx, list(board_ids(ctx, BoardFilter(), "red")))
    assert row.meeting_decision == "2024-11-14 研判：红；责任人 李副县长；下次 2024-11-21；约谈"


def test_a_read_only_user_records_no_meeting_nor_filing(ctx: Context) -> None:
    viewer = Context(ctx.db, "viewer", Actor("viewer", "赵只读", Role.VIEWER))
    with pytest.raises(UserError, match="当前用户（只读）不能登记研判会议"):
        records.add_meeting(viewer, D("2024-11-14"))
    with pytest.raises(UserError, match="不能归档"):
        archive_case(viewer, "431127-2024-000001")
