"""The demo corpus: deterministic, well-formed and varied enough for `fazhi demo`."""

from __future__ import annotations

import datetime
import random
import re
from collections import Counter

import pytest

from fazhi_desktop.domain.categories import DEFAULT_CATEGORIES
from fazhi_desktop.services.demo import corpus as dc

_CJK = re.compile(r"[\u4e00-\u9fff]+")
_TOP_CODES = {e.code for e in DEFAULT_CATEGORIES if e.parent is None}


def _draw_record(rng: random.Random) -> tuple[object, ...]:
    code = rng.choices(list(dc.CATEGORY_WEIGHTS), weights=list(dc.CATEGORY_WEIGHTS.values()))[0]
    township = rng.choices(dc.TOWNSHIPS, weights=[t.weight for t in dc.TOWNSHIPS])[0]
    return (
        dc.person(rng),
        dc.birth_date(rng),
        dc.phone(rng),
        dc.address(rng, township),
        dc.summary_and_content(rng, code, township),
        dc.accused(rng, code),
        dc.higher_number(rng, 2024),
        dc.leader(rng),
    )


def test_deterministic_for_a_seeded_random() -> None:
    first = [_draw_record(random.Random(20240601)) for _ in range(3)]
    a = random.Random(42)
    b = random.Random(42)
    assert [_draw_record(a) for _ in range(500)] == [_draw_record(b) for _ in range(500)]
    assert first[0] == first[1] == first[2]
    assert _draw_record(random.Random(1)) != _draw_record(random.Random(2))


def test_county_constants() -> None:
    assert dc.COUNTY_NAME == "蓝山县"
    assert dc.COUNTY_CODE == "431127"
    assert dc.COUNTY_OFFICE_NAME == "蓝山县信访局"


def test_townships_are_well_formed() -> None:
    codes = [t.code for t in dc.TOWNSHIPS]
    assert len(codes) == len(set(codes))
    assert 12 <= len(dc.TOWNSHIPS) <= 16
    for t in dc.TOWNSHIPS:
        assert re.fullmatch(r"\d{9}", t.code)
        assert t.code.startswith(dc.COUNTY_CODE)
        assert t.name.endswith(("镇", "乡", "街道"))
        assert 6 <= len(t.villages) <= 15
        assert len(set(t.villages)) == len(t.villages)
        assert all(v.endswith(("村", "社区")) for v in t.villages)
        assert t.weight > 0
    assert len({t.name for t in dc.TOWNSHIPS}) == len(dc.TOWNSHIPS)
    seat = max(dc.TOWNSHIPS, key=lambda t: t.weight)
    assert seat.name == "塔峰镇"


def test_units_are_county_departments() -> None:
    assert 25 <= len(dc.UNITS) <= 40
    assert len(set(dc.UNITS)) == len(dc.UNITS)
    assert all(u.startswith("县") for u in dc.UNITS)
    assert "县人力资源和社会保障局" in dc.UNITS
    assert not any(u.endswith("人民政府") for u in dc.UNITS)


def test_category_weights_match_the_top_level_categories() -> None:
    assert set(dc.CATEGORY_WEIGHTS) == _TOP_CODES
    assert all(w > 0 for w in dc.CATEGORY_WEIGHTS.values())
    largest = sorted(dc.CATEGORY_WEIGHTS, key=dc.CATEGORY_WEIGHTS.__getitem__, reverse=True)[:5]
    assert set(largest) == {"01", "02", "03", "04", "05"}


def test_person_names_look_real() -> None:
    rng = random.Random(3)
    sexes: Counter[str] = Counter()
    names = set()
    for _ in range(5000):
        name, sex = dc.person(rng)
        assert 2 <= len(name) <= 4
        assert _CJK.fullmatch(name), name
        assert sex in ("male", "female")
        sexes[sex] += 1
        names.add(name)
    assert 0.4 < sexes["male"] / 5000 < 0.7
    assert len(names) > 2000


def test_birth_dates_are_in_range_and_skewed() -> None:
    rng = random.Random(4)
    dates = [dc.birth_date(rng) for _ in range(5000)]
    assert all(datetime.date(1940, 1, 1) <= d <= datetime.date(2005, 12, 31) for d in dates)
    core = sum(1955 <= d.year <= 1985 for d in dates)
    assert core / len(dates) > 0.6
    assert min(d.year for d in dates) < 1950 and max(d.year for d in dates) > 1995


def test_phones_are_valid_mobiles() -> None:
    rng = random.Random(5)
    phones = [dc.phone(rng) for _ in range(5000)]
    for p in phones:
        assert re.fullmatch(r"1(3\d|4[57]|5[0-35-9]|6[6]|7[0-8]|8\d|9[0-35-9])\d{8}", p), p
    assert len(set(phones)) == len(phones)
    assert {p[:2] for p in phones} >= {"13", "15", "17", "18", "19"}


@pytest.mark.parametrize("township", dc.TOWNSHIPS, ids=lambda t: t.name)
def test_addresses_contain_the_township(township: dc.Township) -> None:
    rng = random.Random(6)
    for _ in range(200):
        address = dc.address(rng, township)
        assert address.startswith(dc.COUNTY_NAME + township.name)
        assert any(v in address for v in township.villages)
        assert address.endswith(("号", "室"))


@pytest.mark.parametrize("code", sorted(_TOP_CODES))
def test_summaries_and_contents_are_well_formed(code: str) -> None:
    rng = random.Random(int(code))
    for i in range(600):
        township = dc.TOWNSHIPS[i % len(dc.TOWNSHIPS)]
        summary, content = dc.summary_and_content(rng, code, township)
        for text in (summary, content):
            assert "{" not in text and "}" not in text
            assert "None" not in text
        assert 6 <= len(summary) <= 40, summary
        assert len(_CJK.findall(summary)) >= 1 and len("".join(_CJK.findall(summary))) >= 6
        assert summary.startswith(("反映", "举报", "咨询", "建议", "要求", "请求")), summary
        assert "。" not in summary
        assert 60 <= len(content) <= 260, content
        assert content.endswith("。")
        assert content.startswith(("信访人", "据信访人")), content


def test_content_mentions_the_township_of_the_problem_when_it_names_a_place() -> None:
    rng = random.Random(8)
    township = dc.TOWNSHIPS[5]
    others = [v for t in dc.TOWNSHIPS if t is not township for v in t.villages if v not in township.villages]
    for _ in range(2000):
        code = rng.choice(sorted(_TOP_CODES))
        summary, content = dc.summary_and_content(rng, code, township)
        assert not any(v in summary or v in content for v in others)


def test_any_level_of_category_code_is_accepted() -> None:
    rng = random.Random(9)
    township = dc.TOWNSHIPS[0]
    for entry in DEFAULT_CATEGORIES:
        summary, content = dc.summary_and_content(rng, entry.code, township)
        assert summary and content
        dc.accused(rng, entry.code)
    assert dc.summary_and_content(rng, "88", township)[0]


def test_summaries_are_varied() -> None:
    rng = random.Random(10)
    codes = list(dc.CATEGORY_WEIGHTS)
    weights = list(dc.CATEGORY_WEIGHTS.values())
    township_weights = [t.weight for t in dc.TOWNSHIPS]
    summaries = []
    contents = []
    for _ in range(20_000):
        code = rng.choices(codes, weights)[0]
        township = rng.choices(dc.TOWNSHIPS, township_weights)[0]
        summary, content = dc.summary_and_content(rng, code, township)
        summaries.append(summary)
        contents.append(content)
    assert len(set(summaries)) >= 2000
    assert len(set(contents)) >= 15_000
    # no single summary dominates
    assert Counter(summaries).most_common(1)[0][1] < 200


def test_accused_is_none_about_half_the_time() -> None:
    rng = random.Random(11)
    for code in sorted(_TOP_CODES):
        drawn = [dc.accused(rng, code) for _ in range(1000)]
        nones = sum(a is None for a in drawn)
        assert 400 < nones < 600, code
        for a in drawn:
            if a is not None:
                assert a and _CJK.search(a)


def test_higher_numbers() -> None:
    rng = random.Random(12)
    numbers = [dc.higher_number(rng, 2023) for _ in range(2000)]
    for n in numbers:
        assert re.fullmatch(r"(湘|永)信[\u4e00-\u9fff]{1,2}〔2023〕[1-9]\d{0,3}号", n), n
    assert {n[0] for n in numbers} == {"湘", "永"}
    assert len({n[:3] for n in numbers}) >= 4
    taken: set[str] = set()
    unique = [dc.higher_number(random.Random(12), 2023, taken) for _ in range(2000)]
    assert len(set(unique)) == 2000 and taken == set(unique)  # the same draw each time, never the same number


def test_leaders_are_titles() -> None:
    rng = random.Random(13)
    township_names = tuple(t.name for t in dc.TOWNSHIPS)
    titles = {dc.leader(rng) for _ in range(2000)}
    assert len(titles) >= 10
    for title in titles:
        assert title.startswith(("县", *township_names)), title
        assert title.endswith(("书记", "长", "主任", "主席", "部长")), title
