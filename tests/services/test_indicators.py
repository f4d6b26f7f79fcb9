"""Each indicator on hand-built cases whose answer is known by hand, and `explain` listing exactly the
cases behind each side. Cases are registered in the past and moved with `apply_step`; today is
2024-11-20. Dates are chosen so no deadline ends on a rest day unless a test says so."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from fazhi_desktop.domain.step_details import (
    Accept,
    Assign,
    Deliver,
    Evaluate,
    Extend,
    Forward,
    LeaderOwn,
    Mediate,
    Reply,
    Return,
    SignFor,
    Void,
    Withdraw,
)
from fazhi_desktop.domain.vocab import ReplyOutcome, Satisfaction
from fazhi_desktop.services.cases.registration import RegisteredCase
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import offices, settings
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.services.statistics.explain import case_briefs
from fazhi_desktop.store.models import Case, Office
from tests.services.helpers import register

D = date.fromisoformat


def claim(ctx: Context, day: str, **fields: object) -> RegisteredCase:
    return register(ctx, on=D(day), nature="claim", **fields)


def step(ctx: Context, case: RegisteredCase, day: str, details: object) -> None:
    apply_step(ctx, case.id, details, occurred_on=D(day))  # type: ignore[arg-type]


def figure(ctx: Context, name: str, start: str, end: str, office: str | None = None) -> dict[str, object]:
    f = statistics.compute(ctx, D(start), D(end), office).indicators[name]
    return {
        "label": f.label,
        "value": f.value,
        "numerator": f.numerator,
        "denominator": f.denominator,
        "settings": f.settings,
    }


def sides(
    ctx: Context, name: str, start: str, end: str, office: str | None = None
) -> tuple[set[str], set[str]]:
    """The case numbers on each side of an indicator, as `explain` lists them."""
    explained = statistics.explain(ctx, name, D(start), D(end), office)
    top = {b.number for b in case_briefs(ctx, explained.numerator.ids)}
    bottom = {b.number for b in case_briefs(ctx, explained.denominator.ids)}
    assert (explained.numerator.count, explained.denominator.count) == (
        (len(top), len(bottom))
        if not explained.people
        else (explained.numerator.count, explained.denominator.count)
    )
    return top, bottom


def numbers(*cases: RegisteredCase) -> set[str]:
    return {c.number for c in cases}


@pytest.fixture
def unit(ctx: Context) -> int:
    return add_entry(ctx, "unit", "县人力资源和社会保障局").id


def test_an_empty_period_divides_nothing(ctx: Context) -> None:
    figures = statistics.compute(ctx, D("2024-01-01"), D("2024-03-31"))
    assert {name: f.value for name, f in figures.indicators.items()} == dict.fromkeys(figures.indicators)
    assert all(f.numerator == f.denominator == 0 for f in figures.indicators.values())
    assert set(figures.indicators) >= {
        "timely_acceptance_rate",
        "on_time_completion_rate",
        "participation_rate",
        "satisfaction_rate",
        "first_time_resolution_rate",
        "accurate_forwarding_rate",
        "repeat_rate",
        "yoy_change",
    }
    explained = statistics.explain(ctx, "on_time_completion_rate", D("2024-01-01"), D("2024-03-31"))
    assert explained.value is None and explained.numerator.ids == explained.denominator.ids == ()


def test_timely_acceptance(ctx: Context, unit: int) -> None:
    on_time = claim(ctx, "2024-03-04")  # 受理转交期限 03-19
    step(ctx, on_time, "2024-03-10", Accept())
    late = claim(ctx, "2024-03-04")
    step(ctx, late, "2024-03-25", Forward(unit_id=unit))
    undecided = claim(ctx, "2024-03-04")  # never decided: overdue since 03-20
    withdrawn = claim(ctx, "2024-03-04")
    step(ctx, withdrawn, "2024-03-06", Withdraw(reason="问题已解决"))  # nothing left to decide
    voided = claim(ctx, "2024-03-04")
    step(ctx, voided, "2024-03-05", Void(reason="重复登记"))
    letter = register(
        ctx,
        on=D("2024-03-01"),
        channel="letter",
        nature="claim",
        postmarked_on=D("2024-02-23"),
        received_on=D("2024-02-26"),
    )  # counted from receipt: due 03-12
    step(ctx, letter, "2024-03-14", Accept())
    april = claim(ctx, "2024-04-01")  # due 04-16: another month
    step(ctx, april, "2024-04-02", Accept())
    late_march = claim(ctx, "2024-03-25")  # registered in March, due 04-09
    step(ctx, late_march, "2024-04-01", Accept())
    with ctx.db.reading() as session:
        assert session.get_one(Case, letter.id).route_due == D("2024-03-12")
        assert session.get_one(Case, on_time.id).route_due == D("2024-03-19")

    march = ("2024-03-01", "2024-03-31")
    assert figure(ctx, "timely_acceptance_rate", *march) | {"settings": None} == {
        "label": "及时受理率",
        "value": 0.25,
        "numerator": 1,
        "denominator": 4,
        "settings": None,
    }
    assert sides(ctx, "timely_acceptance_rate", *march) == (
        numbers(on_time),
        numbers(on_time, late, undecided, letter),
    )
    settings.set_value(ctx, "indicator_by_registration", ["timely_acceptance_rate"])
    counted = figure(ctx, "timely_acceptance_rate", *march)
    assert (counted["numerator"], counted["denominator"], counted["value"]) == (2, 5, 0.4)
    assert counted["settings"] == {"indicator_by_registration": True, "period_route_days": 15}
    assert sides(ctx, "timely_acceptance_rate", *march) == (
        numbers(on_time, late_march),
        numbers(on_time, late, undecided, letter, late_march),
    )
    del withdrawn, voided, april


def test_a_decision_not_yet_due_is_not_counted(ctx: Context) -> None:
    claim(ctx, "2024-11-05")  # due today, 11-20, and not yet decided
    assert figure(ctx, "timely_acceptance_rate", "2024-11-01", "2024-11-30")["value"] is None


def test_on_time_completion(ctx: Context) -> None:
    cases = {
        name: claim(ctx, "2024-01-05")
        for name in ("early", "late", "extended", "mediated", "withdrawn", "silent")
    }
    for case in cases.values():
        step(ctx, case, "2024-01-05", Accept())  # 办理期限 03-05
    step(ctx, cases["early"], "2024-02-20", Reply(outcome=ReplyOutcome.SUPPORT))
    step(ctx, cases["late"], "2024-03-10", Reply(outcome=ReplyOutcome.REJECT))
    step(ctx, cases["extended"], "2024-03-01", Extend(days=20, approver="局长", reason="需现场勘查"))
    step(ctx, cases["extended"], "2024-03-20", Reply())  # within 03-25
    step(ctx, cases["mediated"], "2024-03-01", Mediate(agreement="双方达成协议"))
    step(ctx, cases["withdrawn"], "2024-02-01", Withdraw(reason="已自行解决"))
    suggestion = register(ctx, on=D("2024-01-05"), nature="suggestion")  # no handling clock
    step(ctx, suggestion, "2024-01-05", Accept())
    step(ctx, suggestion, "2024-03-10", Reply())
    with ctx.db.reading() as session:
        assert session.get_one(Case, cases["early"].id).handling_due == D("2024-03-05")
        assert session.get_one(Case, cases["extended"].id).handling_due == D("2024-03-25")
        assert session.get_one(Case, cases["late"].id).outcome == "reply_reject"

    march = ("2024-03-01", "2024-03-31")
    counted = figure(ctx, "on_time_completion_rate", *march)
    assert (counted["numerator"], counted["denominator"], counted["value"]) == (3, 5, 0.6)
    assert counted["settings"] == {
        "indicator_by_registration": False,
        "period_handling_days": 60,
        "extension_max_days": 30,
        "handling_clock_natures": ["claim"],
    }
    c = cases
    assert sides(ctx, "on_time_completion_rate", *march) == (
        numbers(c["early"], c["extended"], c["mediated"]),
        numbers(c["early"], c["late"], c["extended"], c["mediated"], c["silent"]),
    )
    assert figure(ctx, "on_time_completion_rate", "2024-02-01", "2024-02-29")["value"] is None


def _answered(
    ctx: Context, delivered_on: str, rating: Satisfaction | None, **fields: object
) -> RegisteredCase:
    case = claim(ctx, "2024-03-01", **fields)
    step(ctx, case, "2024-03-01", Accept())
    step(ctx, case, "2024-04-01", Reply())
    step(ctx, case, delivered_on, Deliver())
    if rating is not None:
        step(ctx, case, delivered_on, Evaluate(unit=rating))
    return case


def test_participation_and_satisfaction(ctx: Context) -> None:
    satisfied = _answered(ctx, "2024-04-10", Satisfaction.SATISFIED)
    basically = _answered(ctx, "2024-04-11", Satisfaction.BASICALLY_SATISFIED)
    dissatisfied = _answered(ctx, "2024-04-12", Satisfaction.DISSATISFIED)
    silent = _answered(ctx, "2024-04-15", None)
    _answered(ctx, "2024-04-16", Satisfaction.SATISFIED, not_public=True)  # 不宜公开: not evaluated
    _answered(ctx, "2024-05-02", Satisfaction.SATISFIED)  # delivered in May

    april = ("2024-04-01", "2024-04-30")
    part = figure(ctx, "participation_rate", *april)
    assert (part["numerator"], part["denominator"], part["value"]) == (3, 4, 0.75)
    assert sides(ctx, "participation_rate", *april) == (
        numbers(satisfied, basically, dissatisfied),
        numbers(satisfied, basically, dissatisfied, silent),
    )
    happy = figure(ctx, "satisfaction_rate", *april)
    assert (happy["numerator"], happy["denominator"]) == (2, 3)
    assert happy["settings"]["indicator_satisfied"] == ["satisfied", "basically_satisfied"]
    assert sides(ctx, "satisfaction_rate", *april) == (
        numbers(satisfied, basically),
        numbers(satisfied, basically, dissatisfied),
    )
    settings.set_value(ctx, "indicator_satisfied", ["satisfied"])  # 基本满意 no longer counted
    strict = figure(ctx, "satisfaction_rate", *april)
    assert (strict["numerator"], strict["denominator"], strict["settings"]["indicator_satisfied"]) == (
        1,
        3,
        ["satisfied"],
    )
    assert sides(ctx, "satisfaction_rate", *april)[0] == numbers(satisfied)


def _mediated(ctx: Context, closed: str) -> RegisteredCase:
    case = claim(ctx, "2024-05-06")
    step(ctx, case, "2024-05-06", Accept())
    step(ctx, case, closed, Mediate(agreement="达成协议"))
    return case


def test_first_time_resolution_and_repeat_rate(ctx: Context) -> None:
    alone = _mediated(ctx, "2024-05-20")
    back_soon = _mediated(ctx, "2024-05-20")
    register(ctx, on=D("2024-07-01"), repeat_of=back_soon.number)  # 42 days after closing
    back_late = _mediated(ctx, "2024-05-20")
    register(ctx, on=D("2024-09-01"), repeat_of=back_late.number)  # 104 days after closing
    while_open = claim(ctx, "2024-05-06")
    step(ctx, while_open, "2024-05-06", Accept())
    early_repeat = register(ctx, on=D("2024-05-10"), repeat_of=while_open.number)  # told where it stands
    step(ctx, while_open, "2024-05-25", Mediate(agreement="达成协议"))
    _mediated(ctx, "2024-06-03")  # closed in June

    may = ("2024-05-01", "2024-05-31")
    first = figure(ctx, "first_time_resolution_rate", *may)
    assert (first["numerator"], first["denominator"], first["value"]) == (3, 4, 0.75)
    assert sides(ctx, "first_time_resolution_rate", *may) == (
        numbers(alone, back_late, while_open),
        numbers(alone, back_soon, back_late, while_open),
    )
    settings.set_value(ctx, "indicator_resolution_days", 120)
    longer = figure(ctx, "first_time_resolution_rate", *may)
    assert (longer["numerator"], longer["settings"]["indicator_resolution_days"]) == (2, 120)

    repeats = figure(
        ctx, "repeat_rate", *may
    )  # five roots registered in May (one closed in June), one repeat
    assert (repeats["numerator"], repeats["denominator"]) == (1, 6)
    assert sides(ctx, "repeat_rate", *may)[0] == numbers(early_repeat)


def test_accurate_forwarding(ctx: Context, unit: int) -> None:
    kept = claim(ctx, "2024-06-03")
    step(ctx, kept, "2024-06-04", Forward(unit_id=unit))
    step(ctx, kept, "2024-06-05", SignFor())
    sent_back = claim(ctx, "2024-06-03")
    step(ctx, sent_back, "2024-06-04", Assign(unit_id=unit, unit_deadline=D("2024-07-20")))
    step(ctx, sent_back, "2024-06-05", Return(reason="不属于本单位职责"))
    step(ctx, sent_back, "2024-06-06", Forward(unit_id=unit))
    accepted_here = claim(ctx, "2024-06-03")
    step(ctx, accepted_here, "2024-06-03", Accept())
    may = claim(ctx, "2024-05-28")
    step(ctx, may, "2024-05-30", Forward(unit_id=unit))

    june = ("2024-06-01", "2024-06-30")
    routed = figure(ctx, "accurate_forwarding_rate", *june)
    assert (routed["numerator"], routed["denominator"], routed["value"]) == (1, 2, 0.5)
    assert sides(ctx, "accurate_forwarding_rate", *june) == (numbers(kept), numbers(kept, sent_back))


def test_leader_resolution(ctx: Context) -> None:
    cases = {name: claim(ctx, "2024-01-08") for name in ("resolved", "open", "before")}
    for case in cases.values():
        step(ctx, case, "2024-01-08", Accept())
        step(ctx, case, "2024-01-10", LeaderOwn(leader="李副县长"))
    step(ctx, cases["resolved"], "2024-03-01", Mediate(agreement="达成协议"))
    step(ctx, cases["before"], "2024-01-20", Mediate(agreement="达成协议"))
    claim(ctx, "2024-01-08")  # no leader

    spring = ("2024-02-01", "2024-06-30")
    owned = figure(ctx, "leader_resolution_rate", *spring)
    assert (owned["numerator"], owned["denominator"], owned["value"]) == (1, 2, 0.5)
    assert sides(ctx, "leader_resolution_rate", *spring) == (
        numbers(cases["resolved"]),
        numbers(cases["resolved"], cases["open"]),
    )


def test_year_on_year_by_cases_and_people(ctx: Context) -> None:
    this = [
        register(
            ctx,
            on=D("2024-01-10"),
            people=n,
            channel="letter" if n == 2 else "visit",
            received_on=D("2024-01-09"),
            postmarked_on=D("2024-01-08"),
        )
        for n in (1, 2, 6)
    ]
    last = [register(ctx, on=D("2023-01-15")) for _ in range(2)]
    register(ctx, on=D("2023-02-15"))  # outside the same period last year
    january = ("2024-01-01", "2024-01-31")
    figures = statistics.compute(ctx, D(january[0]), D(january[1]))
    assert figures.indicators["yoy_change"].value == 0.5
    assert figures.indicators["yoy_change_people"].value == 3.5
    assert (figures.previous.cases, figures.previous.people) == (2, 2)
    assert figures.previous.period.as_json() == {"from": "2023-01-01", "to": "2023-01-31"}
    channel = {r.key: r for r in figures.breakdowns["channel"].rows}
    assert (channel["visit"].cases, channel["visit"].previous_cases, channel["visit"].yoy_cases) == (
        2,
        2,
        0.0,
    )
    assert (channel["letter"].cases, channel["letter"].people, channel["letter"].yoy_cases) == (
        1,
        2,
        None,
    )
    total = figures.breakdowns["channel"].total_row()  # the 合计 line: 3 cases of 9 people, 2 of 2 before
    assert (total.cases, total.people, total.share, total.yoy_cases, total.yoy_people) == (
        3,
        9,
        1.0,
        0.5,
        3.5,
    )
    assert sides(ctx, "yoy_change", *january) == (numbers(*this), numbers(*last))
    explained = statistics.explain(ctx, "yoy_change_people", D(january[0]), D(january[1]))
    assert (explained.numerator.count, explained.denominator.count, explained.nested) == (9, 2, False)
    assert statistics.compute(ctx, D("2022-01-01"), D("2022-01-31")).indicators["yoy_change"].value is None


def test_one_office_only(ctx: Context, unit: int) -> None:
    offices.add_office(ctx, "431127100", "塔峰镇信访办", "township")
    here = claim(ctx, "2024-06-03")
    step(ctx, here, "2024-06-04", Forward(unit_id=unit))
    there = claim(ctx, "2024-06-03")
    step(ctx, there, "2024-06-04", Forward(unit_id=unit))
    step(ctx, there, "2024-06-05", Return(reason="不属于本单位职责"))
    with ctx.db.writing() as session:  # as if the township had recorded it (exchange files do that)
        township = session.query(Office).filter_by(code="431127100").one().id
        session.execute(update(Case).where(Case.id == there.id).values(office_id=township))
    june = ("2024-06-01", "2024-06-30")
    assert figure(ctx, "accurate_forwarding_rate", *june)["value"] == 0.5
    assert figure(ctx, "accurate_forwarding_rate", *june, office="431127")["value"] == 1.0
    assert figure(ctx, "accurate_forwarding_rate", *june, office="431127100")["value"] == 0.0
    assert sides(ctx, "accurate_forwarding_rate", *june, office="431127100") == (set(), numbers(there))


def test_unknown_indicator_and_office_are_told(ctx: Context) -> None:
    from fazhi_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="没有这项指标"):
        statistics.explain(ctx, "happiness")
    with pytest.raises(UserError, match="单位代码 999 不存在"):
        statistics.compute(ctx, office="999")


def test_settings_are_checked(ctx: Context) -> None:
    from fazhi_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="只能从这些值中选择"):
        settings.set_value(ctx, "indicator_satisfied", ["happy"])
    with pytest.raises(UserError, match="1 到 3650"):
        settings.set_value(ctx, "indicator_resolution_days", 0)
    with pytest.raises(UserError, match="只能从这些值中选择"):
        settings.set_value(ctx, "indicator_by_registration", ["yoy_change"])
