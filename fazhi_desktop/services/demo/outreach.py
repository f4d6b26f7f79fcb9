"""Demo 宣传, 学法 and 接访 records beside the demo cases, so the 宣传与学法 page, the outreach block of
the statistics and the annual report's paragraphs show what a real bureau's year looks like.

A county bureau's reports speak of about forty outreach events a year, a reception day a month and
six study sessions with an exam; the figures here are of that order. Records go through the same
services a clerk uses (a few hundred rows: the per-record path costs nothing here). A year that
already has outreach records (an earlier `fazhi demo`, or a bureau's own) is left as it is: more
demo cases do not make a second year of events, and the service would refuse the same event twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind, TrainingMode
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo.corpus import TOWNSHIPS
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import reception, study
from fazhi_desktop.services.outreach.events import EventInput
from fazhi_desktop.services.outreach.reception import ReceptionInput
from fazhi_desktop.services.outreach.study import AdviceInput, StudyInput
from fazhi_desktop.store.models import Case, LegalAdvice, OutreachEvent, ReceptionEvent, StudyActivity

#: (kind, title, place) of the usual events; the township is added for events held in one.
_EVENTS = (
    ("进乡村", "《信访工作条例》宣传进乡村", "{t}集市"),
    ("进社区", "《信访工作条例》宣传进社区", "{t}文化广场"),
    ("进学校", "法治进校园", "{t}中学"),
    ("进企业", "送法进企业", "{t}工业园"),
    ("进单位", "条例进机关", "县政府"),
    ("集中宣传", "信访法治化集中宣传日", "县城广场"),
)
_PARTNERS = ("公安局", "法院", "检察院", "司法局", "人社局", "自然资源局", "住建局", "妇联")
_LEADERS = ("县委书记", "县长", "常务副县长", "县委副书记", "政法委书记")


@dataclass(frozen=True)
class OutreachDemoResult:
    events: int
    study: int
    receptions: int


def generate_outreach(ctx: Context, first: date, last: date, *, seed: int = 1) -> OutreachDemoResult:
    """Records for every year from `first` to `last` (the demo cases' span), none after `last`."""
    rng = random.Random(seed)
    events = studies = receptions = 0
    kept = _years_with_records(ctx)
    for year in range(first.year, last.year + 1):
        if year in kept:
            continue
        events += _events(ctx, rng, year, last)
        studies += _study(ctx, rng, year, last)
        receptions += _receptions(ctx, rng, year, last)
    return OutreachDemoResult(events, studies, receptions)


def _years_with_records(ctx: Context) -> set[int]:
    """The years in which any outreach, study, advice or reception record is already kept."""
    dates = (OutreachEvent.held_on, StudyActivity.held_on, ReceptionEvent.held_on, LegalAdvice.period_start)
    with ctx.db.reading() as session:
        # Hundreds of records a year: their distinct dates are few.
        return {day.year for column in dates for day in session.scalars(select(column).distinct())}


def _day(rng: random.Random, year: int, month: int, last: date) -> date | None:
    day = date(year, month, rng.randint(1, 28))
    return day if day <= last else None


def _events(ctx: Context, rng: random.Random, year: int, last: date) -> int:
    made = 0
    for month in range(1, 13):
        # Different days: the service refuses a second event of the same day, title and place.
        for day in sorted(rng.sample(range(1, 29), rng.randint(2, 4))):
            held_on = date(year, month, day)
            if held_on > last:
                continue
            kind, title, place = rng.choice(_EVENTS)
            township = rng.choice(TOWNSHIPS).name
            partners = rng.sample(_PARTNERS, rng.randint(0, 4))
            leaflets = rng.randrange(200, 3000, 100)
            outreach.add_event(
                ctx,
                EventInput(
                    held_on=held_on,
                    title=title,
                    kind=kind,
                    place=place.format(t=township),
                    township=township if "{t}" in place else None,
                    organisers="县信访局",
                    partner_names="、".join(partners),
                    leaflets=leaflets,
                    brochures=leaflets // 2,
                    boards=rng.randint(0, 8),
                    banners=rng.randint(0, 5),
                    consultations=rng.randint(10, 150),
                    people_reached=rng.randrange(300, 5000, 50),
                ),
            )
            made += 1
    # 12月4日 国家宪法日: every bureau holds one, the year's largest.
    constitution_day = date(year, 12, 4)
    if constitution_day <= last:
        outreach.add_event(
            ctx,
            EventInput(
                held_on=constitution_day,
                title="国家宪法日集中宣传",
                kind="宪法宣传日/周",
                place="县城步行街",
                partner_names="、".join(_PARTNERS),
                leaflets=8000,
                brochures=5000,
                boards=8,
                banners=15,
                consultations=260,
                people_reached=12000,
                media_count=2,
                media_note="县融媒体中心",
            ),
        )
        made += 1
    return made


def _study(ctx: Context, rng: random.Random, year: int, last: date) -> int:
    sessions = [
        (month, StudyKind.COLLECTIVE, "集中学习《信访工作条例》") for month in (2, 4, 6, 8, 10, 12)
    ] + [
        (5, StudyKind.LECTURE, "信访法治化专题讲座"),
        (7, StudyKind.CENTRAL_GROUP, "中心组学习习近平法治思想"),
        (9, StudyKind.TRAINING, "全省信访干部网络培训"),
        (11, StudyKind.EXAM, "年度学法考试"),
    ]
    made = 0
    for month, kind, title in sessions:
        held_on = _day(rng, year, month, last)
        if held_on is None:
            continue
        participants = rng.randint(15, 22)
        study.add_study(
            ctx,
            StudyInput(
                held_on=held_on,
                kind=kind,
                title=title,
                participants=participants,
                passed=participants if kind is StudyKind.EXAM else None,
                mode=TrainingMode.ONLINE if kind is StudyKind.TRAINING else None,
            ),
        )
        made += 1
    start, end = date(year, 1, 1), min(date(year, 12, 31), last)
    if start <= end:
        study.add_advice(
            ctx,
            AdviceInput(
                period_start=start,
                period_end=end,
                consultations=rng.randint(20, 60),
                cases_reviewed=rng.randint(5, 20),
                adviser="县法律援助中心律师",
            ),
        )
    return made


def _receptions(ctx: Context, rng: random.Random, year: int, last: date) -> int:
    made = 0
    for month in range(1, 13):
        held_on = _day(rng, year, month, last)
        if held_on is None:
            continue
        # The cases registered that day were received there (a leader's reception day).
        with ctx.db.reading() as session:
            numbers = list(
                session.scalars(
                    select(Case.number).where(Case.registered_on == held_on).order_by(Case.id).limit(3)
                )
            )
        kind = rng.choice([ReceptionKind.LEADER_DAY, ReceptionKind.LEADER_DAY, ReceptionKind.DOWN_VISIT])
        reception.add_reception(
            ctx,
            ReceptionInput(
                held_on=held_on,
                kind=kind,
                leader=rng.choice(_LEADERS),
                place="县群众来访接待中心"
                if kind is ReceptionKind.LEADER_DAY
                else rng.choice(TOWNSHIPS).name,
                batches=max(len(numbers), rng.randint(1, 6)),
                people=rng.randint(3, 15),
                cases=numbers,
            ),
        )
        made += 1
    return made
