"""What a step dialog asks and how it words it: one `StepForm` per step kind, and the case facts a form
may need (`StepContext`).

The fields themselves come from the step's dataclass (`domain.step_details`); a form only names them,
hides those the program fills in, offers choices and sensible first values, and explains the step in
one line. Texts are English source strings of the context "StepForms" (translated where shown).
The forms of each group of steps are in their own modules, gathered by `catalogue.form_for`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.cases.detail import MatterCase, StepView
from fazhi_desktop.services.clock.procedure import CaseClock
from fazhi_desktop.ui.i18n import translate

CONTEXT = "StepForms"
Choices = list[tuple[str, Any]]


@dataclass(frozen=True)
class StepContext:
    """What the dialog knows of the case: its number, and what some forms choose from."""

    case_id: int
    number: str
    #: The case's timeline (a 更正 names one of its steps).
    steps: Sequence[StepView] = ()
    #: The cases of the matter (a 告知 of a repeat points to the open one).
    matter_cases: Sequence[MatterCase] = ()
    #: Where the case stands (deadlines, extensions left), when the caller has it.
    clock: CaseClock | None = None
    #: The case's current tier (a 研判 starts from it).
    tier: Tier | None = None
    #: The case's version as shown (CaseDetail.version): the step is refused if it changed since.
    version: int | None = None


@dataclass(frozen=True)
class StepForm:
    """How one kind of step is asked for."""

    #: One line that explains the step (English source, context StepForms).
    hint: str = ""
    #: Labels of fields that read differently for this step than `FIELD_LABELS` says.
    labels: Mapping[str, str] = field(default_factory=dict)
    #: Fields the program fills in (or that make no sense to type here).
    hidden: frozenset[str] = frozenset()
    #: Fields asked first, in this order (the others follow in the dataclass's order).
    order: tuple[str, ...] = ()
    #: What the step's own date means.
    date_label: str = QT_TRANSLATE_NOOP("StepForms", "Date")
    #: What is usually attached (shown beside the attachments).
    attachments: str = QT_TRANSLATE_NOOP("StepForms", "Scans or documents of this step, if any")
    #: Choices of fields that are neither enums nor units (a case of the matter, a step).
    choices: Callable[[StepContext], dict[str, Choices]] | None = None
    #: First values that depend on the case (a deadline, the days of extension left).
    defaults: Callable[[StepContext], dict[str, Any]] | None = None
    #: A further line from the case's clock (how many days of extension are left).
    extra_hint: Callable[[StepContext], str] | None = None
    #: Wires fields to each other once the editors exist (`editors` by field name).
    setup: Callable[[dict[str, Any], StepContext], None] | None = None


#: How each field of the step dataclasses is labelled unless a form says otherwise.
FIELD_LABELS: dict[str, str] = {
    "reason": QT_TRANSLATE_NOOP("StepForms", "Reason"),
    "no_more": QT_TRANSLATE_NOOP("StepForms", "Not accepted again"),
    "unit_id": QT_TRANSLATE_NOOP("StepForms", "Responsible unit"),
    "unit_deadline": QT_TRANSLATE_NOOP("StepForms", "Unit's deadline"),
    "content": QT_TRANSLATE_NOOP("StepForms", "What the petitioner is told"),
    "open_case_id": QT_TRANSLATE_NOOP("StepForms", "Open case of the matter"),
    "days": QT_TRANSLATE_NOOP("StepForms", "Days"),
    "approver": QT_TRANSLATE_NOOP("StepForms", "Approved by"),
    "hearing": QT_TRANSLATE_NOOP("StepForms", "Hearing"),
    "procedure": QT_TRANSLATE_NOOP("StepForms", "Legal procedure"),
    "note": QT_TRANSLATE_NOOP("StepForms", "Explanation"),
    "agreement": QT_TRANSLATE_NOOP("StepForms", "Agreement"),
    "outcome": QT_TRANSLATE_NOOP("StepForms", "Outcome"),
    "document_no": QT_TRANSLATE_NOOP("StepForms", "Document number"),
    "method": QT_TRANSLATE_NOOP("StepForms", "Delivery method"),
    "signed": QT_TRANSLATE_NOOP("StepForms", "Signed for by the petitioner"),
    "bureau": QT_TRANSLATE_NOOP("StepForms", "Satisfaction with the bureau"),
    "unit": QT_TRANSLATE_NOOP("StepForms", "Satisfaction with the unit"),
    "organ": QT_TRANSLATE_NOOP("StepForms", "Organ asked"),
    "by_upper": QT_TRANSLATE_NOOP("StepForms", "By a higher level"),
    "by": QT_TRANSLATE_NOOP("StepForms", "Supervised by"),
    "tier": QT_TRANSLATE_NOOP("StepForms", "Tier"),
    "review_on": QT_TRANSLATE_NOOP("StepForms", "Review again on"),
    "leader": QT_TRANSLATE_NOOP("StepForms", "Leader"),
    "summary": QT_TRANSLATE_NOOP("StepForms", "How it was settled"),
    "report_no": QT_TRANSLATE_NOOP("StepForms", "Report number"),
    "filing_no": QT_TRANSLATE_NOOP("StepForms", "Filing number"),
    "field": QT_TRANSLATE_NOOP("StepForms", "What to correct"),
    "new": QT_TRANSLATE_NOOP("StepForms", "Correct value"),
    "step": QT_TRANSLATE_NOOP("StepForms", "Step to correct"),
}


def tr(text: str) -> str:
    """A StepForms text in the language of the program."""
    return translate(CONTEXT, text) if text else ""


def label(form: StepForm, name: str) -> str:
    return tr(form.labels.get(name) or FIELD_LABELS.get(name, name))
