"""The quantities extractor: Vietnamese number formats and what is no quantity (written for this project)."""
from __future__ import annotations

from decimal import Decimal

import pytest

import vanban


@pytest.mark.parametrize("text,want", [
    ("Có 1.317 hộ.", [("1.317 hộ", 1317, "hộ")]),
    ("Diện tích 4.352,63 ha.", [("4.352,63 ha", Decimal("4352.63"), "ha")]),
    ("Tặng 01 cá nhân.", [("01 cá nhân", 1, "cá nhân")]),
    ("Huyện có 15 xã và 01 thị trấn.", [("15 xã", 15, "xã"), ("01 thị trấn", 1, "thị trấn")]),
    ("Tỷ lệ đạt 92,75 %.", [("92,75 %", Decimal("92.75"), "%")]),
    ("Có 04/04 thôn.", [("04/04 thôn", 4, "thôn")]),
    ("Tổng dân số: 1.317 hộ/5.042 khẩu.", [("1.317 hộ", 1317, "hộ"), ("5.042 khẩu", 5042, "khẩu")]),
    # codes and document numbers are no quantities
    ("Theo công văn số JHDPC/2025/276 ngày 05 tháng 3.", []),
    ("Quốc lộ 24 đi qua xã.", []),
])
def test_quantities(text, want):
    assert [(q.text, q.value, q.unit) for q in vanban.parse(text).quantities] == want


def test_a_row_number_then_a_cell_is_no_unit_and_long_tables_stay_linear():
    doc = vanban.parse("1\tThôn Đông\t120\n")
    assert all(q.unit != "thôn" for q in doc.quantities)


def test_lone_carriage_returns_keep_quantity_lines_in_step():
    """Old Mac line ends (a lone CR) count as line breaks everywhere: the quantities extractor reads the same
    lines as the line numbers (found by the fuzz run: an IndexError on a report opening with CRs)."""
    text = ("\r" * 6 + "BÁO CÁO\nKết quả năm 2024\nTổng giá trị sản xuất đạt 412,5 tỷ đồng.\n"
            "Toàn xã có 2.145 hộ, trong đó: hộ nghèo 64 hộ, hộ cận nghèo 97 hộ.\n")
    doc = vanban.parse(text)
    q = next(q for q in doc.quantities if q.text.startswith("2.145"))
    assert q.line == 10
    assert doc.text[q.start:q.end] == "2.145 hộ"
    mixed = "BÁO CÁO\rKết quả năm 2024\r\nCó 12 hộ:\r- Hộ nghèo: 5 hộ;\r- Hộ cận nghèo: 7 hộ.\n"
    doc = vanban.parse(mixed)
    assert [q.line for q in doc.quantities] == [3, 4, 5]


def test_windows_line_ends_keep_list_totals_checked():
    """A file saved by Notepad (CRLF) is read like the same file with LF: the total before "trong đó:" is
    still linked to its list lines (the colon is not hidden behind the CR)."""
    text = ("BÁO CÁO\nKết quả năm 2025\nTổng số quà đã trao là 860 suất, trong đó:\n- Quà của UBND tỉnh: 310 suất;\n"
            "- Quà của UBND xã: 420 suất;\n- Quà vận động: 150 suất.\n")
    lf = [(f.code, f.line, f.message) for f in vanban.lint(text)]
    crlf = [(f.code, f.line, f.message) for f in vanban.lint(text.replace("\n", "\r\n"))]
    assert any(code == "VB302" for code, _, _ in lf)
    assert crlf == lf


def test_a_wrapped_list_item_is_still_one_item():
    """"04 nội dung sau:" with its second item wrapped onto the next line lists four items, not two (a false
    VB301 found by an independent review); a part standing on the wrapped line still counts."""
    text = ("KẾ HOẠCH\nKiểm tra năm 2026\nĐoàn kiểm tra tập trung vào 04 nội dung sau:\n"
            "1. Việc sử dụng đất sai mục đích, lấn chiếm đất công;\n"
            "2. Việc xây dựng công trình không có giấy phép hoặc sai giấy phép, xây dựng\ntrên đất nông nghiệp;\n"
            "3. Việc chuyển nhượng, tách thửa đất trái quy định;\n4. Việc khai thác cát, sỏi trái phép.\n")
    doc = vanban.parse(text)
    q = next(q for q in doc.quantities if q.text == "04 nội dung")
    assert q.announces == 4
    assert [f.code for f in vanban.lint(doc) if f.code == "VB301"] == []
    parts = ("Năm học 2025 - 2026, trường có 812 học sinh, cụ thể:\n- Khối 6: 210 học sinh;\n"
             "- Khối 7 gồm các lớp 7A, 7B, 7C, 7D, 7E với tổng số\n201 học sinh;\n- Khối 8: 199 học sinh;\n"
             "- Khối 9: 200 học sinh.\n")
    doc = vanban.parse(parts)
    q = next(q for q in doc.quantities if q.text == "812 học sinh")
    assert q.breakdown == [210, 201, 199, 200]
    assert [f.code for f in vanban.lint(doc) if f.code == "VB302"] == ["VB302"]  # 810, not 812
