"""The CLI: parse output, exit codes, formats, JSON contract."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vanban.cli import lint_main, main

CLEAN = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 07/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 05 tháng 02 năm 2024

BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2023

I. KẾT QUẢ
Đã tặng Giấy khen cho 12 cá nhân tại Quyết định số 03/QĐ-UBND ngày 04/01/2024 của UBND xã.
II. PHƯƠNG HƯỚNG
Tiếp tục phát động phong trào thi đua.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""
BAD = CLEAN.replace("ngày 04/01/2024", "ngày 34/01/2024")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_exit_codes(files, capsys):
    assert lint_main([str(files / "clean.txt"), "--min-severity", "warning"]) == 0
    assert lint_main([str(files / "bad.txt")]) == 1
    assert lint_main([str(files / "bad.txt"), "--exit-zero"]) == 0
    assert lint_main([str(files / "empty.txt")]) == 2
    assert lint_main([str(files / "clean.txt"), "--select", "NOPE"]) == 2
    assert lint_main(["--format", "nope", str(files / "clean.txt")]) == 2


def test_json_contract_and_batch_goes_on(files, capsys):
    code = lint_main([str(files), "--format", "json", "--jobs", "1"])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    for row in data:
        for k in ("path", "code", "name", "severity", "message", "line", "column", "end_line", "end_column"):
            assert k in row
    paths = {Path(r["path"]).name for r in data}
    assert "empty.txt" in paths and "bad.txt" in paths  # the unreadable file is one record; the run went on
    inv = [r for r in data if r["code"] == "VB101"]
    assert inv and inv[0]["line"] == 12 and Path(inv[0]["path"]).name == "bad.txt"


def test_english_and_statistics(files, capsys):
    lint_main([str(files / "bad.txt"), "--lang", "en", "--select", "VB101"])
    out = capsys.readouterr().out
    assert "Invalid date" in out and "bad.txt:12:" in out


def test_parse_json(files, capsys):
    assert main(["parse", str(files / "clean.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["header"]["symbol"] == "BC-UBND" and data["header"]["date"] == "2024-02-05"
    assert [s["label"] for s in data["sections"]] == ["I", "II"]
    assert data["signature"]["signer"] == "Nguyễn Văn Bình" and len(data["recipients"]) == 2


def test_parse_text_warns_first_when_the_text_layer_is_broken(tmp_path, capsys):
    from vanban.read.legacy import from_unicode

    garbled = tmp_path / "ban_quet.txt"  # the text layer of a scan OCR'd without Vietnamese
    garbled.write_text("UY BAN NHAN DAN\ncgNG HoA x.A. Hor cHU NGHIA vrpr NAM\nDQc l$p - Tq do - H4nh phric\n"
                       + "Ldm D6ng, ngdy 22 thdng 9 ndm 2025 cho ph6p hqp nh6t HQi C6ng chri'ng vi6n tinh. " * 12,
                       encoding="utf-8")
    assert main(["parse", str(garbled), "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("KHÔNG ĐỌC ĐƯỢC: lớp chữ hỏng (OCR sai)")
    # a file still in VNI code is converted when read: no warning, the header is there
    src = ("UBND XÃ AN PHÚ\nSố: 12/BC-UBND\nAn Phú, ngày 15 tháng 12 năm 2023\nBÁO CÁO\n"
           + "Kết quả thực hiện nhiệm vụ năm 2023 của xã đạt nhiều kết quả quan trọng.\n" * 4)
    vni = tmp_path / "vni.txt"
    vni.write_text(from_unicode(src, "vni"), encoding="utf-8")
    assert main(["parse", str(vni), "--format", "text"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("Loại: Báo cáo   Số/ký hiệu: 12/BC-UBND")


def test_rule_explain(capsys):
    assert main(["rule", "VB103"]) == 0
    out = capsys.readouterr().out
    assert "year-mismatch" in out and "Ví dụ sai" in out
    assert main(["rule", "VB999"]) == 2


def test_cross_report_rules_are_listed_and_explained(capsys):
    assert main(["rules"]) == 0
    listed = [ln.split()[0] for ln in capsys.readouterr().out.splitlines()]
    assert listed[-4:] == ["VB901", "VB902", "VB903", "VB904"] and "VB101" in listed
    assert main(["rule", "duplicate-report", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VB903 duplicate-report [warning]") and "--compare" in out


def test_input_never_modified(files):
    before = (files / "bad.txt").read_bytes()
    lint_main([str(files / "bad.txt")])
    assert (files / "bad.txt").read_bytes() == before


def test_console_scripts_installed():
    exe = Path(sys.executable).parent / "vanban-lint"
    if not exe.exists():
        pytest.skip("console scripts not installed in this environment")
    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "vanban" in r.stdout


def test_batch_keeps_only_findings_unless_needed(files):
    from vanban.cli import lint_files
    from vanban.rules import LintConfig

    paths = [str(files / "bad.txt"), str(files / "clean.txt")]
    lean = lint_files(paths, LintConfig(), jobs=1, keep_documents=False)
    assert [r.document for r in lean] == [None, None] and not any(r.failed for r in lean)
    assert any(f.code == "VB101" for f in lean[0].findings)
    full = lint_files(paths, LintConfig(), jobs=1, keep_documents=True)
    assert full[0].document is not None and full[0].document.header.symbol == "BC-UBND"


def test_configuration_from_vanban_toml(files, capsys, monkeypatch):
    (files / "vanban.toml").write_text(
        'select = ["VB1", "VB5"]\nignore = ["VB104"]\nreport_year = 2023\n'
        '[severity]\nVB101 = "info"\n'
        '[per-file-ignores]\n"clean.txt" = ["VB5"]\n', encoding="utf-8")
    monkeypatch.chdir(files)
    code = lint_main(["bad.txt", "clean.txt", "--format", "json", "--jobs", "1"])
    data = json.loads(capsys.readouterr().out)
    codes = {(Path(r["path"]).name, r["code"], r["severity"]) for r in data}
    assert ("bad.txt", "VB101", "info") in codes                     # severity override
    assert all(c.startswith(("VB1", "VB5", "E0")) for _, c, _ in codes)  # select
    assert not any(c == "VB104" for _, c, _ in codes)                 # ignore
    assert not any(p == "clean.txt" and c.startswith("VB5") for p, c, _ in codes)  # per-file ignore
    assert code == 1


def test_configuration_from_pyproject(files, capsys, monkeypatch):
    (files / "pyproject.toml").write_text('[tool.vanban]\nselect = ["invalid-date"]\n', encoding="utf-8")
    monkeypatch.chdir(files)
    lint_main(["bad.txt", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert {r["code"] for r in data} == {"VB101"}


def test_statistics_and_github_format(files, capsys):
    lint_main([str(files / "bad.txt"), "--statistics"])
    assert "VB101" in capsys.readouterr().out
    lint_main([str(files / "bad.txt"), "--format", "github", "--select", "VB101"])
    out = capsys.readouterr().out
    assert out.startswith("::error file=") and "line=12" in out and "title=VB101" in out


# --- batch safety: what a district officer running a folder of commune reports relies on -----------------


def test_the_report_never_overwrites_an_input(files, capsys):
    before = (files / "bad.txt").read_bytes()
    assert lint_main([str(files / "bad.txt"), "-o", str(files / "bad.txt")]) == 2
    assert main(["parse", str(files / "bad.txt"), "-o", str(files / "bad.txt")]) == 2
    assert (files / "bad.txt").read_bytes() == before
    assert "không ghi đè" in capsys.readouterr().err
    # nor one met by a glob or in a folder, nor a hard link to one; a report left in the folder by an earlier
    # run is such a file too: it must be given another name rather than be read as a document and overwritten
    assert lint_main([str(files / "*.txt"), "-o", str(files / "bad.txt")]) == 2
    assert lint_main([str(files), "-o", str(files / "bad.txt")]) == 2
    os.link(files / "bad.txt", files.parent / f"{files.name}_link.txt")
    assert lint_main([str(files / "bad.txt"), "-o", str(files.parent / f"{files.name}_link.txt")]) == 2
    assert (files / "bad.txt").read_bytes() == before
    out = files / "ket_qua.txt"
    assert lint_main([str(files), "-o", str(out), "--jobs", "1"]) == 1
    assert "(đã kiểm tra 3 tệp)" in out.read_text(encoding="utf-8")
    assert lint_main([str(files), "-o", str(out), "--jobs", "1"]) == 2  # it is now a file of the folder


def test_an_output_that_cannot_be_written_stops_before_any_work(files, capsys):
    assert lint_main([str(files), "-o", str(files / "khong_co" / "r.txt")]) == 2
    assert lint_main([str(files), "-o", str(files)]) == 2
    err = capsys.readouterr().err
    assert "thư mục chứa không tồn tại" in err and "là một thư mục" in err


def test_selectors_must_name_rules_wholly(files, capsys):
    # "year" is part of "year-mismatch": it would select nothing and print "no problems"
    assert lint_main([str(files / "bad.txt"), "--select", "year"]) == 2
    assert "unknown rule “year”" in capsys.readouterr().err
    assert lint_main([str(files / "bad.txt"), "--select", "vb101", "--format", "json"]) == 1
    assert {r["code"] for r in json.loads(capsys.readouterr().out)} == {"VB101"}


def test_config_with_a_wrong_severity_or_code_is_rejected_once(files, capsys, monkeypatch):
    monkeypatch.chdir(files)
    (files / "vanban.toml").write_text('[severity]\nVB301 = "fatal"\n', encoding="utf-8")
    assert lint_main(["bad.txt"]) == 2
    assert "invalid severity “fatal”" in capsys.readouterr().err
    (files / "vanban.toml").write_text('enable = ["VB6O3"]\n', encoding="utf-8")
    assert lint_main(["bad.txt"]) == 2
    assert "“VB6O3” (enable)" in capsys.readouterr().err
    # a severity is set for one rule: a prefix would change nothing, a blank key nothing either
    for cfg in ('[severity]\nVB5 = "error"\n', '[severity]\n" " = "info"\n'):
        (files / "vanban.toml").write_text(cfg, encoding="utf-8")
        assert lint_main(["bad.txt"]) == 2
        assert "(severity)" in capsys.readouterr().err
    (files / "vanban.toml").write_text('[severity]\nvb101 = "warning"\n', encoding="utf-8")
    lint_main(["bad.txt", "--format", "json"])
    assert {r["severity"] for r in json.loads(capsys.readouterr().out) if r["code"] == "VB101"} == {"warning"}


def test_inputs_that_give_no_file_are_records_and_hidden_files_are_left_alone(files, capsys):
    (files / "rong").mkdir()
    (files / ".an.txt").write_text(BAD, encoding="utf-8")
    (files / "~$bad.docx").write_bytes(b"\x00\x01lock")
    (files / "._bad.docx").write_bytes(b"\x00\x05\x16\x07")
    (files / ".git").mkdir()
    (files / ".git" / "x.txt").write_text(BAD, encoding="utf-8")
    code = lint_main([str(files), str(files / "rong"), str(files / "xa_*.docx"), "--format", "json", "--jobs", "1"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 1
    assert sorted(Path(r["path"]).name for r in rows if r["code"] == "E000") == ["empty.txt", "rong", "xa_*.docx"]
    assert {Path(r["path"]).name for r in rows} == {"bad.txt", "empty.txt", "rong", "xa_*.docx"}
    # the same file spelled three ways is read once
    bad = files / "bad.txt"
    lint_main([str(bad), "--format", "json"])
    once = json.loads(capsys.readouterr().out)
    lint_main([str(bad), str(files / "." / "bad.txt"), str(bad.resolve()), "--format", "json"])
    assert json.loads(capsys.readouterr().out) == once and len(once) >= 1


def test_exit_code_of_a_mixed_batch(files):
    # an unreadable file among readable ones is an E000 finding: exit 1, whatever the other files hold
    assert lint_main([str(files / "clean.txt"), str(files / "empty.txt"), "--min-severity", "warning"]) == 1
    assert lint_main([str(files / "bad.txt"), str(files / "empty.txt"), "--min-severity", "error"]) == 1
    assert lint_main([str(files / "empty.txt"), str(files / "khong_co.txt")]) == 2  # nothing could be read


def test_extract_uses_the_same_configuration_as_lint(files, monkeypatch):
    monkeypatch.chdir(files)
    (files / "vanban.toml").write_text('ignore = ["VB101"]\n', encoding="utf-8")
    assert main(["extract", "bad.txt", "--format", "jsonl", "-o", "out", "--jobs", "1"]) == 0
    codes = [json.loads(ln)["code"] for ln in (files / "out_findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "VB101" not in codes


def test_convert_refuses_a_hard_link_to_its_input_and_a_binary_file(tmp_path, capsys):
    src = tmp_path / "cu.txt"
    src.write_bytes("B¸o c¸o".encode("latin-1"))
    link = tmp_path / "link.txt"
    os.link(src, link)
    assert main(["convert", "--from", "tcvn3", str(src), str(link)]) == 2
    png = tmp_path / "anh.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert main(["convert", "--from", "tcvn3", str(png), str(tmp_path / "out.txt")]) == 2
    err = capsys.readouterr().err
    assert "không ghi đè tệp nguồn" in err and "dữ liệu nhị phân" in err
    assert not (tmp_path / "out.txt").exists() and src.read_bytes() == "B¸o c¸o".encode("latin-1")
    # a converted file gets the mode of a new file, not a private temporary one
    old = os.umask(0o022)
    try:
        assert main(["convert", "--from", "tcvn3", str(src), str(tmp_path / "moi.txt")]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "moi.txt").stat().st_mode & 0o777 == 0o644


def test_max_size_must_not_be_negative(files, capsys):
    assert lint_main([str(files / "clean.txt"), "--max-size", "-1"]) == 2
    assert "MB ≥ 0" in capsys.readouterr().err
