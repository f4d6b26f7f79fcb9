"""fazhi exchange export / import / status: township ↔ county packages on a USB stick."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.exchange.package_reader import Limits
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.exchange import keys
from fazhi_desktop.services.exchange.exporting import export_package, save_file
from fazhi_desktop.services.exchange.importing import import_package
from fazhi_desktop.services.exchange.status import exchange_status


def register(commands: SubParsers) -> None:
    exchange = command(commands, "exchange", "与上级或下级单位交换数据（交换包）")
    sub = exchange.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = command(sub, "export", "导出交换包：对方尚未确认收到的记录（--all：全部）")
    export.add_argument("file", metavar="FILE", help="交换包写到哪个文件（.zip）")
    export.add_argument("--to", metavar="OFFICE", help="接收单位代码（默认：上级单位）")
    export.add_argument("--all", action="store_true", help="导出全部记录，包括对方已确认的")
    export.set_defaults(handler=_export)
    imp = command(sub, "import", "导入交换包，并生成给发送单位的回执")
    imp.add_argument("file", metavar="FILE", help="要导入的交换包文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    imp.add_argument("--receipt", metavar="FILE", help="回执文件（默认：交换包旁的 FILE.receipt）")
    imp.set_defaults(handler=_import)
    command(sub, "status", "列出已发送、已确认、缺失和待处理的交换包").set_defaults(handler=_status)


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (a USB stick pulled out halfway leaves no half package),
    readable by the user alone (services.exchange.exporting.save_file)."""
    save_file(path, data)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > Limits().package_bytes:
            raise UserError(f"文件 {path} 太大，不是交换包。")
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件 {path}：{exc.strerror}。") from None


def _export(args: argparse.Namespace, ctx: Context) -> None:
    path = Path(args.file)
    result = export_package(ctx, args.to, everything=args.all)
    write_atomically(path, result.data)
    payload = {
        "file": str(path),
        "package": str(result.package_uuid),
        "sequence": result.sequence,
        "to": {"code": result.receiver_code, "name": result.receiver_name},
        "counts": result.counts,
        "bytes": len(result.data),
    }
    counts = "，".join(f"{k} {v}" for k, v in result.counts.items()) or "没有新记录"
    emit(
        payload,
        args.json,
        f"已导出第 {result.sequence} 号交换包给{result.receiver_name}：{counts}\n文件：{path}",
    )


def _import(args: argparse.Namespace, ctx: Context) -> None:
    path = Path(args.file)
    result = import_package(ctx, _read(path), dry_run=args.dry_run)
    receipt_path = None
    if result.receipt is not None:
        receipt_path = Path(args.receipt) if args.receipt else path.with_name(path.name + ".receipt")
        write_atomically(receipt_path, result.receipt)
    payload: dict[str, Any] = {
        "file": str(path),
        "package": str(result.package_uuid),
        "sequence": result.sequence,
        "from": {"code": result.sender_code, "name": result.sender_name},
        "receipt_only": result.is_receipt,
        "already_imported": result.already_imported,
        "dry_run": result.dry_run,
        "counts": result.counts,
        "conflicts": result.conflicts,
        "gaps": result.gaps,
        "confirmed": result.confirmed,
        "receipt": str(receipt_path) if receipt_path else None,
    }
    lines = [
        f"{'（试运行，未写入）' if result.dry_run else ''}已导入{result.sender_name}第 {result.sequence} 号包"
    ]
    lines += [
        f"  {kind}：" + "，".join(f"{k} {v}" for k, v in c.items()) for kind, c in result.counts.items()
    ]
    lines += [f"  冲突（已放入待核查清单）：{c}" for c in result.conflicts]
    lines += [f"  {g}" for g in result.gaps]
    if receipt_path:
        lines.append(f"回执：{receipt_path}（请交给发送单位导入）")
    emit(payload, args.json, "\n".join(lines))


def _status(args: argparse.Namespace, ctx: Context) -> None:
    status = exchange_status(ctx)
    lines = []
    for peer in status.peers:
        lines.append(
            f"{peer.name}（{peer.code}）：已发 {len(peer.sent)} 个，待回执 {peer.waiting}，已收 {peer.received}"
        )
        lines += [f"  {m}" for m in peer.missing]
    lines += [f"待处理 {h.state} {h.kind} {h.record_uuid}：{h.reason}" for h in status.held]
    emit(
        {"office": status.office_code, "peers": status.peers, "held": status.held},
        args.json,
        "\n".join(lines) or "（没有交换记录）",
    )


def write_key_file(ctx: Context, code: str, path: str) -> None:
    """`fazhi office add … --key-file FILE`: the new township's key pair, to hand it."""
    write_atomically(Path(path), keys.issue_township_key(ctx, code).to_text().encode())


def read_key_file(ctx: Context, path: str) -> None:
    """`fazhi init … --key-file FILE`: the key pair the county issued to this township."""
    keys.accept_township_key(ctx, _read(Path(path)).decode("utf-8", errors="replace"))
