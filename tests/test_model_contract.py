"""The model is the contract: JSON round-trip, exact spans, generated docs not stale."""
import datetime
from pathlib import Path

import pytest
import vanban
from vanban.docgen import rules_markdown, schema_json
from vanban.model import Document

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 07/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 05 tháng 02 năm 2024

BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2023

Thực hiện Công văn số 125/UBND-VP ngày 10/01/2024 của UBND huyện Đức Phổ.
I. KẾT QUẢ
1. Công tác khen thưởng
Tặng danh hiệu Lao động tiên tiến cho 12 cá nhân tại Quyết định số 03/QĐ-UBND ngày 04/01/2024 của UBND xã.
II. PHƯƠNG HƯỚNG NĂM 2024
Tiếp tục phát động phong trào thi đua.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""


def _spans(doc):
    h = doc.header
    for sp in (h.parent_body, h.issuing_body, h.national_title, h.motto, h.number_line, h.dateline, h.title, h.subject_span):
        if sp is not None:
            yield sp
    yield from doc.iter_sections()
    yield from doc.blocks
    if doc.signature:
        yield doc.signature
    yield from doc.recipients
    yield from doc.citations
    yield from doc.dates
    yield from doc.quantities
    yield from doc.awards
    yield from doc.award_lists
    for g in doc.award_lists:
        yield from g.entries
    yield from h.recipients_to
    if h.period is not None:
        yield h.period


def test_round_trip_json():
    doc = vanban.parse(SAMPLE)
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.model_dump_json() == doc.model_dump_json()


def test_spans_exact_and_lines():
    doc = vanban.parse(SAMPLE)
    n = 0
    for o in _spans(doc):
        assert doc.text[o.start:o.end] == o.text
        assert o.line == doc.text.count("\n", 0, o.start) + 1
        n += 1
    assert n > 20


def test_header_fields():
    h = vanban.parse(SAMPLE).header
    assert (h.number, h.symbol, h.type_code, h.issuer_code) == ("07", "BC-UBND", "BC", "UBND")
    assert (h.place, h.date, h.doc_type, h.report_year) == ("Hòa Bình", datetime.date(2024, 2, 5), "Báo cáo", 2023)
    assert h.national_title_present and h.issuing_body_present
    assert h.issuing_body.text == "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH"
    assert h.subject == "Kết quả công tác thi đua, khen thưởng năm 2023"


def test_json_top_level_keys():
    data = vanban.parse(SAMPLE).model_dump(mode="json")
    for key in ("header", "sections", "signature", "recipients", "citations", "dates", "quantities", "awards"):
        assert key in data


def test_schema_file_is_current():
    assert (ROOT / "docs" / "schema" / "document.json").read_text(encoding="utf-8") == schema_json(), (
        "docs/schema/document.json is stale: run `python -m vanban.docgen`")


def test_rules_doc_is_current():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `python -m vanban.docgen`")


def test_import_does_not_import_underthesea():
    import subprocess
    import sys

    code = "import sys, vanban; vanban.parse('Số: 01/QĐ-UBND'); print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_the_classes_a_notebook_needs_are_at_the_top_and_cost_nothing_until_used():
    import subprocess
    import sys

    code = ("import sys, vanban; print('vanban.model' in sys.modules); "
            "doc = vanban.Document.model_validate_json(vanban.parse('Số: 01/QĐ-UBND').model_dump_json()); "
            "print(doc.header.symbol, vanban.Limits().citations, vanban.LintConfig(select=['VB1']).select, "
            "vanban.Finding.__name__, vanban.ReadError.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["False", "QĐ-UBND 2000 ['VB1'] Finding ReadError"]
    import vanban

    assert set(vanban.__all__) >= {"Document", "Finding", "LintConfig", "Limits", "ReadError"}
    with pytest.raises(AttributeError):
        vanban.NoSuchThing  # noqa: B018
