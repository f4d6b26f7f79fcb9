"""Accounts for tests: made through the services as the administrator, ready to log in with
TEST_PASSWORD (the first-log-in change the administrator's password asks for already done)."""

from __future__ import annotations

from sqlalchemy import update

from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.users import accounts
from fazhi_desktop.store.models import User
from tests.conftest import TEST_PASSWORD


def make_user(
    target: str, login: str, role: Role, *, name: str | None = None, township: str | None = None
) -> None:
    ctx = open_context(target, "tester")
    try:
        accounts.add_user(ctx, login, name or login, role, TEST_PASSWORD, township=township)
        with ctx.db.writing() as session:  # as if the user had chosen its own password at once
            session.execute(
                update(User).where(User.login == login.lower()).values(must_change_password=False)
            )
    finally:
        ctx.close()
