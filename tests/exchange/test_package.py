"""The package format: what is written is read back; every spoiled package is refused in one line."""

from __future__ import annotations

import io
import stat
import uuid
import zipfile

import pytest

from fazhi_desktop.exchange.manifest import FORMAT_VERSION
from fazhi_desktop.exchange.package_reader import Limits, PackageRefused, read_package
from fazhi_desktop.exchange.records import Record, RecordKind, receipt_member
from fazhi_desktop.exchange.signing import ED25519, new_key_pair
from tests.exchange.packages import COUNTY, TOWNSHIP, lookup, rezip, sample_package


def test_records_come_back_with_their_manifest() -> None:
    package = read_package(sample_package(), lookup, "0.1.0")
    manifest = package.manifest
    assert manifest.format_version == FORMAT_VERSION
    assert (manifest.sender, manifest.receiver, manifest.sequence) == (TOWNSHIP, COUNTY, 1)
    assert manifest.signature_algorithm == ED25519
    assert manifest.counts == {"cases": 1, "steps": 2}
    assert set(manifest.members) == {"cases.jsonl", "steps.jsonl"}
    assert package.records[RecordKind.CASES][0].fields == {"summary": "拖欠工资三个月", "head_count": 6}
    assert [r.fields["kind"] for r in package.records[RecordKind.STEPS]] == ["register", "accept"]


def _refusal(data: bytes, version: str = "0.1.0", limits: Limits | None = None) -> str:
    with pytest.raises(PackageRefused) as refused:
        read_package(data, lookup, version, limits)
    message = refused.value.message
    assert "\n" not in message
    return message


def test_a_truncated_package_is_refused() -> None:
    data = sample_package()
    for cut in (10, len(data) // 2, len(data) - 1):
        assert "交换包" in _refusal(data[:cut])


def test_every_changed_byte_is_refused() -> None:
    data = sample_package()
    for at in range(0, len(data), 7):
        spoiled = bytearray(data)
        spoiled[at] ^= 0x5A
        with pytest.raises(PackageRefused):
            read_package(bytes(spoiled), lookup, "0.1.0")


def test_a_package_signed_by_another_key_is_refused() -> None:
    assert "签名不对" in _refusal(sample_package(keys=new_key_pair()))


def test_an_unregistered_sender_is_refused() -> None:
    with pytest.raises(PackageRefused, match="未在本单位登记"):
        read_package(sample_package(), lambda code: None, "0.1.0")


def test_a_package_from_a_newer_program_is_refused() -> None:
    assert "较新的程序" in _refusal(sample_package(version="0.2.0"), version="0.1.0")


def test_an_unknown_format_version_is_refused() -> None:
    data = sample_package()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = archive.read("manifest.json").replace(b'"format_version": 1', b'"format_version": 9')
    changed = rezip(data, replace={"manifest.json": manifest}, resign=True)
    assert "格式版本" in _refusal(changed)


@pytest.mark.parametrize(
    "name", ["../evil.jsonl", "/etc/passwd", "a/../../b", "C:\\x.jsonl", "sub/cases.jsonl"]
)
def test_paths_that_climb_out_are_refused(name: str) -> None:
    message = _refusal(rezip(sample_package(), extra=((name, b"{}\n"),)))
    assert "路径" in message or "目录" in message


def test_a_link_is_refused() -> None:
    info = zipfile.ZipInfo("link.jsonl")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert "链接" in _refusal(rezip(sample_package(), links=(info,)))


def test_a_duplicate_member_is_refused() -> None:
    data = sample_package()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        cases = archive.read("cases.jsonl")
    with pytest.warns(UserWarning):  # zipfile itself warns of the duplicate it is asked to write
        spoiled = rezip(data, extra=(("cases.jsonl", cases),))
    assert "两次" in _refusal(spoiled)


def test_a_changed_member_with_the_seal_made_again_fails_its_checksum() -> None:
    data = sample_package()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        cases = archive.read("cases.jsonl").replace("三个月".encode(), "四个月".encode())
    assert "校验值" in _refusal(rezip(data, replace={"cases.jsonl": cases}))


def test_a_member_not_in_the_manifest_is_refused() -> None:
    assert "不在清单中" in _refusal(rezip(sample_package(), extra=(("outreach.jsonl", b""),)))


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    data = rezip(sample_package(), replace={"cases.jsonl": b"\n" * (50 << 20)})
    assert "过大" in _refusal(data)


def test_too_many_members_are_refused() -> None:
    extra = tuple((f"m{i}.jsonl", b"") for i in range(40))
    assert "成员太多" in _refusal(rezip(sample_package(), extra=extra))


def test_a_package_over_the_size_limit_is_refused() -> None:
    assert "太大" in _refusal(sample_package(), limits=Limits(package_bytes=100))


def test_not_a_zip_is_refused() -> None:
    assert "不是 zip" in _refusal(b"hello, this is a text file")


def test_a_receipt_member_is_what_its_records_would_write() -> None:
    package = uuid.uuid4()
    answers = [(uuid.uuid4(), "steps", "imported"), (uuid.uuid4(), "", "pending"), (uuid.uuid4(), '案"', "x")]
    expected = b"".join(
        Record(RecordKind.RECEIPTS, key, {"kind": kind, "outcome": outcome, "package": str(package)}).line()
        for key, kind, outcome in answers
    )
    assert receipt_member(package, answers) == expected
