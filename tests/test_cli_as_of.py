"""Every reader sees the state the steps and today give, whether or not `fazhi retier` has run since.

A 复查 window that runs out closes a matter (已办结) by the passing of time, a deadline that passes makes
a case overdue and red, and a 研判 decision holds only until its 下次研判 date: `stats --json`, `report
annual`, `case show`, the 工作台, the 研判 board and the case list must all say so on the day itself.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain import clock
from fazhi_desktop.services.cases.reading import CaseFilter, count_cases
from fazhi_desktop.services.clock.review_board import BoardFilter, board_counts
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics.dashboard import dashboard
from tests.pdfread import text

Capture = pytest.CaptureFixture[str]


def run_json(capsys: Capture, *args: str) -> dict[str, Any]:
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def add_case(capsys: Capture, db_url: str, day: str, name: str) -> str:
    added = run_json(
        capsys,
        *("--db", db_url, "--today", day, "case", "add", "--channel", "来信"),
        *("--name", name, "--summary", "反映拖欠工资", "--nature", "申诉求决类"),
    )
    number: str = added["case"]["number"]
    return number


def step(capsys: Capture, db_url: str, day: str, number: str, kind: str, *sets: str) -> None:
    extra = [a for s in sets for a in ("--set", s)]
    run_json(capsys, "--db", db_url, "--today", day, "step", number, kind, *extra)


def outputs(capsys: Capture, db_url: str, today: str, number: str, pdf: Path) -> tuple[Any, ...]:
    """What `stats --json`, `report annual` and `case show --json` say on `today`."""
    at = ("--db", db_url, "--today", today)
    stats = run_json(capsys, *at, "stats", "--from", "2024-01-01", "--to", "2024-12-31")
    run_json(capsys, *at, "report", "annual", "-o", str(pdf), "--year", "2024")
    shown = run_json(capsys, *at, "case", "show", number)
    return stats, text(pdf), shown["case"]


def test_stats_report_and_case_show_agree_before_and_after_retier_past_a_review_window(
    capsys: Capture, db_url: str, tmp_path: Path
) -> None:
    number = add_case(capsys, db_url, "2024-03-01", "王建国")
    step(capsys, db_url, "2024-03-04", number, "accept")
    step(capsys, db_url, "2024-03-20", number, "reply", "outcome=予以支持")
    step(capsys, db_url, "2024-03-22", number, "deliver")
    # No 复查 requested: the 30-day window after delivery runs out on 2024-04-22, and `retier` has
    # not run since the delivery.
    before = outputs(capsys, db_url, "2024-06-01", number, tmp_path / "before.pdf")
    stats, _, shown = before
    assert (shown["state"], shown["closed_on"], shown["tier"]) == ("completed", "2024-04-22", None)
    assert stats["closed"] == 1
    resolved = stats["fractions"]["first_time_resolution_rate"]
    assert (resolved["numerator"], resolved["denominator"]) == (1, 1)

    retiered = run_json(capsys, "--db", db_url, "--today", "2024-06-01", "retier")
    assert retiered["changed"] == 1
    after = outputs(capsys, db_url, "2024-06-01", number, tmp_path / "after.pdf")
    assert after == before


def test_the_workbench_the_board_and_the_list_count_the_same_overdue_cases(
    capsys: Capture, db_url: str, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    numbers = [add_case(capsys, db_url, "2024-08-01", name) for name in ("王建国", "李四", "赵六")]
    for number in numbers:
        step(capsys, db_url, "2024-08-02", number, "accept")
    # Downgraded at a 研判 meeting: the first decision's 下次研判 date passes months before today,
    # the second one's is still ahead; the third case has none.
    for number, review_on in ((numbers[0], "2024-08-20"), (numbers[1], "2025-01-31")):
        step(
            capsys,
            db_url,
            "2024-08-05",
            number,
            "assess",
            "tier=green",
            "reason=已和解",
            f"review_on={review_on}",
        )
    # The 办理期限 (60 days from 2024-08-02) has passed by 2024-12-20; nothing re-tiered since August.
    monkeypatch.setattr(clock, "today", lambda: date(2024, 12, 20))
    workbench = dashboard(ctx)
    board = board_counts(ctx, BoardFilter())
    listed = count_cases(ctx, CaseFilter(deadline_state="overdue"))
    red = count_cases(ctx, CaseFilter(tier="red"))
    assert workbench["overdue"] == board.overdue == listed == 3
    # The expired downgrade no longer holds: that case is red with the one nobody reviewed.
    assert workbench["red"] == board.red == red == 2


def test_the_exported_ledger_closes_a_matter_whose_review_window_ran_out(
    capsys: Capture, db_url: str, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    number = add_case(capsys, db_url, "2024-03-01", "王建国")
    step(capsys, db_url, "2024-03-04", number, "accept")
    step(capsys, db_url, "2024-03-20", number, "reply", "outcome=予以支持")
    step(capsys, db_url, "2024-03-22", number, "deliver")
    path = tmp_path / "台账.xlsx"
    # The window ran out on 2024-04-22; nothing has re-tiered the case since its delivery.
    at = ("--db", db_url, "--today", "2024-06-01")
    run_json(capsys, *at, "export", "ledger", str(path), "--from", "2024-01-01", "--to", "2024-12-31")
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = next(r for r in rows if "办理状态" in r)
    line = next(r for r in rows if number in r)
    assert line[header.index("办理状态")] == "已办结"
    closed = line[header.index("办结日期")]
    assert str(closed)[:10] == "2024-04-22"


def test_the_agenda_lists_a_case_from_above_as_of_the_meeting_day(capsys: Capture, db_url: str) -> None:
    """A case from a higher level stays on the 研判 agenda while it owes its 办结报告; once its 复查
    window has run out the agenda says 已办结, whether or not re-tiering has run."""
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.reports.lists import from_upper

    added = run_json(
        capsys,
        *("--db", db_url, "--today", "2024-03-01", "case", "add", "--channel", "来信"),
        *("--name", "王建国", "--summary", "反映拖欠工资", "--nature", "申诉求决类"),
        *("--source", "upper_assigned", "--upper-number", "SJ-2024-1"),
    )
    number = added["case"]["number"]
    step(capsys, db_url, "2024-03-04", number, "accept")
    step(capsys, db_url, "2024-03-20", number, "reply", "outcome=予以支持")
    step(capsys, db_url, "2024-03-22", number, "deliver")
    ctx = open_context(db_url, "tester")
    try:
        listed = [c for c in from_upper(ctx, date(2024, 6, 1)) if c.number == number]
    finally:
        ctx.close()
    assert [c.state for c in listed] == ["已办结"]


def test_a_person_s_earlier_cases_show_their_state_as_of_today(capsys: Capture, db_url: str) -> None:
    """The panel beside the registration form (and `case earlier`) reads the state as of today."""
    added = run_json(
        capsys,
        *("--db", db_url, "--today", "2024-03-01", "case", "add", "--channel", "来信"),
        *(
            "--name",
            "王建国",
            "--phone",
            "13807461234",
            "--summary",
            "反映拖欠工资",
            "--nature",
            "申诉求决类",
        ),
    )
    number = added["case"]["number"]
    step(capsys, db_url, "2024-03-04", number, "accept")
    step(capsys, db_url, "2024-03-20", number, "reply", "outcome=予以支持")
    step(capsys, db_url, "2024-03-22", number, "deliver")
    at = ("--db", db_url, "--today", "2024-06-01")
    earlier = run_json(capsys, *at, "case", "earlier", "--name", "王建国", "--phone", "13807461234")
    states = [c["state"] for c in earlier["cases"] if c["number"] == number]
    assert states == ["completed"]
