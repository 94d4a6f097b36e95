"""Heading tree details that converters and web pages make hard."""
from __future__ import annotations

import vanban


def test_a_label_alone_on_its_line_takes_the_title_from_the_next():
    # a web page's "**1.**" / "**Các cơ quan …**" comes out as a bare label line and a title line
    text = ("Số: 12/CT-UBND\nCần Thơ, ngày 03 tháng 11 năm 2025\nCHỈ THỊ\nVề bảo vệ nguồn nước\n"
            "**1.****\n**Các cơ quan quản lý nhà nước thực hiện nghiêm quy định\n"
            "**2.****\n**Kết hợp hoặc luân phiên khai thác nước mặt\n")
    doc = vanban.parse(text)
    got = [(s.label, s.line, s.title) for s in doc.iter_sections()]
    assert got == [("1", 5, "Các cơ quan quản lý nhà nước thực hiện nghiêm quy định"),
                   ("2", 7, "Kết hợp hoặc luân phiên khai thác nước mặt")]
    assert all(text[s.start:s.end] == s.text for s in doc.iter_sections())


def test_a_bare_number_before_lower_case_text_is_no_heading():
    text = "Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nKết quả\n1.\ntiếp tục như trên\n"
    assert [s.label for s in vanban.parse(text).iter_sections()] == []


def test_party_cong_van_subject_in_lower_case_under_the_number():
    text = ("HUYỆN ỦY HƯƠNG SƠN HẠ\n*\nSố 357-CV/HU\nvề việc chuẩn bị báo cáo tổng kết công tác\n"
            "thi đua, khen thưởng nhiệm kỳ 2015 - 2020\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hương Sơn Hạ, ngày 06 tháng 4 năm 2020\n\nKính gửi: Các đảng ủy cơ sở.\n\nNội dung.\n")
    h = vanban.parse(text).header
    assert (h.doc_type, h.system) == ("Công văn", "party")
    assert h.subject == "về việc chuẩn bị báo cáo tổng kết công tác thi đua, khen thưởng nhiệm kỳ 2015 - 2020"
