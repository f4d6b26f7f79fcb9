"""The rules of 规范化评查 in the language of the UI.

`domain.conformity.rules` words each rule, its article and where to put a finding right in Chinese,
for the bulletin, the command line and the stored findings. The 评查 screens show the English below,
keyed by the rule's id, so zh_CN reads exactly the domain's words (tests/test_ui_text_translations.py).
A rule this version does not know (a finding stored by another version) reads as it was stored. What
a finding says is missing (`detail`) is written by the check with the case's own facts and stays as
written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.ui.i18n import translate

CONTEXT = "ConformityRules"

TEXTS = {
    "register.complete": QT_TRANSLATE_NOOP(
        "ConformityRules", "Registration complete: petitioner, request, place of the problem, nature"
    ),
    "intake.timely": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Accepted, not accepted, forwarded or assigned within 15 days, and the petitioner told",
    ),
    "notice.printed": QT_TRANSLATE_NOOP(
        "ConformityRules", "Notice of acceptance or of non-acceptance issued"
    ),
    "delivery.receipt": QT_TRANSLATE_NOOP(
        "ConformityRules", "Written reply delivered, with the signed proof of delivery"
    ),
    "reply.timely": QT_TRANSLATE_NOOP(
        "ConformityRules", "Replied within the handling period (an approved extension included)"
    ),
    "reply.review_told": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "The reply told the petitioner of the right to review and re-examination, its time limit and authority",
    ),
    "appeal.timely": QT_TRANSLATE_NOOP(
        "ConformityRules", "Review and re-examination opinions given within 30 days"
    ),
    "evaluation.asked": QT_TRANSLATE_NOOP(
        "ConformityRules", "The petitioner asked to evaluate satisfaction once the reply was delivered"
    ),
    "accusation.secrecy": QT_TRANSLATE_NOOP(
        "ConformityRules", "An accusation is never passed to the unit or person accused"
    ),
    "repeat.linked": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "A petition of the same person on the same matter again is linked to the first as a repeat",
    ),
    "decision.attachments": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Decisions (non-acceptance, reply, mediation, review, re-examination) carry a scan of the document",
    ),
}

FIXES = {
    "register.complete": QT_TRANSLATE_NOOP(
        "ConformityRules", "Add what is missing with a Correction step in the case's detail"
    ),
    "intake.timely": QT_TRANSLATE_NOOP(
        "ConformityRules", "Record an Accept, Not accepted, Forward or Inform step in the case's detail"
    ),
    "notice.printed": QT_TRANSLATE_NOOP("ConformityRules", "Issue the notice from the case's Print menu"),
    "delivery.receipt": QT_TRANSLATE_NOOP(
        "ConformityRules", "Record a Delivery step and attach the scan of the signed proof of delivery"
    ),
    "reply.timely": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Record the Reply step; where more time is truly needed, have the head approve it first and record an Extension",
    ),
    "reply.review_told": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Issue the written reply (review opinion) from the case's Print menu: it states how to ask for a review (re-examination)",
    ),
    "appeal.timely": QT_TRANSLATE_NOOP(
        "ConformityRules", "Record a Review opinion or Re-examination opinion step"
    ),
    "evaluation.asked": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Record an Evaluation step (a petitioner who does not evaluate is recorded as not evaluated)",
    ),
    "accusation.secrecy": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Have an authority entitled to handle it do so, leave the petitioner out when forwarding, and report to the leadership",
    ),
    "repeat.linked": QT_TRANSLATE_NOOP(
        "ConformityRules",
        "Name the first case under Repeat when registering again, or explain it with a Correction",
    ),
    "decision.attachments": QT_TRANSLATE_NOOP(
        "ConformityRules", "Attach the scan of the signed document to its step"
    ),
}

ARTICLES = {
    "register.complete": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 25"),
    "intake.timely": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, arts. 25 and 30"),
    "notice.printed": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 30"),
    "delivery.receipt": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 34"),
    "reply.timely": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 34"),
    "reply.review_told": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, arts. 35 and 36"),
    "appeal.timely": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, arts. 35 and 36"),
    "evaluation.asked": QT_TRANSLATE_NOOP(
        "ConformityRules", "Measures for the public's evaluation of petition handling"
    ),
    "accusation.secrecy": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 44"),
    "repeat.linked": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 30"),
    "decision.attachments": QT_TRANSLATE_NOOP("ConformityRules", "Regulations on Petitions, art. 34"),
}


def _tr(table: dict[str, str], rule_id: str, stored: str) -> str:
    return translate(CONTEXT, table[rule_id]) if rule_id in table else stored


def rule_text(rule_id: str, stored: str) -> str:
    """What the rule asks for; `stored` is the domain's (or a stored finding's) Chinese."""
    return _tr(TEXTS, rule_id, stored)


def rule_fix(rule_id: str, stored: str) -> str:
    """Where a finding of the rule is put right."""
    return _tr(FIXES, rule_id, stored)


def rule_article(rule_id: str, stored: str) -> str:
    """The article the rule rests on."""
    return _tr(ARTICLES, rule_id, stored)


def with_article(text: str, rule_id: str, stored_article: str) -> str:
    """ "text (article)" in the UI's way of writing it."""
    pattern = translate(CONTEXT, QT_TRANSLATE_NOOP("ConformityRules", "%1 (%2)"))
    return pattern.replace("%1", text).replace("%2", rule_article(rule_id, stored_article))
