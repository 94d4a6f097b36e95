"""The citation extractor (``vanban.extract.citations``), table-driven: each row is a short sentence written for
this table and the fields its citations must have (only the fields listed are compared)."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

import vanban

_HEAD = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/BC-UBND\nAn Phú, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nKết quả\n"

CASES = [
    # (id, body text, [expected fields of each citation, in order])
    ("state", "Thực hiện Kế hoạch số 31/KH-UBND ngày 07/3/2025 của UBND xã.",
     [{"doc_type": "Kế hoạch", "number": "31", "symbol": "KH-UBND", "date": dt.date(2025, 3, 7), "issuer": "UBND xã",
       "symbol_problems": []}]),
    ("type contradicts symbol", "Thực hiện Kế hoạch số 12/QĐ-UBND ngày 25/01/2025 của UBND xã.",
     [{"type_code": "QĐ", "symbol_problems": ["type word contradicts the symbol"]}]),
    # a công văn's ký hiệu is BODY-UNIT: "CT" is the initials of Cục Thuế named before it, not Chỉ thị
    ("issuer initials", "Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS hướng dẫn chính sách thuế.",
     [{"doc_type": "Công văn", "number": "3316", "symbol_problems": []}]),
    ("initials of another body", "Thực hiện Công văn số 45/CT-UBND ngày 02/3/2025 của UBND tỉnh.",
     [{"doc_type": "Công văn", "symbol_problems": ["type word contradicts the symbol"]}]),
    # "QH" with its term number left out names the body, not a type
    ("QH without term", "Căn cứ Nghị quyết số 202/2025/QH ngày 12 tháng 6 năm 2025 của Quốc hội;",
     [{"doc_type": "Nghị quyết", "year": 2025, "type_code": None, "issuer_code": "QH", "symbol_problems": []}]),
    ("legal", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
     [{"doc_type": "Nghị định", "year": 2020, "type_code": "NĐ", "system": "legal", "date": dt.date(2020, 3, 5)}]),
    ("glued year", "Căn cứ Thông tư số 49/2025TT-BCT ngày 09 tháng 9 năm 2025 của Bộ Công Thương;",
     [{"year": None, "symbol_problems": ["digits glued to the symbol"]}]),  # VB401 reports it, VB406 does not
    # numbers start again each year: the same number and symbol in two years are two documents
    ("same number, two years", "Sửa đổi Quyết định số 800/QĐ-UBND ngày 08/6/2011 của UBND xã bằng Quyết định số "
     "800/QĐ-UBND ngày 06/11/2024 của UBND xã.",
     [{"date": dt.date(2011, 6, 8), "first_mention": None}, {"date": dt.date(2024, 11, 6), "first_mention": None}]),
    ("same document twice", "Theo Kế hoạch số 05/KH-UBND ngày 14/01/2025. Thực hiện Kế hoạch số 05/KH-UBND "
     "ngày 15/02/2025.", [{"first_mention": None}, {"first_mention": 0}]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_citation_fields(text, expected, form):
    doc = vanban.parse(unicodedata.normalize(form, _HEAD + text))
    got = doc.citations
    assert len(got) == len(expected), [c.text for c in got]
    for c, exp in zip(got, expected, strict=True):
        for field, value in exp.items():
            v = getattr(c, field)
            if form == "NFD" and isinstance(v, str):
                v = unicodedata.normalize("NFC", v)
            if form == "NFD" and isinstance(v, list):
                v = [unicodedata.normalize("NFC", x) for x in v]
            assert v == value, (field, c.text)


MALFORMED = [
    ("Quyết định số 18/20202QĐ-UBND ngày 10/01/2023", ["18/20202QĐ-UBND"]),
    ("gọi tắt là Nghị định số 255/2025-NĐ-CP", ["255/2025-NĐ-CP"]),
    ("Quyết định số 18/2020/QĐ-UBND ngày 10/01/2020", []),
]


@pytest.mark.parametrize("text,expected", MALFORMED)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_malformed_symbols_fact(text, expected, form):
    doc = vanban.parse(unicodedata.normalize(form, text))
    assert [unicodedata.normalize("NFC", m.text) for m in doc.facts.get("malformed_symbols")] == expected
