"""Users, log-in and roles through the services: lock-out, expiry, reset, the administrator's accounts,
the 审计员's trail, the write check, and real names on documents. On SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.audit import trail
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.users import accounts
from fazhi_desktop.services.users.login import PasswordChangeRequired, authenticate, create_first_admin
from fazhi_desktop.store.models import AuditEntry, User
from tests import pdfread
from tests.conftest import TEST_PASSWORD
from tests.services.helpers import register

GOOD = "Lanshan-2024"
NOW = datetime(2026, 12, 3, 9, 0)


def _entries(ctx: Context, action: str) -> list[AuditEntry]:
    with ctx.db.reading() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq))
        )


def _ready(ctx: Context, login: str, role: Role, **kw: str) -> None:
    """An account whose first-log-in change is done."""
    accounts.add_user(ctx, login, kw.pop("name", login), role, "Initial-2024", now=NOW, **kw)
    as_user = Context(
        db=ctx.db, user=login, actor=authenticate(ctx.db, login, "Initial-2024", NOW, allow_change=True)
    )
    accounts.change_password(as_user, "Initial-2024", GOOD, now=NOW)


def test_log_in_as_the_user_with_name_and_role(ctx: Context) -> None:
    _ready(ctx, "li_clerk", Role.CLERK, name="李登记")
    actor = authenticate(ctx.db, " LI_Clerk ", GOOD, NOW)
    assert actor == Actor(login="li_clerk", name="李登记", role=Role.CLERK)
    login = _entries(ctx, "user.login")[-1]
    assert login.outcome == "ok" and login.user_login == "li_clerk" and login.role == "clerk"


def test_wrong_passwords_count_down_then_lock_and_variants_share_the_counter(
    ctx: Context, caplog: pytest.LogCaptureFixture
) -> None:
    _ready(ctx, "wang", Role.HANDLER)
    caplog.set_level(logging.DEBUG)
    tries = ["wang", "WANG", " wang", "Ｗａｎｇ"]
    for left, spelling in zip((4, 3, 2, 1), tries, strict=True):
        with pytest.raises(UserError, match=f"再输错 {left} 次"):
            authenticate(ctx.db, spelling, "Wrong-pass-1", NOW)
    with pytest.raises(UserError, match="已锁定到 09:15"):
        authenticate(ctx.db, "wang ", "Wrong-pass-1", NOW)
    with pytest.raises(UserError, match="已锁定到 09:15"):
        authenticate(ctx.db, "wang", GOOD, NOW + timedelta(minutes=14))  # even the right one
    assert authenticate(ctx.db, "wang", GOOD, NOW + timedelta(minutes=15)).login == "wang"
    failed = [e for e in _entries(ctx, "user.login") if e.outcome == "failed"]
    assert len(failed) == 6 and {e.user_login for e in failed} == {"wang"}
    # Never in clear: not in the trail, not in the log.
    with ctx.db.reading() as session:
        everything = [(e.summary, str(e.details)) for e in session.scalars(select(AuditEntry))]
    assert not [row for row in everything if GOOD in str(row) or "Wrong-pass-1" in str(row)]
    assert GOOD not in caplog.text and "Wrong-pass-1" not in caplog.text
    with ctx.db.reading() as session:
        stored = session.scalars(select(User.password_hash).where(User.login == "wang")).one()
    assert stored and stored.startswith("$argon2id$") and GOOD not in stored


def test_unknown_disabled_reset_and_expired(ctx: Context) -> None:
    admin = Context(db=ctx.db, user="tester", actor=authenticate(ctx.db, "tester", TEST_PASSWORD, NOW))
    _ready(admin, "zhao", Role.VIEWER)
    with pytest.raises(UserError, match="用户名或密码不对"):
        authenticate(ctx.db, "nobody", GOOD, NOW)
    accounts.set_active(admin, "zhao", False)
    with pytest.raises(UserError, match="已停用"):
        authenticate(ctx.db, "zhao", GOOD, NOW)
    accounts.set_active(admin, "zhao", True)
    accounts.reset_password(admin, "zhao", "Reset-2024x", now=NOW)
    with pytest.raises(PasswordChangeRequired, match="重置"):
        authenticate(ctx.db, "zhao", "Reset-2024x", NOW)
    with pytest.raises(PasswordChangeRequired, match="90 天"):
        authenticate(ctx.db, "tester", TEST_PASSWORD, datetime.now() + timedelta(days=90, minutes=1))
    with pytest.raises(UserError, match="唯一的管理员"):
        accounts.set_active(admin, "tester", False)
    with pytest.raises(UserError, match="已经有用户"):
        create_first_admin(ctx.db, "other", "别人", GOOD, NOW)


def test_only_the_administrator_manages_users_and_refusals_are_audited(ctx: Context) -> None:
    _ready(ctx, "clerk", Role.CLERK)
    clerk = Context(db=ctx.db, user="clerk", actor=authenticate(ctx.db, "clerk", GOOD, NOW))
    with pytest.raises(UserError, match="只有管理员可以添加用户"):
        accounts.add_user(clerk, "x", "某某", Role.CLERK, GOOD)
    [refused] = _entries(ctx, "permission.refused")
    assert refused.outcome == "failed" and refused.user_login == "clerk" and "添加用户" in refused.summary


def test_a_township_user_needs_a_township_of_the_directory(ctx: Context) -> None:
    with pytest.raises(UserError, match="没有乡镇「火星镇」"):
        accounts.add_user(ctx, "tf", "塔峰用户", Role.TOWNSHIP, GOOD, township="火星镇")
    with pytest.raises(UserError, match="要填写所属乡镇"):
        accounts.add_user(ctx, "tf", "塔峰用户", Role.TOWNSHIP, GOOD)
    add_entry(ctx, "township", "塔峰镇")
    info = accounts.add_user(ctx, "tf", "塔峰用户", "乡镇用户", GOOD, township="塔峰镇")
    assert info.township == "塔峰镇" and info.role is Role.TOWNSHIP and info.must_change_password


def test_the_auditor_alone_reads_the_trail(ctx: Context) -> None:
    with pytest.raises(UserError, match="只有审计员可以查看审计记录"):
        trail.list_entries(ctx)  # the administrator (the system) is refused…
    [refused] = _entries(ctx, "permission.refused")
    assert refused.outcome == "failed" and refused.role == "admin"  # …and that is on record
    _ready(ctx, "shenji", Role.AUDITOR)
    auditor = Context(db=ctx.db, user="shenji", actor=authenticate(ctx.db, "shenji", GOOD, NOW))
    listed = trail.list_entries(auditor)
    assert listed.total >= 1 and trail.chain_state(auditor).broken is None


def test_a_viewer_cannot_register_and_a_leader_can(ctx: Context) -> None:
    viewer = Context(db=ctx.db, user="v", actor=Actor("v", "只读者", Role.VIEWER))
    with pytest.raises(UserError, match=r"只读.*不能登记信访件"):
        register(viewer)
    leader = Context(db=ctx.db, user="l", actor=Actor("l", "领导甲", Role.LEADER))
    assert register(leader).number


def test_documents_print_the_real_name_of_the_clerk(ctx: Context, tmp_path: Path) -> None:
    _ready(ctx, "li_clerk", Role.CLERK, name="李登记")
    clerk = Context(db=ctx.db, user="li_clerk", actor=authenticate(ctx.db, "li_clerk", GOOD, NOW))
    case = register(clerk)
    path = tmp_path / "回执.pdf"
    make_report(clerk, ReportRequest(ReportKind.RECEIPT, case_id=case.id), path)
    text = pdfread.flat(path)
    assert "李登记" in text and "li_clerk" not in text


_SPELLINGS = st.sampled_from(["{}", "{} ", " {}", "\t{}", "upper", "title", "fullwidth"])


def _spell(login: str, how: str) -> str:
    if how == "upper":
        return login.upper()
    if how == "title":
        return login.title()
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in login)
    return how.format(login)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    spellings=st.lists(_SPELLINGS, min_size=5, max_size=5),
    wrong=st.text(min_size=0, max_size=30).filter(lambda p: p != GOOD),
    login=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12),
)
def test_fuzzed_log_ins_never_trace_back_nor_dodge_the_lock(
    ctx: Context, spellings: list[str], wrong: str, login: str
) -> None:
    """Five wrong passwords under any spelling of the login lock the one account; the right password
    is then refused too; any text typed is answered with a message, never a traceback."""
    name = f"u{login}"
    accounts.add_user(ctx, name, "某人", Role.CLERK, GOOD, now=NOW)
    for how in spellings:
        with pytest.raises(UserError) as refused:
            authenticate(ctx.db, _spell(name, how), wrong, NOW)
        assert refused.value.message
    with pytest.raises(UserError, match="已锁定到"):
        authenticate(ctx.db, name, GOOD, NOW + timedelta(minutes=1))
    with ctx.db.writing() as session:  # the next example's account starts afresh
        session.execute(delete(User).where(User.login == name))
