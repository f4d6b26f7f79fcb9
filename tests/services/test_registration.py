"""Registering cases: what is written, what is refused, and that a refusal writes nothing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.vocab import CaseState, StepKind
from fazhi_desktop.services.cases.petitioners import find_earlier_cases
from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office import settings
from fazhi_desktop.store.models import AuditEntry, Case, CasePetitioner, Matter, Petitioner, Step
from tests.services.helpers import id_number, register, visit


def _count(ctx: Context, model: type) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _table_counts(ctx: Context) -> dict[str, int]:
    return {m.__name__: _count(ctx, m) for m in (Case, Matter, Petitioner, CasePetitioner, Step, AuditEntry)}


def test_a_visit_is_registered_with_its_petitioner_matter_and_first_step(ctx: Context) -> None:
    result = register(
        ctx,
        "王建国",
        id_no=id_number(),
        phone="138 1234 5678",
        on=date(2024, 11, 19),
        category="劳动报酬",
        nature="claim",
    )
    assert result.number == "431127-2024-000001"
    with ctx.db.reading() as session:
        case = session.get_one(Case, result.id)
        assert (case.channel, case.state, case.principal_name) == (
            "visit",
            CaseState.REGISTERED.value,
            "王建国",
        )
        assert case.registered_on == date(2024, 11, 19)
        matter = session.get_one(Matter, case.matter_id)
        assert matter.root_case_id == case.id
        person = session.scalars(select(Petitioner)).one()
        assert (person.id_number, person.sex, person.birth_date, person.phone) == (
            id_number(),
            "male",
            date(1990, 3, 7),
            "13812345678",
        )
        steps = session.scalars(select(Step).where(Step.case_id == case.id)).all()
        assert [(s.kind, s.actor) for s in steps] == [(StepKind.REGISTER.value, "tester")]


def test_registering_writes_exactly_one_audit_entry_with_the_acting_user(db_url: str) -> None:
    ctx = open_context(db_url, "clerk_zhang")
    try:
        before = _count(ctx, AuditEntry)
        result = register(ctx, "李秀英")
        assert _count(ctx, AuditEntry) == before + 1
        with ctx.db.reading() as session:
            entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert (entry.user_login, entry.action, entry.entity, entry.entity_uuid) == (
            "clerk_zhang",
            "case.register",
            "case",
            result.uuid,
        )
        assert result.number in entry.summary
    finally:
        ctx.close()


def test_numbers_run_per_year(ctx: Context) -> None:
    numbers = [
        register(ctx, on=day).number for day in (date(2023, 12, 31), date(2024, 1, 2), date(2024, 1, 3))
    ]
    assert numbers == ["431127-2023-000001", "431127-2024-000001", "431127-2024-000002"]


def test_the_same_id_number_finds_the_same_person(ctx: Context) -> None:
    register(ctx, "王建国", id_no=id_number(), phone="13812345678")
    # Typed differently the second time: spaces, full-width digits, a new phone.
    typed = "４３１１２７ 1990 0307 " + id_number()[-4:]
    register(ctx, "王建国", id_no=typed, phone="13900001111")
    with ctx.db.reading() as session:
        people = session.scalars(select(Petitioner)).all()
    assert len(people) == 1
    assert people[0].phone == "13900001111"


def test_name_and_phone_find_a_person_without_an_id_number(ctx: Context) -> None:
    register(ctx, "陈志强", phone="13712345678")
    register(ctx, "陈志强", phone="137-1234-5678")
    register(ctx, "陈志强", phone="13000000000")
    assert _count(ctx, Petitioner) == 2


def test_earlier_cases_are_found_by_id_number_prefix_and_by_name_and_phone(ctx: Context) -> None:
    first = register(ctx, "王建国", id_no=id_number(), phone="13812345678", on=date(2024, 3, 1))
    second = register(ctx, "王建国", id_no=id_number(), on=date(2024, 6, 1))
    register(ctx, "李秀英", id_no=id_number("19620101", "242"), on=date(2024, 6, 2))
    full = find_earlier_cases(ctx, id_number=id_number())
    assert [c.number for c in full] == [second.number, first.number]
    assert [c.number for c in find_earlier_cases(ctx, id_number=id_number()[:12])] == [
        second.number,
        first.number,
    ]
    assert find_earlier_cases(ctx, id_number="43112") == []  # too short to mean anyone
    old_form = id_number()[:6] + id_number()[8:17]  # the 15-digit number of the same person
    assert [c.number for c in find_earlier_cases(ctx, id_number=old_form)] == [second.number, first.number]
    by_phone = find_earlier_cases(ctx, name="王建国", phone="138 1234 5678")
    assert {c.number for c in by_phone} == {first.number, second.number}


def test_a_repeat_joins_the_earlier_matter(ctx: Context) -> None:
    first = register(ctx, "王建国", id_no=id_number(), on=date(2024, 3, 1))
    again = register(ctx, "王建国", id_no=id_number(), on=date(2024, 4, 1), repeat_of=first.number)
    assert again.is_repeat and again.repeat_of_number == first.number
    assert again.matter_id == first.matter_id
    with ctx.db.reading() as session:
        step = session.scalars(select(Step).where(Step.case_id == again.id, Step.kind == "register")).one()
    assert step.details["repeat_of"] == first.number


@pytest.mark.parametrize(("people", "threshold", "expected"), [(4, 5, False), (5, 5, True), (5, 6, False)])
def test_collective_visit_at_the_threshold(ctx: Context, people: int, threshold: int, expected: bool) -> None:
    settings.set_value(ctx, "collective_threshold", threshold)
    assert register(ctx, people=people).is_collective is expected


def test_a_letter_from_five_people_is_not_a_collective_visit(ctx: Context) -> None:
    assert register(ctx, people=5, channel="letter").is_collective is False


def test_co_petitioners_are_linked_in_order(ctx: Context) -> None:
    data = visit("王建国", people=3)
    data.petitioners += [PetitionerInput(name="李秀英"), PetitionerInput(name="陈志强")]
    result = register_case(ctx, data)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Petitioner.name, CasePetitioner.role)
            .join(CasePetitioner)
            .where(CasePetitioner.case_id == result.id)
            .order_by(CasePetitioner.position)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("王建国", "principal"),
        ("李秀英", "co_petitioner"),
        ("陈志强", "co_petitioner"),
    ]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (visit(id_no="431127199003071230"), "id_number", "校验码"),
        (visit(on=date(2024, 11, 21)), "registered_on", "晚于今天"),
        (visit(summary="   "), "summary", "摘要不能为空"),
        (visit(name=""), "name", "信访人姓名"),
        (visit(phone="12345678901234"), "phone", ""),
        (visit(people=0), "head_count", "人数"),
        (visit(source="upper_assigned"), "upper_number", "上级件号"),
        (visit(channel="fax"), "channel", "信访形式"),
    ],
)
def test_bad_input_is_refused_field_by_field_and_writes_nothing(
    ctx: Context,
    data: CaseInput,
    field: str,
    message: str,
) -> None:
    before = _table_counts(ctx)
    with pytest.raises(ValidationError) as caught:
        register_case(ctx, data)
    assert field in caught.value.errors
    assert message in caught.value.errors[field]
    assert _table_counts(ctx) == before


def test_an_unknown_directory_entry_writes_nothing(ctx: Context) -> None:
    before = _table_counts(ctx)
    with pytest.raises(UserError, match="内容分类「不存在的分类」不存在"):
        register_case(ctx, visit(category="不存在的分类"))
    # Issue #17: no data; the refused attempt is in the trail as "failed".
    assert _table_counts(ctx) == {**before, "AuditEntry": before["AuditEntry"] + 1}
    with ctx.db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.outcome == "failed"


def test_an_anonymous_letter_needs_no_name(ctx: Context) -> None:
    data = CaseInput(channel="letter", summary="反映某村干部优亲厚友", anonymous=True, nature="accusation")
    result = register_case(ctx, data)
    with ctx.db.reading() as session:
        assert session.get_one(Case, result.id).principal_name is None


def test_two_clerks_registering_at_once_get_different_numbers(db_url: str) -> None:
    """Per-office yearly numbers stay unique and gapless when PCs register at the same moment."""
    contexts = [open_context(db_url, f"clerk{i}") for i in range(4)]
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(ctx: Context) -> None:
        try:
            for _ in range(10):
                number = register(ctx).number
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in contexts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in contexts:
        c.close()
    assert not errors, errors
    assert sorted(numbers) == [f"431127-2024-{n:06d}" for n in range(1, 41)]
