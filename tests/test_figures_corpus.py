"""The figures group of the own corpus (corpora/figures, the acceptance set of the counts-and-totals checks):
its size and coverage, the consistency of its gold files, its .docx copies (real Word tables, built from the same
sources) and the fragments the scorer matches in them."""
from __future__ import annotations

import importlib.util
import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

import vanban
from vanban.eval.score import FIGURE_RULES

ROOT = Path(__file__).resolve().parents[1]
FIG = ROOT / "corpora" / "figures"
SRC = ROOT / "corpora" / "_src"
GOLDS = sorted(FIG.glob("*.gold.json"))
#: kinds the corpus validator (corpora/validate_gold.py) may not know yet: the checks are being written
NEW_KINDS = {"percent-over-100", "rate-mismatch", "change-mismatch", "text-table-mismatch"}


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def golds() -> dict[str, dict]:
    return {p.name.replace(".gold.json", ""): json.loads(p.read_text(encoding="utf-8")) for p in GOLDS}


def test_size_and_coverage(golds):
    assert len(golds) >= 15
    planted = Counter(e["kind"] for g in golds.values() for e in g["expected_findings"])
    assert set(planted) == set(FIGURE_RULES)  # every kind of the taxonomy, nothing else
    assert sum(planted.values()) >= 60 and min(planted.values()) >= 5
    assert sum(len(g["expected_non_findings"]) for g in golds.values()) >= 60
    assert all(g["expected_findings"] for g in golds.values())  # no clean document: the injector leaves them alone
    levels = {g["header"]["issuer_code"] for g in golds.values()}
    assert {"UBND", "HĐND", "CB"} <= levels
    dates = sorted(g["header"]["date"] for g in golds.values())
    assert dates[0] < "2025-07-01" < dates[-1]  # before and after the two-level reform
    assert {"Báo cáo", "Biên bản"} <= {g["header"]["doc_type"] for g in golds.values()}


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.name.replace(".gold.json", "") for p in GOLDS])
def test_gold_is_consistent(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    lines = gold_path.with_name(gold["file"]).read_text(encoding="utf-8").split("\n")
    planted_lines = set()
    for e in gold["expected_findings"]:
        assert e["rule"] == FIGURE_RULES[e["kind"]]
        assert e["fragment"] in lines[e["line"] - 1]
        assert e["severity"] == "warning" and e["required"] and e["why"]
        planted_lines.add(e["line"])
        if gold.get("docx"):
            assert e["docx_fragment"]
    for nf in gold["expected_non_findings"]:
        assert nf["fragment"] in lines[nf["line"] - 1] and nf["what"]
        assert nf["line"] not in planted_lines  # a line is either wrong or right


def test_validator_knows_everything_but_the_new_kinds():
    validate = _load_module("validate_gold", ROOT / "corpora" / "validate_gold.py")
    problems = [p for g in GOLDS for p in validate.check(g)]
    allowed = tuple(f"unknown finding kind {k!r}" for k in NEW_KINDS)
    assert [p for p in problems if not p.endswith(allowed)] == []


DOCX_GOLDS = [p for p in GOLDS if json.loads(p.read_text(encoding="utf-8")).get("docx")]


def test_enough_docx_copies_with_real_word_tables():
    assert len(DOCX_GOLDS) >= 4
    for gp in DOCX_GOLDS:
        path = gp.with_name(json.loads(gp.read_text(encoding="utf-8"))["docx"])
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        # header table, signature table and at least one bordered data table with rows of cells
        assert xml.count("<w:tbl>") >= 3 and 'w:tblStyle w:val="TableGrid"' in xml, path.name
        assert xml.count("<w:tr>") >= 6 and "<w:tc>" in xml


@pytest.mark.parametrize("gold_path", DOCX_GOLDS, ids=[p.name.replace(".gold.json", "") for p in DOCX_GOLDS])
def test_docx_fragments_point_at_one_line(gold_path):
    """The scorer finds a planted error in the .docx by its fragment: it must sit on exactly one line as read."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = vanban.load(gold_path.with_name(gold["docx"]))
    lines = doc.text.split("\n")
    for e in gold["expected_findings"]:
        hits = [i for i, t in enumerate(lines, 1) if e["docx_fragment"] in t]
        assert len(hits) == 1, (e["kind"], e["docx_fragment"], hits)
    # the header and the signature are read from their Word tables like those of the .txt copy
    txt = vanban.parse(gold_path.with_name(gold["file"]).read_text(encoding="utf-8"))
    assert (doc.header.number, doc.header.symbol, doc.header.date) == (txt.header.number, txt.header.symbol,
                                                                        txt.header.date)
    assert doc.signature is not None and doc.signature.signer == gold["signature"]["signer"]


def test_generated_files_match_their_sources(tmp_path):
    """corpora/figures is generated by corpora/_src/build.py: the committed .txt and .docx are what it writes."""
    build = _load_module("corpora_build", SRC / "build.py")
    for src in sorted((SRC / "figures").glob("*.py")):
        doc = build.load(src)
        lines, *_ = build.process_text(doc["text"])
        txt = FIG / f"{src.stem}.txt"
        assert txt.read_text(encoding="utf-8") == "\n".join(lines) + "\n", src.name
        if doc.get("docx"):
            out = tmp_path / f"{src.stem}.docx"
            build.write_docx(out, lines)
            assert out.read_bytes() == (FIG / f"{src.stem}.docx").read_bytes(), src.name
