"""检举控告 secrecy: whether a document sent to a unit may name the petitioner (issue #17).

《信访工作条例》 forbids passing a 检举控告 material, or the reporter's name, to the person or unit
accused. A document that goes to a unit (交办单, 转送单, 督办单, the 登记处理单's unit copy, a package
to a township office) therefore asks `decide` whether the accused belongs to the receiving unit:

- LEAVE_OUT: the accused text or the accused unit names the receiving unit (its full name, its name
  without the county, a common short form such as 住建局 for 县住房和城乡建设局), one of its subordinate
  bodies, or the unit above it; a leader's title after the unit name ("县住建局局长李某") is the unit's.
- KEEP: the accused is named and is plainly another unit (or the case is not a 检举控告).
- IN_DOUBT: it cannot be told (a person or a title without a unit, "住建部门", no accused at all):
  the petitioner is left out as for LEAVE_OUT, and the clerk is told why, to check the copy by hand.

Never decided by exact equality of two strings: a unit is known by every name the directory and
the short forms give it. Pure: the service passes the names the directory holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Secrecy(StrEnum):
    LEAVE_OUT = "leave_out"
    KEEP = "keep"
    IN_DOUBT = "in_doubt"


@dataclass(frozen=True)
class Receiver:
    """The unit a document goes to, with the directory's names of the bodies tied to it: its
    subordinate bodies, the unit above it, and for a township government its villages."""

    name: str
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    secrecy: Secrecy
    #: Why, in words for the clerk (the warning printed with an IN_DOUBT document).
    reason: str

    @property
    def leaves_out(self) -> bool:
        return self.secrecy is not Secrecy.KEEP


#: Long forms of county bodies and the short forms offices write (the usual 简称).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "住房和城乡建设": ("住建", "住房城乡建设", "建设"),
    "人力资源和社会保障": ("人社", "人保", "劳动保障", "人力资源社会保障"),
    "交通运输": ("交通",),
    "自然资源和规划": ("自然资源", "自规", "国土"),
    "自然资源": ("国土",),
    "农业农村": ("农业", "农业农村"),
    "市场监督管理": ("市场监管", "市监"),
    "生态环境": ("环保", "环境保护"),
    "卫生健康": ("卫健", "卫生"),
    "城市管理和综合执法": ("城管", "城市管理", "综合执法"),
    "城市管理": ("城管",),
    "发展和改革": ("发改",),
    "应急管理": ("应急",),
    "退役军人事务": ("退役军人",),
    "文化旅游广电体育": ("文旅广体", "文旅"),
    "文化和旅游": ("文旅",),
    "教育": ("教育",),
    "公安": ("公安",),
    "民政": ("民政",),
    "财政": ("财政",),
    "水利": ("水利",),
    "林业": ("林业",),
    "医疗保障": ("医保",),
    "信访": ("信访",),
}
#: The endings that make a name a body (局, 委员会, 人民政府 …).
BODY_ENDINGS = tuple(
    sorted(
        (
            "人民政府",
            "委员会",
            "办事处",
            "检察院",
            "法院",
            "中心",
            "政府",
            "党委",
            "公司",
            "大队",
            "中队",
            "社区",
            "局",
            "委",
            "办",
            "院",
            "所",
            "站",
            "队",
            "厅",
            "部",
            "处",
            "科",
            "股",
            "村",
        ),
        key=len,
        reverse=True,
    )
)
#: A named body in a text: two or more characters before an ending that is not a title (局长, 委员).
_BODY = re.compile("[\u4e00-\u9fff]{2,}?(?:" + "|".join(BODY_ENDINGS) + ")(?![长员])")
#: Place words at the start of a name that are not a county ("市场监督管理局" is no 市).
_NOT_PLACES = ("市场", "市政", "区域")
_NOISE = re.compile(r"[\s　,，、;；:：.。()（）\[\]【】“”\"']")


def _clean(text: str | None) -> str:
    return _NOISE.sub("", text or "")


def _without_place(name: str) -> str:
    """县住房和城乡建设局 → 住房和城乡建设局; 蓝山县市场监督管理局 → 市场监督管理局."""
    if name[:1] in ("县", "市", "区") and name[:2] not in _NOT_PLACES:
        return name[1:]
    place = re.match("^[\u4e00-\u9fff]{2,3}?(?:县|市|区)", name)
    if place and len(name) - place.end() >= 2:
        return name[place.end() :]
    return name


def _core(name: str) -> tuple[str, str]:
    """A body's name without its place and its ending: 县住房和城乡建设局 → (住房和城乡建设, 局)."""
    bare = _without_place(name)
    for ending in BODY_ENDINGS:
        if bare.endswith(ending) and len(bare) > len(ending):
            return bare[: -len(ending)], ending
    return bare, ""


def _shortened(core: str) -> set[str]:
    """The short forms of a core: 住房和城乡建设 → 住建, 住房城乡建设, 建设 (and the rest of a longer core)."""
    out: set[str] = set()
    for long, shorts in SHORT_FORMS.items():
        if core.startswith(long):
            out.update(short + core[len(long) :] for short in shorts)
    return out


def _canonical(text: str) -> str:
    """Long forms written as their first short form (县住房和城乡建设局 → 县住建局), so a text in one
    form meets a unit named in the other."""
    for long in sorted(SHORT_FORMS, key=len, reverse=True):
        text = text.replace(long, SHORT_FORMS[long][0])
    return text


def names_of(unit: str) -> set[str]:
    """Every name a unit goes by that, found in a text, points at it: the full name, the name
    without the county, and the short forms with the ending (住建局). Township governments also go
    by the township's name (塔峰镇人民政府 → 塔峰镇)."""
    full = _clean(unit)
    if not full:
        return set()
    names = {full, _without_place(full)}
    core, ending = _core(full)
    if ending:
        names.update(short + ending for short in _shortened(core))
        if ending in ("人民政府", "政府", "党委") and (core.endswith(("镇", "乡", "街道"))):
            names.add(core)  # 塔峰镇人民政府 is 塔峰镇 (its party committee and officials too)
    canonical = _canonical(full)
    if canonical != full:
        names |= {_canonical(n) for n in names} | {canonical, _without_place(canonical)}
    return {n for n in names if len(n) >= 2}


def _vague_names(unit: str) -> set[str]:
    """The unit's core without an ending ("住建" in "住建部门"): pointing at it, but not surely."""
    core, _ = _core(_clean(unit))
    return {n for n in ({core} | _shortened(core)) if len(n) >= 2}


def _sub_names(receiver: Receiver) -> set[str]:
    """A subordinate body's own name: 县住房和城乡建设局城建监察大队 → 城建监察大队."""
    out: set[str] = set()
    own = names_of(receiver.name)
    for body in receiver.related:
        clean = _clean(body)
        for name in own:
            if clean.startswith(name) and len(clean) - len(name) >= 4:
                out.add(clean[len(name) :])
    return out


#: Words ending like a body that are none (干部, 内部) and the mark of an unnamed one (某镇政府).
_NOT_BODIES = ("干部", "全部", "内部", "外部", "部分", "村民")


def _names_a_body(text: str) -> bool:
    """Whether the text names a particular body (县交通运输局), not a title or an unnamed one."""
    for found in _BODY.finditer(text):
        words = found.group()
        if "某" in words or any(words.endswith(w) for w in _NOT_BODIES):
            continue
        return True
    return False


def decide(is_accusation: bool, accused: str | None, accused_unit: str | None, receiver: Receiver) -> Verdict:
    """Whether a document for `receiver` leaves out the petitioner of a case (see the module)."""
    if not is_accusation:
        return Verdict(Secrecy.KEEP, "不是检举控告类事项")
    shown = "、".join(t for t in (accused, accused_unit) if t and t.strip())
    plain = _clean(accused) + "|" + _clean(accused_unit)
    text = plain + "|" + _canonical(plain)
    if not shown:
        return Verdict(Secrecy.IN_DOUBT, "检举控告件没有登记被反映对象，无法判断是否送到被反映对象手中")
    for body in (receiver.name, *receiver.related):
        for name in sorted(names_of(body), key=len, reverse=True):
            if name in text:
                whose = "接收单位" if body == receiver.name else f"与接收单位相关的「{body}」"
                return Verdict(Secrecy.LEAVE_OUT, f"被反映对象属于{whose}（“{name}”）")
    for name in _sub_names(receiver):
        if name in text:
            return Verdict(Secrecy.LEAVE_OUT, f"被反映对象属于接收单位的下属机构（“{name}”）")
    for body in (receiver.name, *receiver.related):
        for name in _vague_names(body):
            if name in text:
                return Verdict(Secrecy.IN_DOUBT, f"被反映对象（{shown}）可能属于接收单位「{receiver.name}」")
    if not _names_a_body(text):
        return Verdict(
            Secrecy.IN_DOUBT, f"被反映对象（{shown}）没有写明所在单位，无法判断是否属于「{receiver.name}」"
        )
    return Verdict(Secrecy.KEEP, f"被反映对象（{shown}）不属于「{receiver.name}」")


def related_names(unit: str, directory: list[str]) -> tuple[str, ...]:
    """The directory's bodies tied to `unit`: its subordinate bodies (names that begin with one of
    its names: 县住建局城建监察大队) and the units above it (one of whose names it begins with)."""
    own = names_of(unit)
    out: list[str] = []
    for other in directory:
        if _clean(other) == _clean(unit):
            continue
        theirs = names_of(other)
        below = any(o.startswith(n) and o != n for o in theirs for n in own if len(n) >= 3)
        above = any(n.startswith(o) and o != n for o in theirs for n in own if len(o) >= 3)
        if below or above:
            out.append(other)
    return tuple(out)
