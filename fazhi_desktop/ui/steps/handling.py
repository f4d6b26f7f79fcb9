"""The steps of handling and answering: 延期, 调解协议, 答复, 送达, 评价, 办结, 办结报告."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.vocab import CaseState, StepKind
from fazhi_desktop.ui.steps.forms import StepContext, StepForm, tr

K = StepKind


def _hearing(context: StepContext) -> bool:
    return context.clock is not None and context.clock.state is CaseState.RECHECKING


def _extension_defaults(context: StepContext) -> dict[str, Any]:
    """A hearing during 复核 (its days are not counted), else an ordinary extension of what is left."""
    if _hearing(context):
        return {"hearing": True, "days": 10}
    left = context.clock.extension_days_left if context.clock is not None else 0
    return {"hearing": False, "days": left or 1}


def _extension_hint(context: StepContext) -> str:
    clock = context.clock
    if clock is None or _hearing(context):
        return ""
    return (
        tr(QT_TRANSLATE_NOOP("StepForms", "Extended %1 time(s) by %2 days so far; %3 days are left."))
        .replace("%1", str(clock.extensions))
        .replace("%2", str(clock.extension_days))
        .replace("%3", str(clock.extension_days_left))
    )


FORMS: dict[StepKind, StepForm] = {
    K.EXTEND: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "Approved by the head of the unit before the deadline; the reason must be told to the petitioner.",
        ),
        labels={"days": QT_TRANSLATE_NOOP("StepForms", "Extend by (days)")},
        hidden=frozenset({"hearing"}),
        defaults=_extension_defaults,
        extra_hint=_extension_hint,
        attachments=QT_TRANSLATE_NOOP("StepForms", "The approval and the notice to the petitioner"),
    ),
    K.MEDIATE: StepForm(
        hint=QT_TRANSLATE_NOOP("StepForms", "A mediation or settlement agreement closes the matter."),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The signed agreement"),
    ),
    K.REPLY: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The written reply (信访处理意见书); deliver it to the petitioner next."
        ),
        labels={"outcome": QT_TRANSLATE_NOOP("StepForms", "Reply")},
        date_label=QT_TRANSLATE_NOOP("StepForms", "Replied on"),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The written reply"),
    ),
    K.DELIVER: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms",
            "The window for a review request (30 days) starts the day after delivery. "
            "Leave 'signed' unticked when the petitioner refused to sign.",
        ),
        date_label=QT_TRANSLATE_NOOP("StepForms", "Delivered on"),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The signed receipt (送达回证)"),
    ),
    K.EVALUATE: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The petitioner's satisfaction, with the bureau and with the responsible unit."
        ),
        date_label=QT_TRANSLATE_NOOP("StepForms", "Evaluated on"),
    ),
    K.COMPLETE: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Closes a matter answered without the handling period (suggestions, accusations)."
        ),
    ),
    K.REPORT_UP: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The report of the result to the higher level the case came from."
        ),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The report"),
    ),
}
