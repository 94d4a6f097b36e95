"""The CLI: parse output, exit codes, formats, JSON contract."""
import json
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
