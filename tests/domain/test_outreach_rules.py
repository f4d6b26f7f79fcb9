"""Numbers as reports write them, what an image is, and what makes two events the same."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.domain.attachments import MAX_ATTACHMENT_BYTES, check_file, image_type
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind, fingerprint, pass_rate, split_names
from fazhi_desktop.domain.report_numbers import approx, join_names, percent
from tests.images import png_bytes


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (0, "份", "0份"),
        (44, "场次", "44场次"),
        (5000, "份", "5000份"),
        (9999, "份", "9999份"),
        (10000, "份", "1万份"),
        (30000, "份", "3万份"),
        (30200, "份", "3万余份"),
        (31234, "份", "3.1万余份"),
        (85000, "人次", "8.5万人次"),
        (85300, "人次", "8.5万余人次"),
        (89999, "人次", "8.9万余人次"),
        (123_456_789, "人次", "1.2亿余人次"),
    ],
)
def test_numbers_the_way_reports_write_them(value: int, unit: str, text: str) -> None:
    assert approx(value, unit) == text


def test_percentages_and_names() -> None:
    # One decimal always (issue 14: "占18%" beside "38.2%" was the defect).
    assert percent(1) == "100.0%" and percent(0.928) == "92.8%" and percent(0.9) == "90.0%"
    assert percent(None) == "—" and percent(2 / 3) == "66.7%"
    assert join_names(["公安局", "法院"]) == "公安局、法院"
    assert join_names(["公安局", "法院", "检察院", "司法局"]) == "公安局、法院、检察院等"


def test_pass_rate_divides_only_with_participants() -> None:
    assert pass_rate(25, 25) == 1 and pass_rate(0, 0) is None and pass_rate(9, 10) == 0.9


def test_kinds_parse_from_code_or_label() -> None:
    assert StudyKind.parse("集中学法") is StudyKind.COLLECTIVE and StudyKind.parse("exam") is StudyKind.EXAM
    assert ReceptionKind.parse("领导接访日") is ReceptionKind.LEADER_DAY
    with pytest.raises(ValueError):
        ReceptionKind.parse("座谈")


def test_the_same_event_typed_twice_has_one_fingerprint() -> None:
    day = date(2024, 3, 5)
    assert fingerprint(day, "《信访工作条例》进社区", "塔峰镇 文化广场") == fingerprint(
        day, "《信访工作条例》进社区 ", "塔峰镇文化广场"
    )
    assert fingerprint(day, "进社区", "广场") != fingerprint(date(2024, 3, 6), "进社区", "广场")
    assert split_names("公安局、法院，司法局;公安局") == ["公安局", "法院", "司法局"]


@pytest.mark.parametrize(
    ("head", "media"),
    [
        (b"\xff\xd8\xff\xe0" + b"\x00" * 30, "image/jpeg"),
        (png_bytes(), "image/png"),
        (b"GIF89a" + b"\x00" * 30, "image/gif"),
        (b"BM" + b"\x00" * 30, "image/bmp"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 20, "image/webp"),
        (b"%PDF-1.7\n" + b"\x00" * 30, None),
        (b"BMW is a car", None),
    ],
)
def test_images_are_recognised_by_their_signature(head: bytes, media: str | None) -> None:
    assert image_type(head) == media


def test_a_file_over_the_limit_is_refused_with_its_size() -> None:
    with pytest.raises(UserError, match=r"超过了 20\.0 MB 的上限") as info:
        check_file("大照片.jpg", b"\xff\xd8\xff" + b"\x00" * MAX_ATTACHMENT_BYTES, photo=True)
    assert "大照片.jpg" in info.value.message and "压缩" in info.value.message


def test_a_document_named_jpg_is_not_a_photo() -> None:
    with pytest.raises(UserError, match="不是图片"):
        check_file("照片.jpg", b"%PDF-1.7 a scanned notice", photo=True)
    kept = check_file("C:\\材料\\通知.pdf", b"%PDF-1.7 a scanned notice", photo=False)
    assert kept.filename == "通知.pdf" and kept.media_type == "application/pdf" and not kept.is_image


def test_a_real_png_is_accepted_with_hash_and_size() -> None:
    data = png_bytes()
    kept = check_file("现场.png", data, photo=True)
    assert kept.media_type == "image/png" and kept.size == len(data) and len(kept.sha256) == 64
