"""The form of every step kind, gathered from the modules of the groups of steps.

Above `forms` (what a form is) and the groups (intake, handling, appeal, oversight), which each
build their forms from `forms`; the dialog asks here.
"""

from __future__ import annotations

from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.ui.steps import appeal, handling, intake, oversight
from fazhi_desktop.ui.steps.forms import StepForm

_GROUPS = (intake.FORMS, handling.FORMS, appeal.FORMS, oversight.FORMS)


def form_for(kind: StepKind) -> StepForm:
    """The form of a step kind (every kind a user records has one)."""
    for group in _GROUPS:
        if kind in group:
            return group[kind]
    return StepForm()
