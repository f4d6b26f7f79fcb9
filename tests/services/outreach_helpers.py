"""A year of hand-built outreach, reception and study records whose figures are known by hand."""

from __future__ import annotations

from datetime import date

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind, TrainingMode
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import reception, study
from fazhi_desktop.services.outreach.events import EventInput
from fazhi_desktop.services.outreach.reception import ReceptionInput
from fazhi_desktop.services.outreach.study import AdviceInput, StudyInput
from tests.services.helpers import register


def event(on: date, title: str, kind: str, **counts: object) -> EventInput:
    return EventInput(held_on=on, title=title, kind=kind, **counts)  # type: ignore[arg-type]


def build_year(ctx: Context) -> dict[str, int]:
    """Three 2024 events (one in 2023), reception days and study; returns the event ids by name.
    Today becomes the last day of 2024 (the fixture puts the clock back)."""
    clock.set_today(date(2024, 12, 31))
    directories.add_entry(ctx, "township", "塔峰镇")
    directories.add_entry(ctx, "township", "总市镇")
    ids = {}
    ids["community"] = outreach.add_event(
        ctx,
        event(
            date(2024, 3, 5),
            "《信访工作条例》宣传进社区",
            "进社区",
            place="塔峰镇文化广场",
            township="塔峰镇",
            leaflets=2000,
            brochures=1000,
            other_materials=500,
            boards=3,
            banners=5,
            consultations=120,
            people_reached=3000,
            partner_names="公安局、法院",
        ),
    ).id
    ids["village"] = outreach.add_event(
        ctx,
        event(
            date(2024, 3, 20),
            "《信访工作条例》宣传进乡村",
            "village",
            place="总市镇集市",
            township="总市镇",
            leaflets=3000,
            brochures=4000,
            boards=5,
            banners=10,
            consultations=200,
            people_reached=50000,
            partner_count=30,
            partner_names="公安局、法院、司法局、人社局",
        ),
    ).id
    ids["constitution"] = outreach.add_event(
        ctx,
        event(
            date(2024, 12, 4),
            "国家宪法日集中宣传",
            "宪法宣传日／周",  # full-width slash, as typed with a Chinese IME
            place="县城步行街",
            other_materials=25000,
            people_reached=32300,
            media_count=2,
            media_note="县融媒体中心",
        ),
    ).id
    ids["last_year"] = outreach.add_event(
        ctx, event(date(2023, 12, 31), "法治进校园", "进学校", leaflets=100, people_reached=100)
    ).id
    case = register(ctx, "王建国", on=date(2024, 5, 10))
    reception.add_reception(
        ctx,
        ReceptionInput(
            held_on=date(2024, 5, 10),
            kind=ReceptionKind.LEADER_DAY,
            leader="张明（副县长）",
            place="县信访局接待大厅",
            batches=6,
            people=20,
            cases=[case.number],
        ),
    )
    reception.add_reception(
        ctx, ReceptionInput(held_on=date(2024, 6, 10), kind="领导接访日", leader="李华", batches=4, people=10)
    )
    reception.add_reception(
        ctx, ReceptionInput(held_on=date(2024, 7, 1), kind="down_visit", leader="张明", batches=2, people=5)
    )
    for month in range(1, 7):
        study.add_study(
            ctx, StudyInput(date(2024, month, 15), StudyKind.COLLECTIVE, "学习《信访工作条例》", 20)
        )
    study.add_study(ctx, StudyInput(date(2024, 9, 1), "学法考试", "年度学法考试", 25, passed=25))
    study.add_study(
        ctx,
        StudyInput(date(2024, 10, 1), StudyKind.TRAINING, "信访干部网络培训", 17, mode=TrainingMode.ONLINE),
    )
    study.add_advice(
        ctx, AdviceInput(date(2024, 1, 1), date(2024, 6, 30), consultations=12, cases_reviewed=5)
    )
    return ids
