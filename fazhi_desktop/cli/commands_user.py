"""fazhi user add|list|reset|disable|enable|passwd: the accounts (the 管理员's, and one's own password).

New passwords come from FAZHI_NEW_PASSWORD or a prompt (typed twice); never from an option, which
would leave them in the shell's history and the process list.
"""

from __future__ import annotations

import argparse
from typing import Any

from fazhi_desktop.cli.context import NEW_PASSWORD_ENV, read_password
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.permissions import require_admin
from fazhi_desktop.services.users import accounts
from fazhi_desktop.services.users.accounts import UserInfo

ROLE_HELP = "角色：" + "|".join(r.label for r in Role)


def register(commands: SubParsers) -> None:
    top = command(commands, "user", "用户：添加、列出、重置密码、停用、启用（管理员）；passwd 修改自己的密码")
    actions = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(actions, "add", "添加用户（初始密码取自 FAZHI_NEW_PASSWORD 或提示输入；首次登录须修改）")
    add.add_argument("--login", required=True, metavar="NAME", help="登录名（不区分大小写）")
    add.add_argument("--name", required=True, metavar="姓名", help="真实姓名（文书上的经办人、登记人）")
    add.add_argument("--role", required=True, help=ROLE_HELP)
    add.add_argument("--township", metavar="NAME", help="乡镇用户所属的乡镇（问题属地目录中的乡镇名称）")
    add.set_defaults(handler=_add)
    command(actions, "list", "列出全部用户").set_defaults(handler=_list)
    reset = command(actions, "reset", "重置用户的密码并解除锁定（新密码取自 FAZHI_NEW_PASSWORD 或提示输入）")
    reset.add_argument("login", metavar="LOGIN", help="用户的登录名")
    reset.set_defaults(handler=_reset)
    for name, active, text in (
        ("disable", False, "停用用户（不能再登录）"),
        ("enable", True, "启用已停用的用户"),
    ):
        sub = command(actions, name, text)
        sub.add_argument("login", metavar="LOGIN", help="用户的登录名")
        sub.set_defaults(handler=_set_active, active=active)
    command(
        actions, "passwd", "修改自己的密码（原密码用 FAZHI_PASSWORD，新密码用 FAZHI_NEW_PASSWORD）"
    ).set_defaults(handler=_passwd)


def _json(info: UserInfo) -> dict[str, Any]:
    return {
        "login": info.login,
        "name": info.name,
        "role": info.role.value,
        "role_label": info.role.label,
        "township": info.township,
        "active": info.active,
        "must_change_password": info.must_change_password,
        "locked_until": info.locked_until,
        "password_changed_at": info.password_changed_at,
        "last_login_at": info.last_login_at,
    }


def _line(info: UserInfo) -> str:
    notes = [] if info.active else ["已停用"]
    if info.locked_until:
        notes.append(f"锁定到 {info.locked_until:%Y-%m-%d %H:%M}")
    if info.must_change_password:
        notes.append("须修改密码")
    return "\t".join([info.login, info.name, info.role.label, info.township or "", "，".join(notes)])


def _new_password(prompt: str) -> str:
    return read_password(NEW_PASSWORD_ENV, prompt, confirm=True)


def _add(args: argparse.Namespace, ctx: Context) -> None:
    require_admin(ctx, "添加用户")  # before a password is asked for
    info = accounts.add_user(
        ctx,
        args.login,
        args.name,
        args.role,
        _new_password(f"「{args.login}」的初始密码："),
        township=args.township,
    )
    emit({"user": _json(info)}, args.json, f"已添加用户：{_line(info)}（首次登录须修改密码）")


def _list(args: argparse.Namespace, ctx: Context) -> None:
    rows = accounts.list_users(ctx)
    emit({"users": [_json(u) for u in rows]}, args.json, "\n".join(_line(u) for u in rows) or "（没有用户）")


def _reset(args: argparse.Namespace, ctx: Context) -> None:
    require_admin(ctx, "重置密码")
    info = accounts.reset_password(ctx, args.login, _new_password(f"「{args.login}」的新密码："))
    emit({"user": _json(info)}, args.json, f"已重置 {info.login} 的密码（下次登录须修改）")


def _set_active(args: argparse.Namespace, ctx: Context) -> None:
    info = accounts.set_active(ctx, args.login, args.active)
    emit({"user": _json(info)}, args.json, f"已{'启用' if args.active else '停用'}用户 {info.login}")


def _passwd(args: argparse.Namespace, ctx: Context) -> None:
    old = read_password("FAZHI_PASSWORD", "原密码：")
    accounts.change_password(ctx, old, _new_password("新密码："))
    emit({"user": ctx.actor.login, "changed": True}, args.json, "密码已修改。")
