"""归档: a closed matter filed under an archive number is read-only (service and command line), its
卷内目录 lists every document, step and attachment, a leader revokes the filing, the case search finds
it by archive number, and a year's archive is exported as a folder of PDFs with an index."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fazhi_desktop.cli import main
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.archive import ATTACHMENTS, DOCUMENTS, STEPS
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.step_details import Accept, Correct, Deliver, Evaluate, Reply, Supervise
from fazhi_desktop.domain.vocab import ReplyOutcome, Role, Satisfaction
from fazhi_desktop.services.archive import filing
from fazhi_desktop.services.archive.contents import case_contents, print_contents
from fazhi_desktop.services.cases.reading import CaseFilter, list_cases
from fazhi_desktop.services.clock.procedure import NewAttachment, apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from tests.pdfread import flat
from tests.services.helpers import register

D = date.fromisoformat


def _closed_case(ctx: Context, summary: str = "反映小区路灯长期不亮") -> tuple[int, str]:
    clock.set_today(D("2024-09-02"))
    case = register(ctx, "王建国", summary=summary, nature="claim", on=D("2024-09-02"))
    apply_step(ctx, case.id, Accept())
    clock.set_today(D("2024-09-10"))
    scan = NewAttachment("答复意见书扫描件.pdf", b"%PDF-1.4 scan", "application/pdf")
    apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.SUPPORT), attachments=[scan])
    clock.set_today(D("2024-09-11"))
    receipt = NewAttachment("送达回证.jpg", b"\xff\xd8\xff photo", "image/jpeg")
    apply_step(ctx, case.id, Deliver(), attachments=[receipt])
    apply_step(ctx, case.id, Evaluate(bureau=Satisfaction.SATISFIED))
    clock.set_today(D("2024-11-20"))  # the 30 days to ask for a 复查 have run out: 已办结
    return case.id, case.number


def test_an_archived_matter_is_read_only_until_a_leader_revokes_it(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, number = _closed_case(ctx)
    open_case = register(ctx, summary="反映噪声扰民", nature="claim")
    with pytest.raises(UserError, match="尚未办结"):
        filing.archive_case(ctx, open_case.number)

    filed = filing.archive_case(ctx, number)
    assert filed.archive_number == "2024-431127-0001"
    with pytest.raises(UserError, match="已于 2024-11-20 归档"):
        filing.archive_case(ctx, number)
    with pytest.raises(UserError, match=r"已归档（档号 2024-431127-0001），不能再修改.*撤销归档"):
        apply_step(ctx, case_id, Correct(field="summary", new="反映小区路灯不亮", reason="笔误"))
    with pytest.raises(UserError, match="已归档"):
        apply_step(ctx, case_id, Supervise(content="请复核"))
    # …and on the command line: exit 1 with the one Chinese line.
    code = main(
        ["--db", db_url, "step", number, "correct", "--set", "field=summary", "--set", "new=路灯", "--json"]
    )
    err = capsys.readouterr().err
    assert code == 1 and "已归档" in err and len(err.strip().splitlines()) == 1

    # Found by its archive number (or the start of it), and printed 卷内目录 by it too.
    assert [r.id for r in list_cases(ctx, CaseFilter(text="2024-431127-0001"))] == [case_id]
    assert filing.find_case(ctx, "2024-431127-0001") == case_id

    # Only a leader or an administrator revokes, with a reason; then a correction goes through.
    clerk = Context(ctx.db, "clerk", Actor("clerk", "李登记", Role.CLERK))
    with pytest.raises(UserError, match="领导或管理员"):
        filing.revoke_filing(clerk, number, "更正摘要")
    with pytest.raises(UserError, match="理由"):
        filing.revoke_filing(ctx, number, " ")
    filing.revoke_filing(ctx, number, "摘要有笔误，需更正")
    apply_step(ctx, case_id, Correct(field="summary", new="反映小区路灯不亮", reason="笔误"))
    assert (
        filing.archive_case(ctx, number).archive_number == "2024-431127-0002"
    )  # a revoked number is not reused
    assert list_cases(ctx, CaseFilter(text="2024-431127-0001")) == []


def test_the_contents_list_every_document_step_and_attachment(ctx: Context, tmp_path: Path) -> None:
    case_id, number = _closed_case(ctx)
    settings.set_value(ctx, "archive_number_pattern", "蓝信档-{year}-{seq:03d}")
    with pytest.raises(UserError, match="顺序号"):
        settings.set_value(ctx, "archive_number_pattern", "{year}-{office_code}")
    assert filing.archive_case(ctx, number).archive_number == "蓝信档-2024-001"
    contents = case_contents(ctx, case_id)
    documents = [e.title for e in contents.entries if e.section == DOCUMENTS]
    steps = [(e.title, e.day) for e in contents.entries if e.section == STEPS]
    attachments = [e.title for e in contents.entries if e.section == ATTACHMENTS]
    assert documents == ["信访事项登记处理单", "登记回执", "受理告知书", "信访处理意见书", "送达回证"]
    assert steps == [
        ("登记", D("2024-09-02")),
        ("受理", D("2024-09-02")),
        ("答复", D("2024-09-10")),
        ("送达", D("2024-09-11")),
        ("评价", D("2024-09-11")),
    ]
    assert attachments == ["答复意见书扫描件.pdf", "送达回证.jpg"]
    file, _pages, _ = print_contents(ctx, "蓝信档-2024-001", tmp_path / "卷内目录.pdf")
    text = flat(file)
    for expected in (
        "卷内目录",
        "蓝信档-2024-001",
        number,
        *documents,
        "答复意见书扫描件.pdf",
        "送达回证.jpg",
    ):
        assert expected in text
    assert "本卷共有文书5份、办理过程记录5条、附件2个" in text


def test_a_years_archive_as_a_folder_of_pdfs_with_an_index(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, first_number = _closed_case(ctx)
    second, second_number = _closed_case(ctx, "反映村道积水")
    assert main(["--db", db_url, "archive", first_number, "--json"]) == 0
    filed = json.loads(capsys.readouterr().out)
    assert filed["archive_number"] == "2024-431127-0001" and filed["case"] == first_number
    filing.archive_case(ctx, second_number)
    folder = tmp_path / "档案2024"
    assert main(["--db", db_url, "archive", "export", "--year", "2024", "--to", str(folder), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["matters"] == 2 and done["archive_numbers"] == ["2024-431127-0001", "2024-431127-0002"]
    one = folder / "2024-431127-0001"
    names = sorted(p.name for p in one.iterdir())
    assert names == [
        "00-卷内目录.pdf",
        "01-信访事项登记处理单.pdf",
        "02-登记回执.pdf",
        "03-受理告知书.pdf",
        "04-信访处理意见书.pdf",
        "05-送达回证.pdf",
        "06-附件-答复意见书扫描件.pdf",
        "07-附件-送达回证.jpg",
    ]
    assert first_number in flat(one / "04-信访处理意见书.pdf")
    assert (one / "07-附件-送达回证.jpg").read_bytes() == b"\xff\xd8\xff photo"
    index = flat(folder / "档案索引.pdf")
    assert "2024年信访档案索引" in index and first_number in index and second_number in index
    sheet = load_workbook(folder / "档案索引.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [(r[0], r[1], r[7], r[8], r[9], r[10]) for r in rows] == [
        ("2024-431127-0001", first_number, 5, 5, 2, "2024-431127-0001"),
        ("2024-431127-0002", second_number, 5, 5, 2, "2024-431127-0002"),
    ]
    assert main(["--db", db_url, "archive", "export", "--year", "2024", "--to", str(folder)]) == 1
    assert "已有导出的档案" in capsys.readouterr().err
    del first, second
