"""Opening the database a command works on, as the user who logs in with `--user` and a password.

The password comes from FAZHI_PASSWORD, else a prompt on the terminal; without either the command
stops and says to set FAZHI_PASSWORD. A database with users refuses a command without that user's
valid password. A database with none yet (a new one, or one made before log-ins existed) takes the
first command's `--user` and password as its administrator and says so.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import datetime

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.services.recovery import damaged
from fazhi_desktop.services.single_writer import guard
from fazhi_desktop.services.users.login import authenticate, create_first_admin, login_rules

log = logging.getLogger(__name__)

PASSWORD_ENV = "FAZHI_PASSWORD"
NEW_PASSWORD_ENV = "FAZHI_NEW_PASSWORD"


def open_ctx(args: argparse.Namespace) -> Context:
    ctx: Context | None = None
    try:
        ctx = open_context(args.db, args.user)
        ctx.actor = log_in(ctx, changing_password=_is_passwd(args))
        ctx.user = ctx.actor.login
        guard(ctx)  # one writing program at a time; the day's first write backs up first
        ensure_ready(ctx)
    except BaseException as exc:
        if ctx is not None:
            ctx.close()
        if isinstance(exc, Exception):
            problem = damaged(args.db)  # a damaged file: name the latest good backup instead
            if problem is not None:
                raise problem from exc
        raise
    return ctx


def _is_passwd(args: argparse.Namespace) -> bool:
    """`fazhi user passwd` may run with an expired or reset password: it is how one changes it."""
    return getattr(args, "command", None) == "user" and getattr(args, "action", None) == "passwd"


def log_in(ctx: Context, *, changing_password: bool = False) -> Actor:
    """The actor for `ctx.user`: authenticated, or created as the first administrator."""
    now = datetime.now()  # the machine's clock: --today never moves a lock or an expiry
    if not login_rules(ctx.db).has_users:
        password = read_password(
            PASSWORD_ENV,
            f"数据库还没有用户，将创建管理员「{ctx.user}」。请设置管理员密码：",
            confirm=True,
        )
        actor = create_first_admin(ctx.db, ctx.user, ctx.user, password, now)
        sys.stderr.write(
            f"数据库还没有用户：已创建管理员「{actor.login}」，以后请用这个登录名和密码操作；"
            "用 fazhi user add 添加其他用户。\n"
        )
        return actor
    password = read_password(PASSWORD_ENV, f"用户「{ctx.user}」的密码：")
    return authenticate(ctx.db, ctx.user, password, now, allow_change=changing_password, record=False)


def read_password(variable: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from the environment variable, else typed at the terminal (not echoed)."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"需要密码：请设置环境变量 {variable}，或在终端中运行本命令以便输入密码。")
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输入一次：") != typed:
        raise UserError("两次输入的密码不一样。请重新运行。")
    return typed
