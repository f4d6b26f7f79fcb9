"""The rule set of 规范化评查: each rule an id, its article, a short Chinese text, a weight and a check.

The set is data: `RULES` is the default, `configure` applies an administrator's choices (a rule
switched off, a weight changed; stored as a setting), and `RuleSet.version` names both the rules of
this program and those choices, so every stored result says which rules judged it.

The articles: arts. 34-36 of 《信访工作条例》(2022) are the ones DOMAIN.md gives; the others are cited
as read here and carry `verified=False` until checked against the official text (DOMAIN.md asks that
every article be verified before it is relied on).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from fazhi_desktop.domain.conformity import checks
from fazhi_desktop.domain.conformity.view import CaseView

RULE = "《信访工作条例》"
#: The rules of this program; bumped whenever a check or a default changes.
RULES_VERSION = "2026.12-1"

Check = Callable[[CaseView], list[str]]


@dataclass(frozen=True)
class Rule:
    """One rule of 规范 handling."""

    id: str
    article: str
    text: str
    weight: int
    #: Where a clerk puts a finding of this rule right (the screen and the step to use).
    fix: str
    check: Check
    enabled: bool = True
    #: Whether the article's number has been checked against the official text.
    verified: bool = False


@dataclass(frozen=True)
class Finding:
    """One irregularity of one case: which rule, its article, what exactly is missing."""

    rule_id: str
    article: str
    text: str
    detail: str
    fix: str
    weight: int


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    version: str

    @property
    def enabled(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.enabled)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


RULES: tuple[Rule, ...] = (
    Rule(
        "register.complete",
        f"{RULE}第二十五条",
        "登记完整：信访人、诉求、问题属地、性质",
        10,
        "在信访件详情用「更正」步骤补登缺少的项目",
        checks.registration_complete,
    ),
    Rule(
        "intake.timely",
        f"{RULE}第二十五条、第三十条",
        "15日内作出受理、不予受理或转送交办，并告知信访人",
        15,
        "在信访件详情记录「受理」「不予受理」「转送」或「告知」步骤",
        checks.intake_timely,
    ),
    Rule(
        "notice.printed",
        f"{RULE}第三十条",
        "受理告知书、不予受理告知书已印发",
        10,
        "在信访件的「打印」中印发相应告知书",
        checks.notices_printed,
    ),
    Rule(
        "delivery.receipt",
        f"{RULE}第三十四条",
        "处理意见书已送达，并附签收的送达回证",
        10,
        "记录「送达」步骤，并附上签收的送达回证扫描件",
        checks.delivered_with_receipt,
        verified=True,
    ),
    Rule(
        "reply.timely",
        f"{RULE}第三十四条",
        "在办理期限（含经批准的延期）内答复",
        15,
        "记录「答复」步骤；确需延期的，先经负责人批准并记录「延期」",
        checks.replied_in_time,
        verified=True,
    ),
    Rule(
        "reply.review_told",
        f"{RULE}第三十五条、第三十六条",
        "答复告知了申请复查、复核的权利、期限和机关",
        10,
        "在信访件的「打印」中印发信访处理意见书（复查意见书），其中写明复查（复核）途径",
        checks.review_told,
        verified=True,
    ),
    Rule(
        "appeal.timely",
        f"{RULE}第三十五条、第三十六条",
        "复查、复核在30日内作出意见",
        10,
        "记录「复查意见」或「复核意见」步骤",
        checks.appeal_in_time,
        verified=True,
    ),
    Rule(
        "evaluation.asked",
        "《信访事项办理群众满意度评价工作办法》",
        "答复送达后请信访人作满意度评价",
        5,
        "记录「评价」步骤（信访人不评价的，记为未评价）",
        checks.evaluation_asked,
    ),
    Rule(
        "accusation.secrecy",
        f"{RULE}第四十四条",
        "检举控告件不得转给被检举控告的单位或人员",
        20,
        "改由有权处理的机关办理，转送时隐去信访人信息，并向领导报告",
        checks.accusation_secret,
    ),
    Rule(
        "repeat.linked",
        f"{RULE}第三十条",
        "同一信访人就同一事项再次信访的，作为重复件关联到原事项",
        5,
        "重新登记时在「重复件」中指明原信访件，或用「更正」说明",
        checks.repeat_linked,
    ),
    Rule(
        "decision.attachments",
        f"{RULE}第三十四条",
        "不予受理、答复、调解、复查复核等决定附有文书扫描件",
        5,
        "在相应步骤上附上签发文书的扫描件",
        checks.decisions_attached,
    ),
)


def _digest(choices: Mapping[str, Any]) -> str:
    text = json.dumps(choices, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def configure(choices: Mapping[str, Any] | None) -> RuleSet:
    """The rule set with an administrator's choices: {rule id: {"enabled": bool, "weight": int}}.
    Choices naming a rule this version does not know are kept in the version but change nothing."""
    choices = dict(choices or {})
    rules = []
    for rule in RULES:
        choice = choices.get(rule.id) or {}
        enabled = bool(choice.get("enabled", rule.enabled))
        weight = int(choice.get("weight", rule.weight))
        rules.append(replace(rule, enabled=enabled, weight=max(0, weight)))
    version = RULES_VERSION if not choices else f"{RULES_VERSION}+{_digest(choices)}"
    return RuleSet(tuple(rules), version)


def judge(view: CaseView, ruleset: RuleSet) -> tuple[Finding, ...]:
    """Every finding of the enabled rules on one case (none for a registration made in error)."""
    if checks.is_void(view):
        return ()
    out: list[Finding] = []
    for rule in ruleset.enabled:
        for detail in rule.check(view):
            out.append(Finding(rule.id, rule.article, rule.text, detail, rule.fix, rule.weight))
    return tuple(out)


FULL_SCORE = 100


def score(weights: list[int]) -> int:
    """A case's score: full marks less the weight of each open finding, never below zero."""
    return max(0, FULL_SCORE - sum(weights))
