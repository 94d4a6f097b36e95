"""Number roles, breakdowns and relations on realistic text (written for this project)."""
from __future__ import annotations

import pytest

import vanban


def _roles(text):
    doc = vanban.parse(text)
    return [(n.text, n.role) for n in doc.facts.get("numbers") if n.quantity is not None]


@pytest.mark.parametrize("text,want", [
    ("Số vụ tai nạn giảm 356 vụ so với năm 2023.", [("356 vụ", "change")]),
    ("Năm 2024 có 17 cá nhân, tăng 05 cá nhân so với năm 2023.", [("17 cá nhân", "count"), ("05 cá nhân", "change")]),
    ("Có 1.842/1.986 hộ, đạt 92,75 %.", [("1.842/1.986 hộ", "fraction"), ("92,75 %", "rate")]),
    ("Tổ chức cho khoảng 2.000 người.", [("2.000 người", "estimate")]),
    ("Mỗi tổ có từ 10 đến 15 thành viên.", [("10", "range"), ("15 thành viên", "range")]),
    ("Phấn đấu kế hoạch 10.200 triệu đồng.", [("10.200 triệu đồng", "target")]),
    ("Tạm đình chỉ công tác từ 14 ngày làm việc trở lên.", [("14 ngày", "threshold")]),
    ("Tổng số 45 cá nhân.", [("45 cá nhân", "total")]),
])
def test_roles(text, want):
    assert _roles(text) == want


def test_change_knows_its_direction_and_year():
    doc = vanban.parse("Năm 2024 có 17 cá nhân, tăng 05 cá nhân so với năm 2023.")
    (ch,) = [n for n in doc.facts.get("numbers") if n.role == "change"]
    assert (ch.direction, ch.year) == ("up", 2023)


def test_dates_and_citations_are_numbers_too():
    doc = vanban.parse("Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2024 của UBND xã, có 12 hộ.")
    assert {n.role for n in doc.facts.get("numbers")} >= {"identifier", "date", "count"}


def test_partition_and_subset():
    def kinds(text):
        return [(b.kind, b.dimension, b.overlapping, [p.written for p in b.parts])
                for b in vanban.parse(text).facts.get("breakdowns")]

    assert kinds("Huyện có 17 đơn vị hành chính cấp xã (15 xã và 01 thị trấn).") == [
        ("partition", "commune_type", False, ["15", "01"])]
    assert kinds("Dân số 8.450 người, trong đó nam 4.100 người, nữ 4.300 người.") == [
        ("partition", "sex", False, ["4.100", "4.300"])]
    assert kinds("Cơ quan có 22 người, trong đó 09 nữ, 20 đảng viên.") == [("subset", None, True, ["09", "20"])]
    # poor and near-poor households do not overlap, but do not cover every household either
    assert kinds("Xã có 1.250 hộ, trong đó 45 hộ nghèo, 38 hộ cận nghèo.") == [("subset", "poverty", False, ["45", "38"])]
    # resolved files split by time add up; files received need the pending ones too
    assert kinds("Đã giải quyết 120 hồ sơ, trong đó đúng hạn 115 hồ sơ, quá hạn 05 hồ sơ.")[0][:2] == (
        "partition", "timeliness")
    assert kinds("Tiếp nhận 150 hồ sơ, trong đó đúng hạn 120 hồ sơ, quá hạn 10 hồ sơ.")[0][:2] == (
        "subset", "timeliness")


def test_relations():
    doc = vanban.parse("Có 1.842/1.986 hộ, đạt 92,75 %. Tai nạn giảm 312 vụ (734/1046).")
    rels = [(r.kind, r.written, [p.written for p in r.operands]) for r in doc.facts.get("relations")]
    assert rels == [("rate", "92,75", ["1.842", "1.986"]), ("change", "312", ["734", "1046"])]


def test_phone_numbers_and_codes_are_identifiers():
    doc = vanban.parse("Liên hệ Văn phòng UBND xã, điện thoại: 0255 3826 123; có 12 hộ tham gia. Mã số thuế 4300123456.")
    roles = {n.text: n.role for n in doc.facts.get("numbers")}
    assert roles["0255 3826 123"] == roles["4300123456"] == "identifier"
    assert roles["12 hộ"] == "count"
