"""What each kind of step records: one small typed dataclass per step kind.

A form or a command fills one of these; `problems()` says field by field what is missing or wrong,
`to_details()` is the JSON stored on the step (`Step.details`), and `kind` names the step. The
procedure (procedure.py) reads the stored JSON back, so the keys written here are its vocabulary.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, ClassVar, Union

from fazhi_desktop.domain.clock import parse_date
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.input_rules import has_forbidden
from fazhi_desktop.domain.vocab import (
    DeliveryMethod,
    LegalProcedure,
    Nature,
    ReplyOutcome,
    ReviewOutcome,
    Satisfaction,
    StepKind,
    Tier,
)

REASON_MAX = 500


@dataclass(frozen=True)
class StepDetails:
    """The base of every step's details."""

    kind: ClassVar[StepKind]

    def problems(self) -> dict[str, str]:
        """What is wrong, by field; empty when the step may be recorded."""
        return {}

    def text_problems(self) -> dict[str, str]:
        """The rule of every text (domain/input_rules.py) for the step's own text fields: no control
        characters, and no longer than a reason may be."""
        errors: dict[str, str] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, str) or not value:
                continue
            if has_forbidden(value.replace("\r", "")):
                errors[f.name] = "含有不可见的控制字符（可能是从别处粘贴带来的），请删除后重新输入。"
            elif len(value) > REASON_MAX:
                errors[f.name] = f"内容太长（{len(value)} 字），请控制在 {REASON_MAX} 字以内。"
        return errors

    def to_details(self) -> dict[str, Any]:
        """The JSON stored on the step: enums by code, dates as YYYY-MM-DD, empty texts left out."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None or value == "":
                continue
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, date):
                value = value.isoformat()
            out[f.name] = value
        return out


def _required(errors: dict[str, str], name: str, value: str, what: str) -> None:
    if not value.strip():
        errors[name] = f"请填写{what}。"
    elif len(value) > REASON_MAX:
        errors[name] = f"{what}太长，请控制在 {REASON_MAX} 字以内。"


@dataclass(frozen=True)
class Accept(StepDetails):
    """受理."""

    kind = StepKind.ACCEPT


@dataclass(frozen=True)
class Reject(StepDetails):
    """不予受理 (or 不再受理 after 复核), with the reason written in the notice."""

    kind = StepKind.REJECT
    reason: str = ""
    no_more: bool = False

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _required(errors, "reason", self.reason, "不予受理的理由")
        return errors


@dataclass(frozen=True)
class Forward(StepDetails):
    """转送 to a 责任单位; the unit's deadline is optional."""

    kind = StepKind.FORWARD
    unit_id: int = 0
    unit_deadline: date | None = None

    def problems(self) -> dict[str, str]:
        return {} if self.unit_id > 0 else {"unit_id": "请选择责任单位。"}


@dataclass(frozen=True)
class Assign(Forward):
    """交办 to a 责任单位 with a deadline and a report back."""

    kind = StepKind.ASSIGN

    def problems(self) -> dict[str, str]:
        errors = super().problems()
        if self.unit_deadline is None:
            errors["unit_deadline"] = "交办须写明办理期限（责任单位反馈结果的日期）。"
        return errors


@dataclass(frozen=True)
class SignFor(StepDetails):
    """签收 by the 责任单位."""

    kind = StepKind.SIGN_FOR


@dataclass(frozen=True)
class Return(StepDetails):
    """退回 / 异议: the unit says the matter is not its remit."""

    kind = StepKind.RETURN
    reason: str = ""

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _required(errors, "reason", self.reason, "退回的理由")
        return errors


@dataclass(frozen=True)
class Inform(StepDetails):
    """告知 the petitioner; `open_case_id` points a repeat registration to the open case of its matter."""

    kind = StepKind.INFORM
    content: str = ""
    open_case_id: int | None = None
    open_case: str = ""


@dataclass(frozen=True)
class Extend(StepDetails):
    """延期, approved by the unit's head, the reason told to the petitioner; or a 复核 hearing's days."""

    kind = StepKind.EXTEND
    days: int = 0
    approver: str = ""
    reason: str = ""
    hearing: bool = False

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.days < 1:
            errors["days"] = "延长的天数应为正整数。"
        if not self.hearing:
            _required(errors, "approver", self.approver, "批准延期的负责人")
        _required(
            errors, "reason", self.reason, "延期理由（须告知信访人）" if not self.hearing else "听证事由"
        )
        return errors


@dataclass(frozen=True)
class Divert(StepDetails):
    """导入法定途径: the matter leaves the petition procedure for a legal one."""

    kind = StepKind.DIVERT
    procedure: LegalProcedure = LegalProcedure.LITIGATION
    note: str = ""


@dataclass(frozen=True)
class Mediate(StepDetails):
    """调解 / 和解 with an agreement (协议调解成功)."""

    kind = StepKind.MEDIATE
    agreement: str = ""


@dataclass(frozen=True)
class Withdraw(StepDetails):
    """撤回 by the petitioner."""

    kind = StepKind.WITHDRAW
    reason: str = ""


@dataclass(frozen=True)
class Void(StepDetails):
    """作废: a mistaken registration."""

    kind = StepKind.VOID
    reason: str = ""

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _required(errors, "reason", self.reason, "作废的原因")
        return errors


@dataclass(frozen=True)
class Reply(StepDetails):
    """答复 / 信访处理意见书."""

    kind = StepKind.REPLY
    outcome: ReplyOutcome = ReplyOutcome.EXPLAIN
    document_no: str = ""


@dataclass(frozen=True)
class Deliver(StepDetails):
    """送达 of the reply (or of the 复查意见): the step's date is the delivery date."""

    kind = StepKind.DELIVER
    method: DeliveryMethod = DeliveryMethod.IN_PERSON
    signed: bool = True


@dataclass(frozen=True)
class Evaluate(StepDetails):
    """满意度评价, of the bureau and of the 责任单位 separately."""

    kind = StepKind.EVALUATE
    bureau: Satisfaction | None = None
    unit: Satisfaction | None = None

    def problems(self) -> dict[str, str]:
        if self.bureau is None and self.unit is None:
            return {"unit": "请至少选择一项评价（对信访部门或对责任单位）。"}
        return {}


@dataclass(frozen=True)
class ReviewRequest(StepDetails):
    """复查请求, to the next level up."""

    kind = StepKind.REVIEW_REQUEST
    organ: str = ""


@dataclass(frozen=True)
class ReviewDecision(StepDetails):
    """复查意见."""

    kind = StepKind.REVIEW_DECISION
    outcome: ReviewOutcome = ReviewOutcome.UPHOLD
    document_no: str = ""


@dataclass(frozen=True)
class RecheckRequest(StepDetails):
    """复核请求."""

    kind = StepKind.RECHECK_REQUEST
    organ: str = ""


@dataclass(frozen=True)
class RecheckDecision(StepDetails):
    """复核意见: the same facts are 不再受理 from now on."""

    kind = StepKind.RECHECK_DECISION
    outcome: ReviewOutcome = ReviewOutcome.UPHOLD
    document_no: str = ""


@dataclass(frozen=True)
class Supervise(StepDetails):
    """督办; `by_upper` when a higher level supervises (a yellow reason)."""

    kind = StepKind.SUPERVISE
    by_upper: bool = False
    by: str = ""
    content: str = ""


@dataclass(frozen=True)
class Assess(StepDetails):
    """研判: the meeting sets the tier either way, with a reason and the date to look at it again."""

    kind = StepKind.ASSESS
    tier: Tier = Tier.YELLOW
    reason: str = ""
    review_on: date | None = None

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _required(errors, "reason", self.reason, "研判的理由")
        if self.review_on is None:
            errors["review_on"] = "请填写下次研判的日期。"
        return errors


@dataclass(frozen=True)
class LeaderOwn(StepDetails):
    """领导包案."""

    kind = StepKind.LEADER_OWN
    leader: str = ""

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _required(errors, "leader", self.leader, "包案领导")
        return errors


@dataclass(frozen=True)
class Complete(StepDetails):
    """办结 of a matter answered without the handling clock (建议意见, 检举控告)."""

    kind = StepKind.COMPLETE
    summary: str = ""


@dataclass(frozen=True)
class ReportUp(StepDetails):
    """办结报告 to the higher level a case came from."""

    kind = StepKind.REPORT_UP
    report_no: str = ""


@dataclass(frozen=True)
class Terminate(StepDetails):
    """终结 of a matter whose answer was delivered (e.g. the petitioner accepts it in writing)."""

    kind = StepKind.TERMINATE
    reason: str = ""

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _required(errors, "reason", self.reason, "终结的理由")
        return errors


@dataclass(frozen=True)
class TerminationFiling(StepDetails):
    """三级终结备案 with the province."""

    kind = StepKind.TERMINATION_FILING
    filing_no: str = ""


#: Case fields a 更正 may change (the case row then shows the corrected value).
CORRECTABLE_FIELDS = {
    "nature": "性质",
    "summary": "摘要",
    "head_count": "人数",
    "received_on": "收信日期",
    "upper_number": "上级件号",
    "upper_deadline": "上级办理期限",
    "accused": "被反映对象",
    "cross_level": "越级",
    "urgent": "重大紧急",
    "threat": "扬言",
    "three_cross": "三跨三分离",
}
#: Fields of an earlier step a 更正 may change (`step` names it by UUID).
STEP_FIELDS = {"occurred_on": "日期", "outcome": "答复意见", "method": "送达方式", "days": "延期天数"}


@dataclass(frozen=True)
class Correct(StepDetails):
    """更正 of a recorded fact: a field of the case, a field of an earlier step, or (field "other") in words."""

    kind = StepKind.CORRECT
    field: str = ""
    new: str = ""
    old: str = ""
    reason: str = ""
    step: str = ""

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        allowed = STEP_FIELDS if self.step else {**CORRECTABLE_FIELDS, "other": "其他"}
        if self.field not in allowed:
            errors["field"] = f"不能更正「{self.field}」。可更正：{'、'.join(allowed.values())}。"
        if self.field == "other":
            _required(errors, "reason", self.reason, "更正的内容")
        elif not self.new.strip():
            errors["new"] = "请填写更正后的值。"
        return errors

    def label(self) -> str:
        return {**CORRECTABLE_FIELDS, **STEP_FIELDS, "other": "其他"}.get(self.field, self.field)


ALL_DETAILS: tuple[type[StepDetails], ...] = (
    Accept,
    Reject,
    Forward,
    Assign,
    SignFor,
    Return,
    Inform,
    Extend,
    Divert,
    Mediate,
    Withdraw,
    Void,
    Reply,
    Deliver,
    Evaluate,
    ReviewRequest,
    ReviewDecision,
    RecheckRequest,
    RecheckDecision,
    Supervise,
    Assess,
    LeaderOwn,
    Complete,
    ReportUp,
    Terminate,
    TerminationFiling,
    Correct,
)
#: The details class of each step kind a user may record (登记 and 关联重复件 are written by registration).
DETAILS_BY_KIND: dict[StepKind, type[StepDetails]] = {cls.kind: cls for cls in ALL_DETAILS}


def details_from_text(kind: StepKind, values: dict[str, str]) -> StepDetails:
    """Build the details of `kind` from texts (a command line's key=value pairs), converting each field."""
    cls = DETAILS_BY_KIND.get(kind)
    if cls is None:
        raise UserError(f"「{kind.label}」不能手工记录。")
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - fields)
    if unknown:
        raise UserError(
            f"「{kind.label}」没有这些项目：{', '.join(unknown)}。可填：{', '.join(sorted(fields)) or '（无）'}"
        )
    return cls(**{name: _convert(name, hints[name], text) for name, text in values.items()})


def _convert(name: str, hint: Any, text: str) -> Any:
    """One field from its text, by the field's type (int, bool, date, an enum, or text)."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (Union, types.UnionType):
        hint = next(a for a in args if a is not type(None))
    text = text.strip()
    if hint is str:
        return text
    if hint is bool:
        if text.lower() in ("1", "true", "yes", "是", "y"):
            return True
        if text.lower() in ("0", "false", "no", "否", "n"):
            return False
        raise UserError(f"{name} 应为 是 或 否（true/false）：{text}")
    if hint is int:
        try:
            return int(text)
        except ValueError:
            raise UserError(f"{name} 应为整数：{text}") from None
    if hint is date:
        return parse_date(text)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint.parse(text)  # type: ignore[attr-defined]
        except ValueError:
            choices = "、".join(f"{m.value}（{m.label}）" for m in hint)  # type: ignore[attr-defined]
            raise UserError(f"{name} 无法识别：{text}。可选：{choices}") from None
    raise TypeError(f"no conversion for {name}: {hint!r}")


def parse_nature(text: str) -> Nature:
    try:
        return Nature.parse(text)
    except ValueError:
        raise UserError("性质应为建议意见类、检举控告类或申诉求决类。") from None
