"""Township scope (issue #17): a 乡镇用户 of 甲镇 sees only 甲镇's cases through every service.

The cases: one whose 问题属地 is 甲镇, one in a village of 甲镇, one registered by 甲镇's township
office (no 问题属地), one in 乙镇 and one with no 问题属地 registered by the county.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.step_details import Accept
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.cases.detail import case_detail, case_outline
from fazhi_desktop.services.cases.petitioners import find_earlier_cases
from fazhi_desktop.services.cases.reading import CaseFilter, case_ids, case_rows, count_cases, list_cases
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.clock.review_board import BoardFilter, board_counts, board_ids, board_rows_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.export import export_ledger
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.office.offices import add_office
from fazhi_desktop.services.reports import lists
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.statistics.compute import compute
from fazhi_desktop.services.statistics.dashboard import dashboard, dashboard_ids
from fazhi_desktop.services.statistics.explain import case_briefs, explain
from fazhi_desktop.store.models import AuditEntry, Case, Office
from tests.pdfread import flat
from tests.services.helpers import id_number, register

TOWN_A, TOWN_B = "甲镇", "乙镇"


@dataclass(frozen=True)
class Township:
    """The ids of the five cases, and a context for a 乡镇用户 of 甲镇."""

    in_town: int
    in_village: int
    by_office: int
    other_town: int
    county: int
    ctx: Context

    @property
    def mine(self) -> set[int]:
        return {self.in_town, self.in_village, self.by_office}

    @property
    def everyone(self) -> set[int]:
        return self.mine | {self.other_town, self.county}


def township_ctx(ctx: Context, township: str = TOWN_A, role: Role = Role.TOWNSHIP) -> Context:
    actor = Actor(login="town", name="乡镇甲", role=role, township=township)
    return Context(db=ctx.db, user="town", actor=actor)


@pytest.fixture
def town(ctx: Context) -> Township:
    add_entry(ctx, "township", TOWN_A)
    add_entry(ctx, "village", "甲村", parent=TOWN_A)
    add_entry(ctx, "township", TOWN_B)
    office = add_office(ctx, "431127101", TOWN_A, "township")
    clock.set_today(date(2024, 11, 1))
    made = {
        "in_town": register(ctx, "甲一", id_no=id_number(), phone="13812345678", region=TOWN_A),
        "in_village": register(ctx, "甲二", summary="反映甲村道路损毁", region="甲村"),
        "by_office": register(ctx, "甲三", summary="反映甲镇集市占道"),
        "other_town": register(ctx, "乙一", id_no=id_number("19800101", "357"), region=TOWN_B),
        "county": register(ctx, "县一", summary="反映县城物业电梯停运"),
    }
    with ctx.db.writing() as session:  # a case the 甲镇 office registered (as an exchange brings it)
        office_id = session.scalar(select(Office.id).where(Office.code == office.code))
        session.execute(update(Case).where(Case.id == made["by_office"].id).values(office_id=office_id))
    clock.set_today(date(2024, 11, 20))
    return Township(**{k: v.id for k, v in made.items()}, ctx=township_ctx(ctx))


def refusals(ctx: Context, action: str) -> list[AuditEntry]:
    with ctx.db.reading() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action, AuditEntry.outcome == "failed")
            )
        )


def test_the_list_search_and_count_hold_the_townships_cases_alone(ctx: Context, town: Township) -> None:
    everything = CaseFilter()
    assert set(case_ids(ctx, everything)) >= town.everyone
    assert set(case_ids(town.ctx, everything)) == town.mine
    assert count_cases(town.ctx, everything) == 3
    assert {r.id for r in list_cases(town.ctx, everything)} == town.mine
    # Rows asked by id (the list model's page) leave another township's case out.
    assert {r.id for r in case_rows(town.ctx, sorted(town.everyone))} == town.mine
    # Full-text search: 乙一 is found by the county, not by 甲镇.
    assert town.other_town in case_ids(ctx, CaseFilter(text="乙一"))
    assert list(case_ids(town.ctx, CaseFilter(text="乙一"))) == []
    assert list(case_ids(town.ctx, CaseFilter(text="甲村"))) == [town.in_village]


def test_a_township_that_names_nothing_sees_nothing(ctx: Context, town: Township) -> None:
    assert list(case_ids(township_ctx(ctx, "丙镇"), CaseFilter())) == []
    # Other roles are not scoped, whatever township they carry.
    assert set(case_ids(township_ctx(ctx, TOWN_A, Role.VIEWER), CaseFilter())) >= town.everyone


def test_opening_another_townships_case_is_refused_and_audited(ctx: Context, town: Township) -> None:
    assert case_detail(town.ctx, town.in_village).id == town.in_village
    with pytest.raises(UserError, match="无权查看该信访件"):
        case_detail(town.ctx, town.other_town)
    with pytest.raises(UserError, match="无权查看该信访件"):
        case_outline(town.ctx, town.county)
    refused = refusals(ctx, "case.view.refused")
    assert len(refused) == 2 and {e.user_login for e in refused} == {"town"}
    assert all(e.role == Role.TOWNSHIP.value for e in refused)
    with ctx.db.reading() as session:
        uuid_b = session.scalar(select(Case.uuid).where(Case.id == town.other_town))
    assert refused[0].entity_uuid == uuid_b


def test_a_step_on_another_townships_case_is_refused(ctx: Context, town: Township) -> None:
    apply_step(town.ctx, town.in_town, Accept())
    with pytest.raises(UserError, match="无权查看该信访件"):
        apply_step(town.ctx, town.other_town, Accept())
    with ctx.db.reading() as session:
        state = session.scalar(select(Case.state).where(Case.id == town.other_town))
    assert state == "registered"
    assert len(refusals(ctx, "case.accept.refused")) == 1


def test_a_repeat_links_only_to_a_case_of_the_township(ctx: Context, town: Township) -> None:
    with ctx.db.reading() as session:
        numbers = dict(session.execute(select(Case.id, Case.number)).all())
    linked = register(town.ctx, "甲一", region=TOWN_A, repeat_of=numbers[town.in_town])
    assert linked.id
    with pytest.raises(UserError, match="找不到要关联的信访件"):
        register(town.ctx, "乙一", region=TOWN_A, repeat_of=numbers[town.other_town])


def test_earlier_cases_of_a_person_stay_in_the_township(ctx: Context, town: Township) -> None:
    other = id_number("19800101", "357")
    assert [c.case_id for c in find_earlier_cases(ctx, id_number=other)] == [town.other_town]
    assert find_earlier_cases(town.ctx, id_number=other) == []


def test_statistics_count_the_townships_cases_alone(ctx: Context, town: Township) -> None:
    year = (date(2024, 1, 1), date(2024, 12, 31))
    everyone = compute(ctx, *year)
    mine = compute(town.ctx, *year)
    assert everyone.counts.cases == 5 and mine.counts.cases == 3
    townships = {row.label: row.cases for row in mine.breakdowns["township"].rows}
    assert TOWN_B not in townships or townships[TOWN_B] == 0
    # The dashboard's numbers and the cases behind them.
    assert dashboard(town.ctx).counts["registered_today"] <= dashboard(ctx).counts["registered_today"]
    assert set(dashboard_ids(town.ctx, "registered_this_month")) == town.mine
    assert set(dashboard_ids(ctx, "registered_this_month")) >= town.everyone
    # --explain lists the township's cases only, and case_briefs leaves others out.
    explained = explain(town.ctx, "timely_acceptance_rate", *year)
    assert set(explained.denominator.ids) <= town.mine
    assert {b.id for b in case_briefs(town.ctx, sorted(town.everyone))} == town.mine


def test_the_review_board_and_the_agenda_lists_hold_the_township(ctx: Context, town: Township) -> None:
    day = clock.today()
    for tier in ("red", "yellow", "green"):
        assert set(board_ids(town.ctx, BoardFilter(), tier)) <= town.mine
    every_board = set().union(*(board_ids(ctx, BoardFilter(), t) for t in ("red", "yellow", "green")))
    assert {r.id for r in board_rows_of(town.ctx, sorted(every_board))} <= town.mine
    assert board_counts(town.ctx, BoardFilter()).red <= board_counts(ctx, BoardFilter()).red
    listed = lists.new_collective(town.ctx, date(2024, 1, 1), day) + lists.went_overdue(
        town.ctx, date(2024, 1, 1), day
    )
    assert not [c for c in listed if c.name in ("乙一", "县一")]


def test_the_ledger_export_holds_the_townships_rows_alone(
    ctx: Context, town: Township, tmp_path: Path
) -> None:
    done = export_ledger(town.ctx, tmp_path / "甲镇.xlsx")
    assert done.rows == 3
    sheet = load_workbook(tmp_path / "甲镇.xlsx", read_only=True).worksheets[0]
    names = {row[5] for row in sheet.iter_rows(values_only=True) if len(row) > 5}
    assert {"甲一", "甲二", "甲三"} <= names and not names & {"乙一", "县一"}
    assert export_ledger(ctx, tmp_path / "全县.xlsx").rows == 5


def test_period_reports_count_the_township_and_case_documents_are_refused(
    ctx: Context, town: Township, tmp_path: Path
) -> None:
    path = tmp_path / "统计.pdf"
    make_report(town.ctx, ReportRequest(ReportKind.SUMMARY, start=date(2024, 1, 1)), path)
    assert "乙镇" not in flat(path)
    with pytest.raises(UserError, match="无权查看该信访件"):
        make_report(town.ctx, ReportRequest(ReportKind.CASE, case_id=town.other_town), tmp_path / "x.pdf")
    make_report(town.ctx, ReportRequest(ReportKind.CASE, case_id=town.in_town), tmp_path / "mine.pdf")
    assert "甲一" in flat(tmp_path / "mine.pdf")
