"""Made-up but believable content for `fazhi demo`: a fictional 蓝山县 and its petitions.

Everything here is invented: townships, villages, roads, estates and companies are plausible names
only, companies and persons complained about are always anonymised ("某…"), and no summary or content
ever carries a person's name. Pure data and `random`: no I/O, deterministic for a given
`random.Random`, and cheap enough to draw 100,000 records in well under a second per function.
"""

from __future__ import annotations

import datetime
import random
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "CATEGORY_WEIGHTS",
    "COUNTY_CODE",
    "COUNTY_NAME",
    "COUNTY_OFFICE_NAME",
    "TOWNSHIPS",
    "UNITS",
    "Township",
    "accused",
    "address",
    "birth_date",
    "higher_number",
    "leader",
    "person",
    "phone",
    "summary_and_content",
]

COUNTY_NAME = "蓝山县"
COUNTY_CODE = "431127"
COUNTY_OFFICE_NAME = "蓝山县信访局"


@dataclass(frozen=True)
class Township:
    """A township (镇/乡) of the demo county; `weight` is its relative share of petitions."""

    code: str
    name: str
    villages: tuple[str, ...]
    weight: float


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: The county seat (塔峰镇) comes first and carries the largest weight.
TOWNSHIPS: tuple[Township, ...] = (
    Township(
        "431127100",
        "塔峰镇",
        _words(
            "古城社区 城东社区 城南社区 舜水社区 钟水社区 龙泉社区 南平社区 塔下社区 "
            "五里坪村 西山村 大洞村 虎溪村 城西村 石门头村 洪塘村"
        ),
        24.0,
    ),
    Township(
        "431127101",
        "总市镇",
        _words("总市社区 新桥村 凌江村 下坊村 石塘村 高家村 平田村 黄家洞村 竹园村"),
        8.0,
    ),
    Township(
        "431127102",
        "祠堂圩镇",
        _words("祠堂圩社区 虎溪岭村 上洞村 大桥村 新屋村 毛家村 岭脚村 石桥头村"),
        7.0,
    ),
    Township(
        "431127103",
        "新圩镇",
        _words("新圩社区 板塘村 龙口村 雷家村 石羊村 燕子山村 田心村 大塘村 桥头村 上村"),
        8.0,
    ),
    Township("431127104", "楠市镇", _words("楠市社区 新华村 车头村 楠木村 舜峰村 江边村 塘下村"), 6.0),
    Township(
        "431127105", "所城镇", _words("所城社区 古城村 城头村 新车村 岭背村 田尾村 黄泥塘村 马鞍村"), 7.0
    ),
    Township("431127106", "土市镇", _words("土市社区 廖家村 洪家村 塘背村 蒋家村 和平村 大坪村"), 6.0),
    Township(
        "431127107", "太平圩镇", _words("太平圩社区 太平村 车田村 大源村 石鼓村 莲塘村 长冲村 高桥村"), 6.0
    ),
    Township("431127108", "毛俊镇", _words("毛俊社区 毛俊村 乐福村 唐家村 鲁溪村 下湾村 塘口村"), 5.0),
    Township("431127109", "大麻镇", _words("大麻社区 麻江村 上冲村 大坝村 凉山村 新田村"), 4.5),
    Township("431127200", "浆洞瑶族乡", _words("浆洞村 坪源村 黄竹村 小溪村 三江口村 茶园村"), 3.0),
    Township(
        "431127201", "湘江源瑶族乡", _words("湘江源村 野狗岭村 坪头村 桐木村 竹山村 源头村 大坪头村"), 3.0
    ),
    Township("431127202", "汇源瑶族乡", _words("汇源村 大洞口村 牛头村 瑶山村 白竹村 高源村 石板村"), 3.5),
    Township("431127203", "荆竹瑶族乡", _words("荆竹村 龙头村 坪塘村 东冲村 茶坪村 石屋村"), 3.5),
)

#: 责任单位: county departments (township governments are derived from TOWNSHIPS by the caller).
UNITS: tuple[str, ...] = (
    "县人力资源和社会保障局",
    "县住房和城乡建设局",
    "县自然资源局",
    "县农业农村局",
    "县公安局",
    "县教育局",
    "县卫生健康局",
    "县市场监督管理局",
    "县生态环境局",
    "县交通运输局",
    "县民政局",
    "县退役军人事务局",
    "县城市管理和综合执法局",
    "县司法局",
    "县医疗保障局",
    "县水利局",
    "县林业局",
    "县应急管理局",
    "县财政局",
    "县发展和改革局",
    "县工业和信息化局",
    "县商务局",
    "县文化旅游广电体育局",
    "县审计局",
    "县行政审批服务局",
    "县乡村振兴局",
    "县不动产登记中心",
    "县社会保险服务中心",
    "县房屋征收与补偿服务中心",
    "县残疾人联合会",
    "县人民法院",
    "县人民检察院",
)

#: Share of each top-level 内容分类 (codes of domain.categories.DEFAULT_CATEGORIES).
CATEGORY_WEIGHTS: dict[str, float] = {
    "01": 19.0,  # 城乡建设
    "02": 15.0,  # 劳动和社会保障
    "03": 11.0,  # 自然资源
    "04": 12.0,  # 农业农村
    "05": 10.0,  # 政法
    "06": 4.0,  # 纪检监察
    "07": 2.0,  # 组织人事
    "08": 5.5,  # 民政与应急
    "09": 4.0,  # 卫生健康
    "10": 3.5,  # 教育
    "11": 3.0,  # 市场监管
    "12": 3.0,  # 生态环境
    "13": 2.5,  # 交通运输
    "14": 2.0,  # 经济管理
    "15": 1.0,  # 党务政务
    "16": 1.0,  # 退役军人事务
    "17": 0.3,  # 军队事务
    "99": 1.2,  # 其他
}


# --------------------------------------------------------------------------- weighted choice


class _Weighted:
    """A precomputed weighted choice: one `rng.random()` and a bisect per draw."""

    __slots__ = ("_cum", "_last", "_total", "_values")

    def __init__(self, pairs: Sequence[tuple[str, float]]) -> None:
        self._values = tuple(v for v, _ in pairs)
        cum: list[float] = []
        total = 0.0
        for _, w in pairs:
            total += w
            cum.append(total)
        self._cum = tuple(cum)
        self._total = total
        self._last = len(cum) - 1

    def __call__(self, rng: random.Random) -> str:
        return self._values[bisect_right(self._cum, rng.random() * self._total, 0, self._last)]


def _pairs(text: str) -> list[tuple[str, float]]:
    """Parse "王7.1 李7.2 …" (a word followed by its weight) into pairs."""
    pairs: list[tuple[str, float]] = []
    for item in text.split():
        i = len(item)
        while item[i - 1].isdigit() or item[i - 1] == ".":
            i -= 1
        pairs.append((item[:i], float(item[i:])))
    return pairs


# --------------------------------------------------------------------------- persons

# Surnames with their approximate share (per cent) in China, nudged for southern Hunan and the Yao
# townships (盘, 奉, 雷, 唐, 蒋); compound surnames are rare.
_SURNAME = _Weighted(
    _pairs(
        "王7.1 李7.2 张6.8 刘5.4 陈4.5 杨3.1 黄2.4 赵2.3 吴1.8 周1.7 徐1.4 孙1.5 马1.2 朱1.3 胡1.3 "
        "郭1.1 何1.1 林1.1 高1.0 罗1.0 郑0.8 梁0.8 谢0.8 宋0.7 唐0.9 许0.6 韩0.6 冯0.6 邓0.8 曹0.5 "
        "彭0.6 曾0.5 肖0.5 田0.5 董0.4 袁0.4 潘0.4 于0.3 蒋0.6 蔡0.4 余0.4 杜0.4 叶0.4 程0.4 苏0.3 "
        "魏0.3 吕0.3 丁0.3 任0.3 沈0.3 姚0.3 卢0.3 姜0.3 崔0.2 钟0.3 谭0.4 陆0.2 汪0.2 范0.2 金0.2 "
        "石0.3 廖0.3 贾0.2 夏0.2 韦0.2 付0.2 方0.2 白0.2 邹0.3 孟0.2 熊0.2 秦0.2 邱0.2 江0.2 尹0.2 "
        "薛0.1 段0.1 雷0.3 侯0.1 龙0.2 史0.1 陶0.1 黎0.2 贺0.2 顾0.1 毛0.1 郝0.1 龚0.1 邵0.1 万0.1 "
        "钱0.1 严0.1 覃0.1 武0.1 戴0.1 莫0.1 孔0.1 向0.1 汤0.1 盘0.2 奉0.1 欧0.05 "
        "欧阳0.06 司马0.005 上官0.005 诸葛0.003 司徒0.004"
    )
)

_MALE_DOUBLE = _words(
    "建国 建军 建华 建平 建伟 建新 国强 国华 国平 国庆 国栋 志强 志刚 志明 志勇 志华 志坚 志鹏 "
    "海涛 海波 海军 海峰 文华 文斌 文军 文杰 文辉 德明 德华 德胜 德清 光明 光辉 永强 永刚 永华 永福 "
    "红军 卫东 卫国 卫民 向东 向阳 解放 胜利 爱国 爱民 新民 新华 新平 跃进 金生 长生 福生 春生 水生 "
    "有才 有福 玉林 云龙 学军 学文 晓东 晓明 晓峰 小龙 小军 小平 小华 俊杰 俊峰 明辉 立新 立军 立平 "
    "庆华 庆林 兴旺 家明 振华 振国 振兴 世平 世明 少华 绍华 贵生 贵平 桂生 正华 正明 利民 "
    "满生 松林 石生 运生 成林 荣华 伟民 伟强 伟华 勇军 明亮 宏伟 鹏飞 家乐 文博 泽宇 浩然 宇航 "
    "子健 天明 帅 志远 锦华 秋生 冬生 生华 树林 德贵 仁贵 安平 "
)
_MALE_SINGLE = _words(
    "伟 勇 军 明 强 磊 涛 斌 超 杰 鹏 浩 波 辉 刚 健 平 峰 林 海 亮 凯 宇 俊 华 东 锋 成 宏 毅 "
    "鑫 旭 松 兵 剑 军 江 龙 "
)
_FEMALE_DOUBLE = _words(
    "秀英 桂英 秀兰 玉兰 桂兰 秀珍 玉珍 凤英 翠兰 淑珍 玉梅 秀梅 冬梅 红梅 腊梅 春梅 桂芳 秀华 丽华 "
    "美华 月娥 金凤 玉凤 凤兰 菊英 桂香 秀云 素珍 爱华 爱莲 春花 春燕 小燕 海燕 丽娟 丽萍 丽红 红英 "
    "红霞 彩霞 晓红 晓燕 晓丽 晓梅 晓霞 小红 小英 小芳 艳红 艳萍 艳玲 丽君 丽娜 美玲 美娟 春兰 秋菊 "
    "雪梅 雪莲 婷婷 丹丹 文静 海霞 金花 银花 月英 满英 莲英 三妹 满妹 冬英 桂花 建英 建华 卫红 "
    "秀娥 淑英 玉华 慧敏 静怡 雨婷 梦婷 思琪 佳琪 欣怡 晓琳 美琴 玉珠 巧云 巧玲 春莲 "
)
_FEMALE_SINGLE = _words(
    "芳 丽 艳 敏 静 燕 霞 娟 红 萍 玲 英 华 慧 琳 婷 洁 莉 倩 雪 颖 佳 琴 梅 兰 芬 莹 娜 "
)


def person(rng: random.Random) -> tuple[str, str]:
    """A realistic full name and its sex ("male" / "female")."""
    surname = _SURNAME(rng)
    if rng.random() < 0.56:
        given = rng.choice(_MALE_SINGLE) if rng.random() < 0.22 else rng.choice(_MALE_DOUBLE)
        return surname + given, "male"
    given = rng.choice(_FEMALE_SINGLE) if rng.random() < 0.2 else rng.choice(_FEMALE_DOUBLE)
    return surname + given, "female"


_BORN_FIRST = datetime.date(1940, 1, 1).toordinal()
_BORN_LAST = datetime.date(2005, 12, 31).toordinal()
_BORN_CORE_FIRST = datetime.date(1955, 1, 1).toordinal()
_BORN_CORE_LAST = datetime.date(1985, 12, 31).toordinal()


def birth_date(rng: random.Random) -> datetime.date:
    """A date of birth in 1940–2005, about three quarters of them in 1955–1985."""
    if rng.random() < 0.72:
        first, last = _BORN_CORE_FIRST, _BORN_CORE_LAST
    else:
        first, last = _BORN_FIRST, _BORN_LAST
    return datetime.date.fromordinal(first + int(rng.random() * (last - first + 1)))


# Three-digit prefixes, each followed by its weight: "1304" is 130 with weight 4.
_PHONE_PREFIX = _Weighted(
    [
        (item[:3], float(item[3:]))
        for item in _words(
            "1304 1314 1324 1334 1343 1354 1364 1374 1383 1393 1474 "
            "1503 1513 1523 1533 1553 1563 1573 1583 1593 1661 "
            "1702 1732 1762 1773 1782 1803 1812 1822 1833 1842 1853 1863 1873 1883 1893 "
            "1912 1931 1951 1981 1992"
        )
    ]
)


def phone(rng: random.Random) -> str:
    """An 11-digit mainland mobile number with a real prefix."""
    return f"{_PHONE_PREFIX(rng)}{rng.randrange(100_000_000):08d}"


# --------------------------------------------------------------------------- places

_COUNTY_ROADS = _words(
    "解放路 人民路 建设路 舜源路 滨河路 新华路 团结路 南平路 塔峰路 龙泉路 城南路 迎宾大道 "
    "工业大道 钟水大道 湘江源路 文明路 和平路 兴业路 振兴路 育才路 五一路 东风路 环城路 西城路 "
)
_TOWN_STREETS = _words("新街 老街 正街 河街 圩场路 建设路 人民路 解放路 新华街 车站路")
_ESTATES = _words(
    "滨江花园 锦绣家园 舜源名苑 翰林华府 阳光新城 金桂苑 龙泉小区 钟水湾小区 学府雅居 紫荆花园 "
    "盛世名都 湘源佳苑 南平小区 富康小区 惠民安置小区 中央华府 书香门第 御景湾 江南明珠 东方丽景 "
    "嘉和苑 城东安置小区 原县纺织厂宿舍区 原县粮食局宿舍区 城南廉租房小区 塔峰新村 舜水名城 "
)


class _Split(NamedTuple):
    cun: tuple[str, ...]  # villages (…村)
    sq: tuple[str, ...]  # communities (…社区)


_SPLITS: dict[Township, _Split] = {}


def _split(township: Township) -> _Split:
    split = _SPLITS.get(township)
    if split is None:
        cun = tuple(v for v in township.villages if not v.endswith("社区")) or township.villages
        sq = tuple(v for v in township.villages if v.endswith("社区")) or township.villages
        split = _SPLITS[township] = _Split(cun or (f"{township.name}村",), sq or (f"{township.name}社区",))
    return split


def _is_seat(township: Township) -> bool:
    return township.code == TOWNSHIPS[0].code


def address(rng: random.Random, township: Township) -> str:
    """A postal address in the township, e.g. 蓝山县新圩镇板塘村3组12号."""
    prefix = COUNTY_NAME + township.name
    split = _split(township)
    if rng.random() < (0.7 if _is_seat(township) else 0.2) and township.villages:
        community = rng.choice(split.sq)
        if _is_seat(township) and rng.random() < 0.35:
            return (
                f"{prefix}{community}{rng.choice(_ESTATES)}{rng.randint(1, 18)}栋"
                f"{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
            )
        streets = _COUNTY_ROADS if _is_seat(township) else _TOWN_STREETS
        return f"{prefix}{community}{rng.choice(streets)}{rng.randint(1, 260)}号"
    village = rng.choice(split.cun)
    return f"{prefix}{village}{rng.randint(1, 12)}组{rng.randint(1, 60)}号"


# --------------------------------------------------------------------------- grievance templates


class _Slots(dict[str, str]):
    """The slot values of one record, drawn lazily so that a slot used twice reads the same."""

    __slots__ = ("rng", "township")

    def __init__(self, rng: random.Random, township: Township) -> None:
        super().__init__()
        self.rng = rng
        self.township = township

    def __missing__(self, key: str) -> str:
        value = _SLOT[key](self)
        self[key] = value
        return value


def _one_of(text: str) -> Callable[[_Slots], str]:
    values = _words(text)
    return lambda s: s.rng.choice(values)


def _int(lo: int, hi: int, step: int = 1) -> Callable[[_Slots], str]:
    return lambda s: str(s.rng.randrange(lo, hi + 1, step))


def _yuan(lo: int, hi: int, step: int) -> Callable[[_Slots], str]:
    """An amount of money in 元 written the way a clerk does: 8600元, 3.65万元, 12万元."""

    def draw(s: _Slots) -> str:
        n = s.rng.randrange(lo, hi + 1, step)
        if n < 10_000:
            return f"{n}元"
        return f"{n / 10_000:.4g}万元"

    return draw


_COMPANY_KINDS = {
    "建筑劳务有限公司": "某劳务公司",
    "建设工程有限公司": "某建筑公司",
    "皮具制品有限公司": "某皮具厂",
    "鞋业有限公司": "某鞋厂",
    "服饰有限公司": "某服装厂",
    "玩具制品有限公司": "某玩具厂",
    "电子科技有限公司": "某电子厂",
    "包装材料有限公司": "某包装厂",
    "箱包有限公司": "某箱包厂",
    "五金制品有限公司": "某五金厂",
    "竹木制品有限公司": "某竹木加工厂",
    "物流有限公司": "某物流公司",
    "保安服务有限公司": "某保安公司",
    "酒店管理有限公司": "某酒店",
    "石材有限公司": "某石材厂",
}
_COMPANIES = tuple(f"{COUNTY_NAME}某{kind}" for kind in _COMPANY_KINDS)
_COMPANY_SHORT = {f"{COUNTY_NAME}某{kind}": short for kind, short in _COMPANY_KINDS.items()}


def _project(s: _Slots) -> str:
    rng = s.rng
    kind = rng.random()
    if kind < 0.35:
        return f"{rng.choice(_COUNTY_ROADS)}{rng.choice(('改造工程', '提质改造项目', '拓宽工程'))}"
    if kind < 0.6:
        return f"{rng.choice(_ESTATES)}{rng.choice(('二期项目', '商住楼项目', '建设项目'))}"
    if kind < 0.8:
        return f"{s['town']}{rng.choice(('安置小区', '农贸市场', '中心学校', '卫生院'))}建设项目"
    return rng.choice(
        (
            "县工业园标准厂房项目",
            "县城污水处理厂项目",
            "高速公路连接线项目",
            "县第二人民医院项目",
            "舜水河风光带项目",
            "县体育中心项目",
            "城南物流园项目",
            "县职业中专新校区项目",
        )
    )


_CN_NUM = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_YEARS = (*_CN_NUM[2:7], "八", "十")
_YEARS2 = (*_CN_NUM[3:13], "十五", "二十")

_SLOT: dict[str, Callable[[_Slots], str]] = {
    "opening": _one_of("信访人反映： 信访人反映： 信访人反映： 信访人称： 据信访人反映，"),
    "town": lambda s: s.township.name,
    "village": lambda s: s.rng.choice(s.township.villages) if s.township.villages else s["cun"],
    "cun": lambda s: s.rng.choice(_split(s.township).cun),
    "sq": lambda s: s.rng.choice(_split(s.township).sq),
    "road": lambda s: s.rng.choice(_COUNTY_ROADS),
    "road2": _one_of("通村公路 县道 乡道 产业路 旅游公路 高速连接线"),
    "estate": lambda s: s.rng.choice(_ESTATES),
    "company": lambda s: s.rng.choice(_COMPANIES),
    "co": lambda s: _COMPANY_SHORT[s["company"]],
    "project": _project,
    "months": lambda s: s.rng.choice(
        ("两", "三", "三", "四", "五", "六", "六", "七", "八", "九", "十", "十一", "十二", "十五", "十八")
    ),
    "years": lambda s: s.rng.choice(_YEARS),
    "years2": lambda s: s.rng.choice(_YEARS2),
    "year": _int(2009, 2023),
    "year_army": _int(1975, 2018),
    "ym": lambda s: f"{s.rng.randint(2019, 2024)}年{s.rng.randint(1, 12)}月",
    "wage": _yuan(3_000, 180_000, 100),
    "money": _yuan(20_000, 800_000, 1_000),
    "money_small": _yuan(3_000, 60_000, 10),
    "fraud": _yuan(2_000, 300_000, 100),
    "n": _int(3, 48),
    "n2": _int(6, 29),
    "n3": _one_of("三 四 五 六 七"),
    "building": _int(1, 18),
    "sqm": _int(60, 320),
    "sqm2": _int(8, 45),
    "mu": lambda s: s.rng.choice(
        (
            "0.6",
            "0.8",
            "1.2",
            "1.5",
            "1.8",
            "2",
            "2.3",
            "2.6",
            "3",
            "3.5",
            "4",
            "5.2",
            "6",
            "8",
            "12",
            "15",
            "20",
            "35",
            "60",
            "120",
        )
    ),
    "fee1": _one_of("0.6 0.8 1.0 1.2 1.5"),
    "fee2": lambda s: f"{float(s['fee1']) + s.rng.choice((0.3, 0.4, 0.5, 0.6, 0.8)):.1f}",
    "fee": _int(300, 1600, 50),
    "times": _one_of("三 四 五 六 七 八"),
    "grade": _one_of("四 五 六 七 七 八 八 九 九 十"),
    "group": _int(1, 12),
    "floors": _one_of("两 三 三 四 五"),
    "meters": _int(50, 800, 10),
    "rent": _int(300, 900, 50),
    "rank": _int(1, 6),
    "age": _int(80, 99),
    "days": _int(3, 40),
    "price": _int(1_800, 9_800, 100),
    "kin": _one_of("父亲 母亲 儿子 女儿 配偶"),
    "elder": _one_of("父亲 母亲 母亲 祖母 祖父"),
    "relative": _one_of("伯父 叔叔 舅舅 姑姑 姨妈"),
    "kin2": _one_of("配偶 儿子 女儿"),
    "kin4": _one_of("兄弟 姐姐 弟弟 儿子 儿媳 侄子"),
    "course": _one_of("电工 焊工 育婴员 中式烹调师 挖掘机操作 家政服务 电子商务 养老护理员"),
    "agri_co": lambda s: f"{COUNTY_NAME}某{s.rng.choice(('农业开发', '生态农业', '果业', '茶业'))}有限公司",
    "invest_co": lambda s: f"{COUNTY_NAME}某{s.rng.choice(('投资咨询', '财富管理', '融资担保'))}有限公司",
    "hazard": _one_of("烟花爆竹加工 塑料回收 木材加工 油漆调配 废旧电瓶拆解"),
    "illness": _one_of("腹痛 胸闷 高烧 头晕 骨折 咳嗽 腰痛"),
    "hospital": lambda s: s.rng.choice(
        ("县人民医院", "县人民医院", "县中医医院", "县妇幼保健院", f"{s['town']}卫生院", "县城某民营医院")
    ),
    "school": lambda s: s.rng.choice(
        (
            "县第一完全小学",
            "县第二完全小学",
            "县第三完全小学",
            "县第一中学",
            "县第二中学",
            "县城关中学",
            f"{s['town']}中心小学",
            f"{s['town']}中学",
        )
    ),
    "dispute": _one_of("工伤赔偿 劳动争议 交通事故赔偿 赡养 离婚 民间借贷 医疗损害赔偿"),
    "trainer": _one_of("培训机构 舞蹈培训班 英语培训机构 美术培训班 学生托管中心 跆拳道馆"),
    "goods": _one_of("电动车 空调 冰箱 洗衣机 太阳能热水器 手机 电视机 燃气灶"),
    "food": _one_of("牛奶 面包 熟食 饮料 饼干 火腿肠 冷冻水饺"),
    "old_factory": _one_of("纺织厂 糖厂 酒厂 农机厂 水泥厂 氮肥厂 印刷厂 食品公司 供销社"),
    "industry": _one_of("油茶种植 脐橙种植 生猪养殖 食用菌种植 光伏发电 稻虾共养"),
    "biz": _one_of("营业执照变更 不动产登记 个体工商户注册 社保关系转移 建设工程规划许可 食品经营许可"),
    "unit": lambda s: s.rng.choice(UNITS[:26]),
}


class _Template(NamedTuple):
    summary: str
    content: str
    accused: tuple[str, ...]


# Blocks separated by blank lines: "@<category code> <accused>|<accused>…", the summary, then the
# content over any number of lines (joined without spaces). Slots are {names} of _SLOT.
_TEMPLATE_TEXT = """
@01 某物业服务有限公司
反映{estate}电梯长期停运物业不作为
{opening}其居住的{estate}{building}栋电梯自{ym}起多次故障停运，物业公司以维修资金不足为由一直
拖延不修，楼内老人和病人上下楼十分困难。业主多次向物业公司和社区反映均未解决，请求有关部门督促
物业尽快维修电梯并加强监管。

@01 某房地产开发有限公司
反映{estate}购房{years}年仍未办理不动产权证
{opening}其{years}年前购买{estate}商品房一套，已按合同付清全部房款，但开发商至今未为业主办理
不动产权证，子女入学、房屋抵押均受影响。多次找开发商协调，对方以手续未齐全为由推诿，请求有关
部门督促尽快办证。

@01 某房地产开发有限公司
反映{estate}逾期交房{months}个月开发商拒不赔偿
{opening}其购买的{estate}商品房合同约定于{ym}交付，开发商逾期{months}个月仍未交房，且拒绝
按合同约定支付违约金。业主多次找售楼部和开发商交涉均无结果，请求有关部门督促开发商尽快交房并
依约赔偿损失。

@01 县房屋征收与补偿服务中心|某镇人民政府
反映{road}房屋征收补偿标准偏低
{opening}其位于{road}的房屋约{sqm}平方米被列入{project}征收范围，征收部门给出的补偿标准明显
低于周边同类房屋市场价格，安置方案也未征求其意见。多次与征收工作人员协商未果，请求重新评估并
依法给予合理补偿。

@01 某村民|某村民委员会
反映{village}有人违章建房影响通行采光
{opening}其邻居在{town}{village}未经审批擅自加盖房屋，占用公共通道，严重影响其家通行和采光。
其多次找村（社区）干部和镇里反映，对方仍在继续施工，请求有关部门依法制止违章建设，恢复通道。

@01 某房地产开发有限公司|某建设工程有限公司
反映{estate}新房墙体开裂渗水开发商不保修
{opening}其购买的{estate}{building}栋住房交付不到两年即出现墙体开裂、卫生间和外墙渗水等问题，
严重影响居住。多次要求开发商履行保修责任，对方仅作简单修补，问题反复出现，请求有关部门组织质量
鉴定并督促彻底整改。

@01 县住房和城乡建设局
反映{town}困难家庭申请公租房多次未获批准
{opening}其家住{town}{village}，家庭人均收入低于当地标准，本人无住房，租房居住多年。自{year}
年起先后{times}次申请公共租赁住房均未获批准，也未收到书面说明，请求有关部门依照政策重新审核并
说明理由。

@01 某建设工程有限公司|县住房和城乡建设局
反映{road}改造工程长期停工影响出行
{opening}{road}改造工程自{ym}开工后时断时续，目前已停工{months}个月，路面开挖后未设围挡，
沿街居民和商户出行困难，雨天积水严重。多次向社区和施工单位反映无果，请求有关部门督促施工单位
尽快复工并做好安全防护。

@01 某物业服务有限公司
反映{estate}物业费上涨未经业主大会同意
{opening}{estate}物业公司自{ym}起将物业费由每平方米{fee1}元上调至{fee2}元，事前未召开业主
大会征求意见，服务质量却未见提高。业主多次找物业公司沟通均被拒绝，请求有关部门核查物业收费是否
合规。

@01 某镇人民政府|县房屋征收与补偿服务中心
反映{village}安置房逾期{years}年未交付
{opening}其房屋早年因{project}被征收，按协议应在两年内安置入住，但{village}安置房
建设进展缓慢，至今已逾期{years}年仍未交付，过渡费也未按时发放，一家人只能租房居住。多次询问
无明确答复，请求尽快落实安置。

@01 某物业服务有限公司|某房地产开发有限公司
反映{estate}地下车库长期积水无人处理
{opening}{estate}地下车库自{ym}起每逢下雨即严重积水，最深处没过车轮，多辆车被泡，业主多次
要求物业和开发商排查排水管网，双方互相推诿。请求有关部门督促责任单位尽快维修并赔偿业主损失。

@01 县城市管理和综合执法局
反映{sq}背街小巷路灯损坏垃圾堆积
{opening}{town}{sq}辖区内多条背街小巷路灯损坏已久，生活垃圾长期堆积无人清运，夏季蚊蝇滋生、
气味难闻，居民夜间出行存在安全隐患。多次向社区反映，称已上报但一直未处理，请求有关部门尽快维修
路灯并及时清运垃圾。

@02 某建筑劳务有限公司|某建设工程有限公司
反映{co}拖欠工资{months}个月未付
{opening}其与{n}名工友于{year}年在{company}承接的{project}务工，工程完工后该公司尚欠工资
共计{wage}，至今已{months}个月未付。多次找项目负责人讨要，对方均以工程款未到位为由推脱，请求
有关部门督促企业尽快支付拖欠的工资。

@02 某企业|某劳务派遣有限公司
反映{co}未依法缴纳社会保险
{opening}其自{year}年起在{company}工作，企业一直未为其缴纳养老、医疗等社会保险，仅口头承诺
每月补贴一百元。其多次向企业负责人提出参保要求均被拒绝，请求有关部门依法责令企业为其补缴社会
保险。

@02 某企业
反映工伤认定后{co}拒不支付工伤待遇
{opening}其在{company}上班期间受伤，经认定为工伤，劳动能力鉴定为{grade}级伤残，企业至今拒不
支付一次性伤残补助金和停工留薪期工资，也未参加工伤保险。多次协商未果，请求有关部门督促企业依法
支付工伤待遇。

@02 某企业
反映被{co}无故辞退未获经济补偿
{opening}其在{company}连续工作{years}年，{ym}企业以经营困难为由口头通知其离职，未提前
通知也未支付经济补偿，最后一个月工资也未结清。多次找企业协商均被拒绝，请求有关部门依法维护其
合法权益。

@02 县社会保险服务中心|县人力资源和社会保障局
反映原县{old_factory}工龄未计入养老保险缴费年限
{opening}其{year}年办理退休时，社保部门仅认定缴费年限{n2}年，未将其早年在原县{old_factory}的工龄
计入视同缴费年限，导致养老金偏低。其提供了招工表、工资单等材料，多次申请核查未果，请求重新
核定缴费年限。

@02 某镇人民政府|县社会保险服务中心
反映{cun}被征地农民养老保险补贴未落实
{opening}其家承包地于{year}年被{project}征收，按政策应享受被征地农民社会保障补贴，但至今未
纳入补贴名单。多次到镇里和社保部门询问，相互推诿，请求有关部门核实并落实相关政策。

@02 某企业
反映{co}未签劳动合同拒付双倍工资
{opening}其于{ym}入职{company}，工作{months}个月以来企业始终未与其签订书面劳动合同，离职时
也不结算加班工资。其多次要求企业依法支付未签合同的双倍工资差额均被拒绝，请求有关部门依法处理。

@02 县社会保险服务中心
反映{co}裁员后失业保险金申领被拒
{opening}其原在{company}工作并连续缴纳失业保险{years}年，企业裁员后其按规定申请失业保险金，
经办窗口以材料不全为由多次退回，至今未能领取。请求有关部门一次性告知所需材料并尽快办理。

@02 县人力资源和社会保障局|某职业培训学校
反映{course}技能培训补贴{months}个月未发放
{opening}其于{year}年参加县里组织的{course}职业技能培训并取得证书，按政策应发放培训补贴，
但至今已过去{months}个月仍未到账。多次到培训机构和人社部门询问均无结果，请求尽快发放补贴。

@02 某企业
反映{co}长期克扣加班费
{opening}其所在的{company}要求员工每天工作十一二个小时，长期不按规定支付加班费，还以各种
名义扣发工资，{n}名员工均有同样遭遇。多次向企业反映无果，请求有关部门依法检查并责令整改。

@03 某镇人民政府|某村民委员会
反映{cun}征地补偿款未足额发放
{opening}{town}{cun}{group}组耕地约{mu}亩于{year}年被{project}征收，至今仍有部分土地
补偿款和青苗补偿费未发放到户，村组也未公开分配方案。村民多次找村委会和镇政府协调未果，请求
有关部门核查并足额发放补偿款。

@03 某村民委员会|某村民小组
反映{cun}与邻村山林界址争议多年未决
{opening}{town}{cun}与相邻村组之间约{mu}亩山林存在权属争议，双方均持有林权证，近年来因
砍伐和栽种多次发生纠纷。多次请求镇政府调处均未解决，请求有关部门依法确权，防止矛盾激化。

@03 某村民
举报{cun}有人非法占用耕地建房
{opening}{town}{cun}有村民未经批准在基本农田上建房，目前已建起{floors}层，村干部知情但未
制止。其多次向村委会和镇自然资源所举报，违建仍在继续，请求有关部门依法查处并恢复耕地。

@03 某砂石经营户|不明身份人员
举报{cun}附近河道有人非法采砂
{opening}{town}{cun}附近河段近期有人夜间用挖机和抽砂船非法采砂，河道被挖得坑洼不平，河堤
出现垮塌，危及沿岸农田和村民安全。多次向镇里反映，采砂活动时停时续，请求有关部门联合执法予以
取缔。

@03 某镇人民政府|县自然资源局
反映{cun}宅基地申请{years}年未获审批
{opening}其系{town}{cun}村民，一家{n3}口人居住在上世纪修建的土坯房内，房屋破旧。其于{years}
年前按程序提出宅基地申请，村、镇均已签字同意，但至今未获审批。请求有关部门说明原因并尽快依法
办理。

@03 某采石场
反映{cun}采石场爆破震裂村民房屋
{opening}{town}{cun}附近的采石场经常放炮爆破，飞石落入农田，附近多户村民房屋墙体出现裂缝，
其家也在其中。多次找采石场负责人要求赔偿和整改，对方拒不理睬，请求有关部门鉴定房屋损失并依法
查处。

@03 县不动产登记中心
反映{village}房屋确权登记面积有误
{opening}其位于{town}{village}的房屋在{year}年确权登记时，登记面积比实际少了约{sqm2}平方米，
且四至界线与实际不符。多次到不动产登记中心申请更正，被告知需要村组出具证明，而村组不予出具，
请求有关部门协调解决。

@03 某村民委员会|某村党支部书记
反映{cun}集体山林被违规低价发包
{opening}{town}{cun}集体山林约{mu}亩于{year}年被村干部以极低价格发包给外地老板，承包期长达
三十年，事前未经村民代表大会讨论。村民多次要求公开合同均被拒绝，请求有关部门调查并依法处理。

@03 某村民|不明身份人员
反映{cun}集体山林遭人盗伐
{opening}{town}{cun}集体山林近期多次被人夜间盗伐，已砍伐杉木、松木数百棵，山上留下大片
树桩，林地水土流失严重。村民向镇林业站报告后未见查处，请求有关部门尽快立案调查，追究盗伐者
责任。

@04 某村民|某村民小组
反映{cun}承包地被他人强行占用
{opening}其系{town}{cun}{group}组村民，持有土地承包经营权证，其中{mu}亩承包地自{year}年
起被同组村民强行耕种，拒不归还。多次请求村组和镇农经站调解未果，请求有关部门依法维护其土地承包
经营权。

@04 某村民委员会
反映{cun}集体资产出租收益不公开
{opening}{town}{cun}集体所有的门面、厂房和鱼塘多年来对外出租，但租金收入去向从未向村民公开，
村民也从未分到收益。村民多次要求公开账目均被推诿，请求有关部门对村集体资产进行审计并公开。

@04 某村民委员会|县农业农村局
反映{year}年耕地地力保护补贴未领到
{opening}其在{town}{cun}有承包耕地{mu}亩，一直正常耕种，但{year}年的耕地地力保护补贴未
发放到其账户，同组其他农户均已领到。多次找村干部查询无果，请求有关部门核实并补发。

@04 某镇人民政府|县水利局
反映{cun}灌溉水渠损毁多年无人修复
{opening}{town}{cun}的灌溉主渠在{year}年洪水中被冲毁约{meters}米，至今未修复，下游近百亩
水田无法灌溉，部分农户被迫改种旱作物或撂荒。村民多次向村、镇反映，均称没有资金，请求有关部门
尽快安排修复。

@04 某农业开发有限公司
反映{cun}土地流转租金拖欠{months}个月未付
{opening}{town}{cun}部分村民的承包地于{year}年流转给{agri_co}经营，合同约定每亩每年租金
{rent}元，但该公司已拖欠租金{months}个月，负责人联系不上。村民多次找村委会协调无果，请求有关
部门督促支付租金或解除合同。

@04 某村民委员会
反映{cun}村务财务长期不公开
{opening}{town}{cun}的村务公开栏长期未更新，修路、修水利等项目资金的使用情况从未公布，村民
对此意见很大。多次向村委会和镇里反映一直没有回应，请求有关部门督促该村依规公开村务财务。

@04 某农资经营部
反映购买的稻种出芽率低致{mu}亩减产
{opening}其于{year}年春在{town}某农资经营部购买杂交水稻种子，播种后出芽率不足一半，导致
{mu}亩水田大幅减产，同村多户农户情况相同。多次找经营部要求赔偿，对方拒不承认，请求有关部门
鉴定种子质量并依法处理。

@04 某村民小组|某村民委员会
反映{cun}土地延包时未分到承包地
{opening}其系{town}{cun}村民，{year}年因婚嫁户口迁入本村，在土地延包时村民小组未给其分配
承包地，至今无地耕种。多次找村组干部要求分地均被拒绝，请求有关部门依法保障其土地承包权益。

@04 某村民小组
反映{cun}退耕还林补助被村组截留
{opening}其在{town}{cun}有退耕还林地{mu}亩，按政策每年应领取补助资金，但自{year}年以来补助
一直由村民小组代领，未发放给本人。多次找组长讨要均被推脱，请求有关部门核实并发放。

@05 县公安局某派出所
反映{village}被人殴打致伤案件处理不公
{opening}其于{ym}在{town}{village}与他人发生纠纷时被打伤，经鉴定为轻微伤，派出所仅对打人者
作罚款处理，医药费至今未获赔偿。其认为处理结果明显偏轻，多次找派出所未果，请求有关部门重新
调查并依法处理。

@05 县公安局|县公安局某派出所
反映被骗{fraud}报案后至今未破案
{opening}其于{ym}被人以网络刷单返利为名骗走{fraud}，当即到派出所报案，公安机关已立案，但
至今已过去{months}个月仍无进展。其多次到派出所询问均称正在侦查，请求加大侦破力度追回损失。

@05 县人民法院
反映借贷纠纷胜诉后{years}年未执行到位
{opening}其与他人的民间借贷纠纷经县人民法院判决胜诉，对方应偿还借款{money}，判决生效后其
申请强制执行已{years}年，至今未执行到位。其认为被执行人有财产可供执行，请求法院加大执行
力度。

@05 县公安局某派出所
反映{town}派出所民警执法态度粗暴
{opening}其于{ym}到{town}派出所办理户籍业务时，因材料问题与值班民警发生争执，该民警态度
恶劣，言语粗暴。其事后向派出所负责人反映未得到答复，请求有关部门调查处理并给予答复。

@05 某村民|某村人民调解委员会
反映{cun}邻里纠纷调解后对方不履行协议
{opening}其与邻居因宅基地边界问题发生纠纷，经{cun}人民调解委员会调解达成协议，但对方至今
拒不履行协议约定的拆除义务。其多次找调解员和司法所协调未果，请求有关部门督促履行或告知其救济
途径。

@05 县法律援助中心|县司法局
反映{dispute}纠纷申请法律援助未获受理
{opening}其因{dispute}纠纷准备起诉，家庭经济困难，于{ym}向县法律援助中心提出援助申请，工作
人员以不符合条件为由未予受理，也未出具书面答复。请求有关部门重新审查其申请并依法提供法律援助。

@05 县公安局交通管理大队
反映{road}交通事故责任认定不公
{opening}其{kin}于{ym}在{road}发生交通事故受伤，交警部门认定其负主要责任，其认为对方车辆
超速行驶，认定结论与事实不符。其申请复核后维持原认定，请求有关部门重新调查事故经过。

@05 县人民检察院
反映对{town}一起伤害案不起诉决定不服
{opening}其作为被害人，对县人民检察院就其在{town}被伤害一案作出的不起诉决定不服，认为犯罪嫌疑人的
行为造成其{grade}级伤残，后果严重。请求有关部门依法审查，维护被害人的合法权益。

@05 不明身份人员
举报{village}有人长期聚众赌博
{opening}{town}{village}某处长期有人聚众赌博，每天有数十人参与，赌资较大，部分村民因此欠债，
家庭矛盾不断。其曾多次向派出所举报，赌博活动时停时续，请求公安机关依法打击。

@05 某投资咨询有限公司
反映被非法集资{money}要求追回损失
{opening}其于{year}年经熟人介绍将{money}投入{invest_co}，对方承诺月息百分之二，后该公司
负责人失联，本金无法收回，县内受害群众众多。请求公安机关尽快侦办，追缴资金并返还群众。

@06 某村党支部书记|某村民委员会主任|某村干部
举报{cun}村干部优亲厚友违规评定低保
{opening}{town}{cun}村干部在低保评定中优亲厚友，将家庭条件较好的亲属纳入低保，而部分真正
困难的村民却未能享受。村民多次向镇里反映未见处理，请求纪检监察机关调查核实并严肃处理。

@06 县某局工作人员|某镇工作人员
举报{unit}工作人员办事吃拿卡要
{opening}其到{unit}办理相关手续时，经办工作人员以各种理由多次刁难，暗示需要“意思意思”才能
办理，其前后跑了{times}趟仍未办结。请求纪检监察机关调查该工作人员的作风问题。

@06 某村党支部书记|某村干部
举报{cun}村干部虚报冒领项目资金
{opening}{town}{cun}村干部在{year}年实施的道路硬化和水利项目中虚报工程量，冒领项目资金，
实际修建的道路长度明显少于公示数量。村民要求公开项目账目被拒，请求纪检监察机关调查处理。

@06 县某局|县某局工作人员
举报{unit}公车私用和违规吃喝
{opening}其多次在节假日看到{unit}的公务车辆停放在{town}某酒店和农家乐门口，怀疑存在公车
私用和违规吃喝问题，并已拍照留存。请求纪检监察机关调查核实，严肃处理违纪行为。

@06 某镇工作人员
举报{town}工作人员违规收取办证费用
{opening}其于{ym}到{town}便民服务中心办理建房相关手续，工作人员在无任何收费依据的情况下
收取费用{fee}元，且未出具正式票据。请求纪检监察机关调查核实，退还违规收取的费用。

@07 县人力资源和社会保障局|某事业单位
反映{year}年事业单位招聘面试结果不公开
{opening}其参加了{year}年县事业单位公开招聘考试，笔试成绩排名第{rank}名，面试后未进入体检
名单，招聘单位也未公布面试成绩和评分标准。其多次询问未得到答复，请求有关部门公开考核结果并
复核。

@07 某镇人民政府|县委组织部
反映{town}退休干部职级待遇未落实
{opening}其原为{town}人民政府工作人员，于{year}年退休，按政策应享受相应职级待遇，但其退休
待遇至今未按规定调整。多次向原单位和组织人事部门反映未果，请求核实并落实待遇。

@07 某镇人民政府
反映{cun}离任村干部生活补贴未落实
{opening}其曾在{town}{cun}担任村干部{years2}年，按照有关政策，离任后应享受离任村干部生活
补贴，但至今未纳入发放名单。多次向镇里反映，称正在统计核实，至今没有结果。其年事已高、生活困难，
请求尽快落实。

@08 县民政局|某镇人民政府
反映{village}困难家庭申请低保未获批准
{opening}其家住{town}{village}，本人患有慢性病丧失劳动能力，{kin2}在外打零工收入微薄，家庭
十分困难。其于{year}年申请最低生活保障，镇里以家中有车为由不予批准，实为多年前购买的旧农用车，
请求重新审核。

@08 某敬老院|某镇人民政府
反映{town}敬老院服务管理不到位
{opening}其{relative}为特困供养对象，集中供养在{town}敬老院，近期发现敬老院伙食差、卫生条件
不好，冬季取暖设施不足，老人身体状况明显变差。多次向敬老院反映无改善，请求有关部门加强管理
监督。

@08 某小作坊|某经营户
反映{village}无证小作坊存在火灾隐患
{opening}{town}{village}居民区内有一家无证小作坊从事{hazard}，堆放大量易燃物品，电线私拉
乱接，距离居民住房不足十米，存在重大火灾隐患。多次向村（社区）反映未见整治，请求有关部门依法
查处。

@08 县民政局|某镇人民政府
反映{elder}高龄津贴自{ym}起被停发
{opening}其{elder}今年{age}岁，户籍在{town}{village}，此前一直按月领取高龄津贴，自{ym}起
突然停发，未收到任何通知。多次到镇民政办询问均称系统问题，请求有关部门尽快核实并补发。

@08 某镇人民政府|县应急管理局
反映{year}年洪灾房屋受损未获救助
{opening}其位于{town}{cun}的住房在{year}年夏季洪灾中部分倒塌，当时镇村干部登记了受灾情况，
但至今未获得任何救助资金，其一家仍借住在亲戚家。请求有关部门核实灾情并给予救助。

@08 县残疾人联合会|县民政局
反映{kin}残疾人两项补贴未按时发放
{opening}其{kin}系持证残疾人，符合残疾人生活补贴和护理补贴发放条件，但自{ym}起补贴一直
未到账，家中生活因此更加困难。多次到镇残联询问未果，请求有关部门尽快核实补发。

@08 某镇人民政府|县水利局
反映{cun}山塘存在溃坝隐患
{opening}{town}{cun}上游的山塘堤坝多处渗水，坝体出现裂缝，汛期水位上涨后随时可能溃坝，
下游有数十户村民和大片农田。多次向村镇反映未见处理，请求有关部门尽快组织排查和除险加固。

@09 县人民医院|县中医医院|某镇卫生院
反映在{hospital}就医后病情加重怀疑误诊
{opening}其{kin}于{ym}因{illness}到{hospital}就诊，医院按普通病症治疗，病情未见好转反而
加重，后转至市级医院才确诊。其认为{hospital}存在误诊，多次找医院协商赔偿未果，请求有关部门
组织医疗损害鉴定。

@09 县医疗保障局
反映{kin}异地住院医保报销比例过低
{opening}其{kin}因{illness}在省城住院治疗，花费医疗费用{money_small}，回县报销时比例远低于
预期，部分费用被认定为不可报销。多次到医保部门咨询，解释不清楚，请求有关部门说明政策并重新
核算。

@09 县卫生健康局|某镇人民政府
反映独生子女父母奖励扶助金{years}年未领到
{opening}其系农村独生子女父母，已年满六十周岁，按政策应享受奖励扶助金，但已有{years}年
未领到。多次到镇卫生健康办询问，称资格审核未通过但未说明理由，请求有关部门核实。

@09 县人民医院|某民营医院
反映{hospital}住院收费不合理
{opening}其{kin}于{ym}在{hospital}住院{days}天，出院结算时发现费用清单中有多项未实际使用的
检查和药品，总费用达{money_small}。其向医院提出异议，医院未作解释，请求有关部门核查医院收费
行为。

@10 县教育局
反映{sq}适龄儿童入学被划到较远学校
{opening}其家住{town}{sq}，孩子今年上小学一年级，按学区应就近入读，但被教育部门划到较远的
学校就读，每天接送十分不便。多次向学校和教育局反映未果，请求按就近入学原则重新安排。

@10 某学校
反映{school}违规收取补课费
{opening}{school}部分班级利用周末和假期组织学生集中补课，每名学生每学期收取补课费{fee}元，
家长担心孩子受影响不敢拒绝。请求教育主管部门调查处理，制止违规补课收费行为。

@10 县教育局|县人力资源和社会保障局
反映{town}原代课教师生活补助未落实
{opening}其于上世纪八九十年代在{town}多所村小担任代课教师{years2}年，按照相关政策应给予
生活补助，但其申请至今未获认定。多次向教育部门提交证明材料均无答复，请求有关部门核实落实。

@10 某学校|县公安局交通管理大队
反映{school}门口存在交通安全隐患
{opening}{school}门口紧邻公路，上下学时段车辆多、车速快，没有设置减速带和人行横道，学生过
马路十分危险，此前已发生过险情。家长多次向学校反映未见改善，请求有关部门增设交通安全设施。

@11 某超市
反映在{town}某超市购买到过期{food}
{opening}其于{ym}在{town}某超市购买的{food}，回家后发现已超过保质期{days}天，家人食用后
出现腹泻症状。其找超市要求赔偿，超市仅同意退货，请求市场监管部门依法查处并督促赔偿。

@11 某电动车经销店
反映购买的{goods}存在质量问题商家拒不退换
{opening}其于{ym}在县城某商店购买{goods}，价格{price}元，使用不到一个月即出现故障，
多次维修仍未修好。其要求退换，商家以人为损坏为由拒绝，请求有关部门依法调解。

@11 某经营户
反映{town}集市部分摊贩缺斤少两
{opening}{town}集市上部分猪肉和水果摊贩使用做过手脚的电子秤，缺斤少两现象严重，其本人多次
买到不足秤的商品，找摊贩理论时对方拒不退还差价。请求市场监管部门加强集市计量器具检查，依法查处。

@11 某培训机构
反映县城某{trainer}预收学费后关门停业
{opening}其于{ym}为孩子在县城某{trainer}预交学费{price}元，仅上了{n2}节课该机构便关门停业，
负责人联系不上，受影响的家长有数十名。请求有关部门追查并督促退还预收费用。

@12 某企业
反映{co}排放废水污染{cun}农田
{opening}{town}{cun}附近的{company}长期将未经处理的生产废水直接排入水沟，下游农田水稻枯黄
减产，沟内鱼虾死亡，气味刺鼻。村民多次向企业和镇里反映均未整改，请求环保部门依法查处。

@12 某建设工程有限公司
反映{road}工地夜间施工噪音扰民
{opening}{road}某在建工地经常在夜间十点以后进行打桩、浇筑作业，噪音很大，附近居民无法正常
休息，老人和学生受影响严重。多次向施工方和城管部门反映未果，请求依法查处夜间违规施工。

@12 某养殖场
反映{cun}养猪场粪污直排臭气熏天
{opening}{town}{cun}有一家规模养猪场距离村民住房不足百米，粪污未经处理直接排放，臭气熏天，
周边水井水质受到污染。村民多次要求整改，养殖户置之不理，请求有关部门依法处理。

@12 某餐饮店
反映{estate}楼下烧烤店油烟噪音扰民
{opening}{estate}楼下的一家烧烤店每天营业至凌晨，未安装油烟净化设施，油烟直排入住户窗内，
且顾客喧哗声很大，严重影响老人和孩子休息。居民多次与店主沟通无果，请求有关部门督促整改。

@13 某镇人民政府|县交通运输局
反映{cun}通村公路损毁严重无法通行
{opening}{town}{cun}的通村公路修建于{year}年，近年来重型货车频繁通行，路面坑洼严重，部分
路段塌陷，雨天车辆无法通行，学生上学和农产品外运都很困难。请求有关部门安排资金维修。

@13 某客运公司
反映{town}至县城班车经常停运
{opening}{town}至县城的农村客运班车近几个月经常无故停运或减少班次，群众出行只能乘坐不安全
的非法营运车辆。多次向客运站反映无果，请求交通运输部门督促恢复正常班次。

@13 某建设工程有限公司|县交通运输局
反映{road2}占用{cun}承包地补偿未到位
{opening}{year}年修建的{road2}占用了其在{town}{cun}的承包地约{mu}亩，施工方承诺给予补偿，
但道路已通车多年，补偿款至今未兑现。多次找施工单位和镇政府均无结果，请求尽快兑现补偿。

@14 县财政局|县工业和信息化局
反映原县{old_factory}改制职工安置不到位
{opening}其原系县{old_factory}职工，{year}年企业改制时被买断工龄，当时承诺的安置费和社会
保险接续至今未完全落实，同厂{n}名职工情况相同。多次向有关部门反映未果，请求落实改制政策。

@14 某投资咨询有限公司
反映投资理财{money}到期无法兑付
{opening}其于{year}年在县城某投资咨询公司购买理财产品{money}，约定一年到期还本付息，到期后
公司以资金周转困难为由拒不兑付，目前门店已关闭。请求有关部门介入处置，帮助追回本金。

@14 某村民委员会|某镇人民政府
反映{cun}{industry}帮扶资金使用不透明
{opening}{town}{cun}于{year}年获得产业帮扶资金用于发展{industry}，但项目建成后效益不明，
分红从未兑现，资金使用情况也未公开。村民多次要求公开账目未果，请求有关部门审计核查。

@15 县行政审批服务局
反映办理{biz}多次往返未办结
{opening}其于{ym}到县政务服务中心办理{biz}，窗口工作人员每次只告知缺少一项材料，前后往返
{times}次仍未办结，也未实行一次性告知。请求有关部门整改服务作风，提高办事效率。

@15 县某局
反映向{unit}申请信息公开逾期未答复
{opening}其于{ym}向{unit}书面申请公开与其房屋征收有关的政府信息，已超过法定答复期限，至今
未收到任何答复。其认为该单位的做法违反了政府信息公开条例的规定，请求有关部门督促该单位依法答复。

@15 某镇人民政府|县商务局
反映{year}年招商引资承诺的优惠政策未兑现
{opening}其公司于{year}年经招商引资落户县工业园，当时政府承诺给予厂房租金减免和税收奖励，
但兑现时有关部门以政策调整为由拒不落实。多次协调未果，请求有关部门依约兑现承诺，优化营商环境。

@16 县退役军人事务局
反映退役军人优待证{months}个月未办理
{opening}其系{year_army}年入伍的退役军人，户籍在{town}{village}，于{ym}申请办理退役军人
优待证，至今已{months}个月仍未发放，同批申请的人均已领到。请求有关部门核实原因并尽快办理。

@16 县退役军人事务局|某镇人民政府
反映参战退役人员生活补助自{ym}起未发放
{opening}其系参战退役人员，按政策每月应领取定期生活补助，但自{ym}起补助一直未到账，家中生活
主要依靠该项补助。多次到
镇退役军人服务站询问，称正在核查，请求尽快落实补发。

@16 县退役军人事务局|县人力资源和社会保障局
反映{year}年退役士兵安置待遇未落实
{opening}其于{year}年从部队退役，按政策应享受一次性经济补助和就业扶持，但至今仅领取部分
补助，就业扶持也未落实。多次向有关部门反映一直没有明确答复，请求依法落实退役士兵安置待遇。

@17 县人民武装部|县人力资源和社会保障局
反映随军家属就业安置{months}个月无答复
{opening}其配偶系现役军人，其此前在原籍有稳定工作，随军后一直待业，作为随军家属申请就业安置，已按规定提交材料{months}个月，至今
未得到答复，家庭生活面临困难。请求有关部门依照政策帮助落实就业安置。

@17 县退役军人事务局|某镇人民政府
反映{village}义务兵家庭优待金未按标准发放
{opening}其儿子于{year}年应征入伍，家住{town}{village}，按规定应享受义务兵家庭优待金，
但实际发放数额低于公布标准。多次向镇里询问未得到合理解释，请求有关部门核查并按标准补发。

@17 县人民武装部|县自然资源局
反映{village}军事设施周边建房受限要求补偿
{opening}其家住{town}{village}，房屋位于军事设施保护范围附近，申请翻建时被告知受限不能审批，
一家{n3}口人仍住在危房中。多次向有关部门反映均未得到明确答复，请求明确政策，给予合理安置或补偿。

@99 某村民
咨询{village}房屋继承过户所需手续
{opening}其父母去世后留下位于{town}{village}的房屋一套，兄弟姐妹{n3}人对继承无争议，但不
清楚办理继承过户需要哪些材料和程序。请求有关部门告知办理流程，并提供相关法律咨询。

@99 某镇人民政府
建议在{village}增设路灯和健身设施
{opening}{town}{village}人口较多，但主要道路缺少路灯，夜间出行不便，也没有群众健身活动场所。
多次向村（社区）反映，均称没有资金。建议有关部门统筹安排资金，增设路灯和健身器材，方便群众生活。

@99 某村民
反映与{kin4}之间家庭矛盾要求调处
{opening}其与{kin4}因赡养老人和房屋分配问题产生矛盾，多次争吵，双方关系紧张，其担心矛盾
进一步激化引发意外。村组干部曾出面调解，但对方拒不配合，请求有关部门帮助调处家庭矛盾。

@99 县交通运输局
建议增开{town}至县城公交线路
{opening}{town}距离县城较远，目前只有少量班车往返，学生和老人进城就医、上学很不方便。多次向
有关部门反映一直未有回应，建议研究开通城乡公交线路，或增加早晚班次。
"""


def _parse_templates(text: str) -> dict[str, tuple[_Template, ...]]:
    by_category: dict[str, list[_Template]] = {}
    for block in text.strip().split("\n\n"):
        head, summary, *content = block.strip().splitlines()
        code, _, accused_text = head.removeprefix("@").partition(" ")
        by_category.setdefault(code, []).append(
            _Template(summary, "".join(line.strip() for line in content), tuple(accused_text.split("|")))
        )
    return {code: tuple(templates) for code, templates in by_category.items()}


_TEMPLATES = _parse_templates(_TEMPLATE_TEXT)
_ACCUSED = {code: tuple(a for t in templates for a in t.accused) for code, templates in _TEMPLATES.items()}


def _top(category_code: str) -> str:
    """The top-level code of any 内容分类 code ("0102" → "01"); unknown codes fall back to 其他."""
    top = category_code[:2]
    return top if top in _TEMPLATES else "99"


#: A clerk's closing remark, added to about a quarter of the contents.
_REMARKS = _words(
    "信访人提供了相关材料复印件。 信访人提供了现场照片。 信访人情绪较为激动。 信访人要求书面答复。 "
    "信访人称有同样情况的群众还有多人。 信访人表示愿意配合调查核实。 信访人表示如问题得不到解决将继续反映。"
)


def summary_and_content(rng: random.Random, category_code: str, township: Township) -> tuple[str, str]:
    """A one-line 摘要 and a 详细内容 in the voice of a petition record, for that 内容分类.

    Any level of code is accepted (its top level is used); an unknown code draws from 其他.
    """
    template = rng.choice(_TEMPLATES[_top(category_code)])
    slots = _Slots(rng, township)
    content = template.content.format_map(slots)
    if rng.random() < 0.25:
        content += rng.choice(_REMARKS)
    return template.summary.format_map(slots), content


def accused(rng: random.Random, category_code: str) -> str | None:
    """A 被反映对象 typical of that 内容分类 (always anonymised), or None in about half of the cases."""
    if rng.random() < 0.5:
        return None
    return rng.choice(_ACCUSED[_top(category_code)])


# --------------------------------------------------------------------------- higher levels, leaders

_HIGHER_PREFIX = _Weighted(
    _pairs("湘信转3 湘信交2 湘信督0.4 湘信网转1 永信转4 永信交3 永信督0.6 永信网转1.5")
)


def higher_number(rng: random.Random, year: int, taken: set[str] | None = None) -> str:
    """A higher level's 件号, e.g. 湘信转〔2024〕1234号 (province) or 永信交〔2024〕87号 (city); one not
    in `taken` (added to it), as a higher level never gives two matters one number in a year (an
    import knows a case by it). The next free number is taken, so the random draws stay the same."""
    prefix = _HIGHER_PREFIX(rng)
    top = 4000 if prefix.startswith("湘") else 1500
    n = rng.randint(1, top)
    number = f"{prefix}〔{year}〕{n}号"
    while taken is not None and number in taken:
        n += 1
        number = f"{prefix}〔{year}〕{n}号"
    if taken is not None:
        taken.add(number)
    return number


_LEADER = _Weighted(
    _pairs(
        "县委书记0.6 县委副书记1.5 县人民政府县长1 县人民政府常务副县长1.5 县人民政府副县长4 "
        "县委常委、政法委书记1.5 县委常委、纪委书记、监委主任1 县委常委、组织部部长0.6 "
        "县委常委、宣传部部长0.6 县委常委、统战部部长0.6 县委常委、县人民政府副县长1.5 "
        "县人大常委会主任0.4 县人大常委会副主任1.2 县政协主席0.4 县政协副主席1.2 "
        "县人民政府副县长、县公安局局长1 县信访局局长2.5 县信访局副局长1.5 县委办公室主任0.6 "
        "县人民政府办公室主任0.6 乡镇党委书记1.5 乡镇人民政府乡镇长1"
    )
)


def leader(rng: random.Random) -> str:
    """A leader's title (never a name), e.g. 县委副书记, 县人民政府副县长, 县信访局局长."""
    title = _LEADER(rng)
    if title.startswith("乡镇"):
        township = TOWNSHIPS[rng.randrange(len(TOWNSHIPS))]
        head = "乡长" if township.name.endswith("乡") else "镇长"
        return township.name + (title[2:] if "书记" in title else f"人民政府{head}")
    return title
