"""The 检举控告 rule (domain/accusation.py): by the unit's names, never by string equality."""

from __future__ import annotations

import pytest

from fazhi_desktop.domain.accusation import Receiver, Secrecy, decide, names_of, related_names

HOUSING = "县住房和城乡建设局"
BRIGADE = "县住房和城乡建设局城建监察大队"


@pytest.mark.parametrize(
    ("accused", "expected"),
    [
        ("县住房和城乡建设局局长李某", Secrecy.LEAVE_OUT),  # the issue's own case
        ("住建局局长李某", Secrecy.LEAVE_OUT),
        ("县住建局副局长", Secrecy.LEAVE_OUT),
        ("蓝山县住房和城乡建设局", Secrecy.LEAVE_OUT),
        ("城建监察大队队员王某", Secrecy.LEAVE_OUT),  # a subordinate body of the unit
        ("县交通运输局工作人员", Secrecy.KEEP),
        ("县人力资源和社会保障局", Secrecy.KEEP),
        ("局长李某", Secrecy.IN_DOUBT),  # a title without a unit
        ("住建部门有关人员", Secrecy.IN_DOUBT),
        ("李某", Secrecy.IN_DOUBT),
        ("某镇政府干部", Secrecy.IN_DOUBT),
        ("", Secrecy.IN_DOUBT),
    ],
)
def test_an_accusation_to_the_housing_bureau(accused: str, expected: Secrecy) -> None:
    verdict = decide(True, accused, None, Receiver(HOUSING, (BRIGADE,)))
    assert verdict.secrecy is expected, verdict.reason
    assert verdict.leaves_out is (expected is not Secrecy.KEEP)


def test_the_accused_unit_counts_as_much_as_the_text() -> None:
    assert decide(True, "", "县住房和城乡建设局", Receiver("县住建局")).secrecy is Secrecy.LEAVE_OUT
    assert decide(True, "李某", "县交通运输局", Receiver(HOUSING)).secrecy is Secrecy.KEEP


def test_a_claim_keeps_the_petitioner_whoever_it_names() -> None:
    assert decide(False, "县住房和城乡建设局局长李某", None, Receiver(HOUSING)).secrecy is Secrecy.KEEP


def test_a_township_government_is_its_township_and_its_villages() -> None:
    town = Receiver("塔峰镇人民政府", ("五一村",))
    assert decide(True, "塔峰镇党委书记", None, town).secrecy is Secrecy.LEAVE_OUT
    assert decide(True, "五一村支书", None, town).secrecy is Secrecy.LEAVE_OUT
    assert decide(True, "总市镇人民政府", None, town).secrecy is Secrecy.KEEP


def test_names_and_the_directory() -> None:
    assert {"县住房和城乡建设局", "住房和城乡建设局", "住建局"} <= names_of(HOUSING)
    assert "市场监管局" in names_of("蓝山县市场监督管理局")
    assert "场监督管理局" not in names_of("县市场监督管理局")
    assert related_names(HOUSING, [BRIGADE, "县交通运输局", HOUSING]) == (BRIGADE,)
    assert related_names(BRIGADE, [HOUSING, "县交通运输局"]) == (HOUSING,)  # the unit above it
