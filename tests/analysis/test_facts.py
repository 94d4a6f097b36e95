"""The analysis layer: line kinds, regions, sentences and comparisons on realistic text (written for this
project)."""
from __future__ import annotations

import vanban
from vanban.model import LineKind

REPORT = """ỦY BAN NHÂN DÂN
XÃ HƯNG ĐẠO
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Đạo, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kinh tế
Tổng thu ngân sách trên địa bàn đạt 18.650 triệu đồng, tăng 12% so với năm 2023. Giá trị sản xuất
nông nghiệp ước đạt 92 tỷ đồng; bằng cùng kỳ năm trước.
| STT | Chỉ tiêu | Kế hoạch | Thực hiện |
|---|---|---|---|
| 1 | Thu ngân sách | 16.500 | 18.650 |
| III.1 | Chi ngân sách | 15.000 | 14.200 |
2. Văn hóa - xã hội
Xã tổ chức Hội thi “Thôn văn hóa kiểu mẫu” thu hút 12 thôn tham gia.
Ví dụ: Đảng bộ Phường A, thành phố B ghi tên theo mẫu …/BC-UBND.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hùng
"""

AMENDING = """QUỐC HỘI
Luật số: 99/2024/QH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

LUẬT
Sửa đổi, bổ sung một số điều của Luật Ví dụ

Điều 1. Sửa đổi, bổ sung một số điều của Luật Ví dụ
1. Sửa đổi, bổ sung Điều 5 như sau:
“Điều 5. Nguyên tắc
1. Bảo đảm công khai.
2. Bảo đảm kịp thời.”
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực từ ngày 01 tháng 7 năm 2025.
"""


def _line(doc, needle: str) -> int:
    return doc.facts.line_index(doc.text.index(needle))


def test_line_kinds_title_table_header_tail():
    doc = vanban.parse(REPORT)
    f = doc.facts
    assert f.kinds[_line(doc, "BÁO CÁO")] & LineKind.TITLE
    assert f.kinds[_line(doc, "ỦY BAN NHÂN DÂN")] & LineKind.HEADER
    assert f.is_table(doc.text.index("III.1"))
    assert f.kinds[_line(doc, "|---|")] & LineKind.RULE
    assert not f.is_table(doc.text.index("Tổng thu"))
    assert f.is_tail(doc.text.index("Lưu: VT"))
    assert f.kinds[_line(doc, "1. Kinh tế")] & LineKind.HEADING
    assert not f.kinds[_line(doc, "Tổng thu")] & (LineKind.TITLE | LineKind.HEADING)


def test_regions_quote_and_example():
    doc = vanban.parse(REPORT)
    f = doc.facts
    assert f.in_quote(doc.text.index("Thôn văn hóa kiểu mẫu"))
    assert not f.in_quote(doc.text.index("thu hút 12 thôn"))
    assert f.in_example(doc.text.index("Phường A"))
    assert f.in_example(doc.text.index("…/BC-UBND"))
    assert not f.in_example(doc.text.index("Hội thi"))


def test_amended_provisions_are_a_region():
    doc = vanban.parse(AMENDING)
    f = doc.facts
    assert f.in_region(doc.text.index("Bảo đảm công khai"), "amendment")
    assert not f.in_region(doc.text.index("Luật này có hiệu lực"), "amendment")


def test_sentences_join_wrapped_lines_and_split_at_punctuation():
    doc = vanban.parse(REPORT)
    f = doc.facts
    s = f.sentence_text(doc.text.index("Giá trị sản xuất"))
    assert s == "Giá trị sản xuất\nnông nghiệp ước đạt 92 tỷ đồng;"
    assert f.sentence_text(doc.text.index("Tổng thu")).endswith("so với năm 2023.")
    # a heading is a sentence of its own
    assert f.sentence_text(doc.text.index("1. Kinh tế")) == "1. Kinh tế"
    # every sentence is inside the text and they do not overlap
    prev = 0
    for a, b in f.sentences:
        assert prev <= a < b <= len(doc.text)
        prev = b


def test_sentences_do_not_depend_on_line_wrapping():
    doc1 = vanban.parse(REPORT)
    rewrapped = REPORT.replace("Giá trị sản xuất\nnông nghiệp", "Giá trị sản xuất nông nghiệp")
    doc2 = vanban.parse(rewrapped)

    def words(doc, needle):
        return doc.facts.sentence_text(doc.text.index(needle)).split()

    assert words(doc1, "ước đạt 92") == words(doc2, "ước đạt 92")


def test_comparisons_with_their_year():
    doc = vanban.parse(REPORT)
    cmp = doc.facts.comparisons
    assert [(m.text, m.year) for m in cmp] == [("so với năm 2023", 2023), ("cùng kỳ năm trước", None)]
    assert doc.facts.in_comparison(doc.text.index("2023."))


def test_facts_survive_json_round_trip():
    doc = vanban.parse(REPORT)
    again = vanban.Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.facts.kinds == doc.facts.kinds
    assert again.facts.regions == doc.facts.regions
    assert again.facts.sentences == doc.facts.sentences


def test_a_heading_wrapped_onto_the_next_line_is_one_sentence():
    text = ("BÁO CÁO\nKết quả năm 2024\n\nI. TỒN TẠI\nb) Các thủ tục còn sử dụng biểu mẫu giấy chưa được thay thế bằng biểu\n"
            "mẫu điện tử gắn với cơ sở dữ liệu quốc gia. Đường truyền còn chậm.\n")
    doc = vanban.parse(text)
    s = doc.facts.sentence_text(doc.text.index("Các thủ tục"))
    assert s.endswith("cơ sở dữ liệu quốc gia.") and s.startswith("b) Các thủ tục")


def test_a_copy_gets_facts_of_its_own():
    doc = vanban.parse(REPORT)
    f = doc.facts
    copy = doc.model_copy(update={"sections": []})
    assert copy.facts is not f and copy.facts.document is copy
    assert not copy.facts.kinds[_line(copy, "1. Kinh tế")] & LineKind.HEADING
    assert doc.facts is f


def test_lint_with_preview_leaves_the_callers_configuration_alone():
    from vanban.rules import LintConfig

    cfg = LintConfig()
    vanban.lint(REPORT, config=cfg, preview=True)
    assert cfg.preview is False


ATTACHED = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Phú, ngày 03 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\nĐiều 2. Hiệu lực.\n\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng\n\n"
            "QUY CHẾ\nLàm việc của Ủy ban nhân dân xã\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 03/3/2024)\n\n"
            "Điều 1. Phạm vi\nQuy chế này quy định.\n")


def test_the_attached_regulation_is_a_region_also_after_a_json_round_trip():
    doc = vanban.parse(ATTACHED)
    again = vanban.Document.model_validate_json(doc.model_dump_json())
    assert [r.kind for r in doc.facts.regions] == ["attachment"]
    assert again.facts.regions == doc.facts.regions
    assert again.facts.in_attachment(again.text.index("Quy chế này quy định"))
    assert not again.facts.in_attachment(again.text.index("Điều 2. Hiệu lực"))


def test_lines_end_at_a_lone_carriage_return_too():
    text = "Số: 10/BC-UBND\rBa Vì, ngày 5 tháng 3 năm 2024\rBÁO CÁO\rKết quả\r\rI. KẾT QUẢ\r1. Một\r3. Ba\r"
    found = {f.code: (f.line, f.column) for f in vanban.lint(text)}
    assert found["VB104"] == (2, 1) and found["VB201"] == (8, 1)
    assert vanban.parse(text).dates[0].line == 2


def test_many_distinct_doubled_pairs_cost_linear_time():
    """Each distinct doubled pair was once searched for over the whole text: 400 KB of them took 152 s."""
    import random
    import time

    from vanban.analysis.words import doubled_words

    rng = random.Random(1)
    words = ["an", "bình", "cao", "dân", "em", "gia", "hòa", "khoa", "lâm", "minh", "ngọc", "phú"]

    def text(n: int) -> str:
        out = []
        while sum(map(len, out)) < n:
            a, b = rng.sample(words, 2)
            out.append(f"Năm nay {a} {b} {a} {b} tốt hơn năm trước.\n")
        return "BÁO CÁO\nKết quả\n\n" + "".join(out)

    def cost(t: str) -> float:
        doc = vanban.parse(t, limits=vanban.Limits.none())
        best = 1e9
        for _ in range(3):
            doc._facts = None
            facts = doc.facts
            a = time.process_time()
            doubled_words(facts)
            best = min(best, time.process_time() - a)
        return best

    small, large = cost(text(40_000)), cost(text(80_000))
    assert large <= 2.5 * small + 0.05, (small, large)
    assert len(doubled_words(vanban.parse(text(20_000)).facts)) > 300
