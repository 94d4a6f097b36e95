"""Enumerations: an announcing line and the items listed under it (text written for this project)."""
from __future__ import annotations

import vanban

REPORT = """BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2024

I. KẾT QUẢ
1. Các phong trào thi đua
Năm 2024, xã phát động 05 phong trào thi đua, gồm:
a) Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”;
- ở 12 thôn
b) Phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, huy động
được 120 triệu đồng;

c) Phong trào thi đua “Dân vận khéo”.
2. Công tác khen thưởng
Hội đồng đề nghị khen thưởng các tập thể sau:
- Thôn Đông;
- Thôn Tây.
| STT | Nội dung |
|---|---|
"""


def test_items_under_an_announcing_line_with_its_count():
    doc = vanban.parse(REPORT)
    first, second = doc.facts.enumerations
    assert (first.count, first.mark, len(first.items)) == (5, "letter", 3)
    assert doc.text[first.count_span[0]:first.count_span[1]].startswith("05 phong trào")
    a, b, c = (doc.text[s:e] for s, e in first.items)
    assert a.endswith("- ở 12 thôn")  # a deeper sub-item stays inside its item
    assert b.endswith("được 120 triệu đồng;")  # a wrapped line too
    assert c == "c) Phong trào thi đua “Dân vận khéo”."  # across one blank line, same family
    assert (second.count, second.mark, [doc.text[s:e] for s, e in second.items]) == (
        None, "dash", ["- Thôn Đông;", "- Thôn Tây."])


def test_a_heading_of_an_outer_level_or_a_table_ends_the_list():
    doc = vanban.parse(REPORT)
    first, second = doc.facts.enumerations
    assert "2. Công tác khen thưởng" not in doc.text[first.start:first.end]
    assert "| STT" not in doc.text[second.start:second.end]


def test_a_colon_line_without_items_is_no_enumeration():
    doc = vanban.parse("BÁO CÁO\nKết quả\n\nI. KẾT QUẢ\nCụ thể như sau:\nNăm nay xã làm được nhiều việc.\n")
    assert doc.facts.enumerations == []
