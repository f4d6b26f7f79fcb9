"""The steps of appeal and closure: 复查请求, 复查意见, 复核请求, 复核意见, 终结, 三级终结备案."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.ui.steps.forms import StepForm

K = StepKind

FORMS: dict[StepKind, StepForm] = {
    K.REVIEW_REQUEST: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The petitioner asks the next level up to review, within 30 days of the reply."
        ),
        labels={"organ": QT_TRANSLATE_NOOP("StepForms", "Reviewing organ")},
        date_label=QT_TRANSLATE_NOOP("StepForms", "Requested on"),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The request"),
    ),
    K.REVIEW_DECISION: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The reviewing organ's decision; deliver it to the petitioner next."
        ),
        labels={"outcome": QT_TRANSLATE_NOOP("StepForms", "Decision")},
        attachments=QT_TRANSLATE_NOOP("StepForms", "The review decision"),
    ),
    K.RECHECK_REQUEST: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "The petitioner asks for a recheck, within 30 days of the review decision."
        ),
        labels={"organ": QT_TRANSLATE_NOOP("StepForms", "Rechecking organ")},
        date_label=QT_TRANSLATE_NOOP("StepForms", "Requested on"),
        attachments=QT_TRANSLATE_NOOP("StepForms", "The request"),
    ),
    K.RECHECK_DECISION: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "After the recheck the same facts and reasons are not accepted again."
        ),
        labels={"outcome": QT_TRANSLATE_NOOP("StepForms", "Decision")},
        attachments=QT_TRANSLATE_NOOP("StepForms", "The recheck decision"),
    ),
    K.TERMINATE: StepForm(
        hint=QT_TRANSLATE_NOOP(
            "StepForms", "Ends a matter whose answer was delivered (for example, accepted in writing)."
        ),
    ),
    K.TERMINATION_FILING: StepForm(
        hint=QT_TRANSLATE_NOOP("StepForms", "Filing of a matter closed after the recheck with the province."),
    ),
}
