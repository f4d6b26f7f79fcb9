"""Printing the documents of a case, read back from the PDF (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import Cancelled
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.vocab import CaseState, Role, StepKind
from fazhi_desktop.services.clock.procedure import case_clock
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.reports import templates as report_templates
from fazhi_desktop.services.reports.printing import ReportRequest, case_options, make_report
from fazhi_desktop.store.models import AuditEntry, Case, Step, User
from tests.pdfread import flat, fonts
from tests.services.helpers import id_number
from tests.services.report_helpers import PHONE, Samples, make_samples


@pytest.fixture
def samples(ctx: Context) -> Samples:
    return make_samples(ctx)


def render(ctx: Context, tmp_path: Path, kind: K, case_id: int, **options: bool) -> str:
    path = tmp_path / f"{kind.value}.pdf"
    result = make_report(ctx, ReportRequest(kind, case_id=case_id, **options), path)
    assert result.file == str(path) and result.pages >= 1 and result.kind == kind.value
    used = fonts(path)
    assert used and all(used.values()), f"fonts not embedded: {used}"
    assert not [name for name in used if "STSong" in name or "Helvetica" in name]
    return flat(path)


def steps(ctx: Context, case_id: int, kind: StepKind) -> list[Step]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(Step).where(Step.case_id == case_id, Step.kind == kind.value)))


def test_each_notice_carries_the_case_number_its_dates_and_its_wording(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    claim = samples.claim_number
    expected = {
        (K.CASE, samples.claim): [
            "信访事项登记处理单",
            claim,
            "2024年3月1日",
            "办理过程",
            "复核意见",
            "拟办意见",
        ],
        (K.RECEIPT, samples.claim): ["信访事项登记回执", claim, "存根", "沿此线剪开", "15日内决定是否受理"],
        (K.ACCEPT, samples.extended): [
            "信访事项受理告知书",
            "李秀英：",
            "2024年9月2日",
            "依法受理",
            "60日内办结",
            "特此告知。",
        ],
        (K.REJECT, samples.rejected): [
            "不予受理告知书",
            "周平：",
            "越级走访",
            "本机关决定不予受理",
            "2024年11月1日",
        ],
        (K.FORWARD, samples.assigned): [
            "信访事项交办单",
            f"{samples.unit}：",
            "赵刚反映",
            "2024年10月20日前",
            "2024年9月10日",
        ],
        (K.EXTENSION, samples.extended): [
            "延期办理告知书",
            "延长30日",
            "至2024年12月2日",
            "经本机关负责人批准",
            "2024年11月1日",
        ],
        (K.REPLY, samples.claim): [
            "信访事项处理意见书",
            "处理结论：予以支持",
            "30日内",
            "书面提出复查请求",
            "2024年4月1日",
            "18000元",
        ],
        (K.REVIEW, samples.claim): [
            "复查意见书",
            "2024年4月20日提出复查请求",
            "维持原处理意见",
            "提出复核请求",
            "2024年5月10日",
        ],
        (K.RECHECK, samples.claim): ["复核意见书", "本复核意见为最终意见", "不再受理", "2024年7月1日"],
        (K.DELIVERY, samples.claim): ["送达回证", "受送达人签收", "信访事项复核意见书", "王建国"],
        (K.SUPERVISE, samples.assigned): [
            "信访事项督办单",
            "请于十日内办结并书面报告结果。",
            "超期",
            "2024年11月15日",
        ],
        (K.COMPLETION, samples.upper): [
            "关于永信交〔2024〕88号信访事项办理情况的报告",
            "上级信访部门：",
            "办理经过",
            "信访人对办理结果的评价为：满意",
            "特此报告。",
        ],
    }
    for (kind, case_id), words in expected.items():
        printed = render(ctx, tmp_path, kind, case_id)
        with ctx.db.reading() as session:
            number = session.scalar(select(Case.number).where(Case.id == case_id))
        missing = [w for w in [str(number), *words] if w not in printed]
        assert not missing, f"{kind.label} lacks {missing}"
    assert samples.claim_number in render(ctx, tmp_path, K.REPLY, samples.claim)
    assert "蓝信处意〔2024〕1号" in render(
        ctx, tmp_path, K.REPLY, samples.claim
    )  # 文号 with the case's number


def test_personal_data_is_masked_unless_asked_and_allowed(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    full_id = id_number()
    masked = render(ctx, tmp_path, K.CASE, samples.claim)
    assert full_id not in masked and PHONE not in masked
    assert "431127********1232" in masked and "138****5678" in masked
    unmasked = render(ctx, tmp_path, K.CASE, samples.claim, unmasked=True)
    assert full_id in unmasked and PHONE in unmasked
    with ctx.db.reading() as session:
        audit = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "report.print")).all()
    assert any("（未遮蔽）" in line for line in audit)

    with ctx.db.writing() as session:
        session.execute(  # the template's user tester (the context's login) becomes a viewer
            update(User).where(User.login == "tester").values(display_name="查阅员", role=Role.VIEWER.value)
        )
    with pytest.raises(UserError, match="不能打印完整的证件号码和电话"):
        make_report(ctx, ReportRequest(K.CASE, case_id=samples.claim, unmasked=True), tmp_path / "x.pdf")
    assert "138****5678" in render(ctx, tmp_path, K.CASE, samples.claim)


def test_the_copy_for_the_accused_never_shows_the_petitioner(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    secrets = [
        "钱检举",
        id_number("19800101", "357"),
        "13600001111",
        "136****1111",
        "多次看到公车停在饭店门口",
    ]
    for kind in (K.CASE, K.FORWARD):
        printed = render(ctx, tmp_path, kind, samples.accusation, for_unit=True)
        assert not [s for s in secrets if s in printed], kind
        assert "不含信访人信息" in printed and "公车私用" in printed
    # Forwarded to the very unit it accuses: the 转送单 leaves the petitioner out without being asked.
    printed = render(ctx, tmp_path, K.FORWARD, samples.accusation)
    assert not [s for s in secrets if s in printed] and "现将群众反映的信访事项转送你单位" in printed
    # The bureau's own record keeps them.
    assert "钱检举" in render(ctx, tmp_path, K.CASE, samples.accusation)
    with pytest.raises(UserError, match="没有送单位的版本"):
        make_report(ctx, ReportRequest(K.ACCEPT, case_id=samples.claim, for_unit=True), tmp_path / "x.pdf")


def test_no_refusal_notice_for_accusations_or_matters_for_the_courts(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="检举控告类事项应转送纪检监察机关"):
        make_report(ctx, ReportRequest(K.REJECT, case_id=samples.accusation), tmp_path / "a.pdf")
    with pytest.raises(UserError, match="涉法涉诉事项应转送政法部门"):
        make_report(ctx, ReportRequest(K.REJECT, case_id=samples.law), tmp_path / "b.pdf")
    with pytest.raises(UserError, match="尚未受理"):
        make_report(ctx, ReportRequest(K.ACCEPT, case_id=samples.rejected), tmp_path / "c.pdf")
    assert not (tmp_path / "a.pdf").exists() and not list(tmp_path.glob(".fazhi-*"))


def test_a_printed_notice_records_one_inform_step_while_handled(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    before = case_clock(ctx, samples.extended)
    assert before.state is CaseState.HANDLING and not steps(ctx, samples.extended, StepKind.INFORM)
    make_report(ctx, ReportRequest(K.ACCEPT, case_id=samples.extended, preview=True), tmp_path / "p.pdf")
    assert not steps(ctx, samples.extended, StepKind.INFORM)  # a preview records nothing
    first = make_report(ctx, ReportRequest(K.ACCEPT, case_id=samples.extended), tmp_path / "a.pdf")
    again = make_report(ctx, ReportRequest(K.ACCEPT, case_id=samples.extended), tmp_path / "b.pdf")
    assert first.step_recorded and not again.step_recorded
    (told,) = steps(ctx, samples.extended, StepKind.INFORM)
    assert told.details["notice"] == "accept" and "受理告知书" in told.details["content"]
    assert case_clock(ctx, samples.extended).state is CaseState.HANDLING
    # A notice printed after the matter ended is only audited.
    assert not make_report(
        ctx, ReportRequest(K.REJECT, case_id=samples.rejected), tmp_path / "r.pdf"
    ).step_recorded
    assert not steps(ctx, samples.rejected, StepKind.INFORM)
    with ctx.db.reading() as session:
        prints = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("report.%"))).all()
    assert prints.count("report.print") == 3 and prints.count("report.preview") == 1


def test_templates_change_the_wording_without_code(ctx: Context, samples: Samples, tmp_path: Path) -> None:
    report_templates.set_field(ctx, "office", "phone", "0746-2212345")
    report_templates.set_field(ctx, "office", "seal", "蓝山县信访局（盖章）")
    report_templates.set_field(
        ctx, "accept", "body", "{信访人}同志：你于{登记日期}反映的问题已受理。\n第二段{办理期限}日。"
    )
    printed = render(ctx, tmp_path, K.ACCEPT, samples.extended)
    assert "李秀英同志：你于2024年9月2日反映的问题已受理。" in printed and "第二段60日。" in printed
    assert "0746-2212345" in printed and "蓝山县信访局（盖章）" in printed
    with pytest.raises(UserError, match=r"占位符 \{信访编号\} 不认识"):
        report_templates.set_field(ctx, "accept", "body", "{信访编号}")
    with pytest.raises(UserError, match="大括号不成对"):
        report_templates.set_field(ctx, "accept", "title", "受理{")
    report_templates.reset(ctx, "accept")
    assert "依法受理" in render(ctx, tmp_path, K.ACCEPT, samples.extended)
    assert [i.changed for i in report_templates.list_templates(ctx) if i.kind == "office"] == [
        ("phone", "seal")
    ]


def test_the_print_menu_offers_what_fits_the_case(ctx: Context, samples: Samples) -> None:
    offered = {o.kind: o.reason for o in case_options(ctx, samples.claim) if not o.unit_copy}
    assert offered[K.REPLY] is None and offered[K.RECHECK] is None and offered[K.DELIVERY] is None
    assert offered[K.FORWARD] is not None and "尚未转送" in offered[K.FORWARD]
    assert offered[K.COMPLETION] is not None and "本级登记" in offered[K.COMPLETION]
    accusation = case_options(ctx, samples.accusation)
    assert [o.kind for o in accusation if o.unit_copy] == [K.CASE, K.FORWARD, K.SUPERVISE]
    with ctx.db.reading() as session:
        views = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.view")).all()
    assert views == []  # deciding what a menu offers views no full record


def test_a_cancelled_print_leaves_no_file_and_no_record(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    target = folder / "case.pdf"
    pages: list[int] = []
    with pytest.raises(Cancelled):
        make_report(
            ctx,
            ReportRequest(K.CASE, case_id=samples.claim),
            target,
            progress=lambda done, _total: pages.append(done),
            cancelled=lambda: True,
        )
    assert pages == [1] and not target.exists() and not list(folder.iterdir())
    with ctx.db.reading() as session:
        assert not session.scalars(select(AuditEntry).where(AuditEntry.action == "report.print")).all()
