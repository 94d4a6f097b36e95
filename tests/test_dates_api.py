"""Dates in the API are ``datetime.date`` (issue #16): ``Header.date``, ``Citation.date`` and
``Award.decision_date`` can be subtracted and compared, the JSON keeps ISO text ("2024-03-05") both ways, an
impossible date stays None with its text and problem kept, and the outputs built on them (rules' messages,
tables, the history) write the dates as before."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3

import pytest

import vanban
from vanban.model import Document

REPORT = """ỦY BAN NHÂN DÂN
XÃ AN LẠC
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 05 tháng 3 năm 2024

BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2023

Căn cứ Kế hoạch số 04/KH-UBND ngày 12/01/2023 của UBND xã An Lạc về phát động phong trào thi đua năm 2023;
Căn cứ Quyết định số 31/QĐ-UBND ngày 08/01/2024 của UBND xã An Lạc về việc tặng danh hiệu thi đua năm 2023;
UBND xã báo cáo kết quả như sau:
I. KẾT QUẢ
1. Danh hiệu thi đua
- Lao động tiên tiến: 14 cá nhân được tặng theo Quyết định số 31/QĐ-UBND ngày 08/01/2024 của Chủ tịch UBND xã.
II. PHƯƠNG HƯỚNG NĂM 2024
1. Tiếp tục phát động phong trào thi đua.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Thị Hoa
"""


def test_header_citation_and_award_dates_are_dates():
    doc = vanban.parse(REPORT)
    assert isinstance(doc.header.date, dt.date) and doc.header.date == dt.date(2024, 3, 5)
    plan, decision = doc.citations[0], doc.citations[1]
    assert (plan.date, decision.date) == (dt.date(2023, 1, 12), dt.date(2024, 1, 8))
    # what a notebook user does with them: subtract, compare, read the year
    assert decision.date - plan.date == dt.timedelta(days=361)
    assert doc.header.date > decision.date and decision.date.year == 2024
    (award,) = doc.awards
    assert award.decision_symbol == "31/QĐ-UBND" and award.decision_date == dt.date(2024, 1, 8)
    assert isinstance(award.decision_date, dt.date)


def test_json_keeps_iso_text_and_round_trips():
    doc = vanban.parse(REPORT)
    data = json.loads(doc.model_dump_json())
    assert data["header"]["date"] == "2024-03-05"
    assert [c["date"] for c in data["citations"]] == ["2023-01-12", "2024-01-08", "2024-01-08"]
    assert data["awards"][0]["decision_date"] == "2024-01-08"
    back = Document.model_validate_json(doc.model_dump_json())
    assert back == doc and isinstance(back.header.date, dt.date)


def test_json_written_with_iso_strings_loads_as_dates():
    """A document saved by an earlier version (dates as ISO strings, impossible ones null) still loads."""
    old = json.dumps({
        "text": "Số: 03/TB-UBND\nPhú Xuân, ngày 31/02/2023\nQuyết định số 12/QĐ-UBND ngày 14/02/2023.",
        "header": {"number": "03", "symbol": "TB-UBND", "date": None, "date_text": "ngày 31/02/2023",
                   "date_valid": False, "date_problems": ["month 2 has only 28 days"]},
        "citations": [{"text": "Quyết định số 12/QĐ-UBND ngày 14/02/2023", "start": 41, "end": 81, "line": 3,
                       "number": "12", "symbol": "QĐ-UBND", "date": "2023-02-14", "date_valid": True}],
        "awards": [{"text": "Giấy khen", "start": 0, "end": 9, "line": 1, "kind": "form", "name": "Giấy khen",
                    "name_text": "Giấy khen", "decision_date": "2023-02-14"}],
    }, ensure_ascii=False)
    doc = Document.model_validate_json(old)
    assert doc.header.date is None and doc.header.date_valid is False
    assert doc.citations[0].date == dt.date(2023, 2, 14)
    assert doc.awards[0].decision_date == dt.date(2023, 2, 14)
    assert json.loads(doc.model_dump_json())["citations"][0]["date"] == "2023-02-14"


def test_schema_says_format_date():
    defs = Document.model_json_schema()["$defs"]
    for model, field in (("Header", "date"), ("Citation", "date"), ("Award", "decision_date")):
        prop = defs[model]["properties"][field]
        assert {"type": "string", "format": "date"} in prop["anyOf"], (model, prop)


def test_an_impossible_date_stays_none_with_its_text_and_is_reported():
    text = ("Số: 09/TB-UBND\nPhú Xuân, ngày 30 tháng 02 năm 2024\nTHÔNG BÁO\nVề lịch tiếp công dân\n"
            "Thực hiện Kế hoạch số 11/KH-UBND ngày 31/04/2024 của UBND xã Phú Xuân.\n")
    doc = vanban.parse(text)
    h = doc.header
    assert (h.date, h.date_valid) == (None, False) and h.date_problems and "30 tháng 02" in h.date_text
    (c,) = doc.citations
    assert (c.date, c.date_text, c.date_valid, c.date_problem) == (None, "31/04/2024", False,
                                                                   "month 4 has only 30 days")
    assert {"VB101"} <= {f.code for f in vanban.lint(doc)}


def test_date_value_is_a_deprecated_alias_of_the_date():
    doc = vanban.parse(REPORT)
    with pytest.warns(DeprecationWarning, match="date_value"):
        assert doc.header.date_value is doc.header.date
    with pytest.warns(DeprecationWarning):
        assert doc.citations[0].date_value == dt.date(2023, 1, 12)
    # a date mention's value stays text ("2024-Q1", "2024-H1" …): its date_value is the date, not deprecated
    mention = next(d for d in doc.dates if d.kind == "date" and d.valid)
    assert mention.date_value == dt.date.fromisoformat(mention.value)


def test_rule_messages_write_the_dates_as_before():
    text = ("Số: 10/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\n"
            "Thực hiện Quyết định số 15/QĐ-UBND ngày 20/12/2023 của UBND huyện.\n")
    (vi,) = [f for f in vanban.lint(text) if f.code == "VB102"]
    assert vi.message.endswith("sau ngày ban hành của văn bản này (03/11/2023).")
    (en,) = [f for f in vanban.lint(text, lang="en") if f.code == "VB102"]
    assert en.message.endswith("after this document's own date (2023-11-03).")
    late = ("Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nCông tác năm 2025\n"
            "- Giấy khen của Chủ tịch UBND huyện: 01 cá nhân\n")
    (f,) = [f for f in vanban.lint(late) if f.code == "VB602"]
    assert "văn bản đề ngày 03/11/2025 vẫn nhắc cấp huyện" in f.message


def test_tables_hold_dates_csv_and_jsonl_write_iso_xlsx_a_real_date(tmp_path):
    from openpyxl import load_workbook

    from vanban.table import document_rows, write_csv, write_jsonl, write_xlsx

    rows = document_rows(vanban.parse(REPORT), file="bc_an_lac.txt")
    assert rows["documents"][0]["date"] == dt.date(2024, 3, 5)
    assert rows["awards"][0]["decision_date"] == dt.date(2024, 1, 8)
    paths = write_csv([rows], str(tmp_path / "out"), lang="en")
    with open(paths["documents"], encoding="utf-8-sig", newline="") as f:
        (doc_row,) = list(csv.DictReader(f))
    assert doc_row["Date"] == "2024-03-05"
    paths = write_jsonl([rows], str(tmp_path / "out"))
    line = json.loads(paths["citations"].read_text("utf-8").splitlines()[0])
    assert line["date"] == "2023-01-12"
    book = load_workbook(write_xlsx([rows], str(tmp_path / "out.xlsx"), lang="en"))
    sheet = book.worksheets[0]
    col = [c.value for c in sheet[1]].index("Date")
    cell = sheet.cell(row=2, column=col + 1)
    assert cell.value == dt.datetime(2024, 3, 5) and cell.number_format == "dd/mm/yyyy"


def test_history_stores_iso_text_and_reads_dates_back(tmp_path):
    from vanban.history import HistoryStore, digest

    rec = digest(vanban.parse(REPORT), str(tmp_path / "bc_an_lac.txt"))
    assert rec.date == dt.date(2024, 3, 5) and rec.citations[0].date == dt.date(2023, 1, 12)
    path = tmp_path / "history.sqlite"
    with HistoryStore(path) as store:
        store.put(rec)
        (back,) = list(store.records())
    assert back.date == dt.date(2024, 3, 5) and back.citations[0].date == dt.date(2023, 1, 12)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT date FROM documents").fetchone() == ("2024-03-05",)
        assert con.execute("SELECT date FROM citations ORDER BY start").fetchone() == ("2023-01-12",)
    finally:
        con.close()
