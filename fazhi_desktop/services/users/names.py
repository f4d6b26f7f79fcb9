"""Users' real names: what documents print as 经办人 and 登记人 instead of a login."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.store.models import User


def real_names(session: Session, logins: Iterable[str]) -> dict[str, str]:
    """Login → the user's name, for the logins that are users (others, such as an imported ledger's
    or another office's, print as they are)."""
    wanted = {login for login in logins if login}
    if not wanted:
        return {}
    rows = session.execute(select(User.login, User.display_name).where(User.login.in_(wanted)))
    return {login: name for login, name in rows if name}
