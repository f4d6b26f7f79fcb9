"""Keys that many writers share (issue 16): on one PostgreSQL server, a ledger import and a clerk
registering cases on another PC at the same time both succeed, and no case takes another's key."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.store.models import Case, Step
from tests.excel.ledger_workbooks import big_ledger
from tests.services.helpers import register

ROWS = 400
CLERK_CASES = 5


def test_an_import_while_a_clerk_registers(ctx: Context, db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time; the keys are shared on a server")
    path = big_ledger(tmp_path / "台账.xlsx", ROWS, seed=5)
    clerk = open_context(db_url, "clerk")
    importing = threading.Event()
    clerk_done = threading.Event()
    numbers: list[str] = []
    failures: list[BaseException] = []

    def clerk_work() -> None:
        try:
            importing.wait(60)
            for i in range(CLERK_CASES):
                numbers.append(register(clerk, f"李{i}", summary=f"导入时登记的第 {i + 1} 件").number)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)
        finally:
            clerk_done.set()

    def progress(done: int, total: int) -> None:
        if not importing.is_set():
            importing.set()
            clerk_done.wait(5)  # the clerk registers while this import has begun taking keys

    worker = threading.Thread(target=clerk_work)
    worker.start()
    try:
        report = import_ledger(ctx, path, progress=progress)
    finally:
        importing.set()
        worker.join(120)
        clerk.close()
    assert not failures, failures
    assert len(numbers) == CLERK_CASES
    with ctx.db.reading() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
        distinct_numbers = session.scalar(select(func.count(func.distinct(Case.number))))
        steps = session.scalar(select(func.count()).select_from(Step))
    assert cases == report.imported + CLERK_CASES == distinct_numbers
    assert steps and steps > cases
    # Afterwards the sequences are past every key: the next registration works too.
    assert register(ctx, "王后来", summary="导入之后").number
