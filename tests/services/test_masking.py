"""Masking in every output (issue #17): a 乡镇用户 and a 只读 user get masked ID numbers and phones in
the ledger export, every PDF kind and the case detail; asking for them unmasked is refused and
recorded in the audit trail as failed; an allowed unmasked output is recorded as unmasked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import ReportKind as K
from fazhi_desktop.domain.vocab import Role, StepKind
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.cases.petitioners import find_earlier_cases
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.export import export_ledger
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.store.models import AuditEntry, Step
from tests.pdfread import flat
from tests.services.helpers import id_number
from tests.services.report_helpers import PHONE, Samples, make_samples

#: Every full ID number and phone the samples hold.
SECRETS = (
    id_number(),
    PHONE,
    id_number("19751102", "246"),
    "13907461234",
    "13511112222",
    id_number("19800101", "357"),
    "13600001111",
)
TOWNSHIP = "塔峰镇"


@pytest.fixture
def samples(ctx: Context) -> Samples:
    return make_samples(ctx)


def acting(ctx: Context, role: Role) -> Context:
    township = TOWNSHIP if role is Role.TOWNSHIP else None
    return Context(db=ctx.db, user="who", actor=Actor(login="who", name="某人", role=role, township=township))


def case_of(kind: K, s: Samples) -> int | None:
    return {
        K.CASE: s.claim,
        K.RECEIPT: s.claim,
        K.ACCEPT: s.extended,
        K.REJECT: s.rejected,
        K.FORWARD: s.assigned,
        K.EXTENSION: s.extended,
        K.REPLY: s.claim,
        K.REVIEW: s.claim,
        K.RECHECK: s.claim,
        K.DELIVERY: s.claim,
        K.SUPERVISE: s.assigned,
        K.URGE: s.assigned,
        K.COMPLETION: s.upper,
    }.get(kind)


def refused(ctx: Context, action: str) -> int:
    with ctx.db.reading() as session:
        return len(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action, AuditEntry.outcome == "failed")
            ).all()
        )


def request(kind: K, case_id: int | None, unmasked: bool = False) -> ReportRequest:
    if kind.needs_case:
        return ReportRequest(kind, case_id=case_id, unmasked=unmasked)
    return ReportRequest(kind, start=date(2024, 1, 1), year=2024, unmasked=unmasked)


@pytest.mark.parametrize("role", [Role.TOWNSHIP, Role.VIEWER])
def test_every_pdf_kind_is_masked_and_unmasked_is_refused_and_audited(
    ctx: Context, samples: Samples, tmp_path: Path, role: Role
) -> None:
    who = acting(ctx, role)
    in_scope = {samples.claim, samples.assigned} if role is Role.TOWNSHIP else None
    printed = 0
    for n, kind in enumerate(K):
        case_id = case_of(kind, samples)
        with pytest.raises(UserError, match="不能打印完整的证件号码和电话"):
            make_report(who, request(kind, case_id, unmasked=True), tmp_path / f"u{n}.pdf")
        path = tmp_path / f"{n}.pdf"
        if in_scope is not None and case_id is not None and case_id not in in_scope:
            with pytest.raises(UserError, match="无权查看该信访件"):
                make_report(who, request(kind, case_id), path)
            continue
        make_report(who, request(kind, case_id), path)
        text = flat(path)
        leaked = [s for s in SECRETS if s in text]
        assert not leaked, f"{kind.label} shows {leaked} to {role.label}"
        printed += 1
    assert printed >= (4 if role is Role.TOWNSHIP else len(K))
    assert refused(ctx, "report.print.refused") == len(K)
    assert "138****5678" in flat(tmp_path / "0.pdf")  # the 登记处理单 shows the masked phone
    # A 只读 user's print of a 受理告知书 records no 告知 step on the case.
    with ctx.db.reading() as session:
        informs = session.scalars(select(Step).where(Step.kind == StepKind.INFORM.value)).all()
    assert all(step.created_by != "who" for step in informs)


@pytest.mark.parametrize("role", [Role.TOWNSHIP, Role.VIEWER])
def test_the_ledger_export_is_masked_and_unmasked_is_refused_and_audited(
    ctx: Context, samples: Samples, tmp_path: Path, role: Role
) -> None:
    who = acting(ctx, role)
    with pytest.raises(UserError, match="不能导出完整的证件号码和电话"):
        export_ledger(who, tmp_path / "全.xlsx", unmasked=True)
    assert not (tmp_path / "全.xlsx").exists()
    assert refused(ctx, "ledger.export.refused") == 1
    done = export_ledger(who, tmp_path / "台账.xlsx")
    assert done.rows >= 1 and not done.unmasked
    cells = {
        str(v)
        for row in load_workbook(tmp_path / "台账.xlsx").worksheets[0].iter_rows(values_only=True)
        for v in row
    }
    assert not [s for s in SECRETS if any(s in c for c in cells)]


def test_an_allowed_unmasked_export_and_print_are_audited_as_such(
    ctx: Context, samples: Samples, tmp_path: Path
) -> None:
    clerk = acting(ctx, Role.CLERK)
    export_ledger(clerk, tmp_path / "全.xlsx", unmasked=True)
    make_report(clerk, request(K.CASE, samples.claim, unmasked=True), tmp_path / "全.pdf")
    assert id_number() in flat(tmp_path / "全.pdf")
    with ctx.db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(["ledger.export", "report.print"]))
        ).all()
    assert [e.details["unmasked"] for e in entries] == [True, True]
    assert {e.role for e in entries} == {Role.CLERK.value}


@pytest.mark.parametrize("role", [Role.TOWNSHIP, Role.VIEWER])
def test_the_case_detail_and_earlier_cases_are_masked(ctx: Context, samples: Samples, role: Role) -> None:
    who = acting(ctx, role)
    person = case_detail(who, samples.claim).petitioners[0]
    assert person.id_number == "431127********1232" and person.phone == "138****5678"
    with pytest.raises(UserError, match="不能查看完整的证件号码和电话"):
        case_detail(who, samples.claim, unmasked=True)
    assert refused(ctx, "case.view.refused") == 1
    found = find_earlier_cases(who, id_number=id_number())
    assert found and all(c.id_number == "431127********1232" for c in found)
    assert find_earlier_cases(ctx, id_number=id_number())[0].id_number == id_number()
