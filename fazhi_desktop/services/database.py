"""What the windows and the commands may know about the database itself, without reaching into
store/: which failures are the user's to fix (a locked file, a file that is no database, a server
that does not answer), and the schema revision the database is at.
"""

from __future__ import annotations

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.store import errors, migrate


def as_user_error(exc: BaseException) -> UserError | None:
    """The UserError (with its Chinese message) a failure stands for, or None when it is a bug."""
    return errors.translate(exc)


def schema_revision(ctx: Context) -> str | None:
    """The Alembic revision of the open database's schema (None for one never migrated)."""
    return migrate.current_revision(ctx.db)
