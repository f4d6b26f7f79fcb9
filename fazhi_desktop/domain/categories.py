"""Seeds of the code tables an administrator edits: 内容分类 (a hierarchy) and 信访目的.

Only the defaults live here; the tables themselves are data in the database.
"""

from __future__ import annotations

from typing import NamedTuple


class CodeEntry(NamedTuple):
    code: str
    name: str
    parent: str | None = None


def _tree(top: list[tuple[str, str, list[str]]]) -> tuple[CodeEntry, ...]:
    entries: list[CodeEntry] = []
    for code, name, children in top:
        entries.append(CodeEntry(code, name))
        entries.extend(CodeEntry(f"{code}{i:02d}", child, code) for i, child in enumerate(children, 1))
    return tuple(entries)


#: 内容分类: the top level of DOMAIN.md with the usual second level beneath.
DEFAULT_CATEGORIES = _tree(
    [
        ("01", "城乡建设", ["城市建设", "住房保障", "物业管理", "房屋征收", "村镇建设", "工程质量"]),
        ("02", "劳动和社会保障", ["劳动报酬", "社会保险", "劳动关系", "就业培训"]),
        ("03", "自然资源", ["土地征收", "土地权属", "矿产资源", "林业草原"]),
        ("04", "农业农村", ["土地承包", "农村集体资产", "惠农补贴", "农田水利"]),
        ("05", "政法", ["公安", "法院", "检察", "司法行政"]),
        ("06", "纪检监察", ["违纪违法", "作风问题"]),
        ("07", "组织人事", ["干部任用", "人事待遇"]),
        ("08", "民政与应急", ["社会救助", "养老服务", "安全生产", "应急管理"]),
        ("09", "卫生健康", ["医疗纠纷", "医疗保障", "计划生育"]),
        ("10", "教育", ["学校管理", "教师待遇", "招生入学"]),
        ("11", "市场监管", ["消费维权", "食品药品安全", "价格监管"]),
        ("12", "生态环境", ["环境污染", "噪声扰民"]),
        ("13", "交通运输", ["道路建设", "客货运输"]),
        ("14", "经济管理", ["企业改制", "金融借贷", "涉农资金"]),
        ("15", "党务政务", ["政务公开", "营商环境"]),
        ("16", "退役军人事务", ["优抚安置", "退役待遇"]),
        ("17", "军队事务", []),
        ("99", "其他", []),
    ]
)

#: 信访目的.
DEFAULT_PURPOSES = (
    CodeEntry("seek", "求决"),
    CodeEntry("appeal", "申诉"),
    CodeEntry("accuse", "检举控告"),
    CodeEntry("suggest", "建议意见"),
    CodeEntry("consult", "咨询"),
    CodeEntry("other", "其他"),
)
