"""Issuing-body mentions (analysis/bodies.py): which bodies a text names, with their level."""
import pytest

import vanban


def _bodies(text: str, kind: str = "body") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in vanban.parse(text).facts.get("bodies") if m.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện chỉ đạo của UBND tỉnh Quảng Trị, Ủy ban nhân dân xã Tân Hưng báo cáo như sau.",
     [("UBND tỉnh Quảng Trị", "province"), ("Ủy ban nhân dân xã Tân Hưng", "commune")]),
    ("Sở Giáo dục và Đào tạo phối hợp với Sở Nội vụ và Sở Tài chính hướng dẫn.",
     [("Sở Giáo dục và Đào tạo", "province"), ("Sở Nội vụ", "province"), ("Sở Tài chính", "province")]),
    ("Thủ tướng Chính phủ giao Bộ Tài chính chủ trì; Huyện ủy Cam Lộ đã họp.",
     [("Thủ tướng Chính phủ", "central"), ("Bộ Tài chính", "central"), ("Huyện ủy", "district")]),
    ("UBND tỉnh Bà Rịa - Vũng Tàu và UBND Phường 3 thống nhất.",
     [("UBND tỉnh Bà Rịa - Vũng Tàu", "province"), ("UBND Phường 3", "commune")]),
    # a bare level word stands for its body after "của", "do", "cấp"
    ("Theo kế hoạch của huyện, các chỉ tiêu do tỉnh giao được thực hiện.", [("huyện", "district"), ("tỉnh", "province")]),
    ("UBND đã họp.", [("UBND", None)]),
    ("Bộ Công an, Bộ Công Thương và Sở Công Thương phối hợp.",
     [("Bộ Công an", "central"), ("Bộ Công Thương", "central"), ("Sở Công Thương", "province")]),
    # a level after the name makes it a local body: the province's military command, not a ministry
    ("Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức diễn tập.", [("Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "province")]),
])
def test_bodies_and_levels(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize("text", [
    "Kế hoạch số 12/KH-UBND ngày 10/01/2024 về công tác năm.",  # the body code inside a symbol
    "Hồ sơ gồm một bộ hồ sơ gốc; quyền sở hữu nhà ở.",          # "bộ", "sở" as common words
    "Thành phố trực thuộc trung ương có cơ chế riêng.",         # "trung ương" as a level, not a body
    "Dân số trên địa bàn tỉnh tăng.",                           # a place, not a body acting (a level word)
])
def test_words_that_are_no_body(text):
    assert _bodies(text) == []


def test_level_words_on_their_own():
    text = "Dân số trên địa bàn tỉnh tăng; Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện họp."
    assert _bodies(text, "level") == [("tỉnh", "province"), ("huyện", "district")]
    assert _bodies(text) == [("Ban Chỉ đạo", None)]


def test_bodies_spans_hold_their_text_on_decomposed_input():
    import unicodedata

    text = "Căn cứ hướng dẫn của Sở Nội vụ tỉnh Quảng Trị và UBND huyện Gio Linh."
    nfd = unicodedata.normalize("NFD", text)
    doc = vanban.parse(nfd)
    got = doc.facts.get("bodies")
    assert [m.value for m in got] == ["province", "district"]
    for m in got:
        assert doc.text[m.start:m.end] == m.text
    assert unicodedata.normalize("NFC", got[1].text) == "UBND huyện Gio Linh"


def test_another_level_body_keeps_a_citation_out_of_the_communes_series():
    head = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 20/BC-UBND\nTân Hưng, ngày 05 tháng 12 năm 2024\nBÁO CÁO\n"
            "Công tác thi đua năm 2024\n")
    # the commune's own series going backwards: reported
    own = head + ("Thực hiện Kế hoạch số 12/KH-UBND ngày 25/01/2024; Kế hoạch số 05/KH-UBND ngày 14/02/2024 "
                  "về phong trào thi đua.\n")
    assert [f.code for f in vanban.lint(own, select=["VB411"])] == ["VB411"]
    # the second plan is the town's (a district-level body, named in its sentence): another series, not reported
    other = head + ("Thực hiện Kế hoạch số 12/KH-UBND ngày 25/01/2024. UBND thị xã Quảng Trị ban hành Kế hoạch số "
                    "05/KH-UBND ngày 14/02/2024 về phong trào thi đua.\n")
    assert vanban.lint(other, select=["VB411"]) == []


def test_a_steering_committee_of_the_province_keeps_its_plan_out_of_the_communes_series():
    """"Ban Chỉ đạo … tỉnh ban hành Kế hoạch số 31/KH-BCĐ": the level stands after a long name; the plan is the
    province committee's, not in the commune's series (found by an independent review)."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ NGHĨA HƯNG\nSố: 118/BC-UBND\nNghĩa Hưng, ngày 22 tháng 6 năm 2026\nBÁO CÁO\n"
            "Kết quả thực hiện các chương trình mục tiêu quốc gia 6 tháng đầu năm 2026\n"
            "Ban Chỉ đạo các chương trình mục tiêu quốc gia xã ban hành Kế hoạch số 45/KH-BCĐ ngày 12/3/2026 về "
            "triển khai năm 2026.\nBan Chỉ đạo các chương trình mục tiêu quốc gia tỉnh ban hành Kế hoạch số "
            "31/KH-BCĐ ngày 05/5/2026 về kiểm tra, giám sát.\n")
    assert vanban.lint(text, select=["VB411"]) == []
