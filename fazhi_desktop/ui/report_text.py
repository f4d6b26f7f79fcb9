"""The documents' templates and their fields, named in the language of the UI.

The documents themselves are Chinese (GB/T 9704 and the forms of the 信访工作条例), and so is their
wording; `services.reports.wording` names each template and field in Chinese for the command line
and the audit trail, `domain.report_kinds` each document. The 文书模板 editor and a case's 「打印」
menu show the English below, keyed by the template's kind (a document's `ReportKind` value) and the
field's name, so zh_CN reads exactly the domain's names (tests/test_ui_text_translations.py).
The menu's greyed-out documents say why in the same way: `REFUSALS` has the English of every reason
of `services.reports.refusals.REASONS`, whose Chinese zh_CN reads to the character.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.services.reports.printing import CaseOption
from fazhi_desktop.services.reports.refusals import UNIT_COPY_KINDS
from fazhi_desktop.ui.i18n import translate

CONTEXT = "ReportTemplates"

KINDS = {
    "office": QT_TRANSLATE_NOOP("ReportTemplates", "Office details"),
    "receipt": QT_TRANSLATE_NOOP("ReportTemplates", "Registration receipt"),
    "case": QT_TRANSLATE_NOOP("ReportTemplates", "Case registration and handling sheet"),
    "accept": QT_TRANSLATE_NOOP("ReportTemplates", "Notice of acceptance"),
    "reject": QT_TRANSLATE_NOOP("ReportTemplates", "Notice of non-acceptance"),
    "extension": QT_TRANSLATE_NOOP("ReportTemplates", "Notice of extension"),
    "reply": QT_TRANSLATE_NOOP("ReportTemplates", "Written reply (handling opinion)"),
    "review": QT_TRANSLATE_NOOP("ReportTemplates", "Review opinion"),
    "recheck": QT_TRANSLATE_NOOP("ReportTemplates", "Re-examination opinion"),
    "forward": QT_TRANSLATE_NOOP("ReportTemplates", "Forwarding or assignment slip"),
    "supervise": QT_TRANSLATE_NOOP("ReportTemplates", "Supervision slip"),
    "urge": QT_TRANSLATE_NOOP("ReportTemplates", "Reminder slip"),
    "delivery": QT_TRANSLATE_NOOP("ReportTemplates", "Proof of delivery"),
    "completion": QT_TRANSLATE_NOOP("ReportTemplates", "Completion report to the higher level"),
}

#: The documents that are not a case's (the case documents share their template's name above).
PERIOD_DOCUMENTS = {
    "summary": QT_TRANSLATE_NOOP("ReportTemplates", "Statistics report"),
    "agenda": QT_TRANSLATE_NOOP("ReportTemplates", "Case review meeting agenda"),
    "annual": QT_TRANSLATE_NOOP("ReportTemplates", "Petition section of the annual report"),
}

FIELDS = {
    "name": QT_TRANSLATE_NOOP("ReportTemplates", "Office name (empty: the name the office was set up with)"),
    "short": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "Office's short form in document numbers (empty: the name's first character and the one for petition)",
    ),
    "address": QT_TRANSLATE_NOOP("ReportTemplates", "Address"),
    "postcode": QT_TRANSLATE_NOOP("ReportTemplates", "Postcode"),
    "phone": QT_TRANSLATE_NOOP("ReportTemplates", "Phone"),
    "contact": QT_TRANSLATE_NOOP("ReportTemplates", "Contact person"),
    "seal": QT_TRANSLATE_NOOP("ReportTemplates", "Words at the seal"),
    "review_organ": QT_TRANSLATE_NOOP("ReportTemplates", "Review authority"),
    "recheck_organ": QT_TRANSLATE_NOOP("ReportTemplates", "Re-examination authority"),
    "upper_organ": QT_TRANSLATE_NOOP(
        "ReportTemplates", "Higher authority (the completion report is addressed to it)"
    ),
    "title": QT_TRANSLATE_NOOP("ReportTemplates", "Title"),
    "title_assign": QT_TRANSLATE_NOOP("ReportTemplates", "Title (assignment)"),
    "code": QT_TRANSLATE_NOOP("ReportTemplates", "Document number prefix"),
    "code_assign": QT_TRANSLATE_NOOP("ReportTemplates", "Document number prefix (assignment)"),
    "recipient": QT_TRANSLATE_NOOP("ReportTemplates", "Addressee (salutation)"),
    "body": QT_TRANSLATE_NOOP("ReportTemplates", "Body (one paragraph a line)"),
    "body_assign": QT_TRANSLATE_NOOP("ReportTemplates", "Body (assignment, one paragraph a line)"),
    "closing": QT_TRANSLATE_NOOP("ReportTemplates", "Closing words"),
    "rule_no_more": QT_TRANSLATE_NOOP(
        "ReportTemplates", "Ground: not accepted again after the re-examination"
    ),
    "rule_cross_level": QT_TRANSLATE_NOOP("ReportTemplates", "Ground: skipped a level"),
    "rule_repeat": QT_TRANSLATE_NOOP(
        "ReportTemplates", "Ground: raised again with a higher level within the handling period"
    ),
    "rule_general": QT_TRANSLATE_NOOP("ReportTemplates", "Ground: any other case"),
    "feedback_days": QT_TRANSLATE_NOOP("ReportTemplates", "Feedback deadline (days)"),
    "sign_rows": QT_TRANSLATE_NOOP("ReportTemplates", "Signature rows (one a line)"),
    "stub_note": QT_TRANSLATE_NOOP("ReportTemplates", "Note on the stub"),
    "note": QT_TRANSLATE_NOOP("ReportTemplates", "Note"),
}


#: Why the 「打印」 menu greys a document out (`services.reports.refusals.REASONS`), saying what to do.
#: {label} is the document's name, {names} the documents with a copy for the unit reported on.
REFUSALS = {
    "not_case_document": QT_TRANSLATE_NOOP("ReportTemplates", "“{label}” is not a document of one case."),
    "no_unit_copy": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "“{label}” is a document for the petitioner and has no copy for the unit reported on. "
        "The documents with such a copy are: {names}.",
    ),
    "void": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has been voided: only its registration and handling sheet can be printed.",
    ),
    "not_accepted": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has not been accepted yet, so there is no notice of acceptance to print. "
        "Record “Acceptance” first (or “Signed for” by the responsible unit).",
    ),
    "reject_accusation": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "An accusation is forwarded to the discipline inspection and supervision organ or another competent "
        "authority, without a notice of non-acceptance. Record “Forwarding” and print the forwarding slip.",
    ),
    "reject_law_related": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "A matter for the courts is forwarded to the political and legal departments, or the petitioner is "
        "told to use litigation, arbitration, administrative reconsideration or another legal procedure, "
        "without a notice of non-acceptance. Record “Forwarding” or “Referral to legal procedure”.",
    ),
    "no_reject": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has no decision not to accept it, so there is no notice of non-acceptance to print. "
        "Record “Non-acceptance” with its reason first.",
    ),
    "not_forwarded": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has not been forwarded or assigned yet, so there is no forwarding or assignment slip "
        "to print. Record “Forwarding” or “Assignment” first.",
    ),
    "no_extension": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has no extension, so there is no notice of extension to print. "
        "Record “Extension” first (with its reason and who approved it).",
    ),
    "no_reply": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has not been replied to yet, so there is no written reply to print. Record “Reply” first.",
    ),
    "no_review": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has no review opinion, so there is none to print. Record “Review decision” first.",
    ),
    "no_recheck": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has no re-examination opinion, so there is none to print. "
        "Record “Recheck decision” first.",
    ),
    "nothing_to_deliver": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has no written reply, review opinion or re-examination opinion to deliver yet, so there "
        "is no proof of delivery to print. Record “Reply”, “Review decision” or “Recheck decision” first.",
    ),
    "no_handling_unit": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has not been forwarded or assigned to a responsible unit, so there is no one to "
        "supervise. Record “Forwarding” or “Assignment” first.",
    ),
    "completion_own_level": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "A case registered at this level needs no completion report to the higher level: only cases "
        "forwarded, assigned or supervised from above do.",
    ),
    "completion_not_answered": QT_TRANSLATE_NOOP(
        "ReportTemplates",
        "This case has not been replied to or completed yet, so there is no completion report to print. "
        "Print it after the reply, the mediation or the completion.",
    ),
}
#: A document named in the list of {names}, and what joins them.
LISTED_NAME = QT_TRANSLATE_NOOP("ReportTemplates", "“%1”")
LIST_JOIN = QT_TRANSLATE_NOOP("ReportTemplates", ", ")


def kind_name(kind: str) -> str:
    """What the UI calls a document's template, with the kind `fazhi report templates` takes."""
    name = translate(CONTEXT, KINDS[kind]) if kind in KINDS else kind
    return (
        translate(CONTEXT, QT_TRANSLATE_NOOP("ReportTemplates", "%1 (%2)"))
        .replace("%1", name)
        .replace("%2", kind)
    )


def field_name(name: str) -> str:
    """What the UI calls a field of a template; a name this version does not know reads as itself."""
    return translate(CONTEXT, FIELDS[name]) if name in FIELDS else name


def document_name(kind: ReportKind) -> str:
    """A document as the UI names it (zh_CN: `kind.label`, the name printed on it)."""
    source = KINDS.get(kind.value) or PERIOD_DOCUMENTS.get(kind.value)
    return translate(CONTEXT, source) if source else kind.label


def unit_copy_name(kind: ReportKind) -> str:
    """The copy of a 检举控告 case's document for the unit reported on, without the petitioner."""
    pattern = translate(
        CONTEXT, QT_TRANSLATE_NOOP("ReportTemplates", "%1 (for the unit reported on, without the petitioner)")
    )
    return pattern.replace("%1", document_name(kind))


def refusal_text(option: CaseOption) -> str:
    """Why the menu greys `option` out, in the UI's language ("" when it can be printed)."""
    if option.reason_key is None:
        return ""
    listed = translate(CONTEXT, LISTED_NAME)
    names = translate(CONTEXT, LIST_JOIN).join(
        listed.replace("%1", document_name(k)) for k in UNIT_COPY_KINDS
    )
    sentence = translate(CONTEXT, REFUSALS[option.reason_key])
    return sentence.replace("{names}", names).replace("{label}", document_name(option.kind))
