"""Township scope and roles on exchange packages (issue #17): a 乡镇用户's package holds its
township's cases alone; a 只读 user makes none; a 乡镇用户 sends to the office above alone."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.exchange.records import RecordKind, parse_member
from fazhi_desktop.services.cases.reading import CaseFilter, case_ids
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.exchange.exporting import export_package
from fazhi_desktop.services.office.offices import add_office
from fazhi_desktop.store.models import AuditEntry, Case, Region
from tests.exchange.offices import COUNTY, TOWNSHIPS, make_offices


@pytest.fixture
def township_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Context]:
    offices = make_offices(tmp_path, capsys, cases=30)
    ctx = open_context(offices.townships[0], "admin")
    yield ctx
    ctx.close()


def as_role(ctx: Context, role: Role, township: str | None = None) -> Context:
    return Context(db=ctx.db, user="who", actor=Actor(login="who", name="某人", role=role, township=township))


def test_a_township_users_package_holds_its_townships_cases(township_db: Context) -> None:
    ctx = township_db
    with ctx.db.reading() as session:
        town = session.scalar(
            select(Region.name)
            .join(Case, Case.region_id == Region.id)
            .where(Region.kind == "township", Region.name != "塔峰镇")
        )
    assert town is not None and not TOWNSHIPS[0][1].startswith(town)
    scoped = as_role(ctx, Role.TOWNSHIP, town)
    mine = set(case_ids(scoped, CaseFilter()))
    assert 0 < len(mine) < len(case_ids(ctx, CaseFilter()))
    # On 塔峰镇's own database its 乡镇用户 sees every case: its office registered them all.
    assert len(case_ids(as_role(ctx, Role.TOWNSHIP, "塔峰镇"), CaseFilter())) == len(
        case_ids(ctx, CaseFilter())
    )
    done = export_package(scoped, COUNTY[0])
    assert done.counts["cases"] == len(mine)
    with zipfile.ZipFile(io.BytesIO(done.data)) as archive:
        sent = parse_member(RecordKind.CASES, archive.read(RecordKind.CASES.member))
    with ctx.db.reading() as session:
        uuids = {str(u) for u in session.scalars(select(Case.uuid).where(Case.id.in_(mine)))}
    assert {str(r.uuid) for r in sent} == uuids


def test_a_viewer_makes_no_package_and_the_refusal_is_audited(township_db: Context) -> None:
    with pytest.raises(UserError, match="不能导出或导入交换包"):
        export_package(as_role(township_db, Role.VIEWER), COUNTY[0])
    with township_db.db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "exchange.export").order_by(AuditEntry.seq.desc())
        ).first()
    assert entry is not None and entry.outcome == "failed" and entry.role == Role.VIEWER.value


def test_a_township_user_sends_to_the_office_above_alone(township_db: Context) -> None:
    add_office(township_db, TOWNSHIPS[1][0], TOWNSHIPS[1][1], "township")
    with pytest.raises(UserError, match="只能与上级单位交换"):
        export_package(as_role(township_db, Role.TOWNSHIP, "塔峰镇"), TOWNSHIPS[1][0])
