"""Keywords kept with directory entries, so that a clerk finds 劳动报酬 by typing 工资 or 欠薪.

The template below goes with the default 内容分类 (domain/categories.py): a new database gets it
with the categories, and migration 0017 gives it to the categories of an older one that bear these
names. An administrator edits the keywords in 设置 afterwards; they are data, like the names.
"""

from __future__ import annotations

import re

#: 内容分类 name → the words a clerk is likely to type for it.
CATEGORY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "城市建设": ("市政", "路灯", "排水", "拆迁"),
    "住房保障": ("廉租房", "公租房", "保障房", "危房改造"),
    "物业管理": ("物业", "电梯", "小区", "业委会", "物业费"),
    "房屋征收": ("征收", "拆迁", "补偿", "安置"),
    "村镇建设": ("宅基地", "建房", "自建房"),
    "工程质量": ("漏水", "开裂", "质量"),
    "劳动报酬": ("工资", "欠薪", "讨薪", "农民工", "拖欠", "工钱"),
    "社会保险": ("社保", "养老保险", "医保", "工伤", "失业金"),
    "劳动关系": ("劳动合同", "辞退", "解雇", "加班"),
    "就业培训": ("就业", "培训", "招工"),
    "土地征收": ("征地", "补偿款", "安置费"),
    "土地权属": ("土地纠纷", "确权", "界址"),
    "林业草原": ("林地", "山林", "砍伐"),
    "土地承包": ("承包地", "流转", "承包合同"),
    "农村集体资产": ("集体资产", "村财", "分红"),
    "惠农补贴": ("补贴", "低保", "粮补"),
    "农田水利": ("水利", "灌溉", "水渠"),
    "公安": ("派出所", "警察", "治安", "报警"),
    "法院": ("判决", "执行", "诉讼"),
    "违纪违法": ("贪污", "受贿", "腐败"),
    "作风问题": ("不作为", "态度", "吃拿卡要"),
    "社会救助": ("低保", "救助", "困难"),
    "养老服务": ("养老院", "敬老院", "老人"),
    "安全生产": ("安全隐患", "事故"),
    "医疗纠纷": ("医疗事故", "医院", "医生"),
    "医疗保障": ("医保", "报销"),
    "学校管理": ("学校", "老师", "学生"),
    "教师待遇": ("教师工资", "代课"),
    "招生入学": ("入学", "学位", "招生"),
    "消费维权": ("消费", "退款", "假货", "投诉商家"),
    "食品药品安全": ("食品", "药品", "过期"),
    "环境污染": ("污染", "排污", "臭味", "废水", "废气"),
    "噪声扰民": ("噪音", "噪声", "扰民"),
    "道路建设": ("修路", "道路", "公路"),
    "客货运输": ("出租车", "公交", "客运"),
    "金融借贷": ("借贷", "集资", "非法集资", "贷款"),
    "优抚安置": ("优抚", "军属"),
    "退役待遇": ("退伍", "老兵", "退役"),
}

#: Keywords as stored: one string of words, single spaces between them.
MAX_KEYWORDS_LENGTH = 400

_SEPARATORS = re.compile(r"[\s,，、;；/]+")


def keyword_text(words: str | tuple[str, ...] | list[str]) -> str:
    """The stored form of keywords typed with any usual separator (spaces, 、 ， ；)."""
    parts = _SEPARATORS.split(words) if isinstance(words, str) else list(words)
    seen: list[str] = []
    for word in (p.strip() for p in parts):
        if word and word not in seen:
            seen.append(word)
    return " ".join(seen)


def search_words(text: str) -> list[str]:
    """The words of what a clerk typed into a look-up (any separator splits them)."""
    return [w for w in _SEPARATORS.split(text.strip()) if w]
