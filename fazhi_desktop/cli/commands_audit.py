"""fazhi audit list|export|verify: the audit trail, for the 审计员.

fazhi audit list [--from D --to D --user U --action A] [--limit N] [--json]
fazhi audit export 审计记录.xlsx [--from D --to D --user U --action A]
fazhi audit verify [--seq N --hash H]     (the head printed on a signed 审计存证单)
"""

from __future__ import annotations

import argparse

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg, positive_int
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.audit import trail
from fazhi_desktop.services.audit.trail import AuditFilter, AuditRow
from fazhi_desktop.services.context import Context

OUTCOMES = {"ok": "成功", "failed": "失败"}


def register(commands: SubParsers) -> None:
    top = command(commands, "audit", "审计记录：list 查看，export 导出，verify 核对（审计员使用）")
    actions = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = command(actions, "list", "列出审计记录（默认最新 500 条），可按日期、用户、操作筛选")
    _filters(show)
    show.add_argument("--limit", type=positive_int, default=500, help="最多列出最新的多少条（默认 500）")
    show.set_defaults(handler=_list)
    out = command(actions, "export", "把审计记录导出为 Excel（含每条的校验值；导出本身记入审计）")
    out.add_argument("file", metavar="FILE.xlsx", help="导出到这个文件（已有的会被覆盖）")
    _filters(out)
    out.set_defaults(handler=_export)
    check = command(actions, "verify", "逐条核对审计记录链；给出存证单上的序号和校验值时核对它是否仍在链中")
    check.add_argument("--seq", type=positive_int, help="存证单上的链头序号")
    check.add_argument("--hash", dest="digest", help="存证单上的链头校验值（64 位，空格可有可无）")
    check.set_defaults(handler=_verify)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=date_arg, help="起始日期（记录写入的日期）")
    parser.add_argument("--to", dest="end", type=date_arg, help="截止日期")
    parser.add_argument("--user", dest="login", help="只看这个登录名的记录")
    parser.add_argument("--action", dest="kind", help="只看这种操作，如 case.view，或 report（其下全部）")


def _where(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(start=args.start, end=args.end, user=args.login, action=args.kind)


def _json(row: AuditRow) -> dict[str, object]:
    return {
        "seq": row.seq,
        "at": row.at.isoformat(timespec="seconds"),
        "user": row.user_login,
        "role": row.role,
        "host": row.host,
        "action": row.action,
        "outcome": row.outcome,
        "entity": row.entity,
        "entity_uuid": row.entity_uuid,
        "summary": row.summary,
        "details": row.details,
        "hash": row.hash,
    }


def _list(args: argparse.Namespace, ctx: Context) -> None:
    found = trail.list_entries(ctx, _where(args), limit=args.limit)
    lines = [
        f"{r.seq}\t{r.at:%Y-%m-%d %H:%M:%S}\t{r.user_login}\t{r.host or '-'}\t{r.action}\t"
        f"{OUTCOMES.get(r.outcome, r.outcome)}\t{r.summary}"
        for r in found.entries
    ]
    shown = len(found.entries)
    lines.append(f"共 {found.total} 条" + (f"，列出最新 {shown} 条" if shown < found.total else ""))
    emit(
        {"entries": [_json(r) for r in found.entries], "total": found.total, "shown": shown},
        args.json,
        "\n".join(lines),
    )


def _export(args: argparse.Namespace, ctx: Context) -> None:
    path, count = trail.export(ctx, args.file, _where(args))
    emit({"file": str(path), "entries": count}, args.json, f"已导出审计记录 {count} 条：{path}")


def _verify(args: argparse.Namespace, ctx: Context) -> None:
    if (args.seq is None) != (args.digest is None):
        raise UserError("核对存证单需要同时给出 --seq 和 --hash。")
    state = trail.chain_state(ctx)
    head = state.head
    payload: dict[str, object] = {
        "ok": state.ok,
        "entries": state.count,
        "head": {"seq": head.seq, "hash": head.hash, "at": head.at.isoformat()} if head else None,
        "broken": state.broken.message if state.broken else None,
    }
    if state.broken is not None:
        emit(payload, args.json, state.broken.message)
        raise UserError(state.broken.message)
    lines = [f"审计记录链完好：共 {state.count} 条" + (f"，链头第 {head.seq} 条 {head.hash}" if head else "")]
    if args.seq is not None:
        matches = trail.holds(ctx, args.seq, args.digest)
        payload["sealed"] = {"seq": args.seq, "matches": matches}
        if not matches:
            emit(payload, args.json, "\n".join(lines))
            raise UserError(
                f"存证单上的第 {args.seq} 条与系统中的审计记录不相符：审计记录被改写过。请立即报告。"
            )
        lines.append(f"与存证单相符：第 {args.seq} 条的校验值一致。")
    emit(payload, args.json, "\n".join(lines))
