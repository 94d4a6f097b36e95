"""Cross-report checks (vanban.compare) and the history store (vanban.history)."""
from __future__ import annotations

import argparse
import sqlite3

import pytest

import vanban
from vanban.compare import add_compare_arguments, compare_documents, compare_results, previous_report
from vanban.history import DEFAULT_HISTORY_NAME, HistoryStore, digest
from vanban.report import FileResult

HEAD = """ỦY BAN NHÂN DÂN
XÃ {COMMUNE}

Số: {num}/BC-UBND

{commune}, ngày {day} tháng 12 năm {year}

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm {year}

Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022 của Quốc hội; Kế hoạch số 15/KH-UBND ngày 20/01/{year} của UBND huyện Thạch Thất.

I. ĐẶC ĐIỂM TÌNH HÌNH

"""

INTRO = ("{commune} là xã trung du của huyện, có diện tích tự nhiên hơn một nghìn héc-ta, đời sống nhân dân chủ yếu "
         "dựa vào sản xuất nông nghiệp và chăn nuôi.")
LEAD = ("Năm {year}, dưới sự lãnh đạo của Đảng ủy, sự giám sát của Hội đồng nhân dân, Ủy ban nhân dân xã đã tập trung "
        "chỉ đạo các phong trào thi đua yêu nước gắn với nhiệm vụ chính trị của địa phương.")

LAST_YEAR = HEAD.format(COMMUNE="HÒA LẠC", commune="Hòa Lạc", num="98", day="06", year="2022") + f"""{INTRO.format(commune="Hòa Lạc")}

{LEAD.format(year=2022)}

II. KẾT QUẢ

Phong trào xây dựng nông thôn mới tiếp tục được nhân dân hưởng ứng, nhiều hộ tự nguyện hiến đất mở rộng đường giao thông nông thôn, làm kênh mương nội đồng.

Lũy kế đến nay, toàn xã có 1.250 hộ đạt danh hiệu Gia đình văn hóa, chiếm tỷ lệ cao trong tổng số hộ dân của xã.

Tính đến nay, toàn xã có 9 thôn đạt chuẩn thôn văn hóa và được công nhận lại đúng thời hạn.

Công tác khen thưởng bảo đảm kịp thời, đúng đối tượng; trong năm xã đã tặng giấy khen cho 12 tập thể và 35 cá nhân có thành tích xuất sắc.
"""

THIS_YEAR = HEAD.format(COMMUNE="HÒA LẠC", commune="Hòa Lạc", num="105", day="05", year="2023") + f"""{INTRO.format(commune="Hòa Lạc")}

{LEAD.format(year=2023)}

II. KẾT QUẢ

Điểm mới trong năm là phong trào chuyển đổi số: các thôn đã lập nhóm thông tin trên mạng xã hội, hướng dẫn người dân dùng dịch vụ công trực tuyến.

Lũy kế đến nay, toàn xã có 1.180 hộ đạt danh hiệu Gia đình văn hóa, chiếm tỷ lệ cao trong tổng số hộ dân của xã.

Tính đến nay, toàn xã có 10 thôn đạt chuẩn thôn văn hóa và được công nhận lại đúng thời hạn.

Công tác khen thưởng bảo đảm kịp thời, đúng đối tượng; trong năm xã đã tặng giấy khen cho 15 tập thể và 41 cá nhân có thành tích xuất sắc.
"""

# line numbers in THIS_YEAR (and LAST_YEAR: same layout)
INTRO_LINE, LEAD_LINE, CUMULATIVE_LINE = 15, 17, 23


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _summary(findings):
    return sorted((f.code, f.line) for f in findings)


# -- one commune, two years -----------------------------------------------------------------------------


def test_this_year_against_last_year_finds_exactly_the_copies_and_the_decrease(tmp_path):
    a = _write(tmp_path, "hoa_lac_2022.txt", LAST_YEAR)
    b = _write(tmp_path, "hoa_lac_2023.txt", THIS_YEAR)
    res = compare_documents([vanban.load(a), vanban.load(b)])
    assert res[str(a)] == []  # nothing earlier than 2022
    found = res[str(b)]
    assert _summary(found) == [("VB901", INTRO_LINE), ("VB901", LEAD_LINE), ("VB904", CUMULATIVE_LINE)]
    copied = [f for f in found if f.code == "VB901"]
    assert all(f.severity == "warning" and f.name == "copied-paragraph" for f in copied)
    assert copied[0].text == INTRO.format(commune="Hòa Lạc")
    assert copied[0].related[0].path == str(a) and copied[0].related[0].line == INTRO_LINE
    assert copied[0].related[0].text == INTRO.format(commune="Hòa Lạc")
    assert copied[1].related[0].text == LEAD.format(year=2022)  # only the year changed: still a copy
    dec = [f for f in found if f.code == "VB904"][0]
    assert dec.text == "1.180 hộ" and dec.name == "cumulative-decrease" and dec.severity == "warning"
    assert dec.related[0].text == "1.250 hộ" and dec.related[0].line == CUMULATIVE_LINE
    assert "1.180" in dec.message and "1.250" in dec.message
    assert dec.path == str(b)


def test_finding_positions_are_exact(tmp_path):
    a = _write(tmp_path, "a.txt", LAST_YEAR)
    b = _write(tmp_path, "b.txt", THIS_YEAR)
    doc_b = vanban.load(b)
    for f in compare_documents([vanban.load(a), doc_b])[str(b)]:
        assert doc_b.text[f.start:f.end] == f.text
        assert doc_b.line_col(f.start) == (f.line, f.column)


def test_paragraph_with_updated_figures_is_not_a_copy(tmp_path):
    last = LAST_YEAR
    this = LAST_YEAR.replace("năm 2022", "năm 2023").replace("ngày 06 tháng 12", "ngày 05 tháng 12").replace(
        "12 tập thể và 35 cá nhân", "12 tập thể và 36 cá nhân")
    a = _write(tmp_path, "a.txt", last)
    b = _write(tmp_path, "b.txt", this)
    found = compare_documents([vanban.load(a), vanban.load(b)])[str(b)]
    lines = {f.line for f in found if f.code == "VB901"}
    assert 27 not in lines  # the khen thưởng paragraph changed a figure: revised, not copied
    assert {INTRO_LINE, LEAD_LINE, 21, CUMULATIVE_LINE, 25} <= lines
    assert not [f for f in found if f.code == "VB904"]  # same cumulative figures


def test_previous_report_is_the_closest_earlier_period_of_the_same_kind(tmp_path):
    texts = {
        "q1.txt": THIS_YEAR.replace("năm 2023\n\nCăn", "quý I năm 2023\n\nCăn"),
        "y2021.txt": LAST_YEAR.replace("2022", "2021"),
        "y2022.txt": LAST_YEAR,
        "y2023.txt": THIS_YEAR,
    }
    recs = {n: digest(vanban.load(_write(tmp_path, n, t))) for n, t in texts.items()}
    assert recs["q1.txt"].period_kind == "quarter"
    pool = list(recs.values())
    assert previous_report(recs["y2023.txt"], pool).path.endswith("y2022.txt")
    assert previous_report(recs["y2022.txt"], pool).path.endswith("y2021.txt")
    assert previous_report(recs["y2021.txt"], pool) is None
    assert previous_report(recs["q1.txt"], pool) is None  # a quarter is not compared with a year


def test_another_commune_is_not_a_previous_report(tmp_path):
    other = LAST_YEAR.replace("HÒA LẠC", "BÌNH YÊN").replace("Hòa Lạc", "Bình Yên")
    a = _write(tmp_path, "binh_yen_2022.txt", other)
    b = _write(tmp_path, "hoa_lac_2023.txt", THIS_YEAR)
    found = compare_documents([vanban.load(a), vanban.load(b)])[str(b)]
    assert not [f for f in found if f.code in ("VB901", "VB904")]


# -- history ------------------------------------------------------------------------------------------


def test_history_round_trip_across_two_runs(tmp_path):
    hist = tmp_path / "lich_su.sqlite"
    a = _write(tmp_path, "hoa_lac_2022.txt", LAST_YEAR)
    first = compare_documents([vanban.load(a)], history=hist)
    assert first == {str(a): []}
    with HistoryStore(hist) as store:
        assert len(store) == 1
        rec = store.get(str(a.resolve()))
        assert rec.issuer_key == "ubnd xã hòa lạc" and rec.period_end == 202212 and rec.period_kind == "year"
        assert [c.reference for c in rec.citations] == ["06/2022/QH15", "15/KH-UBND"]
        store.fill(rec)
        assert len(rec.paragraphs) == 6
        assert [(f.value, f.unit) for f in rec.figures if f.kind == "cumulative"] == [(1250.0, "hộ"), (9.0, "thôn")]
        assert rec.body.startswith("căn cứ luật thi đua")
    a.unlink()  # next quarter: the old file is gone, the history remembers it
    b = _write(tmp_path, "hoa_lac_2023.txt", THIS_YEAR)
    second = compare_documents([vanban.load(b)], history=hist)[str(b)]
    assert _summary(second) == [("VB901", INTRO_LINE), ("VB901", LEAD_LINE), ("VB904", CUMULATIVE_LINE)]
    assert all(f.related[0].path.endswith("hoa_lac_2022.txt") for f in second)
    assert second[0].related[0].text == INTRO.format(commune="Hòa Lạc")
    # running again on the same file does not compare it with its own stored copy
    again = compare_documents([vanban.load(b)], history=hist)[str(b)]
    assert _summary(again) == _summary(second)
    with HistoryStore(hist) as store:
        assert len(store) == 2


def test_history_replaces_a_changed_file(tmp_path):
    hist = tmp_path / "h.sqlite"
    a = _write(tmp_path, "a.txt", LAST_YEAR)
    compare_documents([vanban.load(a)], history=hist)
    a.write_text(LAST_YEAR.replace("1.250", "1.100"), encoding="utf-8")
    compare_documents([vanban.load(a)], history=hist)
    with HistoryStore(hist) as store:
        assert len(store) == 1
        rec = store.fill(store.get(str(a.resolve())))
        assert rec.figures[0].value == 1100.0
    with sqlite3.connect(hist) as c:
        assert c.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0] == 6  # old rows deleted with it


# -- across communes ----------------------------------------------------------------------------------


def test_two_communes_submitting_the_same_report(tmp_path):
    a = _write(tmp_path, "hoa_lac.txt", THIS_YEAR)
    b = _write(tmp_path, "binh_yen.txt", THIS_YEAR.replace("HÒA LẠC", "BÌNH YÊN").replace("Hòa Lạc", "Bình Yên"))
    c = _write(tmp_path, "tan_xa.txt", LAST_YEAR.replace("HÒA LẠC", "TÂN XÃ").replace("Hòa Lạc", "Tân Xã")
               .replace("Phong trào xây dựng nông thôn mới tiếp tục", "Phong trào khuyến học tiếp tục")
               .replace("Công tác khen thưởng bảo đảm kịp thời", "Xã chưa có khen thưởng đột xuất; công tác khen thưởng kịp thời")
               + "\nIII. PHƯƠNG HƯỚNG\n\nNăm tới xã tập trung rà soát danh sách hộ nghèo, cận nghèo và hỗ trợ sinh kế cho "
                 "đồng bào ở các thôn vùng cao, bảo đảm không còn hộ thiếu nhà ở.\n")
    res = compare_documents([vanban.load(p) for p in (a, b, c)])
    dup_a = [f for f in res[str(a)] if f.code == "VB903"]
    dup_b = [f for f in res[str(b)] if f.code == "VB903"]
    assert len(dup_a) == 1 and len(dup_b) == 1
    assert dup_a[0].related[0].path == str(b) and dup_b[0].related[0].path == str(a)
    assert dup_a[0].text == "BÁO CÁO" and dup_a[0].line == 8
    assert "Bình Yên" in dup_a[0].message
    assert not [f for f in res[str(c)] if f.code == "VB903"]


def test_same_issuer_resubmitting_is_not_a_duplicate(tmp_path):
    a = _write(tmp_path, "ban_1.txt", THIS_YEAR)
    b = _write(tmp_path, "ban_2.txt", THIS_YEAR.replace("41 cá nhân", "42 cá nhân"))
    res = compare_documents([vanban.load(a), vanban.load(b)])
    assert res == {str(a): [], str(b): []}


CITING = """ỦY BAN NHÂN DÂN
XÃ {COMMUNE}

Số: {num}/BC-UBND

{commune}, ngày 20 tháng 11 năm 2023

BÁO CÁO
Công tác thi đua, khen thưởng năm 2023

Thực hiện Công văn số 150/UBND ngày {date} của UBND huyện Thạch Thất về việc báo cáo công tác thi đua, khen thưởng năm 2023.

Xã đã tặng danh hiệu Lao động tiên tiến năm 2022 cho 20 cá nhân tại Quyết định số 01/QĐ-UBND ngày {own} của UBND xã.
"""


def test_district_document_cited_with_different_dates(tmp_path):
    a = _write(tmp_path, "hoa_lac.txt", CITING.format(COMMUNE="HÒA LẠC", commune="Hòa Lạc", num="11", date="10/11/2023", own="04/01/2023"))
    b = _write(tmp_path, "binh_yen.txt", CITING.format(COMMUNE="BÌNH YÊN", commune="Bình Yên", num="27", date="12/11/2023", own="09/01/2023"))
    c = _write(tmp_path, "tan_xa.txt", CITING.format(COMMUNE="TÂN XÃ", commune="Tân Xã", num="30", date="10/11/2023", own="05/01/2023"))
    res = compare_documents([vanban.load(p) for p in (a, b, c)])
    conflicts = {p: [f for f in fs if f.code == "VB902"] for p, fs in res.items()}
    # 150/UBND of the district: Bình Yên disagrees with both others; 01/QĐ-UBND is each commune's own decision
    assert [len(conflicts[str(p)]) for p in (a, b, c)] == [1, 1, 1]
    fb = conflicts[str(b)][0]
    assert fb.text == "Công văn số 150/UBND ngày 12/11/2023" and fb.line == 11
    assert sorted(r.path for r in fb.related) == sorted([str(a), str(c)])
    assert "12/11/2023" in fb.message and "10/11/2023" in fb.message
    assert conflicts[str(a)][0].related[0].path == str(b)
    # these three short reports are also near-duplicates of each other (VB903); nothing else is reported
    assert {f.code for fs in res.values() for f in fs} == {"VB902", "VB903"}


def test_cited_subject_conflict(tmp_path):
    text_a = CITING.format(COMMUNE="HÒA LẠC", commune="Hòa Lạc", num="11", date="10/11/2023", own="04/01/2023")
    text_b = CITING.format(COMMUNE="BÌNH YÊN", commune="Bình Yên", num="27", date="10/11/2023", own="09/01/2023").replace(
        "về việc báo cáo công tác thi đua, khen thưởng năm 2023", "về việc tổ chức tết trồng cây và bảo vệ rừng đầu nguồn")
    a = _write(tmp_path, "a.txt", text_a)
    b = _write(tmp_path, "b.txt", text_b)
    res = compare_documents([vanban.load(a), vanban.load(b)])
    assert [f.code for f in res[str(b)]] == ["VB902"]
    assert "trích yếu" in res[str(b)][0].message


# -- vanban-lint --compare ----------------------------------------------------------------------------


def _args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--lang", default="vi")
    p.add_argument("--select")
    p.add_argument("--ignore")
    add_compare_arguments(p)
    return p.parse_args(argv)


def _results(paths):
    out = []
    for p in paths:
        doc = vanban.load(p)
        out.append(FileResult(path=str(p), document=doc, findings=vanban.lint(doc)))
    return out


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    """The user's history lives in the user data folder: never the real one in tests."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home" / "AppData" / "Local"))


def test_compare_results_adds_findings_and_writes_history_in_user_data(tmp_path, capsys):
    folder = tmp_path / "bao_cao"
    folder.mkdir()
    a = _write(folder, "hoa_lac_2022.txt", LAST_YEAR)
    b = _write(folder, "hoa_lac_2023.txt", THIS_YEAR)
    results = _results([a, b])
    before = len(results[1].findings)
    out = compare_results(results, _args(["--compare"]))
    assert out is results
    added = [f for f in results[1].findings if f.code.startswith("VB9")]
    assert _summary(added) == [("VB901", INTRO_LINE), ("VB901", LEAD_LINE), ("VB904", CUMULATIVE_LINE)]
    assert len(results[1].findings) == before + 3
    assert [f.start for f in results[1].findings] == sorted(f.start for f in results[1].findings)
    assert not (folder / DEFAULT_HISTORY_NAME).exists()  # one history per user, not one per checked folder
    user_hist = tmp_path / "home" / ".local" / "share" / "vanban" / "history.sqlite"
    assert user_hist.is_file()
    assert str(user_hist) in capsys.readouterr().err  # the run says where it is


def test_compare_results_options(tmp_path):
    a = _write(tmp_path, "hoa_lac_2022.txt", LAST_YEAR)
    b = _write(tmp_path, "hoa_lac_2023.txt", THIS_YEAR)
    results = _results([a, b])
    compare_results(results, _args(["--compare", "--no-history", "--ignore", "VB901"]))
    assert [f.code for f in results[1].findings if f.code.startswith("VB9")] == ["VB904"]
    assert not (tmp_path / DEFAULT_HISTORY_NAME).exists()
    results = _results([a, b])
    compare_results(results, _args(["--compare", "--history", str(tmp_path / "h.sqlite"), "--lang", "en"]))
    msgs = [f.message for f in results[1].findings if f.code == "VB904"]
    assert msgs and msgs[0].startswith("Cumulative figure 1.180")
    assert (tmp_path / "h.sqlite").is_file()
    results = _results([a, b])
    assert compare_results(results, _args([])) is results  # without --compare nothing happens
    assert not [f for f in results[1].findings if f.code.startswith("VB9")]


def test_unreadable_history_file_does_not_lose_results(tmp_path, capsys):
    a = _write(tmp_path, "hoa_lac_2022.txt", LAST_YEAR)
    b = _write(tmp_path, "hoa_lac_2023.txt", THIS_YEAR)
    bad = tmp_path / "not_a_db.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    results = _results([a, b])
    compare_results(results, _args(["--compare", "--history", str(bad)]))
    assert "lịch sử" in capsys.readouterr().err
    assert _summary([f for f in results[1].findings if f.code.startswith("VB9")])[0] == ("VB901", INTRO_LINE)


def test_documents_parsed_from_strings(tmp_path):
    hist = tmp_path / "h.sqlite"
    res = compare_documents([vanban.parse(LAST_YEAR), vanban.parse(THIS_YEAR)], history=hist)
    assert list(res) == ["<text 1>", "<text 2>"]
    assert _summary(res["<text 2>"]) == [("VB901", INTRO_LINE), ("VB901", LEAD_LINE), ("VB904", CUMULATIVE_LINE)]
    assert res["<text 2>"][0].related[0].path == "<text 1>"
    with HistoryStore(hist) as store:
        assert len(store) == 0  # nothing to find them by next time


def test_citation_identity_lives_in_the_issuers_numbering():
    text = CITING.format(COMMUNE="HÒA LẠC", commune="Hòa Lạc", num="11", date="10/11/2023", own="04/01/2023")
    rec = digest(vanban.parse(text, path="x.txt"))
    assert [c.key for c in rec.citations] == ["district:thạch thất|150|UBND|2023", "own:ubnd xã hòa lạc|1|QĐ-UBND|2023"]
    rec = digest(vanban.parse(LAST_YEAR, path="y.txt"))
    assert [c.key for c in rec.citations] == ["national|6|QH15|2022", "district:thạch thất|15|KH-UBND|2022"]
