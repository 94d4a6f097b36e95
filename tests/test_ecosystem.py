"""The ecosystem check (``python -m vanban.eval ecosystem``): lint folders of documents with every rule and show
which findings appeared or disappeared against a baseline of (file, line, code) keys.

The documents here are invented (a commune of an invented name); the last tests compare the committed baseline
with ``../shared/corpus`` and skip when it is absent.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from vanban.eval import ecosystem as eco
from vanban.eval.__main__ import main as eval_main

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
BASELINE = REPO / "eval" / "ecosystem_baseline.json"

PLAN = """ỦY BAN NHÂN DÂN
XÃ HƯNG LONG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Hưng Long, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức phong trào thi đua năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ năm 2026.
2. Yêu cầu
Bám sát nhiệm vụ chính trị của xã.
II. NỘI DUNG
1. Thi đua thực hiện nhiệm vụ chuyên môn.
2. Thi đua cải cách hành chính.
III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả./.
Nơi nhận:
- Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""

NOTICE = """ỦY BAN NHÂN DÂN
XÃ HƯNG LONG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 16/TB-UBND
Hưng Long, ngày 13 tháng 3 năm 2026
THÔNG BÁO
Lịch tiếp công dân tháng 3 năm 2026
Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở xã. Công dân đến liên hệ mang theo giấy
tờ tùy thân và hồ sơ liên quan đến nội dung cần trình bày. Văn phòng HĐND và UBND xã bố trí cán bộ ghi chép,
tổng hợp ý kiến và báo cáo Chủ tịch UBND xã sau mỗi buổi tiếp./.
Nơi nhận:
- Các thôn;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Hoa
"""


def _corpus(tmp_path: Path, plan: str = PLAN) -> list[Path]:
    bulk = tmp_path / "bulk"
    real = tmp_path / "real"
    bulk.mkdir(exist_ok=True)
    real.mkdir(exist_ok=True)
    (bulk / "B0001.md").write_text(plan, encoding="utf-8")
    (bulk / "B0002.md").write_text(NOTICE, encoding="utf-8")
    (bulk / "README.md").write_text("# not a document\n", encoding="utf-8")
    (real / "0001.txt").write_text(NOTICE, encoding="utf-8")
    (real / "MANIFEST.tsv").write_text("file\tdoc_type\n", encoding="utf-8")
    return [bulk, real]


def test_corpus_files_are_the_documents_only(tmp_path):
    bulk, real = _corpus(tmp_path)
    assert [p.name for p in eco.corpus_files(bulk)] == ["B0001.md", "B0002.md"]
    assert [p.name for p in eco.corpus_files(real)] == ["0001.txt"]


def test_a_clean_corpus_against_its_own_baseline_has_no_difference(tmp_path):
    folders = _corpus(tmp_path)
    counts, rows = eco.lint_corpora(folders)
    assert counts == {"bulk": 2, "real": 1}
    base = tmp_path / "baseline.json"
    eco.write_baseline(base, counts, rows)
    _, keys = eco.load_baseline(base)
    appeared, disappeared = eco.diff(rows, keys)
    assert appeared == [] and disappeared == []


def test_a_planted_error_appears_and_a_fixed_one_disappears(tmp_path):
    # the baseline is taken on a plan whose second part repeats the roman numeral ("II." twice)
    broken = PLAN.replace("III. TỔ CHỨC THỰC HIỆN", "II. TỔ CHỨC THỰC HIỆN")
    folders = _corpus(tmp_path, broken)
    counts, rows = eco.lint_corpora(folders)
    assert ("bulk/B0001.md", 17, "VB201") in {r.key for r in rows}
    base = tmp_path / "baseline.json"
    eco.write_baseline(base, counts, rows)

    # now the heading is fixed and the notice in real/ loses its Nơi nhận
    (folders[0] / "B0001.md").write_text(PLAN, encoding="utf-8")
    (folders[1] / "0001.txt").write_text(NOTICE.split("Nơi nhận:")[0] + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Hoa\n",
                                         encoding="utf-8")
    counts, rows = eco.lint_corpora(folders)
    _, keys = eco.load_baseline(base)
    appeared, disappeared = eco.diff(rows, keys)
    assert [(r.file, r.code) for r in appeared] == [("real/0001.txt", "VB508")]
    assert appeared[0].message  # shown with its message for review
    assert disappeared == [("bulk/B0001.md", 17, "VB201")]


def test_keys_are_a_multiset_and_a_partial_run_does_not_report_other_folders_gone():
    row = eco.Row("bulk/B0009.md", 12, "VB406", "warning", "m")
    other = eco.Row("real/0002.txt", 3, "VB504", "warning", "m")
    base = Counter({row.key: 1, other.key: 1})
    # the same rule twice on one line: one of the two is new
    appeared, disappeared = eco.diff([row, row], base, folders={"bulk"})
    assert appeared == [row] and disappeared == []
    # linted without real/: its keys are not reported as disappeared
    appeared, disappeared = eco.diff([], base, folders={"bulk"})
    assert disappeared == [row.key]


def test_the_baseline_holds_keys_and_counts_but_no_text(tmp_path):
    folders = _corpus(tmp_path, PLAN.replace("III. TỔ CHỨC", "II. TỔ CHỨC"))
    counts, rows = eco.lint_corpora(folders)
    base = tmp_path / "baseline.json"
    eco.write_baseline(base, counts, rows)
    raw = base.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert set(data) == {"about", "documents", "findings"}
    assert data["documents"] == {"bulk": 2, "real": 1}
    assert "bulk/B0001.md:17:VB201" in data["findings"]
    for words in ("Hưng Long", "Trần Văn Bình", "TỔ CHỨC THỰC HIỆN", "phong trào thi đua"):
        assert words not in raw


def _warn_vb201(monkeypatch):
    """VB201 is at info by its measured precision; these tests need a default warning they can plant."""
    from vanban.rules import REGISTRY, load_all

    load_all()
    monkeypatch.setattr(REGISTRY["VB201"], "severity", "warning")


def test_command_line_prints_rates_differences_and_the_bulk_acceptance(tmp_path, capsys, monkeypatch):
    _warn_vb201(monkeypatch)
    folders = _corpus(tmp_path, PLAN.replace("III. TỔ CHỨC", "II. TỔ CHỨC"))
    base = tmp_path / "eco.json"
    assert eval_main(["ecosystem", *map(str, folders), "--baseline", str(base), "--write-baseline"]) == 0
    assert base.is_file()
    (folders[0] / "B0001.md").write_text(PLAN, encoding="utf-8")
    out_json = tmp_path / "out.json"
    assert eval_main(["ecosystem", *map(str, folders), "--baseline", str(base), "--jobs", "2",
                      "--json", str(out_json), "--strict"]) == 0
    out = capsys.readouterr().out
    assert "Disappeared" in out and "bulk/B0001.md:17:VB201" in out
    assert "Default error/warning findings on bulk: 0 in 2 documents = 0.000 per document" in out
    assert "OK" in out
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["disappeared"] == ["bulk/B0001.md:17:VB201"] and data["appeared"] == []
    # a new default warning makes --strict fail
    (folders[0] / "B0001.md").write_text(PLAN.replace("III. TỔ CHỨC", "II. TỔ CHỨC"), encoding="utf-8")
    eco.write_baseline(base, {"bulk": 2, "real": 1}, [])
    assert eval_main(["ecosystem", *map(str, folders), "--baseline", str(base), "--strict"]) == 1


def test_every_rule_runs_and_default_blocking_is_told_apart(tmp_path):
    """Info findings are listed too, but only on-by-default error/warning ones count against the bulk bar."""
    folders = _corpus(tmp_path)
    (folders[0] / "B0003.md").write_text(
        NOTICE.replace("tại trụ sở xã.", "tại trụ sở xã, theo số 12/QĐ-UBND ngày 05/3/2026 của UBND xã."),
        encoding="utf-8")
    counts, rows = eco.lint_corpora(folders)
    info = [r for r in rows if r.severity == "info"]
    assert [(r.file, r.code) for r in info] == [("bulk/B0003.md", "VB407")]
    assert not any(eco.is_default_blocking(r) for r in info)
    assert eco.blocking_per_doc(counts, rows)["bulk"][0] == sum(
        1 for r in rows if r.file.startswith("bulk/") and eco.is_default_blocking(r))


# --------------------------------------------------------------------------------------------------
# the committed baseline and the shared corpus
# --------------------------------------------------------------------------------------------------


def test_committed_baseline_is_well_formed():
    counts, keys = eco.load_baseline(BASELINE)
    assert set(counts) == {"bulk", "real"}
    from vanban.rules import REGISTRY, load_all

    load_all()
    assert {code for _, _, code in keys} <= set(REGISTRY)
    assert all(f.split("/", 1)[0] in counts and line >= 1 for f, line, _ in keys)


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus not available")
def test_committed_baseline_names_the_shared_documents():
    counts, keys = eco.load_baseline(BASELINE)
    for folder, n in counts.items():
        assert len(eco.corpus_files(SHARED_CORPUS / folder)) == n
    missing = {f for f, _, _ in keys if not (SHARED_CORPUS / f).is_file()}
    assert not missing


def test_findings_without_a_verdict_are_listed(tmp_path, monkeypatch):
    _warn_vb201(monkeypatch)
    folders = _corpus(tmp_path, PLAN.replace("III. TỔ CHỨC", "II. TỔ CHỨC"))
    counts, rows = eco.lint_corpora(folders)
    todo = eco.unreviewed(rows, [])
    assert [(r.file, r.line, r.code) for r in todo] == [("bulk/B0001.md", 17, "VB201")]
    verdict = {"file": "bulk/B0001.md", "line": 17, "code": "VB201", "verdict": "true", "reason": "II twice"}
    assert eco.unreviewed(rows, [verdict]) == []
