"""The rules a step may break, each refused with a Chinese message that cites the rule and says what to do.

`violation(walk, kind, day, details)` judges a step against the state a walk has reached. A rule is
quoted in words, with the article of 《信访工作条例》(2022) where DOMAIN.md gives it (arts. 34-36);
the others (受理, 转送/交办, 越级走访, 异议) are quoted in words only until their articles are checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from fazhi_desktop.domain.periods import Period
from fazhi_desktop.domain.procedure_states import AUTOMATIC, STATE_STEPS, detail_date, detail_int
from fazhi_desktop.domain.procedure_walk import Walk
from fazhi_desktop.domain.vocab import FINAL_STATES, VISIT_CHANNELS, CaseState, Nature, StepKind

S = CaseState
K = StepKind
RULE = "《信访工作条例》"
#: The articles of the 2022 text as DOMAIN.md gives them: the 60-day handling period and its
#: extension; 复查; 复核 (whose last sentence is 不再受理 after it).
ART_HANDLING = f"{RULE}第三十四条"
ART_REVIEW = f"{RULE}第三十五条"
ART_RECHECK = f"{RULE}第三十六条"

#: Kinds with a message of their own before the state table, and kinds with conditions on top of it.
SPECIAL = frozenset(
    {K.REGISTER, K.LINK_REPEAT, K.REVIEW_REQUEST, K.RECHECK_REQUEST, K.REPLY, K.DELIVER, K.REPORT_UP}
)
CONDITIONAL = frozenset(
    {K.ACCEPT, K.REJECT, K.FORWARD, K.ASSIGN, K.DIVERT, K.MEDIATE, K.RETURN, K.EXTEND, K.COMPLETE}
    | {K.REVIEW_REQUEST, K.RECHECK_REQUEST, K.DELIVER, K.TERMINATION_FILING}
)


def violation(walk: Walk, kind: StepKind, day: date, details: Mapping[str, Any] | None) -> str | None:
    """Why `kind` on `day` breaks the procedure, or None. Without details only the state and the
    date are judged (what a form needs to decide whether to offer the step)."""
    if walk.state is S.VOID:
        return "该信访件已作废，不能再办理任何步骤。如作废有误，请重新登记。"
    if day < walk.facts.registered_on:
        return f"{kind.label}的日期 {day} 早于登记日期 {walk.facts.registered_on}，请核对日期。"
    special = _special(walk, kind, day, details)
    if special is not None:
        return special or None
    if not walk.allowed_here(kind):
        return _not_here(walk, kind)
    return _conditions(walk, kind, day, details)


def _special(walk: Walk, kind: StepKind, day: date, details: Mapping[str, Any] | None) -> str | None:
    """Messages that explain better than "not in this state"; "" when the step is fine."""
    if kind not in SPECIAL:
        return None
    if kind is K.REGISTER or kind is K.LINK_REPEAT:
        return "登记步骤由登记功能自动记录，不能手工添加。"
    if kind in (K.REVIEW_REQUEST, K.RECHECK_REQUEST) and not walk.has_clock:
        return (
            f"复查、复核只适用于申诉求决类事项，本件为{_nature_label(walk)}"
            f"（{RULE}第三十五条、第三十六条：申诉求决类事项出具信访处理意见书，信访人不服的可以请求复查、复核）。"
        )
    if kind is K.REVIEW_REQUEST and walk.auto_closed_from is S.DELIVERED and walk.state is S.COMPLETED:
        return _late_request(walk, "复查", "书面答复", walk.rules.review_request, walk.delivered_on)
    if (
        kind is K.RECHECK_REQUEST
        and walk.auto_closed_from is S.REVIEW_DELIVERED
        and walk.state is S.COMPLETED
    ):
        return _late_request(walk, "复核", "复查意见", walk.rules.recheck_request, walk.review_delivered_on)
    if kind is K.REPLY and walk.state in (S.REGISTERED, S.FORWARDED):
        return (
            f"尚未受理，不能答复（{RULE}：信访事项受理后调查核实，再出具信访处理意见书）。"
            "请先「受理」，或转送、交办后由责任单位「签收」。"
        )
    if kind is K.REPLY and walk.replied_on is not None and walk.state not in FINAL_STATES:
        return "已经答复过，不能再次答复。答复内容有误请用「更正」。"
    if kind is K.DELIVER and walk.state in (S.REGISTERED, S.FORWARDED, S.HANDLING):
        return "尚未答复，没有可送达的答复意见。请先记录「答复」。"
    if kind is K.REPORT_UP:
        return _report_problem(walk)
    return None


def _report_problem(walk: Walk) -> str:
    if not walk.facts.from_upper:
        return "本级登记的信访件无需向上级报送办结报告。"
    if walk.reported_up:
        return "已经报送过办结报告。内容有误请用「更正」。"
    if walk.state in (S.REGISTERED, S.FORWARDED, S.HANDLING, S.REVIEWING, S.RECHECKING):
        return "尚未办结或答复，不能报送办结报告。请在答复、调解或办结后再报送。"
    return ""


def _not_here(walk: Walk, kind: StepKind) -> str:
    if walk.state in FINAL_STATES:
        extra = "、「三级终结备案」" if walk.state is S.TERMINATED else ""
        report = "、「办结报告」" if walk.report_owed else ""
        return f"该信访件{walk.state.label}，此后只能「更正」{extra}{report}。"
    offered = sorted(STATE_STEPS[walk.state] - AUTOMATIC, key=list(StepKind).index)
    names = "、".join(f"「{k.label}」" for k in offered)
    return f"当前状态为「{walk.state.label}」，不能{kind.label}。现在可以办理：{names}。"


def _late_request(walk: Walk, what: str, since_what: str, period: Period, since: date | None) -> str:
    end = f"（送达 {since}，期限至 {walk.window(period, since)}）" if since else ""
    article = ART_REVIEW if what == "复查" else ART_RECHECK
    return (
        f"{what}请求已超过期限{end}：信访人应自收到{since_what}之日起 {period.describe()}内请求{what}"
        f"（{article}）。期限已过，事项已办结。"
    )


def _nature_label(walk: Walk) -> str:
    return walk.facts.nature.label if walk.facts.nature else "未分类"


def _conditions(walk: Walk, kind: StepKind, day: date, details: Mapping[str, Any] | None) -> str | None:
    """The conditions on top of the state table, by kind."""
    if kind not in CONDITIONAL:
        return None
    if kind in (K.ACCEPT, K.REJECT, K.FORWARD, K.ASSIGN, K.DIVERT, K.MEDIATE):
        return _intake_problem(walk, kind, day, details)
    if kind is K.RETURN:
        return _return_problem(walk, day)
    if kind is K.EXTEND:
        return _extension_problem(walk, day, details)
    if kind is K.COMPLETE and walk.has_clock:
        return (
            f"{_nature_label(walk)}事项须书面答复并送达，请求复查期限届满后自动办结；"
            "已调解的请用「调解协议」，信访人撤回的请用「撤回」。"
        )
    if kind is K.REVIEW_REQUEST and walk.window_end and day > walk.window_end:
        return _late_request(walk, "复查", "书面答复", walk.rules.review_request, walk.delivered_on)
    if kind is K.RECHECK_REQUEST and walk.window_end and day > walk.window_end:
        return _late_request(walk, "复核", "复查意见", walk.rules.recheck_request, walk.review_delivered_on)
    if kind is K.DELIVER and walk.state is S.REVIEW_DELIVERED and walk.review_delivery_recorded:
        return "复查意见已经送达过。送达日期有误请用「更正」。"
    if kind is K.TERMINATION_FILING and (walk.filed or not walk.by_recheck):
        return "已经备案过。" if walk.filed else "只有经过复核的事项才能办理三级终结备案。"
    return None


def _intake_problem(walk: Walk, kind: StepKind, day: date, details: Mapping[str, Any] | None) -> str | None:
    """受理, 不予受理, 转送/交办, 导入法定途径, 调解: who may get them."""
    facts = walk.facts
    if kind in (K.ACCEPT, K.FORWARD, K.ASSIGN) and facts.matter_terminated:
        return (
            f"该事项已经复核终结，信访人以同一事实和理由再次信访的，不再受理（{ART_RECHECK}）。"
            "请办理「不予受理」并勾选「不再受理」。"
        )
    if kind is K.ACCEPT and facts.cross_level and facts.channel in VISIT_CHANNELS and walk.has_clock:
        return (
            f"越级走访的申诉求决类事项不予受理（{RULE}：走访应到依法有权处理的本级或上一级机关提出）。"
            "请办理「不予受理」，并告知信访人向有权处理的机关提出。"
        )
    if kind is K.REJECT and facts.nature is Nature.ACCUSATION:
        return "检举控告类事项应转送纪检监察机关或有权处理的机关，不出具不予受理告知书。请办理「转送」。"
    if kind in (K.DIVERT, K.MEDIATE) and facts.nature not in (None, Nature.CLAIM):
        what = "导入法定途径" if kind is K.DIVERT else "调解、和解"
        return f"{what}适用于申诉求决类事项，本件为{_nature_label(walk)}。"
    if kind in (K.FORWARD, K.ASSIGN):
        if walk.state is S.HANDLING and walk.unit_id is not None:
            return "已由责任单位办理中，不能再次转交。责任单位认为不属其职责的，请先办理「退回」。"
        deadline = detail_date(details, "unit_deadline") if details is not None else None
        if deadline is not None and deadline < day:
            return f"交办期限 {deadline} 早于转交日期 {day}，请核对。"
    return None


def _return_problem(walk: Walk, day: date) -> str | None:
    if walk.unit_id is None or walk.unit_received is None:
        return "本件没有转送、交办给责任单位，无可退回。"
    if walk.replied_on is not None:
        return "责任单位已经答复，不能再退回。"
    period = walk.rules.objection
    if not period.contains(walk.unit_received, day, walk.cal):
        return (
            f"异议已超过期限：责任单位认为不属于其职责范围的，应自收到之日起 {period.describe()}内提出"
            f"（{RULE}）。收到日期 {walk.unit_received}，期限至 {period.due(walk.unit_received, walk.cal).due}；"
            "请由责任单位办理，或经协商后由信访部门另行处理。"
        )
    return None


def _extension_problem(walk: Walk, day: date, details: Mapping[str, Any] | None) -> str | None:
    hearing = bool(details.get("hearing")) if details is not None else walk.state is S.RECHECKING
    if walk.state is S.RECHECKING:
        return None if hearing else "复核期间只能记录听证所需时间（听证时间不计入复核期限），不能延期。"
    if hearing:
        return "只有复核期间的听证所需时间不计入期限。办理期间请办理普通延期。"
    rules = walk.rules
    if not walk.has_clock:
        return f"{_nature_label(walk)}事项不适用 {rules.handling.days} 日办理期限，无需延期。"
    if walk.extensions >= rules.extension_max_count:
        return (
            f"已经延期 {walk.extensions} 次，不能再次延期（本程序设置：每件最多延期 "
            f"{rules.extension_max_count} 次；可在设置中修改）。"
        )
    due = walk.handling_due()
    if due is not None and day > due:
        return (
            f"办理期限已于 {due} 届满，不能再延期：延期应在期限届满前经负责人批准并告知信访人"
            f"（{ART_HANDLING}）。"
        )
    left = rules.extension_max_days - walk.extension_days
    days = detail_int(details, "days") if details is not None else 1
    if days > left:
        return (
            f"延期不得超过 {rules.extension_max_days} 日（{ART_HANDLING}：情况复杂的，经本机关、单位负责人批准，"
            f"可以适当延长办理期限，但延长期限不得超过 {rules.extension_max_days} 日）。"
            f"已延期 {walk.extension_days} 日，本次最多还能延期 {max(left, 0)} 日。"
        )
    return None
