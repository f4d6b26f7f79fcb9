"""Two people on two PCs change one case: the second, working from the case as it was, is refused with
who changed it, and nothing of the second step is written (issue #18, several PCs on one server)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, func, select, text

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.step_details import Accept, Assess
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.store.models import Step
from tests.services.helpers import register


def _steps(ctx: Context, case_id: int) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Step).where(Step.case_id == case_id)) or 0)


def _assess() -> Assess:
    return Assess(tier=Tier.RED, reason="扬言越级", review_on=clock.today() + timedelta(days=7))


def test_a_step_from_a_case_changed_since_it_was_opened_is_refused(ctx: Context, db_url: str) -> None:
    case = register(ctx)
    other = open_context(db_url, "李四")
    try:
        seen_here = case_detail(ctx, case.id)
        seen_there = case_detail(other, case.id)
        apply_step(other, case.id, Accept(), expected_version=seen_there.version)
        before = _steps(ctx, case.id)
        with pytest.raises(UserError) as refused:
            apply_step(ctx, case.id, _assess(), expected_version=seen_here.version)
        assert "李四" in refused.value.message and "重新打开" in refused.value.message
        assert _steps(ctx, case.id) == before
        # Opened again, the same step goes through; without a version (the command line) it always does.
        apply_step(ctx, case.id, _assess(), expected_version=case_detail(ctx, case.id).version)
        assert _steps(ctx, case.id) == before + 1
        assert case_detail(ctx, case.id).version == seen_here.version + 2
    finally:
        other.close()


def test_on_one_server_the_second_of_two_saving_at_once_waits_and_is_refused(
    ctx: Context, db_url: str
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite has one writer at a time")
    case = register(ctx)
    seen = case_detail(ctx, case.id).version
    first_pc = create_engine(db_url)
    outcome: list[BaseException | None] = []
    try:
        with first_pc.connect() as conn:
            # The first PC is in the middle of its save: the row locked and its version raised.
            conn.execute(text("SELECT id FROM cases WHERE id = :id FOR UPDATE"), {"id": case.id})
            conn.execute(text("UPDATE cases SET version = version + 1 WHERE id = :id"), {"id": case.id})

            def second_pc() -> None:
                try:
                    apply_step(ctx, case.id, _assess(), expected_version=seen)
                    outcome.append(None)
                except BaseException as exc:  # handed to the test thread
                    outcome.append(exc)

            worker = threading.Thread(target=second_pc)
            worker.start()
            worker.join(timeout=1.0)
            assert worker.is_alive(), "the second save must wait for the first one's lock"
            conn.commit()
            worker.join(timeout=30)
        assert len(outcome) == 1 and isinstance(outcome[0], UserError)
        assert _steps(ctx, case.id) == 1  # the 登记 step alone
    finally:
        first_pc.dispose()
