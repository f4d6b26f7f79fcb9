"""宣传活动: recording, editing, deleting and the figures of a year, on hand-built events."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest
from sqlalchemy import select

from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import kinds as outreach_kinds
from fazhi_desktop.services.outreach import stats as outreach_stats
from fazhi_desktop.services.outreach.events import EventFilter
from fazhi_desktop.services.outreach.report import annual_paragraphs
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.store.models import AuditEntry
from tests.services.outreach_helpers import build_year, event

YEAR = (date(2024, 1, 1), date(2024, 12, 31))


def test_a_new_database_has_the_default_kinds(ctx: Context) -> None:
    names = [k.name for k in outreach_kinds.list_kinds(ctx)]
    assert names == [
        "集中宣传",
        "宪法宣传日/周",
        "条例宣传月",
        "进乡村",
        "进社区",
        "进学校",
        "进企业",
        "进单位",
        "其他",
    ]


def test_totals_of_a_year(ctx: Context) -> None:
    build_year(ctx)
    total = outreach_stats.period_total(ctx, *YEAR)
    assert total.events == 3
    assert total.materials == 2000 + 1000 + 500 + 3000 + 4000 + 25000
    assert total.people_reached == 3000 + 50000 + 32300
    assert (total.sums["boards"], total.sums["banners"], total.sums["consultations"]) == (8, 15, 320)
    assert outreach_stats.outreach_totals(ctx, *YEAR) == {
        "events": 3,
        "materials": 35500,
        "people_reached": 85300,
    }


def test_totals_by_kind_month_and_township(ctx: Context) -> None:
    build_year(ctx)
    by_kind = {t.label: t for t in outreach_stats.totals_by_kind(ctx, *YEAR)}
    assert by_kind["进社区"].events == 1 and by_kind["进社区"].materials == 3500
    assert by_kind["进乡村"].people_reached == 50000
    assert by_kind["宪法宣传日/周"].materials == 25000
    assert by_kind["进学校"].events == 0  # the 2023 event is not in 2024
    by_month = outreach_stats.totals_by_month(ctx, 2024)
    assert [t.events for t in by_month] == [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert by_month[2].people_reached == 53000
    townships = [(t.label, t.events, t.people_reached) for t in outreach_stats.totals_by_township(ctx, *YEAR)]
    assert townships == [("总市镇", 1, 50000), ("塔峰镇", 1, 3000), ("（未填乡镇）", 1, 32300)]


def test_the_stats_block_counts_outreach_events_only(ctx: Context) -> None:
    build_year(ctx)
    figures = statistics.compute(ctx, *YEAR)
    assert asdict(figures.outreach) == {"events": 3, "materials": 35500, "people_reached": 85300}
    assert statistics.compute(ctx, *YEAR, office="431127").outreach.events == 3
    assert statistics.compute(ctx, date(2023, 1, 1), date(2023, 12, 31)).outreach.events == 1


def test_the_annual_paragraphs(ctx: Context) -> None:
    build_year(ctx)
    outreach_text, reception_text, study_text = annual_paragraphs(ctx, 2024)
    assert outreach_text == (
        "全年开展《信访工作条例》宣传进乡村、进社区及宪法宣传日/周等集中宣传活动3场次，"
        "发放宣传资料3.5万余份，覆盖城乡群众8.5万余人次；"
        "其中发放宣传单5000份、宣传手册5000份、其他资料2.5万余份，设立宣传展板8块，悬挂横幅15条，"
        "现场解答群众咨询320人次；联合公安局、法院、司法局等30家单位开展联合宣传；"
        "相关活动被新闻媒体报道2次。"
    )
    assert (
        reception_text == "全年开展领导接访日活动2次、领导下访1次，接待群众12批35人次，现场受理信访事项1件。"
    )
    assert study_text == (
        "局干部职工集中学法6次，组织学法考试1次，通过率100.0%；17人参加网络培训；"
        "法律顾问提供法律咨询12次、审查信访案件5件。"
    )
    assert annual_paragraphs(ctx, 2022) == []


def test_lists_filter_by_year_kind_and_township(ctx: Context) -> None:
    build_year(ctx)
    assert [e.title for e in outreach.list_events(ctx, EventFilter(year=2024))] == [
        "国家宪法日集中宣传",
        "《信访工作条例》宣传进乡村",
        "《信访工作条例》宣传进社区",
    ]
    village = next(k for k in outreach_kinds.list_kinds(ctx) if k.name == "进乡村")
    assert [e.title for e in outreach.list_events(ctx, EventFilter(kind_id=village.id))] == [
        "《信访工作条例》宣传进乡村"
    ]
    rows = outreach.list_events(ctx, EventFilter(year=2024))
    tafeng = next(r.region_id for r in rows if r.region_name == "塔峰镇")
    assert [e.region_name for e in outreach.list_events(ctx, EventFilter(region_id=tafeng))] == ["塔峰镇"]
    assert outreach.count_events(ctx, EventFilter(text="宪法")) == 1
    assert outreach.count_events(ctx) == 4
    assert outreach.event_years(ctx) == [2024, 2023]


def test_an_edit_is_audited_field_by_field(ctx: Context) -> None:
    ids = build_year(ctx)
    row = outreach.get_event(ctx, ids["community"])
    data = outreach.to_input(row)
    data.leaflets = 2500
    data.place = "塔峰镇中心广场"
    edited = outreach.edit_event(ctx, row.id, data)
    assert edited.leaflets == 2500 and edited.materials == 4000
    with ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "outreach.edit")).one()
    assert entry.details["changed"]["leaflets"] == [2000, 2500]
    assert entry.details["changed"]["place"] == ["塔峰镇文化广场", "塔峰镇中心广场"]
    assert outreach_stats.outreach_totals(ctx, *YEAR)["materials"] == 36000


def test_the_same_event_twice_is_refused(ctx: Context) -> None:
    build_year(ctx)
    with pytest.raises(UserError, match="已经登记过同一天、同一主题、同一地点"):
        outreach.add_event(
            ctx, event(date(2024, 3, 5), "《信访工作条例》宣传进社区 ", "进社区", place="塔峰镇 文化广场")
        )


def test_bad_input_is_refused_field_by_field(ctx: Context) -> None:
    with pytest.raises(ValidationError) as info:
        outreach.add_event(
            ctx,
            event(date(2024, 12, 1), "", "座谈会", leaflets=-5, people_reached=99_000_000, township="火星镇"),
        )
    errors = info.value.errors
    assert "晚于今天" in errors["held_on"]
    assert "请填写活动主题" in errors["title"]
    assert "不能为负数" in errors["leaflets"] and "多打了位数" in errors["people_reached"]
    with pytest.raises(ValidationError) as info:
        outreach.add_event(ctx, event(date(2024, 3, 1), "宣传", "座谈会", township="火星镇"))
    assert "可选：集中宣传、宪法宣传日/周" in info.value.errors["kind"]
    assert "火星镇" in info.value.errors["township"]
    with pytest.raises(ValidationError, match="联合单位数（1）少于"):
        outreach.add_event(
            ctx, event(date(2024, 3, 1), "宣传", "其他", partner_count=1, partner_names="甲、乙")
        )


def test_kinds_are_edited_like_a_directory(ctx: Context) -> None:
    added = outreach_kinds.add_kind(ctx, "进网络")
    assert added.code.startswith("k")
    with pytest.raises(UserError, match="已经存在"):
        outreach_kinds.add_kind(ctx, "进 网络")
    renamed = outreach_kinds.rename_kind(ctx, added.id, "进网站")
    outreach.add_event(ctx, event(date(2024, 3, 1), "网站宣传", renamed.name))
    with pytest.raises(UserError, match="已有活动使用，不能删除"):
        outreach_kinds.delete_kind(ctx, added.id)
    outreach_kinds.retire_kind(ctx, added.id)
    with pytest.raises(ValidationError, match="已停用"):
        outreach.add_event(ctx, event(date(2024, 3, 2), "网站宣传二", "进网站"))
    assert "进网站" not in [k.name for k in outreach_kinds.list_kinds(ctx, include_retired=False)]
    spare = outreach_kinds.add_kind(ctx, "临时")
    outreach_kinds.delete_kind(ctx, spare.id)
    assert "临时" not in [k.name for k in outreach_kinds.list_kinds(ctx)]
