"""The 审计存证单: the head of the audit chain on paper, signed by a leader (`fazhi report audit-seal`).

The chain exposes any change to an entry, but someone with the database file could rewrite every entry
and compute a new, consistent chain. The signed paper is outside the file's reach: the entry it names
(its number and SHA-256) must still be in the trail with the same hash, which `fazhi audit verify
--seq N --hash H` checks. The seal is printed only over a chain that verifies now, and its print is
itself an entry (the one after the head it names).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.pdf.forms import Form, write_form
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.services.audit.access import require_auditor
from fazhi_desktop.services.audit.trail import chain_state
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import get_local_office
from fazhi_desktop.store import audit_chain
from fazhi_desktop.store.models import AuditEntry
from fazhi_desktop.store.writes import host_name, record_access

TITLE = "审计存证单"


@dataclass(frozen=True)
class SealResult:
    file: str
    pages: int
    seq: int
    hash: str
    at: datetime
    entries: int


def seal_form(
    *,
    office: str,
    code: str,
    printed: datetime,
    user: str,
    host: str,
    state_count: int,
    head: audit_chain.Head,
    head_action: str,
) -> Form:
    """The filled 存证单 (pure: what the PDF shows)."""
    hashed = audit_chain.format_hash(head.hash)
    return Form(
        title=TITLE,
        number=f"链头第 {head.seq} 条",
        intro=(
            f"本单记下{office}审计记录链打印时的链头。记录逐条以 SHA-256 相连，此后对链头及以前任何一条"
            "的改动、删除或整体重写，都会使系统中的校验值与本单不符。请单位负责人签字存档。",
        ),
        rows=(
            (("单位", office), ("单位代码", code or "—")),
            (("打印时间", f"{printed:%Y-%m-%d %H:%M:%S}"), ("打印人", user)),
            (("电脑", host), ("审计记录条数", f"{state_count} 条")),
            (("链头序号", f"第 {head.seq} 条"), ("链头时间", f"{head.at:%Y-%m-%d %H:%M:%S}")),
            (("链头操作", head_action),),
            (("链头校验值（SHA-256）", hashed),),
            (("打印时校验", f"通过：第 1 至第 {head.seq} 条逐条相连，序号无缺，内容与校验值相符。"),),
        ),
        sign_rows=("单位负责人",),
        office=office,
        dated=chinese_date(printed.date()),
        note=(
            f"核对：运行 fazhi audit verify --seq {head.seq} --hash 上列校验值，应答“相符”；"
            "不相符即审计记录被改写过，请立即报告。"
        ),
    )


def print_seal(ctx: Context, path: Path | str) -> SealResult:
    """Verify the chain and print its head as the 审计存证单 into the PDF `path`."""
    require_auditor(ctx, "打印审计存证单")
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"输出文件应以 .pdf 结尾：{target.name}")
    state = chain_state(ctx)
    if state.broken is not None:
        raise UserError(f"审计记录链校验未通过，不能出具存证单。{state.broken.message}")
    head = state.head
    if head is None:
        raise UserError("还没有任何审计记录，无需出具存证单。")
    with ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.seq == head.seq)).one()
        head_action = f"{entry.summary}（{entry.user_login}）"
    office = get_local_office(ctx)
    form = seal_form(
        office=office.name if office else "本单位",
        code=office.code if office else "",
        printed=datetime.now(),  # the machine's clock, like the trail itself
        user=ctx.actor.name if ctx.actor.name == ctx.user else f"{ctx.actor.name}（{ctx.user}）",
        host=host_name(),
        state_count=state.count,
        head=head,
        head_action=head_action,
    )
    pages = write_form(form, target, font_set(), author=form.office)
    record_access(
        ctx.db,
        ctx.actor,
        "audit.seal",
        f"打印审计存证单（链头第 {head.seq} 条）",
        file=str(target.resolve()),
        head_seq=head.seq,
        head_hash=head.hash,
    )
    return SealResult(str(target), pages, head.seq, head.hash, head.at, state.count)
