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
    err = capsys.readouterr().err
    assert "không có quy tắc “year”" in err and "unknown rule" not in err  # one language: Vietnamese
    assert lint_main([str(files / "bad.txt"), "--select", "year", "--lang", "en"]) == 2
    assert "unknown rule “year”" in capsys.readouterr().err
    assert lint_main([str(files / "bad.txt"), "--select", "vb101", "--format", "json"]) == 1
    assert {r["code"] for r in json.loads(capsys.readouterr().out)} == {"VB101"}


def test_config_with_a_wrong_severity_or_code_is_rejected_once(files, capsys, monkeypatch):
    monkeypatch.chdir(files)
    (files / "vanban.toml").write_text('[severity]\nVB301 = "fatal"\n', encoding="utf-8")
    assert lint_main(["bad.txt", "--lang", "en"]) == 2
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


# -- issue #17: what the CLI reports, and how it survives faults ---------------------------------------------

BIN = Path(sys.executable).parent


@pytest.fixture
def home(tmp_path, monkeypatch):
    """History and user files in a temporary home, never the real one."""
    h = tmp_path / "home"
    monkeypatch.setenv("HOME", str(h))
    monkeypatch.setenv("XDG_DATA_HOME", str(h / ".local" / "share"))
    monkeypatch.setenv("LOCALAPPDATA", str(h / "AppData" / "Local"))
    return h


def test_symlink_loops_and_links_out_of_the_folder_are_records_not_crashes(tmp_path, capsys):
    folder = tmp_path / "bao_cao"
    folder.mkdir()
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    os.symlink("vong_2.txt", folder / "vong_1.txt")
    os.symlink("vong_1.txt", folder / "vong_2.txt")
    secret = tmp_path / "ngoai" / "mat_khau.txt"
    secret.parent.mkdir()
    secret.write_text(BAD.replace("Nguyễn Văn Bình", "BÍ MẬT KHÔNG ĐƯỢC LỘ"), encoding="utf-8")
    os.symlink(secret, folder / "lien_ket.txt")
    os.symlink("bad.txt", folder / "ban_sao.txt")  # a link that stays inside is read (once: same file)
    out = tmp_path / "ket_qua.json"
    assert lint_main([str(folder), "-o", str(out)]) == 1
    data = json.loads(out.read_text("utf-8"))
    codes = {(Path(d["path"]).name, d.get("error_code")) for d in data if d["code"] == "E000"}
    assert codes == {("vong_1.txt", "symlink_loop"), ("vong_2.txt", "symlink_loop"),
                     ("lien_ket.txt", "symlink_outside")}
    assert "BÍ MẬT" not in out.read_text("utf-8")
    assert any(d["code"] == "VB101" for d in data)
    err = capsys.readouterr().err
    assert "--follow-links" in err and "Traceback" not in err
    lint_main([str(folder), "--follow-links", "--format", "html", "-o", str(tmp_path / "r.html")])
    assert "BÍ MẬT" in (tmp_path / "r.html").read_text("utf-8")  # asked for
    # a glob over the folder keeps the same policy
    out2 = tmp_path / "ket_qua_glob.json"
    lint_main([str(folder / "*.txt"), "-o", str(out2)])
    assert "BÍ MẬT" not in out2.read_text("utf-8")
    assert ("lien_ket.txt", "symlink_outside") in {(Path(d["path"]).name, d.get("error_code"))
                                                    for d in json.loads(out2.read_text("utf-8")) if d["code"] == "E000"}


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "github", "sarif", "html"])
def test_a_file_name_that_is_not_utf8_is_escaped_in_every_format(tmp_path, capsys, fmt, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative paths, as a user types them
    folder = Path("d")
    folder.mkdir()
    name = os.fsdecode(b"bao_cao_\xff.txt")
    (folder / name).write_text(BAD, encoding="utf-8")
    out = Path(f"ket_qua.{fmt}")
    out.write_text("báo cáo cũ", encoding="utf-8")
    assert lint_main([str(folder), "--format", fmt, "-o", str(out)]) == 1
    written = out.read_bytes().decode("utf-8")  # valid UTF-8
    if fmt in ("json", "jsonl", "sarif"):
        written = json.dumps([json.loads(x) for x in written.splitlines()] if fmt == "jsonl" else json.loads(written),
                             ensure_ascii=False).replace("\\\\", "\\")
    assert "bao_cao_\\xff.txt" in written or "bao_cao_%FF.txt" in written
    assert lint_main([str(folder), "--format", fmt]) == 1  # to stdout too
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_parse_json_of_a_file_whose_name_is_not_utf8(tmp_path, capsys):
    p = tmp_path / os.fsdecode(b"van_ban_\xfe.txt")
    p.write_text(CLEAN, encoding="utf-8")
    assert main(["parse", str(p), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"].endswith("van_ban_\\xfe.txt")


@pytest.mark.parametrize("fmt", ["text", "github", "csv", "jsonl"])
def test_a_newline_in_a_file_name_cannot_forge_report_lines(tmp_path, capsys, fmt):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "x.txt:1:1: VB000 [error] forged\nbad.txt").write_text(BAD, encoding="utf-8")
    lint_main([str(folder), "--format", fmt])
    out = capsys.readouterr().out
    assert not any(line.startswith("bad.txt") or "VB000 [error] forged\n" in line + "\n" and
                   line.startswith("x.txt") for line in out.splitlines())
    assert "forged\\nbad.txt" in out.replace("\\\\", "\\") or "forged%5Cnbad.txt" in out


def test_a_failed_report_leaves_the_previous_one_whole(files, tmp_path, capsys, monkeypatch):
    out = tmp_path / "ket_qua.json"
    out.write_text("[]\n", encoding="utf-8")
    import vanban.report as report

    def boom(*_a, **_k):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(report, "render", boom)
    with pytest.raises(RuntimeError):
        lint_main([str(files / "bad.txt"), "-o", str(out)])
    assert out.read_text("utf-8") == "[]\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_jobs_1_and_2_give_byte_identical_json(tmp_path):
    folder = tmp_path / "lo"
    folder.mkdir()
    for i in range(12):
        (folder / f"bc_{i:02d}.txt").write_text(BAD if i % 3 else CLEAN, encoding="utf-8")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    lint_main([str(folder), "-j", "1", "--format", "json", "-o", str(a)])
    lint_main([str(folder), "-j", "2", "--format", "json", "-o", str(b)])
    assert a.read_bytes() == b.read_bytes() and len(json.loads(a.read_text("utf-8"))) >= 8


def _env(home):
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}


def _children(pid):
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its (dead) parent's reaper is not running
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_workers_die_with_a_killed_main_process(tmp_path, home):
    import signal
    import time

    folder = tmp_path / "lo"
    folder.mkdir()
    for i in range(400):
        (folder / f"bc_{i:03d}.txt").write_text(BAD * 20, encoding="utf-8")
    for sig in (signal.SIGKILL, signal.SIGTERM):
        p = subprocess.Popen([str(BIN / "vanban-lint"), str(folder), "-j", "2", "-o", str(tmp_path / "r.json")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(home))
        kids = []
        for _ in range(600):
            kids = _children(p.pid)
            if len(kids) >= 2 or p.poll() is not None:
                break
            time.sleep(0.05)
        if p.poll() is not None:
            continue  # finished before the workers could be seen: nothing to check
        os.kill(p.pid, sig)
        p.wait(timeout=60)
        for _ in range(200):  # up to 10 s: the watchdog polls every second
            if not any(_alive(k) for k in kids):
                break
            time.sleep(0.05)
        assert not any(_alive(k) for k in kids), f"workers {kids} outlived the main process ({sig})"
        assert "Traceback" not in p.stderr.read().decode()


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_history_survives_a_killed_run_and_two_runs_at_once(tmp_path, home):
    import signal
    import sqlite3
    import time

    hist = tmp_path / "lich_su.sqlite"
    folders = []
    for k in range(2):
        folder = tmp_path / f"quy_{k}"
        folder.mkdir()
        for i in range(30):
            (folder / f"bc_{i:02d}.txt").write_text(CLEAN.replace("07/BC-UBND", f"{i + 10 * k:02d}/BC-UBND"),
                                                    encoding="utf-8")
        folders.append(folder)
    cmd = lambda f: [str(BIN / "vanban-lint"), str(f), "--compare", "--history", str(hist), "-j", "1",  # noqa: E731
                     "--format", "json", "-o", str(f) + ".json"]
    assert subprocess.run(cmd(folders[0]), env=_env(home), capture_output=True).returncode in (0, 1)
    stored = sqlite3.connect(hist).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert stored == 30
    p = subprocess.Popen(cmd(folders[1]), env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    p.send_signal(signal.SIGKILL)
    p.wait()
    con = sqlite3.connect(hist)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 30  # no committed run lost
    con.close()
    procs = [subprocess.Popen(cmd(f), env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for f in folders]
    for q in procs:
        assert q.wait(timeout=300) in (0, 1), q.stderr.read().decode()
    con = sqlite3.connect(hist)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 60
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_error_messages_carry_no_temporary_path(tmp_path, monkeypatch):
    import vanban
    from vanban.cli import _lint_one, scrub_message
    from vanban.errors import ReadError

    doc = tmp_path / "hong.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)

    def fake_load(path, **_kw):
        raise ReadError(path, "corrupt", "antiword: /tmp/vanban-doc-k2j4x9/input.doc is not a Word Document.")

    monkeypatch.setattr(vanban, "load", fake_load)
    res = _lint_one((str(doc), None, "vi", None, False, None))
    assert "vanban-doc-" not in res.error and "hong.doc is not a Word Document" in res.error
    assert scrub_message("C:\\Temp\\vanban-doc-abc\\input.doc: bad", "x.doc") == "x.doc: bad"


def test_errno_inside_a_readers_message_becomes_a_vietnamese_phrase():
    from vanban.cli import scrub_message

    msg = "a.doc: không đọc được tệp ([Errno 13] Permission denied: '/tmp/x/a.doc')"
    assert scrub_message(msg, "a.doc") == "a.doc: không đọc được tệp (không có quyền truy cập)"
    assert scrub_message("a.doc: cannot read ([Errno 2] No such file or directory: 'a.doc')", "a.doc", "en") == \
        "a.doc: cannot read (no such file or folder)"


def test_a_report_behind_a_symlink_is_written_where_the_link_points(files, tmp_path):
    real = tmp_path / "web" / "bao_cao.json"
    real.parent.mkdir()
    real.write_text("[]", encoding="utf-8")
    link = tmp_path / "ket_qua.json"
    os.symlink(real, link)
    lint_main([str(files / "bad.txt"), "-o", str(link)])
    assert link.is_symlink() and json.loads(real.read_text("utf-8"))[0]["code"] == "VB101"


def test_a_symlink_loop_named_on_the_command_line_is_one_vietnamese_record(tmp_path, capsys):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    assert lint_main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "r.txt")]) == 2
    out = (tmp_path / "r.txt").read_text("utf-8")
    assert out.count("E000") == 2 and "Too many levels" not in out and "vòng lặp" in out


def test_an_interrupted_program_ends_even_with_a_thread_left_behind(tmp_path):
    """A stopped run ends the process: a worker pool's manager thread that the interruption left running (a
    non-daemon thread) must not keep the interpreter waiting at exit, as it did once in forty SIGTERMs."""
    import sys
    import textwrap

    script = textwrap.dedent("""
        import threading, time
        from vanban import cli

        def command(argv):
            threading.Thread(target=time.sleep, args=(600,)).start()  # left behind, not a daemon
            raise KeyboardInterrupt()

        cli.run_cli(command, None, "vanban-lint")
        print("returned: called as the program, the run should have ended the process")
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 130
    assert r.stdout == ""
    assert r.stderr.strip().startswith("vanban-lint: đã dừng (Ctrl-C)") and "Traceback" not in r.stderr
    # called from Python with its own arguments (a notebook, a test), it returns the code instead
    from vanban import cli

    def interrupted(argv):
        raise KeyboardInterrupt()

    assert cli.run_cli(interrupted, [], "vanban-lint") == 130


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_behind_a_redirection_is_one_line(tmp_path, home):
    folder = tmp_path / "lo"
    folder.mkdir()
    (folder / "bc.txt").write_text(BAD, encoding="utf-8")
    with open("/dev/full", "w") as full:
        r = subprocess.run([str(BIN / "vanban-lint"), str(folder)], stdout=full, stderr=subprocess.PIPE,
                           env=_env(home), timeout=120)
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err
    assert err.strip().splitlines() == ["vanban-lint: không ghi được kết quả: hết chỗ trống trên ổ đĩa"]
