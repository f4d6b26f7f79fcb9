"""The fixed vocabularies of petition work (DOMAIN.md, "Words").

Codes are short English words: they are what the database, exchange files and `--json` carry. Each
enum knows its Chinese label (`label`), which is what every screen and printout shows. Vocabularies
an administrator edits (内容分类, 信访目的) live in the database and are only seeded from
`categories.py`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    """A vocabulary: a StrEnum whose members carry a Chinese label; `parse` accepts the code or the label.

    Every vocabulary of the program derives from it (here and in `outreach`), so `label_of` knows them all.
    """

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value]

    @classmethod
    def parse(cls, text: str) -> Self:
        text = text.strip()
        for member in cls:
            if text in (member.value, member.label):
                return member
        raise ValueError(text)


_LABELS: dict[type[Labelled], dict[str, str]] = {}


def label_of(value: str) -> str:
    """The Chinese label of a vocabulary member; a code this version does not know (the store loads it
    as its plain text) reads as it is stored."""
    return value.label if isinstance(value, Labelled) else value


def set_labels(cls: type[Labelled], labels: dict[str, str]) -> None:
    """Give a vocabulary its Chinese labels (each member must have one)."""
    _LABELS[cls] = labels
    missing = {m.value for m in cls} - labels.keys()
    assert not missing, f"{cls.__name__} lacks labels for {missing}"


class Channel(Labelled):
    """信访形式."""

    VISIT = "visit"
    LETTER = "letter"
    ONLINE = "online"
    PHONE = "phone"
    LEADER_RECEPTION = "leader_reception"
    DOWN_VISIT = "down_visit"
    APPOINTED_VISIT = "appointed_visit"


set_labels(
    Channel,
    {
        "visit": "来访",
        "letter": "来信",
        "online": "网上信访",
        "phone": "来电",
        "leader_reception": "领导接访",
        "down_visit": "下访",
        "appointed_visit": "约访",
    },
)

#: The four channels every report counts; the reception forms count as visits.
REPORTED_CHANNEL = {
    Channel.VISIT: Channel.VISIT,
    Channel.LEADER_RECEPTION: Channel.VISIT,
    Channel.DOWN_VISIT: Channel.VISIT,
    Channel.APPOINTED_VISIT: Channel.VISIT,
    Channel.LETTER: Channel.LETTER,
    Channel.ONLINE: Channel.ONLINE,
    Channel.PHONE: Channel.PHONE,
}
VISIT_CHANNELS = frozenset(c for c, r in REPORTED_CHANNEL.items() if r is Channel.VISIT)


class Source(Labelled):
    """来源: where a case came from."""

    LOCAL = "local"
    UPPER_FORWARDED = "upper_forwarded"
    UPPER_ASSIGNED = "upper_assigned"
    UPPER_SUPERVISED = "upper_supervised"
    LEADER_INSTRUCTION = "leader_instruction"
    HOTLINE_12345 = "hotline_12345"


set_labels(
    Source,
    {
        "local": "本级登记",
        "upper_forwarded": "上级转送",
        "upper_assigned": "上级交办",
        "upper_supervised": "上级督办",
        "leader_instruction": "领导批示",
        "hotline_12345": "12345转办",
    },
)

#: Sources that carry a higher level's number and deadline and owe it a 办结报告.
UPPER_SOURCES = frozenset({Source.UPPER_FORWARDED, Source.UPPER_ASSIGNED, Source.UPPER_SUPERVISED})


class Nature(Labelled):
    """性质: the three categories of 《信访工作条例》."""

    SUGGESTION = "suggestion"
    ACCUSATION = "accusation"
    CLAIM = "claim"


set_labels(Nature, {"suggestion": "建议意见类", "accusation": "检举控告类", "claim": "申诉求决类"})


class HandlingMethod(Labelled):
    """办理方式."""

    FORWARD = "forward"
    ASSIGN = "assign"
    DIRECT = "direct"
    INFORM = "inform"
    FILE = "file"


set_labels(
    HandlingMethod,
    {
        "forward": "转送",
        "assign": "交办",
        "direct": "直接办理",
        "inform": "告知",
        "file": "存查",
    },
)


class ReplyOutcome(Labelled):
    """答复 / 信访处理意见书: what the reply decides."""

    SUPPORT = "support"
    EXPLAIN = "explain"
    REJECT = "reject"


set_labels(ReplyOutcome, {"support": "予以支持", "explain": "解释说明", "reject": "不予支持"})


class LegalProcedure(Labelled):
    """导入法定途径: the legal procedure a 申诉求决 matter is routed into."""

    LITIGATION = "litigation"
    ARBITRATION = "arbitration"
    ADMIN_RECONSIDERATION = "admin_reconsideration"
    ADMIN_RULING = "admin_ruling"
    ADMIN_CONFIRMATION = "admin_confirmation"
    ADMIN_LICENSING = "admin_licensing"
    ADMIN_PENALTY = "admin_penalty"
    OTHER = "other"


set_labels(
    LegalProcedure,
    {
        "litigation": "诉讼",
        "arbitration": "仲裁",
        "admin_reconsideration": "行政复议",
        "admin_ruling": "行政裁决",
        "admin_confirmation": "行政确认",
        "admin_licensing": "行政许可",
        "admin_penalty": "行政处罚",
        "other": "其他法定途径",
    },
)


class Satisfaction(Labelled):
    """满意度评价."""

    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"
    NOT_EVALUATED = "not_evaluated"


set_labels(
    Satisfaction,
    {
        "satisfied": "满意",
        "basically_satisfied": "基本满意",
        "dissatisfied": "不满意",
        "not_evaluated": "未评价",
    },
)


class DeliveryMethod(Labelled):
    """送达方式."""

    IN_PERSON = "in_person"
    POST = "post"
    OTHER = "other"


set_labels(DeliveryMethod, {"in_person": "当面送达", "post": "邮寄送达", "other": "其他方式"})


class PetitionerRole(Labelled):
    """A petitioner's part in a case."""

    PRINCIPAL = "principal"
    CO_PETITIONER = "co_petitioner"
    REPRESENTATIVE = "representative"


set_labels(PetitionerRole, {"principal": "主访人", "co_petitioner": "共同信访人", "representative": "代表"})


class Sex(Labelled):
    MALE = "male"
    FEMALE = "female"


set_labels(Sex, {"male": "男", "female": "女"})


class OfficeLevel(Labelled):
    COUNTY = "county"
    TOWNSHIP = "township"
    DEPARTMENT = "department"


set_labels(OfficeLevel, {"county": "县级", "township": "乡镇", "department": "部门"})


class RegionKind(Labelled):
    TOWNSHIP = "township"
    VILLAGE = "village"


set_labels(RegionKind, {"township": "乡镇（街道）", "village": "村（社区）"})


class CaseState(Labelled):
    """The state of a matter's root case (DOMAIN.md, "The procedure as states")."""

    REGISTERED = "registered"
    FORWARDED = "forwarded"
    HANDLING = "handling"
    REPLIED = "replied"
    DELIVERED = "delivered"
    REVIEWING = "reviewing"
    REVIEW_DELIVERED = "review_delivered"
    RECHECKING = "rechecking"
    COMPLETED = "completed"
    ENDED = "ended"
    DIVERTED = "diverted"
    TERMINATED = "terminated"
    VOID = "void"


set_labels(
    CaseState,
    {
        "registered": "已登记",
        "forwarded": "已转交",
        "handling": "办理中",
        "replied": "已答复",
        "delivered": "已送达",
        "reviewing": "复查中",
        "review_delivered": "已送达(复查)",
        "rechecking": "复核中",
        "completed": "已办结",
        "ended": "已结束",
        "diverted": "已导入",
        "terminated": "已终结",
        "void": "已作废",
    },
)

#: States in which a matter counts as closed for `fazhi stats` (办结, 已结束 or 已终结).
CLOSED_STATES = frozenset({CaseState.COMPLETED, CaseState.ENDED, CaseState.TERMINATED})
#: States with no further handling: open matters are all the others.
FINAL_STATES = CLOSED_STATES | {CaseState.DIVERTED, CaseState.VOID}


class StepKind(Labelled):
    """What happened to a case: the timeline's vocabulary."""

    REGISTER = "register"
    ACCEPT = "accept"
    REJECT = "reject"
    FORWARD = "forward"
    ASSIGN = "assign"
    SIGN_FOR = "sign_for"
    RETURN = "return"
    INFORM = "inform"
    EXTEND = "extend"
    DIVERT = "divert"
    MEDIATE = "mediate"
    WITHDRAW = "withdraw"
    VOID = "void"
    REPLY = "reply"
    DELIVER = "deliver"
    EVALUATE = "evaluate"
    REVIEW_REQUEST = "review_request"
    REVIEW_DECISION = "review_decision"
    RECHECK_REQUEST = "recheck_request"
    RECHECK_DECISION = "recheck_decision"
    SUPERVISE = "supervise"
    ASSESS = "assess"
    LEADER_OWN = "leader_own"
    COMPLETE = "complete"
    REPORT_UP = "report_up"
    TERMINATE = "terminate"
    TERMINATION_FILING = "termination_filing"
    CORRECT = "correct"
    LINK_REPEAT = "link_repeat"


set_labels(
    StepKind,
    {
        "register": "登记",
        "accept": "受理",
        "reject": "不予受理",
        "forward": "转送",
        "assign": "交办",
        "sign_for": "签收",
        "return": "退回",
        "inform": "告知",
        "extend": "延期",
        "divert": "导入法定途径",
        "mediate": "调解协议",
        "withdraw": "撤回",
        "void": "作废",
        "reply": "答复",
        "deliver": "送达",
        "evaluate": "评价",
        "review_request": "复查请求",
        "review_decision": "复查意见",
        "recheck_request": "复核请求",
        "recheck_decision": "复核意见",
        "supervise": "督办",
        "assess": "研判",
        "leader_own": "领导包案",
        "complete": "办结",
        "report_up": "办结报告",
        "terminate": "终结",
        "termination_filing": "三级终结备案",
        "correct": "更正",
        "link_repeat": "关联重复件",
    },
)


class Tier(Labelled):
    """红黄绿三色管理."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


set_labels(Tier, {"red": "红", "yellow": "黄", "green": "绿"})


class Role(Labelled):
    """What a user may do (the permissions of each: domain/actors.py)."""

    ADMIN = "admin"
    AUDITOR = "auditor"
    LEADER = "leader"
    CLERK = "clerk"
    HANDLER = "handler"
    TOWNSHIP = "township"
    VIEWER = "viewer"


set_labels(
    Role,
    {
        "admin": "管理员",
        "auditor": "审计员",
        "leader": "领导",
        "clerk": "登记员",
        "handler": "办理员",
        "township": "乡镇用户",
        "viewer": "只读",
    },
)


class ReviewOutcome(Labelled):
    """复查意见 / 复核意见: what the higher level decides about the earlier answer."""

    UPHOLD = "uphold"
    CHANGE = "change"
    REVOKE = "revoke"


set_labels(
    ReviewOutcome, {"uphold": "维持原处理意见", "change": "变更原处理意见", "revoke": "撤销并责令重新办理"}
)


class DeadlineKind(Labelled):
    """Which obligation of the statutory clock a deadline belongs to."""

    ROUTE = "route"
    INFORM = "inform"
    UNIT = "unit"
    HANDLING = "handling"
    REVIEW_DECISION = "review_decision"
    RECHECK_DECISION = "recheck_decision"
    UPPER = "upper"


set_labels(
    DeadlineKind,
    {
        "route": "受理转交期限",
        "inform": "告知期限",
        "unit": "交办期限",
        "handling": "办理期限",
        "review_decision": "复查期限",
        "recheck_decision": "复核期限",
        "upper": "上级期限",
    },
)


class DeadlineState(Labelled):
    """The deadline state shown on its own, beside the tier."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TIME = "on_time"
    NONE = "none"


set_labels(
    DeadlineState, {"overdue": "已超期", "due_soon": "即将到期", "on_time": "未到期", "none": "无期限"}
)
