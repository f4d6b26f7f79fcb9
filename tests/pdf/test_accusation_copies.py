"""The 检举控告 rule on the documents sent to a unit, read back from the PDF (issue #17)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.step_details import Assign, Supervise
from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from tests.pdfread import flat
from tests.services.helpers import id_number

HOUSING = "县住房和城乡建设局"
ID = id_number("19700203", "417")


def accusation(ctx: Context, accused: str, summary: str = "举报有关人员违规发放补贴") -> int:
    case = register_case(
        ctx,
        CaseInput(
            channel="letter",
            summary=summary,
            nature="accusation",
            accused=accused,
            content="举报人李举报称：2024年多次发现违规发放补贴。",
            petitioners=[
                PetitionerInput(name="李举报", id_number=ID, phone="13600002222", address="塔峰镇五一村8号")
            ],
        ),
    )
    return case.id


@pytest.fixture
def housing(ctx: Context) -> int:
    return add_entry(ctx, "unit", HOUSING).id


def assigned(ctx: Context, unit_id: int, accused: str) -> int:
    case_id = accusation(ctx, accused)
    apply_step(ctx, case_id, Assign(unit_id=unit_id, unit_deadline=date(2024, 12, 20)))
    return case_id


def printed(ctx: Context, tmp_path: Path, kind: K, case_id: int) -> tuple[str, tuple[str, ...]]:
    path = tmp_path / f"{kind.value}-{case_id}.pdf"
    result = make_report(ctx, ReportRequest(kind, case_id=case_id), path)
    return flat(path), result.warnings


def leaked(text: str) -> list[str]:
    return [s for s in ("李举报", ID, "13600002222", "136****2222", "塔峰镇五一村8号") if s in text]


def test_the_issues_case_prints_no_reporter_on_the_assignment(
    ctx: Context, housing: int, tmp_path: Path
) -> None:
    case_id = assigned(ctx, housing, "县住房和城乡建设局局长李某")
    for kind in (K.FORWARD,):
        text, warnings = printed(ctx, tmp_path, kind, case_id)
        assert not leaked(text), (kind, leaked(text))
        assert "不含信访人信息" in text and "违规发放补贴" in text and warnings == ()
    apply_step(ctx, case_id, Supervise(content="请于十日内办结", by="县信访局"))
    text, _ = printed(ctx, tmp_path, K.SUPERVISE, case_id)
    assert not leaked(text)
    # The bureau's own 登记处理单 keeps the reporter.
    assert "李举报" in printed(ctx, tmp_path, K.CASE, case_id)[0]


def test_an_unrelated_accused_keeps_the_petitioner(ctx: Context, housing: int, tmp_path: Path) -> None:
    case_id = assigned(ctx, housing, "县交通运输局工作人员")
    text, warnings = printed(ctx, tmp_path, K.FORWARD, case_id)
    assert "李举报" in text and warnings == ()


def test_an_ambiguous_accused_is_left_out_with_a_warning(
    ctx: Context, housing: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    case_id = assigned(ctx, housing, "局长李某")
    text, warnings = printed(ctx, tmp_path, K.FORWARD, case_id)
    assert not leaked(text)
    assert len(warnings) == 1 and "没有写明所在单位" in warnings[0] and "请核对" in warnings[0]
    # The command line prints the warning on stderr and keeps stdout for the answer.
    capsys.readouterr()
    code = main(["--db", db_url, "report", "forward", "--case", str(case_id), "-o", str(tmp_path / "c.pdf")])
    out, err = capsys.readouterr()
    assert code == 0 and "已生成" in out and "请核对" in err


def test_anonymous_and_not_public_are_honoured_on_the_unit_copies(
    ctx: Context, housing: int, tmp_path: Path
) -> None:
    anonymous = register_case(
        ctx, CaseInput(channel="letter", summary="反映工地夜间施工扰民", nature="claim", anonymous=True)
    ).id
    apply_step(ctx, anonymous, Assign(unit_id=housing, unit_deadline=date(2024, 12, 20)))
    text, _ = printed(ctx, tmp_path, K.FORWARD, anonymous)
    assert "匿名" in text and "（未登记）" not in text
    secret = register_case(
        ctx,
        CaseInput(
            channel="visit",
            summary="反映拆迁补偿问题",
            content="涉及家庭隐私的详细情况，共十二页材料。",
            nature="claim",
            not_public=True,
            petitioners=[PetitionerInput(name="周某")],
        ),
    ).id
    apply_step(ctx, secret, Assign(unit_id=housing, unit_deadline=date(2024, 12, 20)))
    assert "家庭隐私" not in printed(ctx, tmp_path, K.FORWARD, secret)[0]
    path = tmp_path / "unit-copy.pdf"
    make_report(ctx, ReportRequest(K.CASE, case_id=secret, for_unit=True), path)
    assert "家庭隐私" not in flat(path) and "不宜公开" in flat(path)
    assert "家庭隐私" in printed(ctx, tmp_path, K.CASE, secret)[0]  # the office's own record keeps it
