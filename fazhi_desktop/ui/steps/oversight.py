"""The steps beside the procedure: 督办, 研判, 领导包案, and 更正 (a correction of a recorded fact)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.step_details import CORRECTABLE_FIELDS, STEP_FIELDS
from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.ui.steps.forms import Choices, StepContext, StepForm, tr
from fazhi_desktop.ui.vocab_text import shown

K = StepKind
#: The 研判 meeting is weekly: the next review a week on.
REVIEW_AFTER_DAYS = 7


def _assess_defaults(context: StepContext) -> dict[str, Any]:
    defaults: dict[str, Any] = {"review_on": clock.today() + timedelta(days=REVIEW_AFTER_DAYS)}
    if context.tier:
        defaults["tier"] = context.tier
    return defaults


def _case_fields() -> Choices:
    return [(name, key) for key, name in CORRECTABLE_FIELDS.items()] + [(tr(OTHER), "other")]


OTHER = QT_TRANSLATE_NOOP("StepForms", "Other (described in the reason)")
CASE_ITSELF = QT_TRANSLATE_NOOP("StepForms", "The case itself")


def _correction_choices(context: StepContext) -> dict[str, Choices]:
    steps: Choices = [(tr(CASE_ITSELF), "")]
    steps += [
        (f"{s.occurred_on} {shown(s.kind)}", s.uuid)
        for s in context.steps
        if s.uuid and s.kind not in (StepKind.REGISTER, StepKind.CORRECT)
    ]
    return {"step": steps, "field": _case_fields()}


def _step_fields(context: StepContext, step_uuid: str) -> Choices:
    """What may be corrected of one earlier step: its date, and those of its details it has."""
    step = next((s for s in context.steps if s.uuid == step_uuid), None)
    if step is None:
        return _case_fields()
    return [(name, key) for key, name in STEP_FIELDS.items() if key == "occurred_on" or key in step.details]


def _correction_setup(editors: dict[str, Any], context: StepContext) -> None:
    """The fields offered follow the step chosen (the case itself, or one of its steps)."""
    step, field = editors["step"], editors["field"]

    def follow(_index: int) -> None:
        chosen = step.value() or ""
        field.set_choices(_step_fields(context, chosen) if chosen else _case_fields(), blank=False)

    step.currentIndexChanged.connect(follow)


FORMS: dict[StepKind, StepForm] = {
    K.SUPERVISE: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Supervision of the handling; supervision by a higher level makes the case yellow."
        ),
        labels={"content": QT_TRANSLATE_NOOP("StepForms", "What is asked")},
        attachments=QT_TRANSLATE_NOOP("StepForms", "The supervision notice"),
    ),
    K.ASSESS: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "The review meeting may set the tier either way; the automatic reasons stay visible beside it.",
        ),
        labels={"reason": QT_TRANSLATE_NOOP("StepForms", "Reason of the meeting")},
        defaults=_assess_defaults,
        date_label=QT_TRANSLATE_NOOP("StepForms", "Meeting on"),
    ),
    K.LEADER_OWN: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "A leader takes personal charge of the matter until it is resolved."
        ),
    ),
    K.CORRECT: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Steps are never changed: the correction is recorded as a step of its own."
        ),
        labels={"reason": QT_TRANSLATE_NOOP("StepForms", "Why (or what, for 'other')")},
        hidden=frozenset({"old"}),
        order=("step", "field", "new"),
        choices=_correction_choices,
        setup=_correction_setup,
    ),
}
