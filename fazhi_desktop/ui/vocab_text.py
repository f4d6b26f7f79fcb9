"""Vocabulary values (形式, 来源, 性质, 状态, 色级, step kinds …) in the language of the UI.

The domain keeps one Chinese label per member (`Labelled.label`): the command line, PDFs and Excel
ledgers print it, as offices expect. Screens show `shown(member)` instead: the English text below,
translated through Qt in the "Vocabulary" context, so zh_CN reads exactly the domain's label (a test
holds the two together), zh_TW its traditional form, and English reads as a product.
Two members with different Chinese labels never share an English text (one context serves all).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fazhi_desktop.domain.meetings import CounselKind
from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind, TrainingMode
from fazhi_desktop.domain.vocab import (
    CaseState,
    Channel,
    DeadlineKind,
    DeadlineState,
    DeliveryMethod,
    HandlingMethod,
    Labelled,
    LegalProcedure,
    Nature,
    OfficeLevel,
    PetitionerRole,
    RegionKind,
    ReplyOutcome,
    ReviewOutcome,
    Role,
    Satisfaction,
    Sex,
    Source,
    StepKind,
    Tier,
)

#: lupdate reads contexts only as literals: QT_TRANSLATE_NOOP below spells it out.
CONTEXT = "Vocabulary"

#: The English text of every member of every vocabulary, by vocabulary and code. Codes, not members,
#: are the keys: members of different vocabularies with the same code compare equal (StrEnum).
ENGLISH: dict[type[Labelled], dict[str, str]] = {
    Channel: {
        "visit": QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
        "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
        "online": QT_TRANSLATE_NOOP("Vocabulary", "Online"),
        "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
        "leader_reception": QT_TRANSLATE_NOOP("Vocabulary", "Leader reception"),
        "down_visit": QT_TRANSLATE_NOOP("Vocabulary", "Field visit"),
        "appointed_visit": QT_TRANSLATE_NOOP("Vocabulary", "Appointment"),
    },
    Source: {
        "local": QT_TRANSLATE_NOOP("Vocabulary", "Registered here"),
        "upper_forwarded": QT_TRANSLATE_NOOP("Vocabulary", "Forwarded from above"),
        "upper_assigned": QT_TRANSLATE_NOOP("Vocabulary", "Assigned from above"),
        "upper_supervised": QT_TRANSLATE_NOOP("Vocabulary", "Supervised from above"),
        "leader_instruction": QT_TRANSLATE_NOOP("Vocabulary", "Leader's instruction"),
        "hotline_12345": QT_TRANSLATE_NOOP("Vocabulary", "12345 hotline"),
    },
    Nature: {
        "suggestion": QT_TRANSLATE_NOOP("Vocabulary", "Suggestion"),
        "accusation": QT_TRANSLATE_NOOP("Vocabulary", "Accusation"),
        "claim": QT_TRANSLATE_NOOP("Vocabulary", "Claim"),
    },
    HandlingMethod: {
        "forward": QT_TRANSLATE_NOOP("Vocabulary", "Forward"),
        "assign": QT_TRANSLATE_NOOP("Vocabulary", "Assign"),
        "direct": QT_TRANSLATE_NOOP("Vocabulary", "Handle directly"),
        "inform": QT_TRANSLATE_NOOP("Vocabulary", "Inform"),
        "file": QT_TRANSLATE_NOOP("Vocabulary", "File for reference"),
    },
    ReplyOutcome: {
        "support": QT_TRANSLATE_NOOP("Vocabulary", "Supported"),
        "explain": QT_TRANSLATE_NOOP("Vocabulary", "Explained"),
        "reject": QT_TRANSLATE_NOOP("Vocabulary", "Not supported"),
    },
    LegalProcedure: {
        "litigation": QT_TRANSLATE_NOOP("Vocabulary", "Litigation"),
        "arbitration": QT_TRANSLATE_NOOP("Vocabulary", "Arbitration"),
        "admin_reconsideration": QT_TRANSLATE_NOOP("Vocabulary", "Administrative reconsideration"),
        "admin_ruling": QT_TRANSLATE_NOOP("Vocabulary", "Administrative ruling"),
        "admin_confirmation": QT_TRANSLATE_NOOP("Vocabulary", "Administrative confirmation"),
        "admin_licensing": QT_TRANSLATE_NOOP("Vocabulary", "Administrative licensing"),
        "admin_penalty": QT_TRANSLATE_NOOP("Vocabulary", "Administrative penalty"),
        "other": QT_TRANSLATE_NOOP("Vocabulary", "Other legal procedure"),
    },
    Satisfaction: {
        "satisfied": QT_TRANSLATE_NOOP("Vocabulary", "Satisfied"),
        "basically_satisfied": QT_TRANSLATE_NOOP("Vocabulary", "Basically satisfied"),
        "dissatisfied": QT_TRANSLATE_NOOP("Vocabulary", "Dissatisfied"),
        "not_evaluated": QT_TRANSLATE_NOOP("Vocabulary", "Not evaluated"),
    },
    DeliveryMethod: {
        "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
        "post": QT_TRANSLATE_NOOP("Vocabulary", "By post"),
        "other": QT_TRANSLATE_NOOP("Vocabulary", "Other means"),
    },
    PetitionerRole: {
        "principal": QT_TRANSLATE_NOOP("Vocabulary", "Principal petitioner"),
        "co_petitioner": QT_TRANSLATE_NOOP("Vocabulary", "Co-petitioner"),
        "representative": QT_TRANSLATE_NOOP("Vocabulary", "Representative"),
    },
    Sex: {
        "male": QT_TRANSLATE_NOOP("Vocabulary", "Male"),
        "female": QT_TRANSLATE_NOOP("Vocabulary", "Female"),
    },
    OfficeLevel: {
        "county": QT_TRANSLATE_NOOP("Vocabulary", "County"),
        "township": QT_TRANSLATE_NOOP("Vocabulary", "Township"),
        "department": QT_TRANSLATE_NOOP("Vocabulary", "Department"),
    },
    RegionKind: {
        "township": QT_TRANSLATE_NOOP("Vocabulary", "Township or subdistrict"),
        "village": QT_TRANSLATE_NOOP("Vocabulary", "Village or community"),
    },
    CaseState: {
        "registered": QT_TRANSLATE_NOOP("Vocabulary", "Registered"),
        "forwarded": QT_TRANSLATE_NOOP("Vocabulary", "Forwarded"),
        "handling": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
        "replied": QT_TRANSLATE_NOOP("Vocabulary", "Replied"),
        "delivered": QT_TRANSLATE_NOOP("Vocabulary", "Delivered"),
        "reviewing": QT_TRANSLATE_NOOP("Vocabulary", "Under review"),
        "review_delivered": QT_TRANSLATE_NOOP("Vocabulary", "Review delivered"),
        "rechecking": QT_TRANSLATE_NOOP("Vocabulary", "Under recheck"),
        "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
        "ended": QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
        "diverted": QT_TRANSLATE_NOOP("Vocabulary", "Diverted"),
        "terminated": QT_TRANSLATE_NOOP("Vocabulary", "Terminated"),
        "void": QT_TRANSLATE_NOOP("Vocabulary", "Voided"),
    },
    StepKind: {
        "register": QT_TRANSLATE_NOOP("Vocabulary", "Registration"),
        "accept": QT_TRANSLATE_NOOP("Vocabulary", "Acceptance"),
        "reject": QT_TRANSLATE_NOOP("Vocabulary", "Non-acceptance"),
        "forward": QT_TRANSLATE_NOOP("Vocabulary", "Forwarding"),
        "assign": QT_TRANSLATE_NOOP("Vocabulary", "Assignment"),
        "sign_for": QT_TRANSLATE_NOOP("Vocabulary", "Signed for"),
        "return": QT_TRANSLATE_NOOP("Vocabulary", "Return"),
        "inform": QT_TRANSLATE_NOOP("Vocabulary", "Notice"),
        "extend": QT_TRANSLATE_NOOP("Vocabulary", "Extension"),
        "divert": QT_TRANSLATE_NOOP("Vocabulary", "Referral to legal procedure"),
        "mediate": QT_TRANSLATE_NOOP("Vocabulary", "Mediation agreement"),
        "withdraw": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawal"),
        "void": QT_TRANSLATE_NOOP("Vocabulary", "Voiding"),
        "reply": QT_TRANSLATE_NOOP("Vocabulary", "Reply"),
        "deliver": QT_TRANSLATE_NOOP("Vocabulary", "Delivery"),
        "evaluate": QT_TRANSLATE_NOOP("Vocabulary", "Evaluation"),
        "review_request": QT_TRANSLATE_NOOP("Vocabulary", "Review request"),
        "review_decision": QT_TRANSLATE_NOOP("Vocabulary", "Review decision"),
        "recheck_request": QT_TRANSLATE_NOOP("Vocabulary", "Recheck request"),
        "recheck_decision": QT_TRANSLATE_NOOP("Vocabulary", "Recheck decision"),
        "supervise": QT_TRANSLATE_NOOP("Vocabulary", "Supervision"),
        "assess": QT_TRANSLATE_NOOP("Vocabulary", "Case review"),
        "leader_own": QT_TRANSLATE_NOOP("Vocabulary", "Leader takes charge"),
        "complete": QT_TRANSLATE_NOOP("Vocabulary", "Completion"),
        "report_up": QT_TRANSLATE_NOOP("Vocabulary", "Completion report"),
        "terminate": QT_TRANSLATE_NOOP("Vocabulary", "Termination"),
        "termination_filing": QT_TRANSLATE_NOOP("Vocabulary", "Termination filing"),
        "correct": QT_TRANSLATE_NOOP("Vocabulary", "Correction"),
        "link_repeat": QT_TRANSLATE_NOOP("Vocabulary", "Repeat linked"),
    },
    Tier: {
        "red": QT_TRANSLATE_NOOP("Vocabulary", "Red"),
        "yellow": QT_TRANSLATE_NOOP("Vocabulary", "Yellow"),
        "green": QT_TRANSLATE_NOOP("Vocabulary", "Green"),
    },
    Role: {
        "admin": QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
        "auditor": QT_TRANSLATE_NOOP("Vocabulary", "Auditor"),
        "leader": QT_TRANSLATE_NOOP("Vocabulary", "Leader"),
        "clerk": QT_TRANSLATE_NOOP("Vocabulary", "Registrar"),
        "handler": QT_TRANSLATE_NOOP("Vocabulary", "Case officer"),
        "township": QT_TRANSLATE_NOOP("Vocabulary", "Township user"),
        "viewer": QT_TRANSLATE_NOOP("Vocabulary", "Read-only"),
    },
    ReviewOutcome: {
        "uphold": QT_TRANSLATE_NOOP("Vocabulary", "Original decision upheld"),
        "change": QT_TRANSLATE_NOOP("Vocabulary", "Original decision changed"),
        "revoke": QT_TRANSLATE_NOOP("Vocabulary", "Revoked, to be handled again"),
    },
    DeadlineKind: {
        "route": QT_TRANSLATE_NOOP("Vocabulary", "Acceptance deadline"),
        "inform": QT_TRANSLATE_NOOP("Vocabulary", "Notice deadline"),
        "unit": QT_TRANSLATE_NOOP("Vocabulary", "Assignment deadline"),
        "handling": QT_TRANSLATE_NOOP("Vocabulary", "Handling deadline"),
        "review_decision": QT_TRANSLATE_NOOP("Vocabulary", "Review deadline"),
        "recheck_decision": QT_TRANSLATE_NOOP("Vocabulary", "Recheck deadline"),
        "upper": QT_TRANSLATE_NOOP("Vocabulary", "Higher level's deadline"),
    },
    DeadlineState: {
        "overdue": QT_TRANSLATE_NOOP("Vocabulary", "Overdue"),
        "due_soon": QT_TRANSLATE_NOOP("Vocabulary", "Due soon"),
        "on_time": QT_TRANSLATE_NOOP("Vocabulary", "Not yet due"),
        "none": QT_TRANSLATE_NOOP("Vocabulary", "No deadline"),
    },
    StudyKind: {
        "collective": QT_TRANSLATE_NOOP("Vocabulary", "Group study"),
        "lecture": QT_TRANSLATE_NOOP("Vocabulary", "Lecture"),
        "central_group": QT_TRANSLATE_NOOP("Vocabulary", "Leadership group study"),
        "exam": QT_TRANSLATE_NOOP("Vocabulary", "Law exam"),
        "training": QT_TRANSLATE_NOOP("Vocabulary", "Training"),
    },
    TrainingMode: {
        "online": QT_TRANSLATE_NOOP("Vocabulary", "Online training"),
        "offline": QT_TRANSLATE_NOOP("Vocabulary", "In-person training"),
    },
    ReceptionKind: {
        "leader_day": QT_TRANSLATE_NOOP("Vocabulary", "Leader reception day"),
        "down_visit": QT_TRANSLATE_NOOP("Vocabulary", "Field visit"),
        "appointed": QT_TRANSLATE_NOOP("Vocabulary", "Appointment"),
        "joint": QT_TRANSLATE_NOOP("Vocabulary", "Joint reception"),
    },
    CounselKind: {
        "lawyer": QT_TRANSLATE_NOOP("Vocabulary", "Lawyer"),
        "psychologist": QT_TRANSLATE_NOOP("Vocabulary", "Psychologist"),
    },
}


def english(member: Labelled) -> str:
    """The English text of a member: the source string its translations are keyed by."""
    return ENGLISH[type(member)][member.value]


def shown(value: str | None, empty: str = "") -> str:
    """A vocabulary value in the UI's language; a code this version does not know (the store loads it
    as its plain text) reads as stored, and nothing reads as `empty`."""
    if not value:
        return empty
    if isinstance(value, Labelled):
        return QCoreApplication.translate(CONTEXT, english(value))
    return value


def shown_code(vocabulary: type[Labelled], code: str | None, empty: str = "") -> str:
    """A code of `vocabulary` (as a service row may carry it) in the UI's language."""
    if not code:
        return empty
    try:
        return shown(vocabulary(code))
    except ValueError:  # a code from a newer version: show it as it is
        return code


def choices(members: Iterable[Labelled]) -> list[tuple[str, str]]:
    """(text, code) pairs for a combo box or filter."""
    return [(shown(member), member.value) for member in members]
