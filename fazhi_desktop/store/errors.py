"""Database failures a user can cause or fix, turned into Chinese messages that say what to do."""

from __future__ import annotations

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from fazhi_desktop.domain.errors import UserError


class DatabaseLocked(UserError):
    """Another program holds the database."""


class NotADatabase(UserError):
    """The file is not a SQLite database."""


class NewerDatabase(UserError):
    """The database was written by a newer version of the program."""


class NetworkShareRefused(UserError):
    """A SQLite file on a network share."""


LOCKED_MESSAGE = "数据库正被其他程序占用（已锁定）。请关闭占用它的程序或稍后重试；多台电脑共用数据请改用 PostgreSQL 服务器。"


def translate(exc: BaseException) -> UserError | None:
    """The UserError a database exception stands for, or None when it is a bug."""
    if isinstance(exc, UserError):
        return exc
    if not isinstance(exc, DBAPIError):
        return None
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return DatabaseLocked(LOCKED_MESSAGE)
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabase("这个文件不是法治信访的数据库。请检查所选的文件（--db）。")
    if "disk i/o error" in text or "unable to open database" in text:
        return UserError("无法打开数据库文件。请检查文件是否存在、所在文件夹能否写入。")
    if "readonly database" in text or "read-only" in text:
        return UserError("数据库文件是只读的。请检查文件权限，或把它复制到可写的文件夹。")
    if "could not connect" in text or "connection refused" in text or "connection failed" in text:
        return UserError("连接不上数据库服务器。请检查服务器地址、端口和网络，或联系管理员。")
    if "password authentication failed" in text:
        return UserError("数据库服务器拒绝了用户名或密码。请检查连接地址中的用户名和密码。")
    if isinstance(exc, DataError):
        return UserError(
            "数据库拒绝保存：某项内容太长、含有不可见字符或日期超出范围。请检查刚才填写或导入的内容后重试；"
            "问题仍在请运行 fazhi check 并联系技术支持。"
        )
    if isinstance(exc, IntegrityError):
        return UserError(
            "数据库拒绝保存：这条记录与已有的记录冲突（例如编号或证件号码重复），或另一台电脑同时保存了同一记录。"
            "请刷新后重试；问题仍在请运行 fazhi check 并联系技术支持。"
        )
    return None
