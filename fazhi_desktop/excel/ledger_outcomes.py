"""The words of a ledger's 办理结果 and 办理状态 columns: how the handling ended and where the case
stands, as the steps that say it (docs/INDICATORS.md, "What an imported ledger row becomes").

办理结果 is matched as a clerk reads it: the longest known word inside the text wins, so "答复：不予
支持" is a reply that rejects, not one that supports, and "调解不成，已答复" is a reply. The labels the
ledger export writes (domain.indicator_facts.OUTCOME_LABELS) are all among the words, so an exported
ledger reads back to the same outcomes. Pure: no database.
"""

from __future__ import annotations

from dataclasses import dataclass

from fazhi_desktop.domain.vocab import CaseState, LegalProcedure, ReplyOutcome, StepKind
from fazhi_desktop.excel.ledger_words import fold

K = StepKind


@dataclass(frozen=True)
class Outcome:
    """How the handling ended, as the step that records it and that step's one telling detail."""

    kind: StepKind
    detail: tuple[str, str] | None = None

    @property
    def details(self) -> dict[str, str]:
        return dict([self.detail]) if self.detail else {}

    @property
    def answers(self) -> bool:
        """An answer within the handling clock (答复 of any kind, 调解协议)."""
        return self.kind in (K.REPLY, K.MEDIATE)

    @property
    def decides_intake(self) -> bool:
        """A first decision on the registration as well as an ending (不予受理, 导入, 告知, 撤回)."""
        return self.kind in (K.REJECT, K.DIVERT, K.INFORM, K.WITHDRAW)


def _reply(outcome: ReplyOutcome) -> Outcome:
    return Outcome(K.REPLY, ("outcome", outcome.value))


def _divert(procedure: LegalProcedure) -> Outcome:
    return Outcome(K.DIVERT, ("procedure", procedure.value))


_WORDS: dict[str, Outcome] = {
    **{f"答复：{o.label}": _reply(o) for o in ReplyOutcome},
    **{o.label: _reply(o) for o in ReplyOutcome},
    "支持": _reply(ReplyOutcome.SUPPORT),
    "部分支持": _reply(ReplyOutcome.SUPPORT),
    "答复": _reply(ReplyOutcome.EXPLAIN),
    "已答复": _reply(ReplyOutcome.EXPLAIN),
    "书面答复": _reply(ReplyOutcome.EXPLAIN),
    "出具处理意见": _reply(ReplyOutcome.EXPLAIN),
    "处理意见书": _reply(ReplyOutcome.EXPLAIN),
    "调解协议成功": Outcome(K.MEDIATE),
    "调解协议": Outcome(K.MEDIATE),
    "调解成功": Outcome(K.MEDIATE),
    "达成调解": Outcome(K.MEDIATE),
    "调解": Outcome(K.MEDIATE),
    **{f"导入法定途径：{p.label}": _divert(p) for p in LegalProcedure},
    **{p.label: _divert(p) for p in LegalProcedure},
    "导入法定途径": _divert(LegalProcedure.OTHER),
    "导入": _divert(LegalProcedure.OTHER),
    "法定途径": _divert(LegalProcedure.OTHER),
    "撤回": Outcome(K.WITHDRAW),
    "申请撤回": Outcome(K.WITHDRAW),
    "不予受理": Outcome(K.REJECT),
    "不受理": Outcome(K.REJECT),
    "告知": Outcome(K.INFORM),
    "终结": Outcome(K.TERMINATE),
    "已终结": Outcome(K.TERMINATE),
    "办结": Outcome(K.COMPLETE),
    "已办结": Outcome(K.COMPLETE),
    "已处理": Outcome(K.COMPLETE),
    "已解决": Outcome(K.COMPLETE),
    "处理完毕": Outcome(K.COMPLETE),
}
#: Folded word → outcome, longest first (the longest word found in a text wins).
RESULT_WORDS: dict[str, Outcome] = {
    fold(w): o for w, o in sorted(_WORDS.items(), key=lambda item: len(fold(item[0])), reverse=True)
}
#: Words of 办理状态 (the states' labels, and how ledgers write the open ones).
STATE_WORDS: dict[str, CaseState] = {
    **{fold(s.label): s for s in CaseState},
    "未办结": CaseState.HANDLING,
    "在办": CaseState.HANDLING,
    "正在办理": CaseState.HANDLING,
    "办结": CaseState.COMPLETED,
    "终结": CaseState.TERMINATED,
}
#: 转交方式 words → the routing step (直接办理 and the like: no routing).
ROUTE_WORDS: dict[str, StepKind | None] = {
    "转送": K.FORWARD,
    "转办": K.FORWARD,
    "交办": K.ASSIGN,
    "直接办理": None,
    "自办": None,
    "直接受理": None,
    # 办理方式 words that route nothing (the 办理结果 says what was done).
    "告知": None,
    "存档": None,
}


def outcome_of(text: str) -> Outcome | None:
    """The outcome a 办理结果 text states, None when it states none (blank, or a state such as 办理中)."""
    key = fold(text)
    if not key or (key in STATE_WORDS and key not in RESULT_WORDS):
        return None
    found = RESULT_WORDS.get(key)
    if found is not None:
        return found
    return next((o for word, o in RESULT_WORDS.items() if word in key), None)


def state_of(text: str) -> CaseState | None:
    """The state a 办理状态 text names, None when it is blank or unknown."""
    return STATE_WORDS.get(fold(text).replace("（", "(").replace("）", ")"))


def route_of(text: str) -> tuple[bool, StepKind | None]:
    """(known, the routing step) of a 转交方式 text: (True, None) for 直接办理."""
    key = fold(text)
    for word, kind in ROUTE_WORDS.items():
        if word in key:
            return True, kind
    return False, None
