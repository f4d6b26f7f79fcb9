"""The default wording of every printed document (文书模板的默认内容) and the placeholders it may use.

Body fields hold one paragraph per line; a line that starts like 一、 or （一） prints as a heading. A
line that is empty once its placeholders are filled (an opinion nobody wrote down) is left out.
Rules of 《信访工作条例》 are quoted in words, with the article where DOMAIN.md gives it (arts. 34-36,
the constants of domain/procedure_rules.py); the others are quoted in words only until checked. The
复查 and 复核 organs are named as articles 35 and 36 (2022) name them: the 上一级机关、单位 (not the
older 上一级行政机关). A report to the higher level (办结报告) names it, never "你单位" (that is for units
below).
"""

from __future__ import annotations

from fazhi_desktop.domain.procedure_rules import ART_HANDLING, ART_RECHECK, ART_REVIEW

#: Placeholders every case document may use.
CASE_PLACEHOLDERS = (
    "信访人",
    "信访件编号",
    "登记日期",
    "信访形式",
    "摘要",
    "问题属地",
    "内容分类",
    "受理日期",
    "责任单位",
    "本机关",
    "联系电话",
    "联系人",
    "地址",
    "受理期限",
    "告知期限",
    "办理期限",
    "延期上限",
    "复查请求期限",
    "复核请求期限",
    "复查机关",
    "复核机关",
    "上级机关",
    "打印日期",
)
#: Placeholders only some documents have.
KIND_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "reject": ("不予受理理由", "依据"),
    "extension": ("延期天数", "延期理由", "批准人", "原办理期限", "延期后期限"),
    "reply": ("处理意见", "答复结论", "答复日期", "文号"),
    "review": ("原处理机关", "答复日期", "原文号", "复查请求日期", "复查意见", "复查结论"),
    "recheck": ("复核请求日期", "复核意见", "复核结论"),
    "forward": ("转交日期", "交办期限"),
    "supervise": ("转交日期", "转交方式", "办理情况", "督办内容", "反馈期限"),
    "urge": ("转交日期", "转交方式", "办理情况", "反馈期限"),
    "delivery": ("送达文书",),
    "completion": ("上级来源", "上级件号", "上级期限", "办理经过", "办理结果", "信访人意见"),
}

KIND_LABELS = {
    "office": "本机关信息",
    "receipt": "登记回执",
    "case": "信访事项登记处理单",
    "accept": "受理告知书",
    "reject": "不予受理告知书",
    "extension": "延期告知书",
    "reply": "信访处理意见书",
    "review": "复查意见书",
    "recheck": "复核意见书",
    "forward": "转送/交办单",
    "supervise": "督办单",
    "urge": "催办单",
    "delivery": "送达回证",
    "completion": "办结报告",
}

FIELD_LABELS = {
    "name": "单位名称（空：用本单位名称）",
    "short": "文号机关代字（空：取单位名称首字加“信”）",
    "address": "地址",
    "postcode": "邮政编码",
    "phone": "联系电话",
    "contact": "联系人",
    "seal": "印章处文字",
    "review_organ": "复查机关",
    "recheck_organ": "复核机关",
    "upper_organ": "上级机关（办结报告的主送机关）",
    "title": "标题",
    "title_assign": "标题（交办）",
    "code": "文号代字",
    "code_assign": "文号代字（交办）",
    "recipient": "主送（称呼）",
    "body": "正文（每行一段）",
    "body_assign": "正文（交办，每行一段）",
    "closing": "结束语",
    "rule_no_more": "依据：复核终结后不再受理",
    "rule_cross_level": "依据：越级走访",
    "rule_repeat": "依据：办理期限内向上级重复提出",
    "rule_general": "依据：其他情形",
    "feedback_days": "反馈期限（日）",
    "sign_rows": "签批栏（每行一栏）",
    "stub_note": "存根说明",
    "note": "备注",
}

_RECEIPT_BODY = (
    "你（们）于{登记日期}以{信访形式}形式反映的“{摘要}”问题，本机关已登记，信访件编号为{信访件编号}。"
    "本机关将自收到之日起{受理期限}日内决定是否受理，或者转送、交办有权处理的机关、单位，并告知你（们）。\n"
    "请妥善保管本回执，凭信访件编号查询办理情况。查询电话：{联系电话}。"
)

DEFAULTS: dict[str, dict[str, str]] = {
    "office": {
        "name": "",
        "short": "",
        "address": "",
        "postcode": "",
        "phone": "",
        "contact": "",
        "seal": "（印章）",
        "review_organ": "本机关的上一级机关、单位",
        "recheck_organ": "复查机关、单位的上一级机关、单位",
        "upper_organ": "上级信访部门",
    },
    "receipt": {
        "title": "信访事项登记回执",
        "recipient": "{信访人}",
        "body": _RECEIPT_BODY,
        "stub_note": "存根（本机关留存）",
    },
    "case": {
        "title": "信访事项登记处理单",
        "sign_rows": "拟办意见\n领导批示\n办理结果",
    },
    "accept": {
        "title": "信访事项受理告知书",
        "code": "受告",
        "recipient": "{信访人}",
        "body": (
            "你（们）于{登记日期}以{信访形式}形式反映的“{摘要}”问题（信访件编号：{信访件编号}），"
            "本机关已于{受理日期}依法受理。\n"
            f"根据{ART_HANDLING}规定，本机关将自受理之日起{{办理期限}}日内办结，并出具书面处理意见；"
            "情况复杂的，经本机关负责人批准，可以适当延长办理期限，但延长期限不超过{延期上限}日，"
            "并将延期理由告知你（们）。\n"
            "办理期间，请你（们）依法、有序反映诉求，如实提供有关材料，配合调查核实。"
        ),
        "closing": "特此告知。",
    },
    "reject": {
        "title": "信访事项不予受理告知书",
        "code": "不受告",
        "recipient": "{信访人}",
        "body": (
            "你（们）于{登记日期}以{信访形式}形式反映的“{摘要}”问题（信访件编号：{信访件编号}），"
            "经审查，{不予受理理由}。\n"
            "{依据}本机关决定不予受理。\n"
            "如你（们）反映的问题属于其他机关、单位的职责范围，请依法向有权处理的机关、单位提出。"
        ),
        "closing": "特此告知。",
        "rule_no_more": (
            f"依照{ART_RECHECK}规定，信访人对复核意见不服，仍然以同一事实和理由提出信访事项的，"
            "不再受理。据此，"
        ),
        "rule_cross_level": (
            "依照《信访工作条例》规定，信访人采用走访形式提出信访事项的，应当到依法有权处理的本级或者"
            "上一级机关、单位设立或者指定的接待场所提出。据此，"
        ),
        "rule_repeat": (
            "依照《信访工作条例》规定，信访事项已经受理或者正在办理的，信访人在规定期限内向受理、"
            "办理机关、单位的上级机关、单位又提出同一信访事项的，不予受理。据此，"
        ),
        "rule_general": "依照《信访工作条例》有关规定，",
    },
    "extension": {
        "title": "信访事项延期办理告知书",
        "code": "延告",
        "recipient": "{信访人}",
        "body": (
            "你（们）于{登记日期}反映的“{摘要}”问题（信访件编号：{信访件编号}），本机关已于{受理日期}受理，"
            "原定于{原办理期限}前办结。\n"
            f"因{{延期理由}}，依照{ART_HANDLING}规定，经本机关负责人批准，办理期限延长{{延期天数}}日，"
            "至{延期后期限}。"
            "本机关将在延长的期限内办结，并书面答复你（们）。"
        ),
        "closing": "特此告知。",
    },
    "reply": {
        "title": "信访事项处理意见书",
        "code": "处意",
        "recipient": "{信访人}",
        "body": (
            "你（们）于{登记日期}以{信访形式}形式反映的“{摘要}”问题（信访件编号：{信访件编号}），"
            "本机关已于{受理日期}受理。现将处理意见答复如下：\n"
            "{处理意见}\n"
            "处理结论：{答复结论}。\n"
            f"如对本处理意见不服，依照{ART_REVIEW}规定，你（们）可以自收到本意见书之日起{{复查请求期限}}日内，"
            "向{复查机关}书面提出复查请求。"
        ),
        "closing": "",
    },
    "review": {
        "title": "信访事项复查意见书",
        "code": "复查",
        "recipient": "{信访人}",
        "body": (
            "你（们）不服{原处理机关}于{答复日期}作出的信访事项处理意见（{原文号}），"
            "于{复查请求日期}提出复查请求（信访件编号：{信访件编号}）。本机关依法进行了复查，现提出复查意见如下：\n"
            "{复查意见}\n"
            "复查结论：{复查结论}。\n"
            f"如对本复查意见不服，依照{ART_RECHECK}规定，你（们）可以自收到本意见书之日起{{复核请求期限}}日内，"
            "向{复核机关}书面提出复核请求。"
        ),
        "closing": "",
    },
    "recheck": {
        "title": "信访事项复核意见书",
        "code": "复核",
        "recipient": "{信访人}",
        "body": (
            "你（们）不服复查意见，于{复核请求日期}提出复核请求（信访件编号：{信访件编号}）。本机关依法进行了复核，现提出复核意见如下：\n"
            "{复核意见}\n"
            "复核结论：{复核结论}。\n"
            f"本复核意见为最终意见。依照{ART_RECHECK}规定，你（们）对复核意见不服，仍然以同一事实和理由提出信访事项的，"
            "各级机关、单位不再受理。"
        ),
        "closing": "",
    },
    "forward": {
        "title": "信访事项转送单",
        "title_assign": "信访事项交办单",
        "code": "转",
        "code_assign": "交",
        "recipient": "{责任单位}",
        "body": (
            "现将{信访人}反映的信访事项转送你单位。请依照《信访工作条例》规定依法处理，"
            "自收到之日起{告知期限}日内告知信访人是否受理，并在规定期限内办结、书面答复信访人。"
        ),
        "body_assign": (
            "现将{信访人}反映的信访事项交办你单位。请依法调查处理，于{交办期限}前将办理结果书面报送本机关；"
            "不属于你单位职责范围的，请自收到之日起五个工作日内提出异议并说明理由。"
        ),
    },
    "supervise": {
        "title": "信访事项督办单",
        "code": "督",
        "recipient": "{责任单位}",
        "body": (
            "{信访人}反映的“{摘要}”问题（信访件编号：{信访件编号}），本机关已于{转交日期}{转交方式}你单位办理。"
            "{办理情况}\n"
            "{督办内容}\n"
            "请你单位高度重视，于{反馈期限}前将办理情况书面报送本机关。"
        ),
        "feedback_days": "5",
    },
    "urge": {
        "title": "信访事项催办单",
        "code": "催",
        "recipient": "{责任单位}",
        "body": (
            "{信访人}反映的“{摘要}”问题（信访件编号：{信访件编号}），本机关已于{转交日期}{转交方式}你单位办理。"
            "{办理情况}\n"
            "请你单位抓紧办理，于{反馈期限}前将办理情况书面报送本机关；逾期未办结的，将予以督办并通报。"
        ),
        "feedback_days": "3",
    },
    "delivery": {
        "title": "送达回证",
        "note": (
            "受送达人拒绝签收的，送达人应当在本回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，"
            "将文书留在受送达人住所，即视为送达。"
        ),
    },
    "completion": {
        "title": "关于{上级件号}信访事项办理情况的报告",
        "code": "报",
        "recipient": "{上级机关}",
        "body": (
            "{上级机关}{上级来源}的信访事项（上级件号：{上级件号}，本机关编号：{信访件编号}）收悉。"
            "{信访人}反映“{摘要}”问题，本机关于{登记日期}登记后依法办理。现将办理情况报告如下：\n"
            "一、办理经过\n"
            "{办理经过}\n"
            "二、办理结果\n"
            "{办理结果}\n"
            "三、信访人意见\n"
            "{信访人意见}"
        ),
        "closing": "特此报告。",
    },
}
