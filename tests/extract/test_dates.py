"""The dates extractor, case by case: what a clerk writes and what vanban reads (kind, text, value, year, valid,
inside a citation)."""
from __future__ import annotations

import pytest

import vanban

CASES = [
    # text, [(kind, text, value, year, valid, in_citation)]
    ("Ngày 05/02/2024 UBND xã tổ chức hội nghị.", [("date", "05/02/2024", "2024-02-05", 2024, True, False)]),
    ("ngày 31 tháng 4 năm 2024", [("date", "ngày 31 tháng 4 năm 2024", None, 2024, False, False)]),
    ("ngày 29/02/2023", [("date", "29/02/2023", None, 2023, False, False)]),
    ("80/02/2023", [("date", "80/02/2023", None, 2023, False, False)]),
    ("ngày 12-3-2024", [("date", "12-3-2024", "2024-03-12", 2024, True, False)]),
    ("từ ngày 01/7/2025", [("date", "01/7/2025", "2025-07-01", 2025, True, False)]),
    ("Quyết định số 12/QĐ-UBND ngày 03/01/2024", [("date", "03/01/2024", "2024-01-03", 2024, True, True)]),
    ("tính đến ngày 31/12/2023", [("as_of", "tính đến ngày 31/12/2023", "2023-12-31", 2023, True, False)]),
    ("Quý I năm 2024 thu ngân sách đạt 30%.", [("quarter", "Quý I năm 2024", "2024-Q1", 2024, True, False)]),
    ("Quý IV/2024", [("quarter", "Quý IV/2024", "2024-Q4", 2024, True, False)]),
    ("6 tháng đầu năm 2024", [("half_year", "6 tháng đầu năm 2024", "2024-H1", 2024, True, False)]),
    ("6 tháng cuối năm 2023", [("half_year", "6 tháng cuối năm 2023", "2023-H2", 2023, True, False)]),
    ("9 tháng năm 2024", [("months", "9 tháng năm 2024", None, 2024, True, False)]),
    ("tháng 8/2024", [("month_year", "tháng 8/2024", "2024-08", 2024, True, False)]),
    ("tháng 8 năm 2024", [("month_year", "tháng 8 năm 2024", "2024-08", 2024, True, False)]),
    ("năm 2024", [("year", "năm 2024", None, 2024, True, False)]),
    ("giai đoạn 2021 - 2025", [("period", "giai đoạn 2021 - 2025", None, 2021, True, False)]),
    ("nhiệm kỳ 2020 - 2025", [("term", "nhiệm kỳ 2020 - 2025", None, 2020, True, False)]),
    ("năm học 2023 - 2024", [("school_year", "năm học 2023 - 2024", None, 2023, True, False)]),
    ("Kỷ niệm 50 năm chiến thắng (1974 - 2024)",
     [("anniversary", "Kỷ niệm 50 năm chiến thắng (1974 - 2024)", "50", 1974, True, False)]),
    ("Chào mừng 52 năm Ngày giải phóng (1975 - 2026)",
     [("anniversary", "52 năm Ngày giải phóng (1975 - 2026)", "52", 1975, True, False)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates(text, expected):
    doc = vanban.parse("Nội dung:\n" + text + "\n")
    got = [(d.kind, d.text, d.value, d.year, d.valid, d.in_citation) for d in doc.dates]
    assert got == expected
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text and d.line == 2


def test_an_impossible_date_says_why():
    doc = vanban.parse("Ngày 31/04/2024 và ngày 29/02/2023.\n")
    assert [d.reason for d in doc.dates] == ["month 4 has only 30 days", "29/02: 2023 is not a leap year"]
