"""Vocabulary columns: loaded as the domain's enums, stored as the same codes, an unknown code kept readable."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select, update

from fazhi_desktop.domain.vocab import CaseState, Channel, PetitionerRole, Source, StepKind, Tier
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.cases.reading import CaseFilter, list_cases
from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Case, Step
from tests.services.helpers import visit


def test_vocabulary_columns_load_as_enums_and_store_their_codes(ctx: Context) -> None:
    case_id = register_case(ctx, visit()).id
    detail = case_detail(ctx, case_id)
    assert detail.registration.channel is Channel.VISIT
    assert detail.registration.source is Source.LOCAL
    assert detail.handling.state is CaseState.REGISTERED
    assert detail.petitioners[0].role is PetitionerRole.PRINCIPAL
    assert detail.steps[0].kind is StepKind.REGISTER
    with ctx.db.engine.connect() as conn:
        raw = conn.exec_driver_sql(f"SELECT channel, state FROM cases WHERE id = {case_id}").one()
    assert tuple(raw) == ("visit", "registered") and type(raw[0]) is str
    with ctx.db.reading() as session:  # a filter takes a member or its code alike
        assert session.scalar(select(Case.id).where(Case.channel == Channel.VISIT)) == case_id
        assert session.scalar(select(Case.id).where(Case.channel == "visit")) == case_id


def test_an_unknown_code_is_read_as_stored(ctx: Context, caplog: pytest.LogCaptureFixture) -> None:
    """A code this version does not know (a newer version's, or typed by hand) does not stop a reader."""
    case_id = register_case(ctx, visit()).id
    # Each code is warned about once per process: one of its own per database.
    fax, telegram = f"fax-{ctx.db.engine.dialect.name}", f"telegram-{ctx.db.engine.dialect.name}"
    with ctx.db.writing() as session:
        session.execute(update(Case).where(Case.id == case_id).values(channel=fax))
        session.execute(update(Step).where(Step.case_id == case_id).values(kind=telegram))
    with caplog.at_level(logging.WARNING):
        detail = case_detail(ctx, case_id)
        rows = list_cases(ctx, CaseFilter())
    assert detail.registration.channel == fax and detail.steps[0].kind == telegram
    assert detail.registration.channel not in set(Channel)
    assert [r.channel for r in rows] == [fax]
    assert f"'{fax}'" in caplog.text and f"'{telegram}'" in caplog.text
    with ctx.db.writing() as session:  # written back unchanged when the row is saved again
        case = session.get(Case, case_id)
        assert case is not None
        case.summary = "更正摘要"
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT channel FROM cases WHERE id = {case_id}").scalar() == fax


def test_a_code_assigned_to_a_row_reads_as_its_member_before_any_reload(ctx: Context) -> None:
    case_id = register_case(ctx, visit()).id
    with ctx.db.writing() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.tier, case.state = "red", "handling"  # as the derived columns are written
        assert case.tier is Tier.RED and case.state is CaseState.HANDLING
        case.nature = None
        assert case.nature is None
