"""The one rule for text (domain/input_rules.py) also holds for a step's note and texts and for an
outreach event's free text: a control character or an overlong paste is refused with the field named,
and nothing is written (issue #16)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain.errors import ValidationError
from fazhi_desktop.domain.input_rules import FIELDS
from fazhi_desktop.domain.step_details import Accept, Reject
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach.events import add_event
from fazhi_desktop.store.models import OutreachEvent, Step
from tests.services.helpers import register
from tests.services.outreach_helpers import event


def _count(ctx: Context, model: type[Step] | type[OutreachEvent]) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("details", "note", "field"),
    [
        (Accept(), "已受理\x01", "note"),
        (Accept(), "长" * (FIELDS["note"].max_chars + 1), "note"),
        (Reject(reason="不属于信访\x07事项"), None, "reason"),
    ],
)
def test_a_step_with_a_bad_text_is_refused_and_nothing_written(
    ctx: Context, details: Accept | Reject, note: str | None, field: str
) -> None:
    case = register(ctx)
    before = _count(ctx, Step)
    with pytest.raises(ValidationError) as refused:
        apply_step(ctx, case.id, details, note=note)
    assert field in refused.value.errors
    assert _count(ctx, Step) == before


def test_an_outreach_event_with_a_bad_text_is_refused_and_nothing_written(ctx: Context) -> None:
    before = _count(ctx, OutreachEvent)
    bad = event(date(2024, 11, 1), "宣传《信访工作条例》", "集中宣传")
    for field, text in (("notes", "备\x00注"), ("media_note", "报" * 401), ("partner_names", "单" * 2001)):
        with pytest.raises(ValidationError) as refused:
            add_event(ctx, bad.__class__(**{**bad.__dict__, field: text}))
        assert field in refused.value.errors, field
    assert _count(ctx, OutreachEvent) == before
