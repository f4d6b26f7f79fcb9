"""Shared fixtures: real databases (a SQLite file and a PostgreSQL server), a fixed today, a context.

Store and service tests take `db_url` (or `ctx`) and so run twice: on SQLite and on the PostgreSQL
server scripts/test starts (FAZHI_TEST_PG_URL). Without that server they fail with a message; set
FAZHI_TEST_PG=skip to leave PostgreSQL out on purpose for a quick local run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fazhi_desktop.domain import clock
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office.offices import init_office
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.services.users.login import create_first_admin

#: The day every test lives on unless it says otherwise.
TODAY = date(2024, 11, 20)
#: The password every test's "tester" logs in with.
TEST_PASSWORD = "Tester-2024"
BACKENDS = ["sqlite"] if os.environ.get("FAZHI_TEST_PG") == "skip" else ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> Iterator[date]:
    monkeypatch.setenv("FAZHI_TODAY", TODAY.isoformat())
    # Commands log in as "tester" with this password: the administrator of the template databases,
    # and the one the first command on a database without users (`fazhi init`) makes (cli/context.py).
    monkeypatch.setenv("FAZHI_USER", "tester")
    monkeypatch.setenv("FAZHI_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("FAZHI_NEW_PASSWORD", raising=False)
    clock.set_today(TODAY)
    yield TODAY
    clock.reset()


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = os.environ.get("FAZHI_TEST_PG_URL")
    if not url:
        pytest.fail(
            "FAZHI_TEST_PG_URL is not set: run the tests with scripts/test, which starts a PostgreSQL "
            "server (or set FAZHI_TEST_PG=skip to leave PostgreSQL out on purpose)."
        )
    return url


class _PgDatabases:
    """Creates a fresh database per test on the test server, optionally from a migrated template."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self.engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        self.template: str | None = None

    def create(self, *, template: str = "template0") -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_databases(pg_admin_url: str) -> Iterator[_PgDatabases]:
    databases = _PgDatabases(pg_admin_url)
    yield databases
    databases.engine.dispose()


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    if request.param == "sqlite":
        yield str(tmp_path / "fazhi.db")
        return
    databases: _PgDatabases = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[str, str]:
    """Migrated databases with the office set, made once and copied for each test (migrating per test
    would cost more than the tests themselves)."""
    templates: dict[str, str] = {}
    folder = tmp_path_factory.mktemp("template")
    for backend in BACKENDS:
        if backend == "sqlite":
            target = str(folder / "template.db")
        else:
            databases: _PgDatabases = request.getfixturevalue("pg_databases")
            target = databases.create()
        clock.set_today(TODAY)
        ctx = open_context(target, "setup")
        ensure_ready(ctx)
        init_office(ctx, "431127", "蓝山县信访局", "county")
        # The administrator the commands log in as (FAZHI_USER, FAZHI_PASSWORD), as `fazhi init` makes it.
        create_first_admin(ctx.db, "tester", "tester", TEST_PASSWORD, datetime.now())
        ctx.close()
        templates[backend] = target
    return templates


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, _templates: dict[str, str]) -> Iterator[str]:
    """A URL of a migrated database of the county office 431127 蓝山县信访局, on SQLite and on PostgreSQL,
    whose administrator is tester (password TEST_PASSWORD)."""
    if request.param == "sqlite":
        target = tmp_path / "fazhi.db"
        shutil.copy(_templates["sqlite"], target)
        yield str(target)
        return
    databases: _PgDatabases = request.getfixturevalue("pg_databases")
    template_name = make_url(_templates["postgresql"]).database
    assert template_name
    url = databases.create(template=template_name)
    yield url
    databases.drop(url)


@pytest.fixture
def ctx(db_url: str) -> Iterator[Context]:
    context = open_context(db_url, "tester")
    yield context
    context.close()
