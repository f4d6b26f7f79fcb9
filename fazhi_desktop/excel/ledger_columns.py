"""The columns of a case ledger (信访台账) as offices and the national online-petition system name them.

Each field of an imported case has the header texts that mean it; headers are compared after
`reading.normalise_header` (NFKC, no blanks or line breaks, no unit in brackets). 序号 is read only
to be recognised as a header: it is a row counter, never an identity. The headers the ledger export
writes are among them, so an exported ledger imports back.
"""

from __future__ import annotations

from collections.abc import Sequence

from fazhi_desktop.excel.reading import normalise_header

#: Field → the header texts that mean it (the first is the name shown in the mapping wizard).
LEDGER_COLUMNS: dict[str, tuple[str, ...]] = {
    "serial": ("序号",),
    "number": ("信访件编号", "编号", "件号", "信访编号", "登记编号", "网上信访编号"),
    "upper_number": ("上级件号", "上级编号", "交办件号", "转送件号"),
    "registered_on": (
        "登记日期",
        "来访日期",
        "来信日期",
        "信访日期",
        "日期",
        "时间",
        "登记时间",
        "来访时间",
        "信访时间",
    ),
    "received_on": ("收信日期", "收件日期"),
    "channel": ("信访形式", "形式", "方式", "信访方式", "信访渠道", "渠道"),
    "source": ("来源", "信访来源", "件来源"),
    "name": ("信访人", "姓名", "来访人", "来信人", "反映人", "信访人姓名", "主访人", "信访人（代表）"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式"),
    "co_petitioners": ("共同信访人", "其他信访人", "同行人员"),
    "address": ("住址", "地址", "家庭住址", "现住址", "户籍地址", "通讯地址"),
    "head_count": ("人数", "来访人数", "信访人数"),
    "region": ("问题属地", "属地", "所属乡镇", "乡镇", "乡镇（街道）", "所属地"),
    "category": ("内容分类", "问题类别", "类别", "问题类型", "问题分类", "内容类别"),
    "purpose": ("信访目的", "目的", "诉求类型"),
    "nature": ("性质", "信访性质", "问题性质"),
    "summary": (
        "主要诉求",
        "诉求",
        "反映问题",
        "事项摘要",
        "信访事由",
        "内容",
        "问题摘要",
        "概况信息",
        "主要内容",
        "信访内容",
        "反映内容",
        "摘要",
    ),
    "repeat_of": ("原信访件编号", "首次信访件编号", "原件编号", "重复件原编号"),
    "route_kind": ("转交方式", "转办方式", "办理方式"),
    "routed_on": ("转交日期", "转送日期", "交办日期", "转办日期"),
    "unit": ("责任单位", "承办单位", "交办单位", "办理单位", "转交单位"),
    "returned_on": ("退回日期", "退回时间"),
    "accepted_on": ("受理日期", "受理时间"),
    "signed_on": ("签收日期", "签收时间"),
    "extension_days": ("延期天数", "延期日数", "延长天数"),
    "answered_on": ("答复日期", "答复时间", "出具意见日期"),
    "result": ("办理结果", "答复意见", "处理结果", "办理情况", "处理意见"),
    "delivered_on": ("送达日期", "送达时间"),
    "satisfaction": ("满意度", "评价", "评价结果", "满意度评价", "群众评价"),
    "review_asked_on": ("复查申请日期", "申请复查日期"),
    "reviewed_on": ("复查意见日期", "复查意见书日期", "复查日期"),
    "recheck_asked_on": ("复核申请日期", "申请复核日期"),
    "leader_on": ("包案日期", "领导包案日期"),
    "state": ("办理状态", "当前状态", "状态"),
    "closed_on": ("办结日期", "办结时间", "办结日"),
    "filed_on": ("终结备案日期", "三级终结备案日期", "终结备案时间"),
    "notes": ("备注",),
}

#: Fields in the order the wizard lists them, with the label it shows.
FIELD_LABELS: dict[str, str] = {field: names[0] for field, names in LEDGER_COLUMNS.items()}


def known_headers() -> dict[str, str]:
    """Normalised header → field."""
    known: dict[str, str] = {}
    for field, names in LEDGER_COLUMNS.items():
        for name in names:
            known.setdefault(normalise_header(name), field)
    return known


def signature(headers: Sequence[object]) -> str:
    """A header row's identity for remembering a mapping: its normalised non-blank texts, joined."""
    return "|".join(h for h in (normalise_header(cell) for cell in headers) if h)
