"""What a new user meets first: install, messages in Vietnamese, outputs that name the place in the file she
has, interruptions and pipes (issue #16). Every test here failed before its fix."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vanban
from vanban.cli import lint_main, main

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

REPORT = """ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hưng, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2023

Thực hiện Kế hoạch số 08/KH-UBND ngày 15/01/2023 của UBND xã Tân Hưng về công tác thi đua, khen thưởng năm 2023, UBND xã báo cáo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác tuyên truyền
Trong năm 2023, UBND xã đã tổ chức 04 hội nghị tuyên truyền về công tác thi đua, khen thưởng.
2. Kết quả khen thưởng
Ngày 34/11/2023, UBND xã đã tặng Giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc.
II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024
1. Tiếp tục đẩy mạnh công tác tuyên truyền.
3. Nâng cao chất lượng công tác thi đua.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""

PARTY = """ĐẢNG BỘ HUYỆN TÂN YÊN
ĐẢNG ỦY XÃ TÂN HƯNG
*
Số 36-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 20 tháng 12 năm 2023

BÁO CÁO
kết quả thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị

I. KẾT QUẢ
Thực hiện Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng, Đảng ủy xã báo cáo như sau.
Nơi nhận:
- Huyện ủy;
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Trần Văn Bình
"""


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    """History and any user file go to a temporary home, never the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    return home


@pytest.fixture
def report(tmp_path):
    p = tmp_path / "bao_cao.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def _env(tmp_path):
    home = tmp_path / "home"
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "PYTHONUNBUFFERED": "1"}


# -- install -------------------------------------------------------------------------------------------------


def test_excel_output_works_from_a_plain_install(report, tmp_path, capsys):
    """openpyxl is a dependency, not an extra: `vanban extract … --format xlsx` works after `pip install -e .`."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(d.startswith("openpyxl") for d in meta["dependencies"])
    assert not any(d.startswith("python-docx") for d in meta["dependencies"])  # never imported
    assert any(d.startswith("pandas") for d in meta["optional-dependencies"]["test"])  # notebook doc test runs
    out = tmp_path / "tong_hop.xlsx"
    assert main(["extract", str(report), "--format", "xlsx", "-o", str(out)]) == 0
    assert out.is_file() and "đã ghi" in capsys.readouterr().err


def test_python_docx_is_never_imported():
    src = "\n".join(p.read_text("utf-8") for p in (ROOT / "src" / "vanban").rglob("*.py"))
    assert "import docx" not in src and "from docx" not in src


def test_a_missing_optional_package_is_one_line(report, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if it were not installed
    rc = main(["extract", str(report), "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")])
    err = capsys.readouterr().err
    assert rc == 2 and "openpyxl" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


# -- history ---------------------------------------------------------------------------------------------------

QUARTER = REPORT.replace("Ngày 34/11/2023", "Ngày 14/11/2023")


def test_compare_history_is_one_per_user_so_quarters_meet(tmp_path, capsys, _private_home):
    q1 = tmp_path / "bao_cao" / "quy_1"
    q2 = tmp_path / "bao_cao" / "quy_2"
    q1.mkdir(parents=True)
    q2.mkdir(parents=True)
    from tests.test_compare import LAST_YEAR, THIS_YEAR

    (q1 / "hoa_lac.txt").write_text(LAST_YEAR, encoding="utf-8")
    (q2 / "hoa_lac.txt").write_text(THIS_YEAR, encoding="utf-8")
    lint_main([str(q1), "--compare", "--format", "json"])
    err1 = capsys.readouterr().err
    hist = _private_home / ".local" / "share" / "vanban" / "history.sqlite"
    assert hist.is_file() and str(hist) in err1
    assert not list((tmp_path / "bao_cao").rglob(".vanban-history.sqlite"))
    lint_main([str(q2), "--compare", "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    assert {"VB901", "VB904"} <= {f["code"] for f in found}  # the later period is compared with the earlier
    lint_main([str(q2), "--compare", "--format", "json", "--history", str(tmp_path / "rieng.sqlite")])
    assert (tmp_path / "rieng.sqlite").is_file()


def test_a_district_history_from_its_configuration(tmp_path, capsys):
    root = tmp_path / "huyen"
    (root / "quy_1").mkdir(parents=True)
    (root / "quy_1" / "a.txt").write_text(QUARTER, encoding="utf-8")
    (root / "vanban.toml").write_text('history = "lich_su.sqlite"\n', encoding="utf-8")
    lint_main([str(root / "quy_1"), "--compare"])
    assert (root / "lich_su.sqlite").is_file()
    assert "vanban.toml" in capsys.readouterr().err  # which configuration was used


# -- Vietnamese by default -------------------------------------------------------------------------------------


def test_every_rule_explains_itself_in_both_languages():
    from vanban.rules import iter_rules
    from vanban.rules.explain import READ_ERROR_DOC, rationale, rule_docs

    docs = rule_docs()
    for r in iter_rules():
        vi, en = rationale(r, "vi"), rationale(r, "en")
        assert en == r.rationale and en.strip(), r.code
        assert r.code in docs and vi.strip() and vi != en, f"{r.code} has no Vietnamese explanation"
    assert set(docs) - {r.code for r in iter_rules()} == {"E000"}
    assert READ_ERROR_DOC["vi"] and READ_ERROR_DOC["en"]


def test_rule_command_and_html_report_explain_in_vietnamese(report, tmp_path, capsys):
    from vanban.rules import iter_rules

    assert main(["rule", "VB201"]) == 0
    out = capsys.readouterr().out
    assert "Căn cứ: NĐ 30/2020 Phụ lục I: mục, khoản, điểm được đánh số theo thứ tự" in out
    assert main(["rule", "VB201", "--lang", "en"]) == 0
    assert "Why: NĐ 30/2020 Phụ lục I: mục, khoản, điểm are numbered in order" in capsys.readouterr().out
    html = tmp_path / "bao_cao.html"
    lint_main([str(report), "-o", str(html)])
    page = html.read_text("utf-8")
    english = next(r for r in iter_rules() if r.code == "VB201").rationale
    assert english not in page and "được đánh số theo thứ tự" in page


def test_related_notes_csv_header_argparse_and_errno_in_vietnamese(report, tmp_path, capsys):
    found = vanban.lint(str(report))
    skip = next(f for f in found if f.code == "VB201")
    assert skip.related[0].note == "đề mục trước"
    skip_en = next(f for f in vanban.lint(str(report), lang="en") if f.code == "VB201")
    assert skip_en.related[0].note == "previous heading"
    lint_main([str(report), "--format", "csv"])
    header = capsys.readouterr().out.lstrip("\ufeff").splitlines()[0]
    assert header.startswith("tệp,dòng,cột")
    assert lint_main(["--format", "pdf", str(report)]) == 2
    err = capsys.readouterr().err
    assert "cách dùng: vanban-lint" in err and "lỗi: tham số --format: giá trị 'pdf' không hợp lệ" in err
    assert "usage:" not in err and "invalid choice" not in err
    assert lint_main(["--format", "pdf", "--lang", "en", str(report)]) == 2
    assert "usage: vanban-lint" in capsys.readouterr().err
    assert main(["convert", str(tmp_path / "khong_co.txt"), str(tmp_path / "ra.txt")]) == 2
    err = capsys.readouterr().err
    assert "khong_co.txt: không tìm thấy tệp" in err and "Errno" not in err
    assert main(["extract", str(report), "--format", "xlsx", "-o", str(report) + "/x.xlsx"]) == 2
    err = capsys.readouterr().err
    assert "Errno" not in err and "không ghi được" in err


# -- numbers in their system's form ------------------------------------------------------------------------


def test_party_numbers_are_shown_in_the_party_form(tmp_path, capsys):
    p = tmp_path / "bc_dang.txt"
    p.write_text(PARTY, encoding="utf-8")
    doc = vanban.load(p)
    assert doc.header.doc_number == "36-BC/ĐU"
    assert {c.doc_number for c in doc.citations} >= {"68-NQ/TW", "36-HD/VPTW"}
    assert main(["parse", str(p), "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "36-BC/ĐU" in text and "68-NQ/TW" in text and "68/NQ/TW" not in text and "36/HD/VPTW" not in text
    html = tmp_path / "r.html"
    lint_main([str(p), "--format", "html", "-o", str(html)])
    page = html.read_text("utf-8")
    assert "36-BC/ĐU" in page and "68-NQ/TW" in page and "68/NQ/TW" not in page
    assert main(["extract", str(p), "--format", "csv", "-o", str(tmp_path / "t")]) == 0
    cites = (tmp_path / "t_citations.csv").read_text("utf-8-sig")
    assert "68-NQ/TW" in cites and "68/NQ/TW" not in cites and "36/HD/VPTW" not in cites


def test_state_numbers_keep_their_form():
    doc = vanban.parse(REPORT)
    assert doc.header.doc_number == "15/BC-UBND"
    assert doc.citations[0].doc_number == "08/KH-UBND"
    legal = vanban.parse("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;")
    assert legal.citations[0].doc_number == "30/2020/NĐ-CP"


# -- the place in the original file ----------------------------------------------------------------------------

FILLER = "\n".join(f"Nội dung công tác thứ {i} của UBND xã trong năm 2023 được thực hiện đúng kế hoạch." for i in range(90))
LONG = REPORT.replace("II. PHƯƠNG HƯỚNG", FILLER + "\nII. PHƯƠNG HƯỚNG")


def test_findings_in_pdf_name_their_page_in_every_format(tmp_path, capsys):
    pytest.importorskip("fpdf")
    from tests.helpers_docs import build_pdf_from_text, find_ttf

    if find_ttf() is None:
        pytest.skip("no Unicode font to build a PDF")
    pdf = build_pdf_from_text(LONG, tmp_path / "bao_cao.pdf")
    found = {f.code: f for f in vanban.lint(pdf)}
    assert found["VB101"].page == 1 and found["VB201"].page >= 2  # the skipped heading is after the filler
    page = found["VB201"].page
    lint_main([str(pdf)])
    assert f"(trang {page}) Đề mục nhảy" in capsys.readouterr().out
    lint_main([str(pdf), "--format", "json"])
    assert {(f["code"], f["page"]) for f in json.loads(capsys.readouterr().out)} >= {("VB201", page)}
    lint_main([str(pdf), "--format", "csv", "--lang", "en"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert any(r["code"] == "VB201" and r["page"] == str(page) for r in rows)
    lint_main([str(pdf), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    assert any(r["properties"].get("page") == page for r in sarif["runs"][0]["results"])
    lint_main([str(pdf), "--format", "github"])
    assert f"(trang {page})" in capsys.readouterr().out
    assert main(["extract", str(pdf), "--format", "csv", "-o", str(tmp_path / "t")]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "t_findings.csv").read_text("utf-8-sig"))))
    assert rows[0][-5:] == ["Trang", "Đoạn", "Bảng", "Dòng bảng", "Ô"]
    assert any(r[1] == "VB201" and r[-5] == str(page) for r in rows[1:])


def test_findings_in_docx_name_their_paragraph(tmp_path, capsys):
    from tests.helpers_docs import build_docx_from_text

    docx = build_docx_from_text(REPORT, tmp_path / "bao_cao.docx")
    found = {f.code: f for f in vanban.lint(docx)}
    skip = found["VB201"]
    assert skip.paragraph is not None and skip.page is None
    lint_main([str(docx)])
    assert f"(đoạn {skip.paragraph})" in capsys.readouterr().out
    # a plain text file needs none: the line is the place
    assert all(f.page is None and f.paragraph is None for f in vanban.lint(REPORT))


def test_a_finding_in_a_word_table_names_the_table_row_and_cell(tmp_path, capsys):
    from tests.helpers_docs import build_docx_from_text

    text = REPORT.replace("Tân Hưng, ngày 20 tháng 12 năm 2023", "Tân Hưng, ngày 20 tháng 2 năm 2023")
    docx = build_docx_from_text(text, tmp_path / "bao_cao.docx")  # header laid out as a two-column table
    f = next(f for f in vanban.lint(docx) if f.code == "VB104")
    assert (f.table, f.row, f.cell) == (1, 1, 2) and f.part == "header-table" and f.paragraph
    lint_main([str(docx), "--select", "VB104"])
    assert f"(đoạn {f.paragraph}, bảng 1 dòng 1 ô 2)" in capsys.readouterr().out
    lint_main([str(docx), "--select", "VB104", "--format", "json", "--lang", "en"])
    rec = json.loads(capsys.readouterr().out)[0]
    assert (rec["table"], rec["row"], rec["cell"]) == (1, 1, 2)


# -- convert ------------------------------------------------------------------------------------------------


def test_convert_detects_and_refuses_to_destroy_text(report, tmp_path, capsys):
    out = tmp_path / "ra.txt"
    assert main(["convert", "--from", "tcvn3", str(report), str(out)]) == 2  # already Unicode
    assert "đã là Unicode" in capsys.readouterr().err and not out.exists()
    assert main(["convert", str(report), str(out), "--to", "latin1"]) == 2  # would turn letters into "?"
    assert "--force" in capsys.readouterr().err and not out.exists()
    legacy = tmp_path / "vni.txt"
    assert main(["convert", str(report), str(legacy), "--to", "vni"]) == 0
    assert main(["convert", "--from", "tcvn3", str(legacy), str(out)]) == 2  # it is VNI, not TCVN3
    assert "VNI" in capsys.readouterr().err and not out.exists()
    assert main(["convert", str(legacy), str(out)]) == 0  # --from auto is the default
    assert out.read_text("utf-8") == REPORT


# -- what the run says ------------------------------------------------------------------------------------------


def test_a_report_written_to_a_file_is_announced_with_the_summary(report, tmp_path, capsys):
    html = tmp_path / "report.html"
    assert lint_main([str(report), "-o", str(html)]) == 1
    err = capsys.readouterr().err
    assert html.read_text("utf-8").startswith("<!DOCTYPE html>")  # the suffix chose the format
    assert f"đã ghi {html}" in err
    assert "Tìm thấy" in err and "phát hiện" in err and "lỗi/cảnh báo" not in err


def test_the_summary_says_findings_and_splits_by_level(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text(REPORT, encoding="utf-8")
    lint_main([str(p)])
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Tìm thấy ") and " phát hiện trong 1 tệp: " in last and "1 lỗi" in last


# -- suggestions -------------------------------------------------------------------------------------------


def test_a_citation_broken_over_two_lines_is_suggested_whole():
    text = REPORT.replace("Thực hiện Kế hoạch số 08/KH-UBND ngày 15/01/2023",
                          "Thực hiện Nghị quyết 19/NQ-\nHĐND ngày 10/12/2022")
    f = next(f for f in vanban.lint(text, select=["VB408"]))
    assert f.suggestion == "Nghị quyết số 19/NQ-HĐND"


# -- issuer names -------------------------------------------------------------------------------------------


def test_issuer_names_keep_their_capitals_in_tables():
    from vanban.table import locality

    cases = {
        "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ": "Sở Nội vụ",
        "UBND HUYỆN BA VÌ\nPHÒNG VĂN HÓA VÀ THÔNG TIN": "Phòng Văn hóa và Thông tin",
        "UBND TỈNH BẮC GIANG\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG": "Hội đồng Thi đua - Khen thưởng",
        "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG": "Ủy ban nhân dân xã Tân Hưng",
        "UBND HUYỆN TÂN YÊN\nBAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH": "Ban Chỉ đạo cải cách hành chính",
    }
    for head, want in cases.items():
        text = REPORT.replace("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG", head, 1)
        assert locality(vanban.parse(text)).issuer == want, head


# -- dates and names in the API --------------------------------------------------------------------------------


def test_dates_are_dates_and_the_classes_are_listed():
    import datetime

    doc = vanban.parse(REPORT)
    assert doc.header.date == datetime.date(2023, 12, 20)
    assert doc.citations[0].date == datetime.date(2023, 1, 15)
    assert doc.header.date - doc.citations[0].date == datetime.timedelta(days=339)
    bad = [d for d in doc.dates if d.kind == "date" and not d.valid]
    assert bad and bad[0].date_value is None
    good = [d for d in doc.dates if d.kind == "date" and d.valid]
    assert all(isinstance(d.date_value, datetime.date) for d in good)
    assert {"Document", "Finding", "LintConfig"} <= set(dir(vanban))


# -- interruption and pipes -------------------------------------------------------------------------------------


def _batch(tmp_path, n=400):
    folder = tmp_path / "lo"
    folder.mkdir()
    for i in range(n):
        (folder / f"bc_{i:04d}.txt").write_text(LONG, encoding="utf-8")
    return folder


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wait_for_workers(p, n: int = 2) -> list[int]:
    """The batch is under way once its worker processes exist (Linux: /proc); elsewhere wait a moment."""
    if not Path("/proc/self/task").is_dir():
        time.sleep(2)
        return []
    for _ in range(600):
        kids = _children(p.pid)
        if len(kids) >= n or p.poll() is not None:
            return kids
        time.sleep(0.05)
    return []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_batch_says_so_in_one_line_and_keeps_the_old_report(tmp_path, sig):
    folder = _batch(tmp_path)
    out = tmp_path / "ket_qua.json"
    out.write_text("bản cũ", encoding="utf-8")
    finished_first = False
    for cmd in ([str(BIN / "vanban-lint"), str(folder), "-j", "2", "-o", str(out)],
                [str(BIN / "vanban"), "extract", str(folder), "-j", "2", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")]):
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))
        kids = _wait_for_workers(p)
        p.send_signal(sig)
        stdout, stderr = p.communicate(timeout=120)
        err = stderr.decode()
        if p.returncode in (0, 1):  # the machine was fast enough to finish first: nothing to check
            finished_first = finished_first or cmd[0].endswith("vanban-lint")
            continue
        for _ in range(100):  # the workers were stopped, not left to finish the queue
            if not any(Path(f"/proc/{k}").exists() for k in kids):
                break
            time.sleep(0.05)
        assert not any(Path(f"/proc/{k}").exists() for k in kids)
        assert p.returncode == (130 if sig == signal.SIGINT else 143), err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "đã dừng" in err
    # an interrupted run leaves the previous report as it was (a finished one has rightly replaced it)
    assert finished_first or out.read_text("utf-8") == "bản cũ"
    assert not [f for f in tmp_path.iterdir() if f.name.endswith(".tmp")]


def test_pipes_closed_by_head_end_quietly(report, tmp_path):
    folder = _batch(tmp_path, 40)
    for cmd in (f"'{BIN / 'vanban'}' parse '{report}' | head -1",
                f"'{BIN / 'vanban'}' extract '{folder}' --format jsonl | head -1"):
        r = subprocess.run(["bash", "-c", cmd + "; echo \"rc=${PIPESTATUS[0]}\""], capture_output=True, text=True,
                           env=_env(tmp_path), timeout=120)
        assert r.stderr == "", r.stderr
        assert r.stdout.strip().splitlines()[-1] in ("rc=0", "rc=141")


def test_xlsx_to_an_unwritable_place_is_refused_before_any_work(report, tmp_path, capsys, monkeypatch):
    import vanban.table as table

    monkeypatch.setattr(table, "iter_rows", lambda *a, **k: pytest.fail("work started"))
    places = [report / "x.xlsx"]  # a folder that is a file
    if Path("/proc/self").is_dir():
        places.append(Path("/proc/tong_hop.xlsx"))  # a folder nobody may write, not even root
    for place in places:
        assert main(["extract", str(report), "--format", "xlsx", "-o", str(place)]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "không ghi được" in err


# -- smaller -------------------------------------------------------------------------------------------------


def test_configuration_is_found_from_the_checked_folder(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "bao_cao"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "vanban.toml").write_text('ignore = ["VB101"]\n', encoding="utf-8")
    elsewhere = tmp_path / "khac"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    lint_main([str(folder), "--format", "json"])
    captured = capsys.readouterr()
    assert "VB101" not in {f["code"] for f in json.loads(captured.out)}
    assert str(folder / "vanban.toml") in captured.err


def test_options_that_would_do_nothing_say_so(report, tmp_path, capsys):
    lint_main([str(report), "--select", "VB9"])
    assert "--compare" in capsys.readouterr().err
    lint_main([str(report), "--statistics", "--format", "json"])
    assert "--statistics" in capsys.readouterr().err
    (tmp_path / "vanban.toml").write_text('ignore = "VB703"\n', encoding="utf-8")
    assert lint_main([str(report)]) == 2
    assert 'ignore = ["VB703"]' in capsys.readouterr().err
    for bad in ("0", "-1"):
        assert lint_main([str(report), "-j", bad]) == 2
        assert "≥ 1" in capsys.readouterr().err
        assert main(["extract", str(report), "-j", bad, "--format", "jsonl"]) == 2
        capsys.readouterr()


def test_rule_e000_and_rules_marks_rules_off_by_default(capsys):
    assert main(["rule", "E000"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("E000 read-error [error]") and "không đọc được" in out.lower()
    assert main(["rules"]) == 0
    lines = {ln.split()[0]: ln for ln in capsys.readouterr().out.splitlines()}
    assert "mặc định tắt" in lines["VB603"] and "mặc định tắt" not in lines["VB101"]
    assert "E000" in lines


def test_preview_flag_and_config_key(report, tmp_path, monkeypatch):
    seen = []
    import vanban.cli as cli

    real = cli._lint_doc

    def spy(path, doc, config, lang):
        seen.append(getattr(config, "preview", False))
        return real(path, doc, config, lang)

    monkeypatch.setattr(cli, "_lint_doc", spy)
    lint_main([str(report), "--preview", "-j", "1"])
    (tmp_path / "vanban.toml").write_text("preview = true\n", encoding="utf-8")
    lint_main([str(report), "-j", "1"])
    (tmp_path / "vanban.toml").write_text("", encoding="utf-8")
    lint_main([str(report), "-j", "1"])
    assert seen == [True, True, False]


def test_readme_says_what_a_new_user_needs():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "exit" in readme.lower() and "1" in readme
    assert "antiword" in readme and "LibreOffice" in readme
    assert "MB" in readme  # what the install weighs
    notebook = (ROOT / "docs" / "notebook.md").read_text("utf-8")
    assert 'pip install -e ".[pandas]"' in notebook or "pip install -e '.[pandas]'" in notebook


def test_rules_in_preview_are_marked(capsys, monkeypatch):
    from dataclasses import replace

    from vanban.rules import REGISTRY, iter_rules

    list(iter_rules())
    monkeypatch.setitem(REGISTRY, "VB705", replace(REGISTRY["VB705"], preview=True))
    assert main(["rules"]) == 0
    lines = {ln.split()[0]: ln for ln in capsys.readouterr().out.splitlines()}
    assert "--preview" in lines["VB705"] and "--preview" not in lines["VB101"]
    assert main(["rule", "VB705"]) == 0
    assert "--preview" in capsys.readouterr().out.splitlines()[0]


def test_help_is_vietnamese_by_default_and_english_on_request(capsys):
    assert lint_main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: vanban-lint") and "tệp, thư mục (đệ quy) hoặc mẫu glob" in out
    assert "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out
    assert lint_main(["--help", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: vanban-lint") and "files, folders (recursive) or glob patterns" in out
    assert "tệp" not in out.split("options:")[1]  # every option explained in English
    assert main(["extract", "--help", "--lang", "en"]) == 0
    assert "tệp" not in capsys.readouterr().out
