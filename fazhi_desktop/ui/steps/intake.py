"""The steps that take a matter in or send it away: 受理, 不予受理, 转送, 交办, 签收, 退回, 告知,
导入法定途径, 撤回, 作废."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.vocab import DeadlineKind, StepKind
from fazhi_desktop.ui.steps.forms import Choices, StepContext, StepForm

K = StepKind


def _matter_cases(context: StepContext) -> dict[str, Choices]:
    """A 告知 may point the petitioner to another case of the matter (the open one)."""
    others: Choices = [("", None)]
    others += [
        (f"{number}（{day}）", case_id)
        for case_id, number, day, _repeat in context.matter_cases
        if case_id != context.case_id
    ]
    return {"open_case_id": others}


def _unit_deadline(context: StepContext) -> dict[str, Any]:
    """交办: the unit reports back by the handling deadline, when the case already has one."""
    if context.clock is None:
        return {}
    for deadline in context.clock.deadlines:
        if deadline.kind in (DeadlineKind.HANDLING.value, DeadlineKind.UPPER.value):
            return {"unit_deadline": deadline.due}
    return {}


FORMS: dict[StepKind, StepForm] = {
    K.ACCEPT: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Accepting starts the handling period, counted from the day after the acceptance."
        ),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The notice of acceptance, if one was given"),
    ),
    K.REJECT: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The petitioner gets a written notice of non-acceptance that states the reason."
        ),
        labels={"reason": QT_TRANSLATE_NOOP("StepForms", "Reason (written in the notice)")},
        attachments=QT_TRANSLATE_NOOP("StepForms", "The notice of non-acceptance"),
    ),
    K.FORWARD: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Forward the matter to the unit that must handle it; a deadline is optional."
        ),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The forwarding letter"),
    ),
    K.ASSIGN: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Assign the matter to a unit, which reports its result back by the deadline."
        ),
        labels={"unit_deadline": QT_TRANSLATE_NOOP("StepForms", "Report back by")},
        defaults=_unit_deadline,
        attachments=QT_TRANSLATE_NOOP("StepForms", "The assignment letter"),
    ),
    K.SIGN_FOR: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "The unit signs for the matter and must tell the petitioner within 15 days whether it handles it.",
        ),
        date_label=QT_TRANSLATE_NOOP("StepForms", "Received by the unit on"),
    ),
    K.RETURN: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "A unit that finds the matter outside its remit may object within 5 working days of receiving it.",
        ),
        labels={"reason": QT_TRANSLATE_NOOP("StepForms", "Why it is not the unit's remit")},
    ),
    K.INFORM: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "Tell the petitioner how the matter is handled; a repeat petition is told where its open case stands.",
        ),
        hidden=frozenset({"open_case"}),
        choices=_matter_cases,
        date_label=QT_TRANSLATE_NOOP("StepForms", "Told on"),
    ),
    K.DIVERT: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The matter leaves the petition procedure for the legal procedure chosen here."
        ),
    ),
    K.WITHDRAW: StepForm(
        hint=QT_TRANSLATE_NOOP("StepForms", "The petitioner withdraws the petition; the matter ends."),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The written withdrawal"),
    ),
    K.VOID: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "Only for a registration made by mistake. The case keeps its number and its history.",
        ),
        labels={"reason": QT_TRANSLATE_NOOP("StepForms", "What the mistake was")},
    ),
}
