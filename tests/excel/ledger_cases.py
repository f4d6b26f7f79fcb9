"""Cases whose ledger lines are known by hand, for the ledger export's tests (excel, CLI, GUI, round trip)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fazhi_desktop.domain.step_details import Accept, Deliver, Evaluate, Forward, Reply, SignFor, Void
from fazhi_desktop.domain.vocab import PetitionerRole, Satisfaction
from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from tests.services.helpers import id_number, register

D = date.fromisoformat
#: 王建国's ID number and phone (the first case's 主访人).
WANG_ID = id_number("19900307", "123")
WANG_PHONE = "13812345678"
UNIT = "县人力资源和社会保障局"
FIRST_HALF = (D("2024-01-01"), D("2024-06-30"))


@dataclass(frozen=True)
class Built:
    """The numbers of the cases made: two in the first half of 2024, one before, one after, one voided."""

    wages: str
    online: str
    before: str
    after: str
    voided: str


def build(ctx: Context) -> Built:
    unit = add_entry(ctx, "unit", UNIT).id
    for township in ("塔峰镇", "新圩镇"):
        add_entry(ctx, "township", township)
    wages = register_case(
        ctx,
        CaseInput(
            channel="visit",
            summary="反映拖欠工资三个月未付",
            registered_on=D("2024-03-04"),
            petitioners=[
                PetitionerInput(
                    name="王建国", id_number=WANG_ID, phone=WANG_PHONE, address="塔峰镇城东村三组"
                ),
                PetitionerInput(name="李四", role=PetitionerRole.CO_PETITIONER),
            ],
            head_count=3,
            region="塔峰镇",
            category="劳动报酬",
            purpose="求决",
            nature="claim",
        ),
    )
    apply_step(ctx, wages.id, Accept(), occurred_on=D("2024-03-05"))
    apply_step(ctx, wages.id, Forward(unit_id=unit), occurred_on=D("2024-03-05"))
    apply_step(ctx, wages.id, SignFor(), occurred_on=D("2024-03-06"))
    apply_step(ctx, wages.id, Reply(), occurred_on=D("2024-04-01"))
    apply_step(ctx, wages.id, Deliver(), occurred_on=D("2024-04-03"))
    apply_step(ctx, wages.id, Evaluate(unit=Satisfaction.SATISFIED), occurred_on=D("2024-04-03"))
    online = register(
        ctx, "李秀英", on=D("2024-05-06"), channel="online", region="新圩镇", summary="反映小区电梯停运"
    )
    before = register(ctx, "周敏", on=D("2023-12-31"), channel="letter", region="新圩镇")
    after = register(ctx, "赵强", on=D("2024-07-01"), channel="phone")
    voided = register(ctx, "吴刚", on=D("2024-04-10"))
    apply_step(ctx, voided.id, Void(reason="重复登记"), occurred_on=D("2024-04-10"))
    return Built(wages.number, online.number, before.number, after.number, voided.number)
