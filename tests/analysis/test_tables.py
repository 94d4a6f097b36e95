"""Tables as facts: rows, cells with their spans, and the kind of every row (written for this project)."""
from __future__ import annotations

from decimal import Decimal

import vanban

GROUPED = ("TT\tĐơn vị\tSố hồ sơ\tTỷ lệ đúng hạn (%)\n(1)\t(2)\t(3)\t(4)\nA\tKhối xã\t\t\n1\tXã Hòa An\t10\t90,5\n"
           "\tTrong đó: trực tuyến\t6\t\n2\tXã Hòa Bình\t1.200\t95\n\tCộng\t1.210\t\n1.1\tThôn Đông\t3\t\n"
           "\tTổng cộng\t1.210\t94,8\n")


def test_rows_cells_and_kinds():
    doc = vanban.parse(GROUPED)
    (t,) = doc.facts.get("tables")
    assert [(r.kind, r.label) for r in t.rows] == [
        ("header", "TT"), ("index", ""), ("group", "Khối xã"), ("data", "Xã Hòa An"), ("part", "Trong đó: trực tuyến"),
        ("data", "Xã Hòa Bình"), ("subtotal", "Cộng"), ("data", "Thôn Đông"), ("total", "Tổng cộng")]
    assert t.columns == ["TT", "Đơn vị", "Số hồ sơ", "Tỷ lệ đúng hạn (%)"]
    assert t.summable == [False, True, True, False]
    cell = t.rows[5].cells[2]
    assert (cell.text, cell.value, doc.text[cell.start:cell.end]) == ("1.200", 1200, "1.200")
    assert t.rows[3].cells[3].value == Decimal("90.5")
    assert (t.start, t.end) == (0, len(GROUPED) - 1)


def test_markdown_rows_and_rule_lines():
    text = ("Bảng 1. Kết quả\n\n| STT | Thôn | Số hộ |\n|---|:---:|---|\n| 1 | Thôn Đông | **120** |\n"
            "| 2 | Thôn Tây | 95 |\n| | **Tổng cộng** | 215 |\n\nSau bảng.\n")
    doc = vanban.parse(text)
    (t,) = doc.facts.get("tables")
    assert [r.kind for r in t.rows] == ["header", "data", "data", "total"]
    c = t.rows[1].cells[2]
    assert (c.text, doc.text[c.start:c.end], c.value) == ("120", "120", 120)
    assert t.rows[3].label == "Tổng cộng"


def test_a_total_row_above_its_rows_and_a_year_header():
    text = "TT\tChỉ tiêu\t2023\t2024\n\tTổng số\t90\t95\n1\tXã Hòa An\t40\t50\n2\tXã Hòa Bình\t50\t45\n"
    (t,) = vanban.parse(text).facts.get("tables")
    assert [r.kind for r in t.rows] == ["header", "total", "data", "data"]
    assert t.summable == [False, True, True, True]


def test_a_line_of_pipes_or_one_tab_line_is_no_table():
    assert vanban.parse("|" * 5000 + "\n").facts.get("tables") == []
    assert vanban.parse("Họ và tên:\tNguyễn Văn An\nSau đó.\n").facts.get("tables") == []


def test_a_text_figure_is_matched_with_the_row_it_names():
    text = ("Thu ngân sách trên địa bàn đạt 18.560 triệu đồng.\n\nTT\tChỉ tiêu\tKế hoạch\tThực hiện\n"
            "1\tThu ngân sách trên địa bàn\t16.500\t18.650\n")
    doc = vanban.parse(text)
    ((k, row, cell),) = doc.facts.get("table_refs")
    assert (doc.quantities[k].text, row.label, cell.text) == ("18.560 triệu đồng", "Thu ngân sách trên địa bàn", "18.650")


def test_a_word_table_with_groups_and_sub_totals(tmp_path):
    """Word tables arrive as one tab-separated line per row: group rows, "Cộng" rows and the grand total are
    read from a .docx as from text."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from helpers_docs import W_NS, write_package

    def p(text):
        return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    def row(*cells):
        return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"

    rows = [("TT", "Đơn vị", "Số hồ sơ"), ("A", "Khối xã", ""), ("1", "Xã Hòa An", "10"), ("2", "Xã Hòa Bình", "12"),
            ("", "Cộng", "23"), ("B", "Khối phường", ""), ("1", "Phường Bắc Sơn", "5"), ("2", "Phường Nam Sơn", "6"),
            ("", "Cộng", "11"), ("", "Tổng cộng", "34")]
    body = p("BÁO CÁO") + p("Kết quả tiếp nhận hồ sơ quý III năm 2025:") + "<w:tbl>" + "".join(row(*r) for r in rows) \
        + "</w:tbl>" + p("Nơi nhận:")
    doc_xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body>'
               "</w:document>").encode()
    path = write_package(tmp_path / "bang.docx", doc_xml)
    doc = vanban.load(path)
    (t,) = doc.facts.get("tables")
    assert [r.kind for r in t.rows] == ["header", "group", "data", "data", "subtotal", "group", "data", "data",
                                        "subtotal", "total"]
    got = [(f.text, f.message) for f in vanban.lint(doc) if f.code == "VB305"]
    # the wrong sub-total is reported; the grand total adds up the sub-totals as written (23 + 11 = 34)
    assert got == [("23", "Dòng cộng cột “Số hồ sơ”: 10 + 12 = 22, không phải 23.")]
