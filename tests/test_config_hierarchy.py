"""vanban-lint's configuration is found per checked file, as ruff does: a province officer checking the
folders of two districts in one run gets each district's own vanban.toml (its ignore, select, severities and
--compare history) for that district's reports, the run says which configuration checked which files, and a
history file of the old per-folder kind is pointed out instead of silently left aside."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vanban.cli import lint_main

REPORT = """ỦY BAN NHÂN DÂN
XÃ {XA}
Số: {so}/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{xa}, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2024

I. KẾT QUẢ
Ủy ban nhân dân xã đã ban hành Kế hoạch số 05/KH-UBND ngày 32/01/2024 về cải cách hành chính năm 2024.
Trong năm, bộ phận một cửa đã tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 1.230 hồ sơ.
II. NHIỆM VỤ NĂM 2025
Tiếp tục đẩy mạnh dịch vụ công trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Minh
"""


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    """The user's own history is never the real one in these tests."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home" / "AppData" / "Local"))


def _report(xa: str, so: int) -> str:
    return REPORT.format(XA=xa.upper(), xa=xa, so=f"{so:02d}")


@pytest.fixture
def province(tmp_path, monkeypatch):
    """tinh/huyen_a (ignores VB101) and tinh/huyen_b (VB101 only as information), two communes each."""
    root = tmp_path / "tinh"
    for district, communes in (("huyen_a", ("Tân Lập", "Phú Cát")), ("huyen_b", ("Đông Xuân", "Tiến Xuân"))):
        (root / district).mkdir(parents=True)
        for i, xa in enumerate(communes, 1):
            name = xa.lower().replace(" ", "_")
            (root / district / f"{name}.txt").write_text(_report(xa, i), encoding="utf-8")
    (root / "huyen_a" / "vanban.toml").write_text('ignore = ["VB101"]\n', encoding="utf-8")
    (root / "huyen_b" / "vanban.toml").write_text('[severity]\nVB101 = "info"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _by_district(rows) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        out.setdefault(Path(r["path"]).parent.name, set()).add((r["code"], r["severity"]))
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_district_folder_is_checked_with_its_own_configuration(province, capsys, jobs):
    # four files: with -j 2 they go to worker processes, which must get each file's own configuration
    assert lint_main(["huyen_a", "huyen_b", "--format", "json", "-j", jobs]) == 1
    seen = _by_district(json.loads(capsys.readouterr().out))
    assert ("VB101", "info") in seen["huyen_b"]                      # huyen_b/vanban.toml: [severity]
    assert not any(code == "VB101" for code, _sev in seen.get("huyen_a", ()))  # huyen_a/vanban.toml: ignore
    assert not any(sev == "error" and code == "VB101" for d in seen.values() for code, sev in d)


def test_config_option_overrides_every_folder(province, capsys, tmp_path):
    chung = tmp_path / "chung.toml"
    chung.write_text('select = ["VB101"]\n[severity]\nVB101 = "warning"\n', encoding="utf-8")
    lint_main(["huyen_a", "huyen_b", "--format", "json", "-j", "1", "--config", str(chung)])
    rows = json.loads(capsys.readouterr().out)
    assert {(Path(r["path"]).parent.name, r["code"], r["severity"]) for r in rows} == {
        ("huyen_a", "VB101", "warning"), ("huyen_b", "VB101", "warning")}
    assert {r["config"] for r in rows} == {str(chung)}


def test_command_line_options_override_each_file(province, capsys):
    (province / "huyen_a" / "vanban.toml").write_text('select = ["VB5"]\n[severity]\nVB101 = "info"\n',
                                                      encoding="utf-8")
    (province / "huyen_b" / "vanban.toml").write_text('select = ["VB7"]\nignore = ["VB101"]\n', encoding="utf-8")
    lint_main(["huyen_a", "huyen_b", "--format", "json", "-j", "1", "--select", "VB101"])
    rows = json.loads(capsys.readouterr().out)
    # --select replaces each file's select; what the command line does not say stays the file's own
    # (huyen_a's severity, huyen_b's ignore, which --select does not undo)
    assert {(Path(r["path"]).parent.name, r["code"], r["severity"]) for r in rows} == {("huyen_a", "VB101", "info")}
    lint_main(["huyen_a", "huyen_b", "--format", "json", "-j", "1", "--ignore", "VB101"])
    assert not [r for r in json.loads(capsys.readouterr().out) if r["code"] == "VB101"]


def test_the_run_names_each_configuration_once(province, capsys):
    (province / "huyen_c").mkdir()
    (province / "huyen_c" / "hung_son.txt").write_text(_report("Hưng Sơn", 3), encoding="utf-8")
    lint_main(["huyen_a", "huyen_b", "huyen_c", "-j", "1"])
    out = capsys.readouterr().out.splitlines()
    a, b = str(Path("huyen_a") / "vanban.toml"), str(Path("huyen_b") / "vanban.toml")
    assert out[-3:] == [f"Cấu hình: {a} (2 tệp)", f"Cấu hình: {b} (2 tệp)",
                        "Cấu hình: mặc định (không có tệp cấu hình) (1 tệp)"]
    lint_main(["huyen_a", "huyen_b", "-j", "1", "--lang", "en"])
    assert capsys.readouterr().out.splitlines()[-2:] == [f"Configuration: {a} (2 files)",
                                                         f"Configuration: {b} (2 files)"]
    # machine formats carry it on every finding of a file checked with a configuration file; it stays valid
    lint_main(["huyen_a", "huyen_b", "huyen_c", "--format", "json", "-j", "1"])
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert {(Path(r["path"]).parent.name, r.get("config")) for r in rows} == {
        ("huyen_b", b), ("huyen_c", None)}
    assert f"Cấu hình: {a} (2 tệp)" in captured.err  # said once, on stderr, beside a machine format
    from jsonschema import Draft202012Validator

    from tests.test_report import report_schema

    Draft202012Validator(report_schema()).validate(rows)
    lint_main(["huyen_a", "huyen_b", "--format", "sarif", "-j", "1"])
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert results and {r["properties"]["config"] for r in results} == {b}


def test_one_configuration_is_named_as_before(province, capsys):
    lint_main(["huyen_b", "-j", "1"])
    captured = capsys.readouterr()
    assert "Cấu hình:" not in captured.out
    assert f"dùng cấu hình {Path('huyen_b') / 'vanban.toml'}" in captured.err


def test_a_broken_configuration_names_its_file_before_any_work(province, capsys):
    (province / "huyen_b" / "vanban.toml").write_text('ignore = "VB101"\n', encoding="utf-8")
    assert lint_main(["huyen_a", "huyen_b", "-o", "ket_qua.json"]) == 2
    err = capsys.readouterr().err
    assert str(Path("huyen_b") / "vanban.toml") in err and 'ignore = ["VB101"]' in err
    assert not (province / "ket_qua.json").exists()
    (province / "huyen_b" / "vanban.toml").write_text('ignore = ["VB101"\n', encoding="utf-8")
    assert lint_main(["huyen_a", "huyen_b", "--lang", "en"]) == 2
    assert f"invalid configuration ({Path('huyen_b') / 'vanban.toml'})" in capsys.readouterr().err


def test_each_folder_is_looked_up_and_each_file_read_once(province, monkeypatch, capsys):
    import vanban.cli as cli
    from vanban.cli import ConfigFinder

    for i in range(30):
        (province / "huyen_a" / f"xa_{i:02d}.txt").write_text(_report("Tân Lập", i + 3), encoding="utf-8")
    reads: list[str] = []
    real_read = cli.read_config
    monkeypatch.setattr(cli, "read_config", lambda p: reads.append(str(p)) or real_read(p))
    looks: list[str] = []
    real_in = ConfigFinder._config_in
    monkeypatch.setattr(ConfigFinder, "_config_in", staticmethod(lambda folder: looks.append(str(folder))
                                                                 or real_in(folder)))
    monkeypatch.setattr(cli, "lint_files", lambda files, *a, **kw: [])  # the lookup is what is measured
    lint_main(["huyen_a", "huyen_b", "--format", "json"])
    capsys.readouterr()
    assert sorted(Path(p).parent.name for p in reads) == ["huyen_a", "huyen_b"]
    assert len(looks) == len(set(looks)) == 2


# -- --compare: each district's history ---------------------------------------------------------------------


@pytest.fixture
def districts_with_history(tmp_path, monkeypatch):
    from tests.test_compare import LAST_YEAR, THIS_YEAR

    root = tmp_path / "tinh"
    for district in ("huyen_a", "huyen_b"):
        (root / district).mkdir(parents=True)
        (root / district / "hoa_lac_2022.txt").write_text(LAST_YEAR, encoding="utf-8")
        (root / district / "hoa_lac_2023.txt").write_text(THIS_YEAR, encoding="utf-8")
        (root / district / "vanban.toml").write_text('history = "lich_su.sqlite"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_compare_records_each_file_in_its_districts_history(districts_with_history, capsys, tmp_path):
    from vanban.history import HistoryStore

    root = districts_with_history
    (root / "huyen_b" / "vanban.toml").write_text('history = "lich_su.sqlite"\nignore = ["VB904"]\n',
                                                  encoding="utf-8")
    lint_main(["huyen_a", "huyen_b", "--compare", "--format", "json", "-j", "1"])
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    for district in ("huyen_a", "huyen_b"):
        with HistoryStore(root / district / "lich_su.sqlite") as store:
            stored = {Path(rec.path).parent.name for rec in store.records()}
        assert stored == {district}, district  # each district's files in its own history only
        assert str(root / district / "lich_su.sqlite") in captured.err
    assert not (tmp_path / "home" / ".local" / "share" / "vanban" / "history.sqlite").exists()
    cross = {(Path(r["path"]).parent.name, r["code"]) for r in rows if r["code"].startswith("VB9")}
    assert {("huyen_a", "VB901"), ("huyen_a", "VB904"), ("huyen_b", "VB901")} <= cross
    assert ("huyen_b", "VB904") not in cross  # huyen_b's vanban.toml ignores it
    # --history puts the whole run in one history
    lint_main(["huyen_a", "huyen_b", "--compare", "--format", "json", "-j", "1",
               "--history", str(tmp_path / "tinh.sqlite")])
    capsys.readouterr()
    with HistoryStore(tmp_path / "tinh.sqlite") as store:
        assert len(store) == 4


def test_an_old_per_folder_history_is_pointed_out(districts_with_history, capsys):
    from vanban.history import DEFAULT_HISTORY_NAME, HistoryStore

    root = districts_with_history
    old = root / "huyen_a" / DEFAULT_HISTORY_NAME
    HistoryStore(old).close()
    before = old.read_bytes()
    lint_main(["huyen_a", "huyen_b", "--compare", "--format", "json"])
    err = [ln for ln in capsys.readouterr().err.splitlines() if DEFAULT_HISTORY_NAME in ln]
    assert len(err) == 1 and "phiên bản cũ" in err[0] and f"--history {Path('huyen_a') / DEFAULT_HISTORY_NAME}" in err[0]
    assert f"đang dùng {Path('huyen_a') / 'lich_su.sqlite'}" in err[0]  # the history its own folder uses
    assert old.read_bytes() == before  # neither migrated nor touched
    lint_main(["huyen_a", "--compare", "--format", "json", "--lang", "en"])
    assert "a history file of versions before 0.2" in capsys.readouterr().err
    # in use: nothing to say
    lint_main(["huyen_a", "--compare", "--format", "json", "--history", str(old)])
    assert "phiên bản cũ" not in capsys.readouterr().err
    # without --compare no history is involved
    lint_main(["huyen_a", "--format", "json"])
    assert DEFAULT_HISTORY_NAME not in capsys.readouterr().err


def test_compare_and_html_runs_in_worker_processes(districts_with_history, capsys, tmp_path):
    # --compare and html keep each parsed document: with -j 2 it comes back from a worker process, which
    # failed on the analysis facts the worker had built (closures that cannot be pickled)
    from vanban.history import HistoryStore

    root = districts_with_history
    assert lint_main(["huyen_a", "huyen_b", "--compare", "--format", "json", "-j", "2"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert {("huyen_a", "VB904"), ("huyen_b", "VB904")} <= {(Path(r["path"]).parent.name, r["code"]) for r in rows}
    with HistoryStore(root / "huyen_b" / "lich_su.sqlite") as store:
        assert len(store) == 2
    assert lint_main(["huyen_a", "huyen_b", "-j", "2", "-o", str(tmp_path / "bao_cao.html")]) == 1
    assert "hoa_lac_2023.txt" in (tmp_path / "bao_cao.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_uses_each_files_own_configuration_and_says_which(province, capsys, jobs):
    """`vanban extract` fills its findings table with the same per-file configurations as vanban-lint."""
    from vanban.cli import main

    assert main(["extract", "huyen_a", "huyen_b", "--format", "jsonl", "-o", "bang", "-j", jobs]) == 0
    err = capsys.readouterr().err
    assert "dùng cấu hình huyen_a/vanban.toml (2 tệp)" in err and "dùng cấu hình huyen_b/vanban.toml (2 tệp)" in err
    rows = [json.loads(line) for line in Path("bang_findings.jsonl").read_text(encoding="utf-8").splitlines()]
    vb101 = {(Path(r["file"]).parent.name, r["severity"]) for r in rows if r["code"] == "VB101"}
    assert ("huyen_a", "lỗi") not in vb101 and not any(d == "huyen_a" for d, _ in vb101)  # ignored there
    assert ("huyen_b", "thông tin") in vb101                                                # info there
