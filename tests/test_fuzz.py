"""Fuzzing parse + lint with mutated, real-looking documents (issue 17).

Three invented seed documents (a commune report, a decision with articles, a Party resolution) are mutated by
hypothesis: insertions of digits, slashes, Roman numerals, "Số:" lines, impossible dates, long lines, control
and combining characters, lone surrogates, direction marks; deletions, duplications and splices of two
documents. The property: ``vanban.parse`` and ``vanban.lint`` never raise, every span points at its own text,
every finding lies inside the text, and the Document survives a JSON round trip.

A short run is part of the suite. The long run is driven by an environment variable:

    VANBAN_FUZZ_EXAMPLES=100000 python -m pytest -q tests/test_fuzz.py -p no:cacheprovider

(``VANBAN_FUZZ_SEED`` picks hypothesis' seed, so that runs in parallel explore different inputs.)
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import vanban
from vanban.limits import Limits
from vanban.model import Document, Span

EXAMPLES = int(os.environ.get("VANBAN_FUZZ_EXAMPLES", "60"))
SEED = int(os.environ.get("VANBAN_FUZZ_SEED", "0"))

BAO_CAO = """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
Số: 245/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hưng, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024
và phương hướng, nhiệm vụ năm 2025

Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2024 của UBND huyện Phú Bình, UBND xã báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN
1. Kinh tế
Tổng giá trị sản xuất đạt 412,5 tỷ đồng, tăng 8,2% so với năm 2023, đạt 101% kế hoạch.
Toàn xã có 2.145 hộ, trong đó: hộ nghèo 64 hộ (2,98%), hộ cận nghèo 97 hộ.
2. Văn hóa - xã hội
a) Giáo dục: 3/3 trường đạt chuẩn quốc gia.
b) Y tế: tỷ lệ tham gia bảo hiểm y tế đạt 94,6%.
II. TỒN TẠI, HẠN CHẾ
- Tiến độ giải ngân vốn đầu tư công còn chậm.
III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm 20 hộ nghèo; tặng Giấy khen cho 05 tập thể và 12 cá nhân.

Nơi nhận:
- UBND huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Hoa
"""

QUYET_DINH = """ỦY BAN NHÂN DÂN
HUYỆN PHÚ BÌNH
Số: 1021/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Bình, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc khen thưởng thành tích năm 2023

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHÚ BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;
Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 45/TTr-NV ngày 01/3/2024.

QUYẾT ĐỊNH:
Điều 1. Tặng danh hiệu "Lao động tiên tiến" cho 41 cá nhân và Giấy khen cho 06 tập thể (có danh sách kèm theo).
Điều 2. Mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NV.
CHỦ TỊCH

Lê Văn Bình
"""

NGHI_QUYET = """ĐẢNG BỘ HUYỆN PHÚ BÌNH
ĐẢNG ỦY XÃ TÂN HƯNG
*
Số 12-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 08 tháng 01 năm 2025

NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ năm 2025

Căn cứ Điều lệ Đảng;
Căn cứ Quy chế làm việc của Đảng ủy xã khóa XXVI, nhiệm kỳ 2020 - 2025;
Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị,
ĐẢNG ỦY XÃ QUYẾT NGHỊ:
I. MỤC TIÊU
Kết nạp 15 đảng viên mới; 100% chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tập trung lãnh đạo phát triển kinh tế.
2. Nâng cao chất lượng sinh hoạt chi bộ.

Nơi nhận:
- Ban Thường vụ Huyện ủy,
- Các chi bộ,
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ

Phạm Văn Hùng
"""

SEEDS = [BAO_CAO, QUYET_DINH, NGHI_QUYET]

#: snippets a mutation inserts
SNIPPETS = st.one_of(
    st.sampled_from([
        "1" * 500, "$" * 300, "€" * 300, "/" * 200, "12/34/5678/" * 20, "MCMXCIV ", "XVIII. ", "IV.", "Số: ",
        "Số: 12/QĐ-UBND\n", "ngày 31/02/2023", "ngày 45 tháng 13 năm 2023", "00/00/0000", "29/02/2023",
        "Hà Nội, ngày" + " " * 300, "trong đó: ", "Điều 0.", "Điều 9999999999.", "Chương ", "PHỤ LỤC\n",
        "Nơi nhận:\n", "KT. CHỦ TỊCH\n", "TM. ", "(" * 50, ")" * 50, "\"“”«»", "- ", "+ ", "* ", "**", "__", "# ",
        "|", "||||", "\t", "\r", "\r\n", "\f", "\n" * 10, " " * 100, "a * b " * 30, "%", "100%", "0,5%",
        "Lao động tiên tiến", "Giấy khen", "1.000.000.000", "một trăm hai mươi", "\x00", "\x1b[31m", "\x7f",
        "\u0301\u0301\u0301", "\u0323", "e\u0302\u0301", "\u200b", "\u00ad", "\ufeff", "\u200f", "\u202e", "\u2066",
        "\ud800", "\udfff", "\U0001F600", "\u0130", "ǅ", "Ⅻ", "²", "١٢٣", "\u3000",
    ]),
    st.text(max_size=40),
    st.text(alphabet="0123456789/.-:,;()IVXLCDM ĐđSốngàytháng\n", max_size=60),
)


@st.composite
def documents(draw) -> str:
    text = draw(st.sampled_from(SEEDS))
    if draw(st.integers(0, 4)) == 0:  # a splice of two documents
        other = draw(st.sampled_from(SEEDS))
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(0, len(other)))
        text = text[:a] + other[b:]
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "replace", "long"]))
        i = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:i] + draw(SNIPPETS) + text[i:]
        elif op == "delete":
            j = draw(st.integers(i, min(len(text), i + 200)))
            text = text[:i] + text[j:]
        elif op == "duplicate":
            j = draw(st.integers(i, min(len(text), i + 300)))
            text = text[:j] + text[i:j] * draw(st.integers(1, 20)) + text[j:]
        elif op == "replace" and i < len(text):
            text = text[:i] + draw(st.characters()) + text[i + 1:]
        elif op == "long":  # a long line: the line breaks of a stretch removed
            j = draw(st.integers(i, min(len(text), i + 2000)))
            text = text[:i] + text[i:j].replace("\n", " ") + text[j:]
    return text


def _spans(obj, path="doc"):
    """Every Span inside a Document (header fields, sections, blocks, objects, signature …)."""
    if isinstance(obj, Span):
        yield path, obj
    if isinstance(obj, list):
        for k, x in enumerate(obj):
            yield from _spans(x, f"{path}[{k}]")
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            if name != "text":
                yield from _spans(getattr(obj, name), f"{path}.{name}")


def check(text: str, limits: Limits | None = None) -> None:
    doc = vanban.parse(text, limits=limits)
    if _has_lone_surrogate(text):  # each lone surrogate became U+FFFD, one for one, with a note
        text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
        assert any("U+FFFD" in n for n in doc.source.notes)
    assert doc.text == text
    for where, sp in _spans(doc):
        assert 0 <= sp.start <= sp.end <= len(text), where
        assert text[sp.start:sp.end] == sp.text, (where, sp.start, sp.end, sp.text)
    for lang in ("vi", "en"):
        for f in vanban.lint(doc, lang=lang):
            assert 0 <= f.start <= f.end <= len(text), f
            assert f.line >= 1 and f.column >= 1, f
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


def _has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def test_json_of_a_text_with_a_lone_surrogate():
    doc = vanban.parse("\ud800" + BAO_CAO)
    assert doc.text.startswith("\ufffd") and len(doc.text) == len(BAO_CAO) + 1
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_json_keeps_numbers_beyond_double_precision():
    doc = vanban.parse("1" * 16 + "0,5%" + BAO_CAO)
    assert str(doc.quantities[0].value) == "11111111111111110.5"
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_json_of_a_figure_too_large_for_a_float():
    doc = vanban.parse("1" * 400 + "0,5%" + BAO_CAO)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@pytest.mark.parametrize("text", SEEDS)
def test_seeds_are_real_documents(text):
    doc = vanban.parse(text)
    assert doc.header.number and doc.header.date and doc.signature is not None
    check(text)


@seed(SEED)
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_parse_and_lint_never_fail_on_mutated_documents(text):
    check(text)


@seed(SEED + 1)
@settings(max_examples=max(EXAMPLES // 4, 10), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents(), st.integers(1, 5))
def test_small_limits_cut_mutated_documents_cleanly(text, cap):
    # every work limit tiny: the cut lands anywhere, and spans, findings and JSON must hold all the same
    check(text, Limits(lines=cap * 8, citations=cap, dates=cap, quantities=cap, awards=cap))
