"""The checks of the 评查 rules: pure functions over one case's view, each returning what is missing.

Each returns a list of sentences (empty when the case keeps the rule), saying exactly what is wrong
with the dates the clock gave, so the panel can show it and the clerk knows where to look.
"""

from __future__ import annotations

from fazhi_desktop.domain.conformity.view import CaseView, StepView
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import CaseState, DeadlineKind, Nature, StepKind

K = StepKind
#: The steps that decide what becomes of a registration (the 15-day decision; 作废 aside).
INTAKE = (K.ACCEPT, K.REJECT, K.FORWARD, K.ASSIGN, K.DIVERT, K.INFORM, K.WITHDRAW)
#: The steps that answer the petitioner within the handling clock.
ANSWERS = (K.REPLY, K.MEDIATE)
#: The decisions whose signed document should be kept with the step.
DECISIONS = (K.REJECT, K.REPLY, K.MEDIATE, K.REVIEW_DECISION, K.RECHECK_DECISION)


def is_void(view: CaseView) -> bool:
    return view.state is CaseState.VOID


def _day(step: StepView) -> str:
    return step.occurred_on.isoformat()


def registration_complete(view: CaseView) -> list[str]:
    missing = []
    if not (view.principal_name or "").strip() and not view.anonymous:
        missing.append("信访人")
    if not view.summary.strip() and not (view.content or "").strip():
        missing.append("诉求")
    if view.region_id is None:
        missing.append("问题属地")
    if view.nature is None:
        missing.append("性质")
    return [f"登记缺少：{'、'.join(missing)}"] if missing else []


def intake_timely(view: CaseView) -> list[str]:
    out: list[str] = []
    intake = view.first(*INTAKE)
    due = view.route_due
    if due is not None:
        if intake is None and view.today > due:
            out.append(f"登记后超过期限（{due}）仍未作出受理、不予受理或转送交办")
        elif intake is not None and intake.occurred_on > due:
            out.append(f"{_day(intake)} 才作出「{intake.kind.label}」，超过期限 {due}")
    for deadline in view.pending:
        if deadline.kind is DeadlineKind.INFORM and view.today > deadline.due:
            out.append(f"责任单位收到后未在期限（{deadline.due}）内告知信访人是否受理")
    return out


def notices_printed(view: CaseView) -> list[str]:
    out = []
    if view.has_clock and view.of_kind(K.ACCEPT) and ReportKind.ACCEPT not in view.printed:
        out.append("已受理，但未印发《受理告知书》")
    if view.of_kind(K.REJECT) and ReportKind.REJECT not in view.printed:
        out.append("已不予受理，但未印发《不予受理告知书》")
    return out


def delivered_with_receipt(view: CaseView) -> list[str]:
    reply = view.first(K.REPLY)
    if reply is None:
        return []
    deliveries = [s for s in view.of_kind(K.DELIVER) if s.occurred_on >= reply.occurred_on]
    if not deliveries:
        return [f"{_day(reply)} 已答复，但未记录送达"]
    if not any(s.attachments for s in deliveries):
        return [f"{_day(deliveries[0])} 的送达未附签收的送达回证"]
    return []


def replied_in_time(view: CaseView) -> list[str]:
    due = view.handling_due
    if not view.has_clock or due is None:
        return []
    answer = view.first(*ANSWERS)
    if answer is not None:
        if answer.occurred_on > due:
            return [f"{_day(answer)} 才答复，超过办理期限 {due}（已计入批准的延期）"]
        return []
    for deadline in view.pending:
        if deadline.kind is DeadlineKind.HANDLING and view.today > deadline.due:
            return [f"超过办理期限 {deadline.due} 仍未答复，也没有经批准的延期"]
    return []


def review_told(view: CaseView) -> list[str]:
    out = []
    if view.has_clock and view.of_kind(K.REPLY) and ReportKind.REPLY not in view.printed:
        out.append("已答复，但未印发《信访处理意见书》，信访人未被书面告知申请复查的权利、期限和机关")
    if view.of_kind(K.REVIEW_DECISION) and ReportKind.REVIEW not in view.printed:
        out.append("已作出复查意见，但未印发《复查意见书》，信访人未被书面告知申请复核的途径")
    return out


def appeal_in_time(view: CaseView) -> list[str]:
    names = {DeadlineKind.REVIEW_DECISION: "复查", DeadlineKind.RECHECK_DECISION: "复核"}
    return [
        f"{names[d.kind]}请求超过期限 {d.due} 仍未作出{names[d.kind]}意见"
        for d in view.pending
        if d.kind in names and view.today > d.due
    ]


def evaluation_asked(view: CaseView) -> list[str]:
    if not view.has_clock or view.not_public or not view.of_kind(K.REPLY):
        return []
    delivered = view.first(K.DELIVER)
    if delivered is None or view.of_kind(K.EVALUATE):
        return []
    return [f"{_day(delivered)} 送达后未请信访人评价"]


def accusation_secret(view: CaseView) -> list[str]:
    """A 检举控告 routed to the unit it accuses (by its id, or by the directory rule of
    domain/accusation.py: the unit's names, short forms, subordinate bodies and leaders)."""
    if view.nature is not Nature.ACCUSATION:
        return []
    out = []
    for unit_id, name in view.routed_units:
        same_id = view.accused_unit_id is not None and unit_id == view.accused_unit_id
        if same_id or name in view.routed_to_accused:
            out.append(f"检举控告件转给了被反映对象所在单位「{name or unit_id}」，信访人可能暴露")
    return out


def repeat_linked(view: CaseView) -> list[str]:
    if view.is_repeat or not view.unlinked_earlier:
        return []
    return [f"此人此前就同类问题信访过（{'、'.join(view.unlinked_earlier)}），本件未作为重复件关联"]


def decisions_attached(view: CaseView) -> list[str]:
    return [
        f"{_day(step)} 的「{step.kind.label}」未附文书扫描件"
        for step in sorted(view.of_kind(*DECISIONS), key=lambda s: s.occurred_on)
        if step.attachments == 0
    ]
