"""Cases each breaking one 评查 rule, and one breaking none, built through the services: the automatic
评查 finds exactly those findings, each with its rule's article."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.conformity.keeping import refresh_all
from fazhi_desktop.services.conformity.listing import case_findings
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.store.models import ConformityFinding, ConformityResult
from tests.services.conformity.cases import D, build
from tests.services.helpers import id_number, register


def _stored(ctx: Context) -> dict[int, set[str]]:
    with ctx.db.reading() as session:
        rows = session.execute(select(ConformityFinding.case_id, ConformityFinding.rule_id))
        out: dict[int, set[str]] = {}
        for case_id, rule in rows:
            out.setdefault(case_id, set()).add(rule)
        return out


def test_each_case_breaks_exactly_its_rule(ctx: Context, tmp_path: Path) -> None:
    built = build(ctx, tmp_path)
    expected = {
        built.late_intake: {"intake.timely"},
        built.no_delivery: {"delivery.receipt"},
        built.review_untold: {"reply.review_told"},
        built.secrecy: {"accusation.secrecy"},
        built.incomplete: {"register.complete"},
    }
    # Kept current with each step and print, before any full refresh.
    assert _stored(ctx) == expected
    refresh_all(ctx)
    assert _stored(ctx) == expected
    with ctx.db.reading() as session:
        clean = session.get(ConformityResult, built.clean)
        assert clean is not None and clean.findings == 0 and clean.score == 100
    for case_id, rules in expected.items():
        found = case_findings(ctx, case_id)
        assert {f.rule_id for f in found} == rules
        for f in found:
            assert f.article.startswith("《信访工作条例》第"), f
    late = case_findings(ctx, built.late_intake)[0]
    # 15 days from 09-02 end on 09-17, 中秋节: the period runs to the next working day (the clock's count).
    assert "2024-09-25" in late.detail and "2024-09-18" in late.detail
    assert "问题属地" in case_findings(ctx, built.incomplete)[0].detail
    assert "性质" in case_findings(ctx, built.incomplete)[0].detail


def test_a_repeat_registered_as_new_is_found_and_a_linked_one_is_not(ctx: Context, tmp_path: Path) -> None:
    with contextlib.suppress(UserError):
        add_entry(ctx, "township", "塔峰镇")
    person = {"id_no": id_number(order="021"), "nature": "claim", "region": "塔峰镇", "category": "劳动报酬"}
    clock.set_today(D("2024-11-18"))
    first = register(ctx, "陈明", summary="反映拖欠工资", **person)
    again = register(ctx, "陈明", summary="再次反映拖欠工资", **person)
    linked = register(ctx, "陈明", summary="第三次反映", repeat_of=first.number, **person)
    clock.set_today(D("2024-11-20"))
    assert {f.rule_id for f in case_findings(ctx, first.id)} == set()
    found = case_findings(ctx, again.id)
    assert [f.rule_id for f in found] == ["repeat.linked"]
    assert first.number in found[0].detail
    assert case_findings(ctx, linked.id) == ()


def test_an_accusation_routed_to_the_accused_unit_by_its_short_name_is_found(ctx: Context) -> None:
    """The unit is found by the directory rule (domain/accusation.py), not by the same words:
    住建局局长李某 belongs to 县住房和城乡建设局; 县交通运输局 does not."""
    from fazhi_desktop.domain.step_details import Forward
    from fazhi_desktop.services.clock.procedure import apply_step

    with contextlib.suppress(UserError):
        add_entry(ctx, "township", "塔峰镇")
    housing = add_entry(ctx, "unit", "县住房和城乡建设局")
    clock.set_today(D("2024-11-18"))
    fields = {"nature": "accusation", "region": "塔峰镇", "summary": "检举违规发放补贴"}
    to_accused = register(ctx, "钱进", id_no=id_number(order="031"), accused="住建局局长李某", **fields).id
    elsewhere = register(ctx, "孙立", id_no=id_number(order="033"), accused="县交通运输局某科长", **fields).id
    for case_id in (to_accused, elsewhere):
        apply_step(ctx, case_id, Forward(unit_id=housing.id))
    clock.set_today(D("2024-11-20"))
    assert "accusation.secrecy" in {f.rule_id for f in case_findings(ctx, to_accused)}
    assert "accusation.secrecy" not in {f.rule_id for f in case_findings(ctx, elsewhere)}


def test_cases_that_came_in_bulk_are_judged_at_the_next_refresh_the_same_day(
    ctx: Context, tmp_path: Path
) -> None:
    """A ledger or a package writes cases without the per-step 评查: the refresh that already ran
    today still judges them (cases with no stored result), and only them."""
    from sqlalchemy import delete

    from fazhi_desktop.domain.changes import NO_CHANGES
    from fazhi_desktop.services.conformity.keeping import refresh_if_stale

    built = build(ctx, tmp_path)
    refresh_all(ctx)
    assert refresh_if_stale(ctx) is NO_CHANGES  # judged today, nothing new: nothing to do
    with ctx.db.writing() as session:  # as a bulk import leaves a case: no stored result
        session.execute(delete(ConformityFinding).where(ConformityFinding.case_id == built.incomplete))
        session.execute(delete(ConformityResult).where(ConformityResult.case_id == built.incomplete))
    assert built.incomplete not in _stored(ctx)
    refresh_if_stale(ctx)
    assert _stored(ctx)[built.incomplete] == {"register.complete"}
