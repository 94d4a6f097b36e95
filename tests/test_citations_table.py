"""Table-driven citation tests (issue 3 acceptance): every citation form, with the fields it must give.

The table lives in ``tests/data/citations_table.json``. Each case is a short, realistic sentence written for
this table, the citations ``vanban.parse(text).citations`` must hold (same count, same order; every field
listed is compared, fields not listed are not) and, when the current extractor gets it wrong, an ``xfail``
reason. Those cases are strict xfails: a fix makes them pass and the run fails until the reason is removed
from the table, so nothing is fixed silently.

Forms covered (``form``): state (NN/TYPE-BODY[-UNIT], công văn NN/BODY[-UNIT]), party (NN-TYPE/BODY[-BODY]),
legal (NN/YYYY/TYPE-BODY, NN/YYYY/QHk, laws by name and date), sloppy (type inferred, no "số", letter case,
spaces and line breaks, amending chains, abbreviations), list (items sharing a type, date, issuer), mention
(later short mentions linked by ``first_mention``) and negative (strings that are not citations).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

import vanban

TABLE_PATH = Path(__file__).resolve().parent / "data" / "citations_table.json"
TABLE = json.loads(TABLE_PATH.read_text("utf-8"))["cases"]

# Fields every positive expectation must state (``subject`` only when the text makes it clear).
CORE_FIELDS = {"doc_type", "number", "has_so"}


def _params():
    out = []
    for case in TABLE:
        marks = []
        if case["xfail"]:
            marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def _actual(cite, fields):
    """The fields in the table's notation: a date as its ISO text, as the JSON writes it."""
    return {k: (v.isoformat() if isinstance(v := getattr(cite, k), dt.date) else v) for k in fields}


@pytest.mark.parametrize("case", _params())
def test_citation_table(case):
    doc = vanban.parse(case["text"])
    cites = doc.citations
    got_texts = [c.text for c in cites]
    assert len(cites) == len(case["expect"]), f"citations found: {got_texts}"
    for i, (cite, want) in enumerate(zip(cites, case["expect"])):
        assert _actual(cite, want) == want, f"citation {i} ({cite.text!r})"
        # spans are exact slices of the document text
        assert doc.text[cite.start:cite.end] == cite.text


def test_table_is_large_and_well_formed():
    ids = [c["id"] for c in TABLE]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(TABLE) >= 200
    forms = Counter(c["form"] for c in TABLE)
    assert set(forms) == {"state", "party", "legal", "sloppy", "list", "mention", "negative"}
    assert min(forms.values()) >= 10, forms
    for case in TABLE:
        assert case["id"].startswith({"negative": "neg"}.get(case["form"], case["form"]))
        if case["form"] == "negative":
            assert case["expect"] == [], case["id"]
        for want in case["expect"]:
            assert CORE_FIELDS <= set(want), case["id"]
            if want.get("date"):
                assert want["date_valid"] is True, case["id"]


def test_issue_examples_are_in_the_table():
    """The forms named in the issue are all present, with the exact strings the issue gives."""
    texts = "\n".join(c["text"] for c in TABLE)
    for s in [
        "Quyết định số 93/QĐ-UBND ngày 24/01/2022 của UBND tỉnh",
        "Công văn số 2329/UBND ngày 16/10/2023 của UBND huyện Ba Tơ",
        "số 125/UBND-VP", "149/QĐ-UBND-TL", "5816/BNV-CCHC", "2775/SNV-CCHC&VTLT",
        "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị", "kế hoạch số 02-KH/ĐU, ngày",
        "05-QC/BTCTU-BDVTU", "28-12-2010",
        "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ", "/TTLT-BNV-BTC",
        "Luật Thi đua, khen thưởng số 06/2022/QH15", "ngày 19 tháng 6 năm 2015", "Nghị quyết số 101/2025/UBTVQH15",
        "tại số 120/QĐ-UBND", "Quyết định 213/QĐ-UBND", "157 /", "ngày 16/8 ", "Nghị định số\n82/2023/NĐ-CP",
        "số 85/2015/QH13 đã được sửa đổi, bổ sung bởi Luật số 83/2025/QH15",
        "các Quyết định số 01/QĐ-UBND, 02/QĐ-UBND ngày 04/01/2023", "Kế hoạch số 31-KH/TU nêu trên",
        "Quyết định 93", "16/10/2023", "04/04 thôn", "2/3", "Covid-19", "KT-XH", "quốc lộ 24", "Điều 8",
        "Mẫu số 01/BCĐ", "1.317 hộ/5.042 khẩu",
    ]:
        assert s in texts, s


def test_short_mention_points_at_the_full_citation():
    """``first_mention`` is an index into ``doc.citations`` of the full citation with the same number."""
    case = next(c for c in TABLE if c["id"] == "mention-party-neu-tren")
    cites = vanban.parse(case["text"]).citations
    first = cites[cites[1].first_mention]
    assert (first.number, first.symbol, first.date) == ("31", "KH/TU", dt.date(2022, 2, 1))
    assert cites[1].short is True and cites[0].short is False
