"""extract/awards.py: award names read in their clause (each named step), and the award_facts fact the award
rules read."""
from __future__ import annotations

import datetime

import pytest

import vanban

_REPORT = "ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO\nSố: 88/BC-UBND\nHưng Đạo, ngày 20 tháng 12 năm 2024\n\nBÁO CÁO\nTổng kết\n\n"


@pytest.mark.parametrize("line, expected", [
    # counts after the name, by kind of recipient (_read_counts)
    ("Tặng Giấy khen cho 05 tập thể và 14 cá nhân.", [("Giấy khen", "awarded", None, 5, 14, None)]),
    # a count before the name ("Công nhận 1.402 hộ đạt danh hiệu …")
    ("Công nhận 1.402 hộ đạt danh hiệu “Gia đình văn hóa”.", [("Gia đình văn hóa", "awarded", 1402, None, None, None)]),
    # a proposal and the one it asks to grant (_read_status)
    ("Đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân.",
     [("Giấy khen", "proposed", 2, None, 2, "Chủ tịch UBND huyện")]),
    # the grantor named before the verb (_read_grantor)
    ("Chủ tịch UBND tỉnh tặng 03 Bằng khen.", [("Bằng khen", "awarded", 3, None, None, "Chủ tịch UBND tỉnh")]),
    # a registration
    ("Thi đua xây dựng “Thôn văn hóa”: 12 thôn đăng ký.", [("Thôn, tổ dân phố văn hóa", "registered", 12, 12, None, None)]),
    # the group a share is taken of is no award ("15% LĐTT")
    ("Chiến sĩ thi đua cơ sở không quá 15% LĐTT.", [("Chiến sĩ thi đua cơ sở", "mentioned", None, None, None, None)]),
])
def test_award_clauses(line, expected):
    doc = vanban.parse(_REPORT + line + "\n")
    got = [(a.name, a.status, a.count, a.collectives, a.individuals, a.grantor) for a in doc.awards]
    assert got == expected


def test_the_deciding_citation_is_read_in_the_clause():
    doc = vanban.parse(_REPORT + "Tại Quyết định số 150/QĐ-UBND ngày 10/12/2024, Chủ tịch UBND huyện công nhận "
                                 "danh hiệu Lao động tiên tiến cho 41 cá nhân.\n")
    (a,) = doc.awards
    assert (a.decision_symbol, a.decision_date, a.year, a.grantor) == (
        "150/QĐ-UBND", datetime.date(2024, 12, 10), 2024, "Chủ tịch UBND huyện")


_DECISION = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Về việc khen thưởng\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HƯNG\n\n"
    "Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 01 tập thể và 02 cá nhân (có danh sách kèm theo).\n"
    "Điều 2. Văn phòng xã thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\n"
    "Đỗ Văn Khải\n\n\nDANH SÁCH KHEN THƯỞNG\nI. TẬP THỂ\n1. Đoàn Thanh niên xã;\nII. CÁ NHÂN\n"
    "1. Bà Lê Thị Hoa, công chức Tư pháp;\n2. Bà Lê Thị Hoa, công chức Tư pháp.\n")


def test_award_facts():
    doc = vanban.parse(_DECISION)
    af = doc.facts.get("award_facts")
    assert (af.own_body, af.own_level) == ("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", "xã")
    assert af.own_decided == [True] and af.grantor_levels == ["xã"] and af.totals == [3]
    assert af.list_groups == [[0, 1]] and af.group_kinds == ["tập thể", "cá nhân"]
    assert af.row_keys == [["đoàn thanh niên xã"], ["bà lê thị hoa công chức tư pháp"] * 2]
    assert [f.code for f in vanban.lint(doc) if f.code.startswith("VB60")] == ["VB605"]


def test_award_facts_of_a_document_without_awards():
    af = vanban.parse("Báo cáo tháng 5.\n").facts.get("award_facts")
    assert (af.own_body, af.own_decided, af.list_groups, af.row_keys) == (None, [], [], [])


def test_an_award_name_wrapped_over_two_lines_is_one_award():
    one = "Điều 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho 02 cá nhân;\n"
    wrapped = "Điều 1. Công nhận danh hiệu “Chiến sĩ thi đua\ncơ sở” cho 02 cá nhân;\n"
    got = [[(a.name, a.count, a.status) for a in vanban.parse(_REPORT + t).awards] for t in (one, wrapped)]
    assert got[0] == got[1] == [("Chiến sĩ thi đua cơ sở", 2, "awarded")]
