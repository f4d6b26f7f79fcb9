"""fazhi init, office, directory, settings."""

from __future__ import annotations

import argparse
from typing import Any

from fazhi_desktop.cli import commands_exchange
from fazhi_desktop.cli.context import open_ctx
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.database import schema_revision
from fazhi_desktop.services.office import directories, offices, settings
from fazhi_desktop.services.office.directories import DirectoryKind

KIND_HELP = "目录：township 乡镇、village 村（社区）、unit 责任单位、category 内容分类、purpose 信访目的"


def register(commands: SubParsers) -> None:
    init = command(commands, "init", "创建或升级数据库，并设置本单位")
    _office_options(init, required=False, default_level="county")
    init.set_defaults(handler=_init, opens_db=True)

    office = command(commands, "office", "登记和查看单位（县信访局、乡镇信访办、部门）")
    office_sub = office.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(office_sub, "add", "登记一个单位")
    _office_options(add, required=True, default_level="township")
    add.set_defaults(handler=_office_add)
    command(office_sub, "list", "列出已登记的单位").set_defaults(handler=_office_list)

    directory = command(commands, "directory", "维护目录：乡镇、村（社区）、责任单位、内容分类、信访目的")
    dir_sub = directory.add_subparsers(dest="action", metavar="ACTION", required=True)
    kinds = [k.value for k in DirectoryKind]
    listing = command(dir_sub, "list", "列出目录条目")
    listing.add_argument("kind", choices=kinds, help=KIND_HELP)
    listing.set_defaults(handler=_directory_list)
    add_entry = command(dir_sub, "add", "添加条目")
    add_entry.add_argument("kind", choices=kinds, help=KIND_HELP)
    add_entry.add_argument("--name", required=True, help="条目名称，例如 塔峰镇")
    add_entry.add_argument("--code", help="条目代码（可不填，例如乡镇的区划代码）")
    add_entry.add_argument("--parent", help="上级条目的名称或代码（村所属乡镇、下级分类的上级）")
    add_entry.set_defaults(handler=_directory_add)
    rename = command(dir_sub, "rename", "条目改名")
    rename.add_argument("kind", choices=kinds, help=KIND_HELP)
    rename.add_argument("--id", type=int, required=True, help="条目编号（directory list 显示的第一列）")
    rename.add_argument("--name", required=True, help="新名称")
    rename.set_defaults(handler=_directory_rename)
    for name, retired, text in (
        ("retire", True, "停用条目（已登记的信访件仍保留它）"),
        ("restore", False, "恢复已停用的条目"),
    ):
        sub = command(dir_sub, name, text)
        sub.add_argument("kind", choices=kinds, help=KIND_HELP)
        sub.add_argument("--id", type=int, required=True, help="条目编号（directory list 显示的第一列）")
        sub.set_defaults(handler=_directory_retire, retired=retired)

    setting = command(commands, "settings", "查看和修改设置")
    set_sub = setting.add_subparsers(dest="action", metavar="ACTION", required=True)
    command(set_sub, "list", "列出全部设置").set_defaults(handler=_settings_list)
    set_one = command(set_sub, "set", "修改一项设置")
    set_one.add_argument("key", choices=sorted(settings.DEFAULTS), help="设置项（settings list 列出全部）")
    set_one.add_argument("value", help="新的值")
    set_one.set_defaults(handler=_settings_set)


def _office_options(parser: argparse.ArgumentParser, *, required: bool, default_level: str) -> None:
    parser.add_argument("--office", required=required, metavar="CODE", help="单位代码，例如 431127")
    parser.add_argument("--name", required=required, help="单位名称，例如 蓝山县信访局")
    parser.add_argument(
        "--level", default=default_level, help="county（县级）| township（乡镇）| department（部门）"
    )
    parser.add_argument("--parent", metavar="CODE", help="上级单位代码")
    parser.add_argument("--parent-name", metavar="NAME", help="上级单位名称（乡镇初次设置时登记其县信访局）")
    parser.add_argument(
        "--key-file", metavar="FILE", help="交换密钥文件：office add 时写出给乡镇，init 时导入县里签发的文件"
    )


def _init(args: argparse.Namespace) -> None:
    # Opens the database itself: a mistake in the options must not create a file.
    if (args.office is None) != (args.name is None):
        raise UserError("--office 和 --name 要一起给出，例如：fazhi init --office 431127 --name 蓝山县信访局")
    ctx = open_ctx(args)
    try:
        info = None
        if args.office:
            info = offices.init_office(ctx, args.office, args.name, args.level, args.parent, args.parent_name)
        if args.key_file:
            commands_exchange.read_key_file(ctx, args.key_file)
        else:
            info = offices.get_local_office(ctx)
        payload: dict[str, Any] = {
            "database": ctx.db.describe(),
            "schema": schema_revision(ctx),
            "office": _office_json(info) if info else None,
        }
        where = (
            f"本单位：{info.name}（{info.code}）"
            if info
            else "尚未设置本单位（fazhi init --office 代码 --name 名称）"
        )
        emit(payload, args.json, f"数据库已就绪：{ctx.db.describe()}\n{where}")
    finally:
        ctx.close()


def _office_json(info: offices.OfficeInfo) -> dict[str, Any]:
    return {
        "code": info.code,
        "name": info.name,
        "level": info.level.value,
        "parent": info.parent_code,
        "uuid": str(info.uuid),
        "local": info.is_local,
    }


def _office_add(args: argparse.Namespace, ctx: Context) -> None:
    info = offices.add_office(ctx, args.office, args.name, args.level, args.parent)
    if args.key_file:
        commands_exchange.write_key_file(ctx, info.code, args.key_file)
    emit({"office": _office_json(info)}, args.json, f"已登记：{info.name}（{info.code}）")


def _office_list(args: argparse.Namespace, ctx: Context) -> None:
    rows = offices.list_offices(ctx)
    lines = [
        "\t".join([o.code, o.name, o.level.label] + (["（本单位）"] if o.is_local else [])) for o in rows
    ]
    emit({"offices": [_office_json(o) for o in rows]}, args.json, "\n".join(lines) or "（没有单位）")


def _entry_json(entry: directories.Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "uuid": str(entry.uuid),
        "kind": entry.kind.value,
        "code": entry.code,
        "name": entry.name,
        "parent": entry.parent_name,
        "retired": entry.retired,
    }


def _directory_list(args: argparse.Namespace, ctx: Context) -> None:
    rows = directories.list_entries(ctx, args.kind)
    lines = [
        "\t".join(
            [str(e.id), e.code or "", e.name, e.parent_name or ""] + (["（已停用）"] if e.retired else [])
        )
        for e in rows
    ]
    emit({"entries": [_entry_json(e) for e in rows]}, args.json, "\n".join(lines) or "（空）")


def _directory_add(args: argparse.Namespace, ctx: Context) -> None:
    entry = directories.add_entry(ctx, args.kind, args.name, code=args.code, parent=args.parent)
    emit(
        {"entry": _entry_json(entry)}, args.json, f"已添加{entry.kind.label}：{entry.name}（编号 {entry.id}）"
    )


def _directory_rename(args: argparse.Namespace, ctx: Context) -> None:
    entry = directories.rename_entry(ctx, args.kind, args.id, args.name)
    emit({"entry": _entry_json(entry)}, args.json, f"已改名：{entry.name}")


def _directory_retire(args: argparse.Namespace, ctx: Context) -> None:
    entry = directories.retire_entry(ctx, args.kind, args.id, args.retired)
    verb = "停用" if args.retired else "恢复"
    emit({"entry": _entry_json(entry)}, args.json, f"已{verb}：{entry.name}")


def _settings_list(args: argparse.Namespace, ctx: Context) -> None:
    values = settings.all_settings(ctx)
    lines = [f"{key}\t{value}\t{settings.LABELS.get(key, '')}" for key, value in values.items()]
    emit({"settings": values}, args.json, "\n".join(lines))


def _settings_set(args: argparse.Namespace, ctx: Context) -> None:
    value: Any = settings.parse_value(args.key, args.value)
    settings.set_value(ctx, args.key, value)
    emit({"key": args.key, "value": value}, args.json, f"已设置 {args.key} = {value}")
