"""Filling the case documents: the office's templates and the case's facts and steps → a `Letter` (a
notice or report in 公文 format) or a `Form` (a 单 with a table), which pdf/ lays out.

A 检举控告 case's copy for a unit (`hide_petitioner`) says 群众 where the petitioner's name would be,
shows no name, ID number, phone, address or detailed content, and no timeline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fazhi_desktop.domain.deadlines import calendar_warning
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import Period
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import (
    VISIT_CHANNELS,
    CaseState,
    DeadlineKind,
    DeliveryMethod,
    PetitionerRole,
    ReplyOutcome,
    ReviewOutcome,
    Satisfaction,
    StepKind,
)
from fazhi_desktop.pdf.forms import Form
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.letters import Letter
from fazhi_desktop.services.cases.detail import PetitionerView, StepView
from fazhi_desktop.services.reports.case_files import CaseFile
from fazhi_desktop.services.reports.templates import fill
from fazhi_desktop.services.reports.timeline import flags_text, step_text, timeline

K = StepKind
HIDDEN_NAME = "群众"
#: Printed where the office has not set a value yet (filled in by hand).
BLANK = "＿＿＿＿＿＿"
HIDDEN_NOTE = "（检举控告件：信访人信息不提供给被反映对象）"


def _date(value: Any) -> str:
    return chinese_date(value) if value else ""


def _bare(text: str) -> str:
    """A sentence without its final punctuation, to be placed inside another one."""
    return text.strip().rstrip("。；;，,.")


def _sentence(text: str) -> str:
    """A text as a sentence of its own: with its final full stop."""
    text = text.strip()
    return text + "。" if text and text[-1] not in "。！？；：”）" else text


def unofficial_note(cal: HolidayCalendar, *days: date | None) -> str:
    """ "（注：2027年节假日安排未录入…）" after a printed deadline on a year without a holiday table."""
    notes = dict.fromkeys(w for d in days if (w := calendar_warning(d, cal)))
    return f"（注：{'；'.join(notes)}）" if notes else ""


def _days(period: Period) -> str:
    """A period as the templates write it before 日: "60", or "5个工作" for working days."""
    return f"{period.days}个工作" if period.working else str(period.days)


def petitioner_name(file: CaseFile, hidden: bool = False) -> str:
    if hidden:
        return HIDDEN_NAME
    names = [p.name for p in file.detail.petitioners if p.name]
    head_count = int(file.detail.subject.head_count or 1)
    # 匿名: no name is registered, and no document invents one.
    first = names[0] if names else ("匿名信访人" if file.detail.flags.anonymous else "信访人")
    return f"{first}等{head_count}人" if head_count > 1 else first


def _first(file: CaseFile) -> PetitionerView:
    """The principal petitioner (an empty one when none was registered)."""
    if file.detail.petitioners:
        return file.detail.petitioners[0]
    return PetitionerView(0, "", PetitionerRole.PRINCIPAL, None, None, None, None, None)


def accepted_on(file: CaseFile) -> date | None:
    step = file.latest(K.ACCEPT, K.SIGN_FOR)
    return step.occurred_on if step else None


def base_values(file: CaseFile, hidden: bool = False) -> dict[str, str]:
    """The placeholders every case document may use."""
    d, office, rules = file.detail, file.template("office"), file.rules
    routed = file.latest(K.FORWARD, K.ASSIGN)
    unit = d.handling.handling_unit or (routed.details.get("unit") if routed else "") or ""
    return {
        "信访人": petitioner_name(file, hidden),
        "信访件编号": file.number,
        "登记日期": _date(d.registration.registered_on),
        "信访形式": d.registration.channel.label,
        "摘要": _bare(str(d.subject.summary or "")).removeprefix("反映"),
        "问题属地": str(d.subject.region or ""),
        "内容分类": str(d.subject.category or ""),
        "受理日期": _date(accepted_on(file)),
        "责任单位": str(unit),
        "本机关": office_name(file),
        "联系电话": office.get("phone") or BLANK,
        "联系人": office.get("contact") or BLANK,
        "地址": office.get("address") or BLANK,
        "受理期限": _days(rules.route),
        "告知期限": _days(rules.inform),
        "办理期限": _days(rules.handling),
        "延期上限": str(rules.extension_max_days),
        "复查请求期限": _days(rules.review_request),
        "复核请求期限": _days(rules.recheck_request),
        "复查机关": office.get("review_organ", ""),
        "复核机关": office.get("recheck_organ", ""),
        "上级机关": office.get("upper_organ", ""),
        "打印日期": _date(file.today),
    }


def office_name(file: CaseFile) -> str:
    return file.template("office").get("name") or file.office_name


def doc_number(file: CaseFile, code: str, day: date, given: str = "") -> str:
    """发文字号: the number written on the step, else 机关代字 + 代字〔年〕序号号 (序号 = the case's)."""
    if given.strip():
        return given.strip()
    short = file.template("office").get("short") or (
        office_name(file)[:1] + "信" if office_name(file) else ""
    )
    seq = file.number.rsplit("-", 1)[-1].lstrip("0") or "0"
    return f"{short}{code}〔{day.year}〕{seq}号"


def contact_line(file: CaseFile) -> str:
    office = file.template("office")
    parts = [
        f"{label}：{office[key]}"
        for key, label in (
            ("contact", "联系人"),
            ("phone", "联系电话"),
            ("address", "地址"),
            ("postcode", "邮编"),
        )
        if office.get(key)
    ]
    return "；".join(parts)


def _paragraphs(text: str, values: dict[str, str]) -> tuple[str, ...]:
    lines = fill(text, values).split("\n")
    return tuple(line.strip() for line in lines if line.strip())


def _letter(
    file: CaseFile, kind: str, values: dict[str, str], day: date, number: str, title: str = ""
) -> Letter:
    t = file.template(kind)
    return Letter(
        title=fill(title or t["title"], values),
        doc_number=number,
        recipient=fill(t.get("recipient", ""), values),
        paragraphs=_paragraphs(t.get("body", ""), values),
        closing=fill(t.get("closing", ""), values),
        office=office_name(file),
        dated=chinese_date(day),
        seal=file.template("office").get("seal", ""),
        contact=contact_line(file),
    )


# -- notices to the petitioner -------------------------------------------------------------------


def accept_letter(file: CaseFile) -> Letter:
    step = file.latest(K.ACCEPT, K.SIGN_FOR)
    assert step is not None
    values = base_values(file)
    return _letter(
        file,
        "accept",
        values,
        step.occurred_on,
        doc_number(file, file.template("accept")["code"], step.occurred_on),
    )


def reject_letter(file: CaseFile) -> Letter:
    step = file.latest(K.REJECT)
    assert step is not None
    t, d = file.template("reject"), file.detail
    if step.details.get("no_more"):
        rule = t["rule_no_more"]
    elif d.flags.cross_level and d.registration.channel in VISIT_CHANNELS:
        rule = t["rule_cross_level"]
    elif d.flags.is_repeat:
        rule = t["rule_repeat"]
    else:
        rule = t["rule_general"]
    values = base_values(file) | {"不予受理理由": _bare(str(step.details.get("reason") or "")), "依据": rule}
    return _letter(file, "reject", values, step.occurred_on, doc_number(file, t["code"], step.occurred_on))


def extension_letter(file: CaseFile) -> Letter:
    steps = [s for s in file.steps(K.EXTEND) if not s.details.get("hearing")]
    step = steps[-1]
    accepted = accepted_on(file) or file.detail.registration.registered_on
    original = file.rules.handling.due(accepted, file.cal).due
    total = sum(int(s.details.get("days") or 0) for s in steps)
    extended = file.rules.handling_due(accepted, total, file.cal).due
    values = base_values(file) | {
        "延期天数": str(step.details.get("days") or ""),
        "延期理由": _bare(str(step.details.get("reason") or "")),
        "批准人": str(step.details.get("approver") or ""),
        "原办理期限": chinese_date(original),
        # The petitioner reads this notice: the unofficial-year note is for the clerk (the case
        # detail, the lists and the 登记处理单 carry it), not printed here.
        "延期后期限": chinese_date(extended),
    }
    return _letter(
        file,
        "extension",
        values,
        step.occurred_on,
        doc_number(file, file.template("extension")["code"], step.occurred_on),
    )


def reply_number(file: CaseFile, step: StepView) -> str:
    return doc_number(
        file, file.template("reply")["code"], step.occurred_on, str(step.details.get("document_no") or "")
    )


def reply_letter(file: CaseFile) -> Letter:
    step = file.latest(K.REPLY)
    assert step is not None
    number = reply_number(file, step)
    outcome = ReplyOutcome(step.details.get("outcome") or ReplyOutcome.EXPLAIN.value)
    values = base_values(file) | {
        "处理意见": (step.note or "").strip(),
        "答复结论": outcome.label,
        "答复日期": chinese_date(step.occurred_on),
        "文号": number,
    }
    return _letter(file, "reply", values, step.occurred_on, number)


def _decision_number(file: CaseFile, kind: str, step: StepView) -> str:
    return doc_number(
        file, file.template(kind)["code"], step.occurred_on, str(step.details.get("document_no") or "")
    )


def review_letter(file: CaseFile) -> Letter:
    step = file.latest(K.REVIEW_DECISION)
    assert step is not None
    reply, request = file.latest(K.REPLY), file.latest(K.REVIEW_REQUEST)
    outcome = ReviewOutcome(step.details.get("outcome") or ReviewOutcome.UPHOLD.value)
    values = base_values(file) | {
        "原处理机关": str(file.detail.handling.handling_unit or office_name(file)),
        "答复日期": _date(reply.occurred_on if reply else None),
        "原文号": reply_number(file, reply) if reply else "",
        "复查请求日期": _date(request.occurred_on if request else None),
        "复查意见": (step.note or "").strip(),
        "复查结论": outcome.label,
    }
    return _letter(file, "review", values, step.occurred_on, _decision_number(file, "review", step))


def recheck_letter(file: CaseFile) -> Letter:
    step = file.latest(K.RECHECK_DECISION)
    assert step is not None
    request = file.latest(K.RECHECK_REQUEST)
    outcome = ReviewOutcome(step.details.get("outcome") or ReviewOutcome.UPHOLD.value)
    values = base_values(file) | {
        "复核请求日期": _date(request.occurred_on if request else None),
        "复核意见": (step.note or "").strip(),
        "复核结论": outcome.label,
    }
    return _letter(file, "recheck", values, step.occurred_on, _decision_number(file, "recheck", step))


def completion_letter(file: CaseFile) -> Letter:
    """办结报告 to the higher level the case came from."""
    d = file.detail
    report = file.latest(K.REPORT_UP)
    day = report.occurred_on if report else file.today
    source = d.registration.source.label.removeprefix("上级")
    values = base_values(file) | {
        "上级来源": source,
        "上级件号": str(d.registration.upper_number or file.number),
        "上级期限": _date(d.registration.upper_deadline),
        "办理经过": "\n".join(
            f"{e.day}，{e.step}{'：' + _bare(e.text) if e.text else ''}。"
            for e in timeline(file, long_dates=True)
        ),
        "办理结果": outcome_sentence(file),
        "信访人意见": opinion_sentence(file),
    }
    number = doc_number(
        file,
        file.template("completion")["code"],
        day,
        str(report.details.get("report_no") or "") if report else "",
    )
    return _letter(file, "completion", values, day, number)


def outcome_sentence(file: CaseFile) -> str:
    reply = file.latest(K.REPLY)
    parts: list[str] = []
    if reply is not None:
        outcome = ReplyOutcome(reply.details.get("outcome") or ReplyOutcome.EXPLAIN.value)
        parts.append(
            f"本机关于{chinese_date(reply.occurred_on)}出具信访事项处理意见书（{reply_number(file, reply)}），"
            f"处理结论为{outcome.label}"
        )
        delivered = [s for s in file.steps(K.DELIVER) if s.occurred_on >= reply.occurred_on]
        if delivered:
            parts.append(delivery_sentence(delivered[0]))
    for kind, words in (
        (K.MEDIATE, "经调解达成协议"),
        (K.COMPLETE, "已办结"),
        (K.WITHDRAW, "信访人撤回信访事项"),
    ):
        step = file.latest(kind)
        if step is not None:
            parts.append(f"{chinese_date(step.occurred_on)}{words}")
    decision = file.latest(K.REVIEW_DECISION, K.RECHECK_DECISION)
    if decision is not None:
        label = "复查" if decision.kind == K.REVIEW_DECISION.value else "复核"
        outcome_code = decision.details.get("outcome") or ReviewOutcome.UPHOLD.value
        parts.append(f"经{label}，{ReviewOutcome(outcome_code).label}")
    state = file.state
    parts.append(f"目前状态：{state.label}" if state is not CaseState.COMPLETED else "该事项已办结")
    return "；".join(parts) + "。"


def delivery_sentence(step: StepView) -> str:
    """ "已于2024年3月19日以其他方式送达信访人，信访人已签收" (not "已于…其他方式，已签收")."""
    method = DeliveryMethod(step.details.get("method") or DeliveryMethod.IN_PERSON.value)
    how = {DeliveryMethod.IN_PERSON: "当面", DeliveryMethod.POST: "邮寄"}.get(method, f"以{method.label}")
    signed = "信访人已签收" if step.details.get("signed", True) else "信访人拒绝签收"
    return f"已于{chinese_date(step.occurred_on)}{how}送达信访人，{signed}"


def opinion_sentence(file: CaseFile) -> str:
    satisfaction = file.detail.handling.satisfaction
    if not satisfaction or satisfaction is Satisfaction.NOT_EVALUATED:
        return "信访人尚未作出满意度评价。"
    return f"信访人对办理结果的评价为：{satisfaction.label}。"


# -- forms ----------------------------------------------------------------------------------------


def _person_rows(file: CaseFile, hidden: bool) -> list[tuple[tuple[str, str], ...]]:
    if hidden:
        return [(("信访人", HIDDEN_NOTE.strip("（）")),)]
    if file.detail.flags.anonymous:
        return [(("信访人", "匿名"),)]
    rows: list[tuple[tuple[str, str], ...]] = []
    for person in file.detail.petitioners:
        about = "，".join(
            p
            for p in (
                person.sex and person.sex.label,
                person.birth_date and f"{person.birth_date}出生",
            )
            if p
        )
        role = {"principal": "信访人", "co_petitioner": "共同信访人", "representative": "代表"}.get(
            person.role, "信访人"
        )
        rows.append(
            ((role, person.name + (f"（{about}）" if about else "")), ("证件号码", person.id_number or ""))
        )
        rows.append((("联系电话", person.phone or ""), ("住址", person.address or "")))
    return rows or [(("信访人", "（未登记）"),)]


def case_form(file: CaseFile, hidden: bool, for_unit: bool) -> Form:
    f, t = file.detail, file.template("case")
    rows: list[tuple[tuple[str, str], ...]] = [
        (("信访件编号", file.number), ("登记日期", _date(f.registration.registered_on))),
        (("信访形式", f.registration.channel.label), ("来源", f.registration.source.label)),
    ]
    if file.from_upper:
        rows.append(
            (
                ("上级件号", f.registration.upper_number or ""),
                ("上级期限", _date(f.registration.upper_deadline)),
            )
        )
    if f.registration.received_on or f.registration.postmarked_on:
        rows.append(
            (
                ("邮戳日期", _date(f.registration.postmarked_on)),
                ("收信日期", _date(f.registration.received_on)),
            )
        )
    rows += _person_rows(file, hidden)
    people = f"{f.subject.head_count or 1}人" + ("（集体访）" if f.flags.is_collective else "")
    rows.append((("人数", people), ("问题属地", f.subject.region or "")))
    rows.append(
        (
            ("内容分类", f.subject.category or ""),
            ("性质", f.subject.nature.label if f.subject.nature else ""),
        )
    )
    accused = "、".join(str(v) for v in (f.subject.accused, f.subject.accused_unit) if v)
    rows.append((("信访目的", f.subject.purpose or ""), ("被反映对象", accused)))
    rows.append((("标记", flags_text(f.flags) or "无"),))
    rows.append((("办理状态", file.state.label), ("责任单位", f.handling.handling_unit or "")))
    due = file.clock.deadlines[0] if file.clock.deadlines else None
    due_text = f"{due.label}：{chinese_date(due.due)}{unofficial_note(file.cal, due.due)}" if due else ""
    tier = f.tiers.tier.label if f.tiers.tier else "无（已办结）"
    rows.append((("期限", due_text), ("色级", str(f.tiers.tier_reasons or tier))))
    long_texts = [("反映问题", str(f.subject.summary or ""))]
    if hidden:
        content = "（检举控告材料不提供给被反映对象）"
    elif for_unit and f.flags.not_public:
        content = "（不宜公开：详细内容不随送单位的文本送出）"
    else:
        content = str(f.subject.content or "（无）")
    long_texts.append(("详细内容", content))
    return Form(
        title=t["title"],
        number=f"编号：{file.number}",
        rows=tuple(rows),
        long_texts=tuple(long_texts),
        timeline=() if hidden else timeline(file),
        sign_rows=tuple(line.strip() for line in t["sign_rows"].splitlines() if line.strip()),
        copy_note=_copy_note(hidden, for_unit),
    )


def _copy_note(hidden: bool, for_unit: bool) -> str:
    if hidden:
        return "（送被反映对象的文本，不含信访人信息）"
    return "（送责任单位）" if for_unit else ""


def receipt_form(file: CaseFile) -> Form:
    t, f = file.template("receipt"), file.detail
    values = base_values(file)
    person = _first(file)
    stub = Form(
        title=t["title"],
        number=f"{t['stub_note']}　编号：{file.number}",
        rows=(
            (("信访人", petitioner_name(file)), ("证件号码", person.id_number or "")),
            (("联系电话", person.phone or ""), ("登记日期", _date(f.registration.registered_on))),
            (("信访形式", f.registration.channel.label), ("登记人", file.person(f.registration.created_by))),
            (("反映问题", str(f.subject.summary or "")),),
        ),
    )
    return Form(
        title=t["title"],
        number=f"编号：{file.number}",
        recipient=fill(t["recipient"], values),
        intro=_paragraphs(t["body"], values),
        office=office_name(file),
        dated=_date(f.registration.registered_on),
        seal=file.template("office").get("seal", ""),
        stub=stub,
    )


def forward_form(file: CaseFile, hidden: bool, for_unit: bool) -> Form:
    step = file.latest(K.FORWARD, K.ASSIGN)
    assert step is not None
    t, f = file.template("forward"), file.detail
    assign = step.kind == K.ASSIGN.value
    values = base_values(file, hidden) | {
        "转交日期": chinese_date(step.occurred_on),
        "交办期限": _date(step.details.get("unit_deadline")),
        "责任单位": str(step.details.get("unit") or f.handling.handling_unit or ""),
    }
    rows: list[tuple[tuple[str, str], ...]] = [
        (("信访件编号", file.number), ("登记日期", _date(f.registration.registered_on))),
        (("信访形式", f.registration.channel.label), ("人数", f"{f.subject.head_count or 1}人")),
    ]
    rows += _person_rows(file, hidden)
    rows.append((("问题属地", f.subject.region or ""), ("内容分类", f.subject.category or "")))
    if assign:
        rows.append((("交办日期", chinese_date(step.occurred_on)), ("办理期限", values["交办期限"])))
    code = t["code_assign"] if assign else t["code"]
    long_texts = [("反映问题", str(f.subject.summary or ""))]
    if not hidden and not f.flags.not_public:  # 不宜公开: the detailed material stays in the office
        long_texts.append(("主要内容", str(f.subject.content or "（见反映问题）")))
    return Form(
        title=t["title_assign"] if assign else t["title"],
        number=doc_number(file, code, step.occurred_on),
        recipient=fill(t["recipient"], values),
        intro=_paragraphs(t["body_assign"] if assign else t["body"], values),
        rows=tuple(rows),
        long_texts=tuple(long_texts),
        office=office_name(file),
        dated=chinese_date(step.occurred_on),
        seal=file.template("office").get("seal", ""),
        copy_note=_copy_note(hidden, for_unit),
    )


def supervise_form(file: CaseFile, hidden: bool, for_unit: bool, kind: str = "supervise") -> Form:
    """督办单 (or 催办单, `kind` "urge"), dated `file.today`: the case as it stood on that day."""
    t, f = file.template(kind), file.detail
    supervise = next((s for s in reversed(file.steps(K.SUPERVISE)) if s.occurred_on <= file.today), None)
    day = file.today
    # As the case stood on the 督办单's date (printing gives the clock of that day too).
    routed = next((s for s in reversed(file.steps(K.FORWARD, K.ASSIGN)) if s.occurred_on <= day), None)
    try:
        feedback_days = max(int(t.get("feedback_days") or 5), 1)
    except ValueError:
        feedback_days = 5
    feedback = Period(feedback_days).due(day, file.cal).due
    values = base_values(file, hidden) | {
        "转交日期": _date(routed.occurred_on if routed else None),
        "转交方式": "交办" if routed and routed.kind == K.ASSIGN.value else "转送",
        "办理情况": progress_sentence(file),
        "督办内容": _sentence(str(supervise.details.get("content") or ""))
        if supervise and kind == "supervise"
        else "",
        "反馈期限": chinese_date(feedback) + unofficial_note(file.cal, feedback),
    }
    rows: list[tuple[tuple[str, str], ...]] = [
        (("信访件编号", file.number), ("登记日期", _date(f.registration.registered_on))),
    ]
    rows += _person_rows(file, hidden)
    rows.append((("转交日期", values["转交日期"]), ("当前状态", file.state.label)))
    return Form(
        title=t["title"],
        number=doc_number(file, t["code"], day),
        recipient=fill(t["recipient"], values),
        intro=_paragraphs(t["body"], values),
        rows=tuple(rows),
        long_texts=(("反映问题", str(f.subject.summary or "")),),
        office=office_name(file),
        dated=chinese_date(day),
        seal=file.template("office").get("seal", ""),
        copy_note=_copy_note(hidden, for_unit),
    )


def progress_sentence(file: CaseFile) -> str:
    """Where the handling stands against its deadline, in one sentence."""
    order = [
        k.value for k in (DeadlineKind.UNIT, DeadlineKind.HANDLING, DeadlineKind.UPPER, DeadlineKind.INFORM)
    ]
    relevant = sorted((d for d in file.clock.deadlines if d.kind in order), key=lambda d: order.index(d.kind))
    if not relevant:
        return f"目前办理状态为{file.state.label}。"
    due = relevant[0]
    note = unofficial_note(file.cal, due.due)
    if due.days_left < 0:
        return f"{due.label}为{chinese_date(due.due)}{note}，现已超期{-due.days_left}日。"
    return f"{due.label}为{chinese_date(due.due)}{note}，距期限还有{due.days_left}日。"


def delivery_form(file: CaseFile) -> Form:
    t = file.template("delivery")
    step = file.latest(K.REPLY, K.REVIEW_DECISION, K.RECHECK_DECISION)
    assert step is not None
    kind = {K.REPLY.value: "reply", K.REVIEW_DECISION.value: "review", K.RECHECK_DECISION.value: "recheck"}[
        step.kind
    ]
    number = reply_number(file, step) if kind == "reply" else _decision_number(file, kind, step)
    person = _first(file)
    delivered = [s for s in file.steps(K.DELIVER) if s.occurred_on >= step.occurred_on]
    method = step_text(delivered[0]) if delivered else "□当面送达　□邮寄送达　□其他方式"
    return Form(
        title=t["title"],
        number=f"编号：{file.number}",
        rows=(
            (("送达机关", office_name(file)),),
            (("送达文书", f"{fill(file.template(kind)['title'], base_values(file))}（{number}）"),),
            (("受送达人", petitioner_name(file)), ("联系电话", person.phone or "")),
            (("送达地点", person.address or ""),),
            (("送达方式", method),),
        ),
        sign_rows=("受送达人签收", "代收人及代收理由", "拒收事由及见证人", "送达人"),
        note=t["note"],
    )


LETTERS = {
    ReportKind.ACCEPT: accept_letter,
    ReportKind.REJECT: reject_letter,
    ReportKind.EXTENSION: extension_letter,
    ReportKind.REPLY: reply_letter,
    ReportKind.REVIEW: review_letter,
    ReportKind.RECHECK: recheck_letter,
    ReportKind.COMPLETION: completion_letter,
}
