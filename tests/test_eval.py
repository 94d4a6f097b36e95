"""vanban.eval: the scorer on hand-made documents, the error injector, and the regression check vs the baseline."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from vanban.eval import inject as inj
from vanban.eval.__main__ import main as eval_main
from vanban.eval.report import compare, improvements
from vanban.eval.score import (
    FIGURE_RULES, PRF, DocScore, FiguresScore, figures_metrics, gold_files, metrics, score_figure_findings, parser_awards, score_awards, score_citations, score_corpus, score_dates,
    score_headings, score_quantities, score_rules,
)
from vanban.model import Award, Citation, DateMention, Document, Finding, Quantity, Section

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpora"
BASELINE = REPO / "eval" / "baseline.json"


# --------------------------------------------------------------------------------------------------
# Hand-made documents (built from the model, so the scorer is tested independently of the parser)
# --------------------------------------------------------------------------------------------------

TEXT = "\n".join([
    "I. KẾT QUẢ",                                                   # 1
    "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2023 của UBND xã.",  # 2
    "1. Nội dung",                                                  # 3
    "Tổ chức 02 hội nghị, đạt 100% kế hoạch trong Quý I năm 2023.",   # 4
    "II. PHƯƠNG HƯỚNG",                                             # 5
    "Tặng Giấy khen cho 04 tập thể và 11 cá nhân.",                  # 6
])


def _off(line: int, fragment: str) -> tuple[int, int]:
    lines = TEXT.split("\n")
    start = sum(len(x) + 1 for x in lines[:line - 1]) + lines[line - 1].index(fragment)
    return start, start + len(fragment)


def _span(line: int, fragment: str) -> dict:
    a, b = _off(line, fragment)
    return {"text": fragment, "start": a, "end": b, "line": line}


def _section(line: int, label: str, level: str, children=()) -> Section:
    first = TEXT.split("\n")[line - 1]
    return Section(**_span(line, first), label=label, style=f"{level}_dot", level=level, children=list(children))


def _doc() -> Document:
    return Document(
        text=TEXT,
        sections=[
            _section(1, "I", "roman", [_section(3, "1", "arabic")]),
            _section(5, "II", "roman"),
        ],
        citations=[Citation(**_span(2, "Kế hoạch số 05/KH-UBND ngày 10/01/2023"), doc_type="Kế hoạch",
                            type_code="KH", number="05", symbol="KH-UBND", issuer_code="UBND",
                            date="2023-01-10", date_valid=True, system="state")],
        quantities=[
            Quantity(**_span(4, "02 hội"), value=2, unit="hội"),
            Quantity(**_span(4, "100%"), value=100, unit="%", percent=True),
        ],
        dates=[
            DateMention(**_span(2, "10/01/2023"), kind="date", value="2023-01-10", in_citation=True),
            DateMention(**_span(4, "Quý I năm 2023"), kind="quarter", year=2023, quarter=1),
        ],
        awards=[Award(**_span(6, "Giấy khen"), kind="form", name="Giấy khen", name_text="Giấy khen",
                      individuals=11, collectives=4, status="awarded")],
    )


def _finding(name: str, severity: str, line: int, end_line: int | None = None) -> Finding:
    return Finding(code="VB000", name=name, severity=severity, message="", line=line, column=1,
                   end_line=end_line or line, end_column=5, start=0, end=1, text="x")


def test_prf_arithmetic():
    p = PRF(tp=2, found=4, gold=3)
    assert (p.precision, round(p.recall, 4), round(p.f1, 4)) == (0.5, 0.6667, 0.5714)
    assert (PRF().precision, PRF().recall) == (1.0, 1.0)  # nothing to find and nothing found is perfect
    assert PRF(0, 3, 2).f1 == 0.0


def test_headings_precision_recall_and_depth():
    gold = {"sections": [
        {"label": "I", "line": 1, "level": "roman", "children": []},   # the parser nests 1. under I: depth differs
        {"label": "1", "line": 3, "level": "arabic", "children": []},
        {"label": "III", "line": 5, "level": "roman", "children": []},  # wrong label on line 5: missed + extra
    ], "list_items_not_headings": []}
    ds = DocScore("t")
    score_headings(ds, _doc(), gold)
    h = ds.prf["headings"]
    assert (h.tp, h.found, h.gold) == (2, 3, 3)
    assert (round(h.precision, 4), round(h.recall, 4)) == (0.6667, 0.6667)
    assert (ds.acc["headings.depth"].ok, ds.acc["headings.depth"].n) == (1, 2)
    kinds = sorted((p["kind"], p["line"]) for p in ds.problems)
    assert kinds == [("depth", 3), ("extra", 5), ("missed", 5)]


def test_citations_match_on_line_number_symbol_and_fields():
    gold = {"citations": [
        {"text": "Kế hoạch số 05/KH-UBND", "line": 2, "doc_type": "Quyết định", "type_code": "KH", "number": "05",
         "year": None, "symbol": "KH-UBND", "issuer_code": "UBND", "date": "2023-01-10", "date_valid": True,
         "system": "state"},
        {"text": "Quyết định số 9/QĐ-UBND", "line": 4, "doc_type": "Quyết định", "type_code": "QĐ", "number": "9",
         "year": None, "symbol": "QĐ-UBND", "issuer_code": "UBND", "date": None, "date_valid": None,
         "system": "state"},
    ]}
    ds = DocScore("t")
    score_citations(ds, _doc(), gold)
    c = ds.prf["citations"]
    assert (c.tp, c.found, c.gold) == (1, 1, 2)
    assert (c.precision, c.recall) == (1.0, 0.5)
    assert (ds.prf["citations.doc_type"].tp, ds.prf["citations.date"].tp) == (0, 1)  # gold type word differs
    assert ds.prf["citations.doc_type"].f1 == 0.0
    assert round(ds.prf["citations.date"].f1, 4) == 0.6667


def test_dates_and_quantities_precision_only_on_annotated_spans():
    gold = {
        "dates": [{"text": "Quý I năm 2023", "line": 4, "kind": "quarter", "value": "2023-Q1"}],
        "quantities": [
            {"text": "02 hội nghị", "line": 4, "value": 2, "unit": "hội nghị"},  # unit read short: mismatch
            {"text": "100%", "line": 4, "value": 100, "unit": "%"},
        ],
    }
    ds = DocScore("t")
    score_dates(ds, _doc(), gold, TEXT)
    score_quantities(ds, _doc(), gold, TEXT)
    d = ds.prf["dates"]
    assert (d.tp, d.found, d.gold) == (1, 1, 1)  # the citation date on line 2 is not annotated: out of scope
    assert ds.acc["dates.value"].ok == 1
    q = ds.prf["quantities"]
    assert (q.tp, q.found, q.gold) == (1, 2, 2)
    assert (q.precision, q.recall) == (0.5, 0.5)
    v = ds.prf["quantities.value_only"]
    assert (v.tp, v.found, v.gold) == (2, 2, 2)


def test_awards_split_per_recipient_kind():
    doc = _doc()
    assert [(a["count"], a["recipient"]) for a in parser_awards(doc)] == [(11, "cá nhân"), (4, "tập thể")]
    gold = {"awards": [
        {"kind": "form", "name": "Giấy khen", "status": "awarded", "recipient": "tập thể", "count": 4,
         "grantor": None, "year": None, "decision": None},
        {"kind": "form", "name": "Giấy khen", "status": "awarded", "recipient": "cá nhân", "count": 12,
         "grantor": None, "year": None, "decision": None},
    ]}
    ds = DocScore("t")
    score_awards(ds, doc, gold)
    a = ds.prf["awards"]
    assert (a.tp, a.found, a.gold) == (1, 2, 2)


def test_rules_true_false_positives_and_non_findings():
    gold = {
        "expected_findings": [
            {"kind": "invalid-date", "line": 2, "required": True},
            {"kind": "year-mismatch", "line": 4, "required": True},
            {"kind": "citation-style", "line": 2, "required": False},
            {"kind": "missing-recipients", "line": 9, "required": True},
        ],
        "expected_non_findings": [{"line": 6, "what": "fine"}, {"line": 5, "what": "fine"}],
    }
    findings = [
        _finding("invalid-date", "error", 2),
        _finding("heading-sequence", "warning", 5),   # FP, and violates the non-finding on line 5
        _finding("typo", "info", 6),                  # info: not a false positive, but a non-finding violation
        _finding("year-mismatch", "warning", 3),      # wrong line: FP, and the expected one is missed
        _finding("missing-recipients", "warning", 7, end_line=9),  # a block over lines 7-9 covers line 9
    ]
    ds = DocScore("t")
    score_rules(ds, findings, gold, ["invalid-date", "year-mismatch", "heading-sequence", "typo"])
    r = ds.rules
    assert vars(r["invalid-date"]) == {"tp": 1, "found": 1, "gold": 1}
    assert vars(r["year-mismatch"]) == {"tp": 0, "found": 1, "gold": 1}
    assert vars(r["heading-sequence"]) == {"tp": 0, "found": 1, "gold": 0}
    assert vars(r["missing-recipients"]) == {"tp": 1, "found": 1, "gold": 1}
    assert vars(r["typo"]) == {"tp": 0, "found": 0, "gold": 0}
    assert (ds.optional_hits, ds.optional_total) == (0, 1)
    assert (ds.non_findings.ok, ds.non_findings.n) == (0, 2)


# --------------------------------------------------------------------------------------------------
# The corpus score (and its metric names)
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_score():
    return score_corpus(CORPUS)


def _scored_golds() -> list[Path]:
    """Every gold file but the build sources and the figures group (scored apart)."""
    return [p for p in CORPUS.rglob("*.gold.json")
            if "_src" not in p.parts and p.relative_to(CORPUS).parts[0] != "figures"]


def test_corpus_is_scored_whole(corpus_score):
    assert len(corpus_score.docs) == len(_scored_golds())
    assert not [d.name for d in corpus_score.docs if d.name.startswith("figures/")]
    m = metrics(corpus_score)
    for name in ("headings.f1", "citations.f1", "citations.symbol.f1", "dates.f1", "quantities.f1", "awards.f1",
                 "header.date.accuracy", "headings.depth.accuracy", "rules.invalid-date.recall", "rules.all.f1"):
        assert 0.0 <= m[name] <= 1.0, name
    gold_required = sum(1 for p in _scored_golds()
                        for e in json.loads(p.read_text(encoding="utf-8"))["expected_findings"]
                        if e.get("required", True))
    assert sum(v.gold for v in corpus_score.rules.values()) == gold_required


def test_figures_group_is_scored_apart(corpus_score):
    """The figures group has its own block: every planted figure error of the .txt and .docx copies is counted."""
    fs = corpus_score.figures
    assert fs is not None
    golds = sorted((CORPUS / "figures").glob("*.gold.json"))
    planted = 0
    for p in golds:
        g = json.loads(p.read_text(encoding="utf-8"))
        copies = 2 if g.get("docx") else 1
        planted += copies * sum(1 for e in g["expected_findings"] if e["kind"] in FIGURE_RULES)
    assert (fs.documents, sum(fs.planted.values())) == (len(golds), planted)
    m = metrics(corpus_score)
    for name in ("figures.all.recall", "figures.txt.recall", "figures.docx.recall", "figures.non_findings.accuracy",
                 "figures.false_alarms_per_doc"):
        assert name in m, name
    assert set(m) >= {f"figures.{k}.recall" for k in FIGURE_RULES}
    assert all(p["doc"].startswith("figures/") for p in fs.problems)


# --------------------------------------------------------------------------------------------------
# The injector
# --------------------------------------------------------------------------------------------------

CLEAN = "\n".join([
    "ỦY BAN NHÂN DÂN",                                                                   # 1
    "XÃ AN BÌNH",                                                                        # 2
    "Số: 12/BC-UBND",                                                                    # 3
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",                                                # 4
    "Độc lập - Tự do - Hạnh phúc",                                                       # 5
    "An Bình, ngày 10 tháng 11 năm 2023",                                                # 6
    "",                                                                                  # 7
    "BÁO CÁO",                                                                           # 8
    "Kết quả công tác năm 2023",                                                         # 9
    "",                                                                                  # 10
    "I. KẾT QUẢ",                                                                        # 11
    "",                                                                                  # 12
    "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2023 của UBND xã về công tác thi đua.",  # 13
    "",                                                                                  # 14
    "Trong năm 2023, toàn xã đã hoàn thành tốt các nhiệm vụ được giao.",                   # 15
    "",                                                                                  # 16
    "Xã đã xây dựng 06 mô hình, cụ thể:",                                                 # 17
    "- Lĩnh vực kinh tế: 02 mô hình;",                                                   # 18
    "- Lĩnh vực xã hội: 04 mô hình.",                                                    # 19
    "",                                                                                  # 20
    "1. Kết quả thực hiện 02 phong trào thi đua",                                         # 21
    "a) Phong trào A",                                                                   # 22
    "b) Phong trào B",                                                                   # 23
    "2. Đánh giá chung",                                                                 # 24
    "",                                                                                  # 25
    "II. PHƯƠNG HƯỚNG",                                                                  # 26
    "",                                                                                  # 27
    "Tiếp tục thực hiện tốt các nhiệm vụ năm 2024.",                                      # 28
])
HEADINGS = [
    {"line": 11, "label": "I", "level": "roman", "depth": 0},
    {"line": 21, "label": "1", "level": "arabic", "depth": 1},
    {"line": 22, "label": "a", "level": "letter", "depth": 2},
    {"line": 23, "label": "b", "level": "letter", "depth": 2},
    {"line": 24, "label": "2", "level": "arabic", "depth": 1},
    {"line": 26, "label": "II", "level": "roman", "depth": 0},
]

#: kind -> every (line, old, new) the injector must offer in CLEAN
EXPECTED_SITES = {
    "citation-date-31-04": [(13, "10/01/2023", "31/04/2023")],
    "citation-date-day-80": [(13, "10/01/2023", "80/01/2023")],
    "dateline-invalid": [(6, "10 tháng 11 năm 2023", "31 tháng 02 năm 2023")],
    "citation-future": [(13, "10/01/2023", "10/12/2023")],
    "type-swapped": [(13, "Kế hoạch", "Quyết định")],
    "year-shift": [(15, "2023", "2022")],
    "heading-gap": [(26, "II", "III"), (24, "2", "3"), (23, "b", "c")],
    "heading-duplicate": [(26, "II", "I"), (24, "2", "1"), (23, "b", "a")],
    "count-changed": [(21, "02", "04")],
    "breakdown-broken": [(17, "06", "04")],
    "award-list-count": [],  # the clean report has no attached list (see test_award_list_site)
}


def _clean_doc() -> inj.CleanDoc:
    return inj.CleanDoc(name="clean.txt", text=CLEAN, headings=HEADINGS, date=dt.date(2023, 11, 10))


def test_every_kind_has_a_finder_and_a_rule():
    assert set(inj.FINDERS) == set(inj.KINDS) == set(EXPECTED_SITES)
    from vanban.rules import iter_rules

    names = {r.name for r in iter_rules()}
    assert set(inj.KINDS.values()) <= names


@pytest.mark.parametrize("kind", sorted(EXPECTED_SITES))
def test_finder_sites(kind):
    doc = _clean_doc()
    got = [(inj.line_of(doc.text, s.start), s.old, s.new) for s in inj.FINDERS[kind](doc)]
    assert sorted(got) == sorted(EXPECTED_SITES[kind])


@pytest.mark.parametrize("kind", sorted(EXPECTED_SITES))
def test_injection_changes_exactly_one_line(kind):
    doc = _clean_doc()
    before = CLEAN.split("\n")
    for site in inj.FINDERS[kind](doc):
        i = inj.apply(doc, kind, site)
        after = i.text.split("\n")
        assert len(after) == len(before)
        changed = [n + 1 for n, (a, b) in enumerate(zip(before, after)) if a != b]
        assert changed == [i.line]
        col = i.start - sum(len(x) + 1 for x in before[:i.line - 1])
        line = before[i.line - 1]
        assert line[col:col + len(i.old)] == i.old
        assert after[i.line - 1] == line[:col] + i.new + line[col + len(i.old):]
        assert i.text[i.start:i.start + len(i.new)] == i.new and CLEAN[i.start:i.start + len(i.old)] == i.old
        assert i.rule == inj.KINDS[kind]


def test_no_site_inside_a_clean_counter_example():
    text = CLEAN.replace("06 mô hình", "07 mô hình")  # the breakdown no longer adds up: not a clean site
    doc = inj.CleanDoc("x", text, HEADINGS, dt.date(2023, 11, 10))
    assert inj.sites_breakdown_broken(doc) == []
    text = CLEAN.replace("02 phong trào", "03 phong trào")  # announced 3 over 2 sub-headings: not a clean site
    assert inj.sites_count_changed(inj.CleanDoc("x", text, HEADINGS)) == []
    text = CLEAN.replace("Trong năm 2023, toàn xã", "So với năm 2023, toàn xã")  # a comparison: Y-1 would be fine
    assert inj.sites_year_shift(inj.CleanDoc("x", text, HEADINGS)) == []


def test_inject_is_deterministic_and_bounded():
    doc = _clean_doc()
    a = inj.inject(doc, seed=7, per_kind=1)
    b = inj.inject(doc, seed=7, per_kind=1)
    assert [(x.kind, x.line, x.new) for x in a] == [(x.kind, x.line, x.new) for x in b]
    assert len(a) == sum(1 for k in inj.KINDS if EXPECTED_SITES[k])  # one per kind that has a site here
    assert len(inj.inject(doc, ["heading-gap"], per_kind=2)) == 2


def test_injected_errors_are_found_in_the_hand_made_report():
    """The expected rules report every injected error of the kinds the rules are built for."""
    rep = inj.evaluate([_clean_doc()], "hand-made", seed=1, per_kind=3)
    detected = {r.injection.kind: r.detected for r in rep.results}
    for kind in ("citation-date-31-04", "citation-date-day-80", "dateline-invalid", "citation-future",
                 "type-swapped", "heading-gap", "heading-duplicate", "count-changed", "breakdown-broken"):
        assert detected[kind], (kind, [r.got for r in rep.results if r.injection.kind == kind])
    assert rep.clean_docs == 1


def test_corpora_injections_stay_on_their_line():
    for doc in inj.corpora_clean_docs(CORPUS):
        lines = doc.text.split("\n")
        for i in inj.inject(doc, per_kind=1):
            after = i.text.split("\n")
            assert len(after) == len(lines)
            assert [n + 1 for n, (a, b) in enumerate(zip(lines, after)) if a != b] == [i.line], (doc.name, i.kind)


# --------------------------------------------------------------------------------------------------
# Regression check
# --------------------------------------------------------------------------------------------------


def test_compare_directions():
    base = {"headings.f1": 0.98, "inject.false_alarms_per_doc": 0.20, "gone.f1": 1.0}
    cur = {"headings.f1": 0.974, "inject.false_alarms_per_doc": 0.21}
    assert compare(cur, base) == ["gone.f1: missing (baseline 1.0000)",
                                  "headings.f1: 0.9740 (baseline 0.9800)",
                                  "inject.false_alarms_per_doc: 0.2100 (baseline 0.2000)"]
    assert compare({"headings.f1": 0.976, "inject.false_alarms_per_doc": 0.204, "gone.f1": 1}, base) == []
    assert improvements({"headings.f1": 0.99, "inject.false_alarms_per_doc": 0.1}, base) == [
        "headings.f1: 0.9900 (baseline 0.9800)", "inject.false_alarms_per_doc: 0.1000 (baseline 0.2000)"]


def test_no_regression_against_the_committed_baseline(capsys):
    """CI guard: scores and injection recall on corpora/ must not drop by more than 0.005."""
    rc = eval_main(["--check", str(BASELINE)])
    out = capsys.readouterr().out
    assert rc == 0, out[out.find("REGRESSION"):]
    assert "no regression" in out


def test_award_list_site():
    text = ("Số: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc tặng Giấy khen\n"
            "Điều 1. Tặng Giấy khen cho 01 tập thể và 02 cá nhân có thành tích.\nĐiều 2. Thi hành./.\n\n"
            "DANH SÁCH\nTẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n|1|Đoàn Thanh niên xã|\n|2|Ông A|\n|3|Bà B|\n")
    doc = inj.CleanDoc(name="qd.txt", text=text, headings=[], date=dt.date(2024, 1, 5))
    (site,) = inj.sites_award_list_count(doc)
    assert (text[site.start:site.end], site.old, site.new) == ("02", "02", "03")
    import vanban

    planted = text[:site.start] + site.new + text[site.end:]
    assert [f.line for f in vanban.lint(planted) if f.code == "VB604"] == [5]
    assert not [f for f in vanban.lint(text) if f.code == "VB604"]


# --------------------------------------------------------------------------------------------------
# The figures block (recall per kind of planted figure error, false alarms of VB301-VB308)
# --------------------------------------------------------------------------------------------------

FIG_TEXT = "\n".join([
    "Toàn huyện có 19 đơn vị hành chính cấp xã (17 xã và 01 thị trấn).",  # 1 planted total-mismatch
    "Dân số 11.245 người, trong đó nữ 5.706 người.",                     # 2 correct breakdown
    "Hộ cận nghèo 104 hộ, chiếm 3,15%.",                                 # 3 planted rate-mismatch
    "Tăng 05 cá nhân so với năm 2023 (năm 2023 có 23 cá nhân).",         # 4 planted change-mismatch
    "Giải quyết 36/37 tin, đạt 97,3%.",                                  # 5 nothing annotated
    "STT\tThôn\tSố hộ",                                                  # 6
    "\tTổng cộng\t1.832",                                                # 7 planted table-total-mismatch
])
FIG_GOLD = {
    "expected_findings": [
        {"kind": "total-mismatch", "rule": "VB302", "line": 1, "fragment": "19 đơn vị hành chính cấp xã",
         "required": True},
        {"kind": "rate-mismatch", "rule": "VB306", "line": 3, "fragment": "chiếm 3,15%", "required": True},
        {"kind": "change-mismatch", "rule": "VB307", "line": 4, "fragment": "Tăng 05 cá nhân", "required": True},
        {"kind": "table-total-mismatch", "rule": "VB305", "line": 7, "fragment": "\tTổng cộng\t1.832",
         "docx_fragment": "1.832", "required": True},
        {"kind": "heading-sequence", "line": 5, "fragment": "x", "required": True},  # not a figure kind: ignored
    ],
    "expected_non_findings": [{"what": "subset", "line": 2, "fragment": "trong đó nữ 5.706 người"}],
}


def _fig(code: str, name: str, line: int, end_line: int | None = None) -> Finding:
    f = _finding(name, "warning", line, end_line)
    return f.model_copy(update={"code": code})


def test_figures_recall_false_alarms_and_non_findings_on_the_text():
    findings = [
        _fig("VB302", "total-mismatch", 1),          # found
        _fig("VB306", "rate-mismatch", 3),           # found (a new rule, matched by its code)
        _fig("VB302", "total-mismatch", 4),          # another figure rule on a planted line: no false alarm
        _fig("VB302", "total-mismatch", 2),          # on a correct breakdown: false alarm, counted apart too
        _fig("VB303", "ratio-exceeds", 5),           # a line with nothing planted: false alarm
        _fig("VB303", "ratio-exceeds", 5),           # the same rule on the same line counts once
        _fig("VB701", "typo", 6),                    # not a figure rule: ignored
        _fig("VB305", "table-total-mismatch", 6, 7),  # covers line 7: found
    ]
    fs = score_figure_findings(findings, FIG_TEXT, FIG_GOLD, name="t.txt")
    assert dict(fs.planted) == {"total-mismatch": 1, "rate-mismatch": 1, "change-mismatch": 1,
                                "table-total-mismatch": 1}
    assert dict(fs.found) == {"total-mismatch": 1, "rate-mismatch": 1, "table-total-mismatch": 1}
    assert (fs.recall(), fs.recall("change-mismatch"), fs.recall("count-mismatch")) == (0.75, 0.0, 1.0)
    assert dict(fs.false_alarms) == {"total-mismatch": 1, "ratio-exceeds": 1}
    assert dict(fs.on_non_findings) == {"total-mismatch": 1}
    assert (fs.non_findings.ok, fs.non_findings.n) == (0, 1)
    missed = [p for p in fs.problems if p["kind"] == "missed"]
    assert [(p["rule"], p["line"], p["got"]) for p in missed] == [("change-mismatch", 4, ["total-mismatch"])]


def test_figures_match_by_name_when_the_code_is_unknown():
    fs = score_figure_findings([_fig("VB399", "change-mismatch", 4)], FIG_TEXT, FIG_GOLD)
    assert fs.found["change-mismatch"] == 1 and not fs.false_alarms


def test_figures_docx_copy_matches_by_fragment():
    """A Word table is read one cell per line: the planted error is found on the line with its docx_fragment."""
    docx_text = "\n".join([
        "Toàn huyện có 19 đơn vị hành chính cấp xã (17 xã và 01 thị trấn).",  # 1
        "STT", "Thôn", "Số hộ",                                                # 2-4
        "", "Tổng cộng", "1.832",                                              # 5-7
        "Dân số 11.245 người, trong đó nữ 5.706 người.",                     # 8
    ])
    findings = [_fig("VB305", "table-total-mismatch", 7), _fig("VB302", "total-mismatch", 8),
                _fig("VB302", "total-mismatch", 1)]
    fs = score_figure_findings(findings, docx_text, FIG_GOLD, copy="docx", name="t.docx")
    assert fs.found == {"table-total-mismatch": 1, "total-mismatch": 1}
    assert fs.planted["rate-mismatch"] == 1 and fs.found["rate-mismatch"] == 0  # its fragment is on no line
    assert dict(fs.false_alarms) == {"total-mismatch": 1} and dict(fs.on_non_findings) == {"total-mismatch": 1}
    assert (vars(fs.by_copy["docx"])) == {"tp": 2, "found": 0, "gold": 4}
    # the same finding by line number would miss: line 7 of the text copy is not line 7 of the docx copy
    txt = score_figure_findings([_fig("VB305", "table-total-mismatch", 6)], FIG_TEXT, FIG_GOLD)
    assert txt.found["table-total-mismatch"] == 0 and txt.false_alarms["table-total-mismatch"] == 1


def test_figures_metrics_sum_over_copies():
    a = score_figure_findings([_fig("VB302", "total-mismatch", 1), _fig("VB303", "ratio-exceeds", 5)],
                              FIG_TEXT, FIG_GOLD)
    total = FiguresScore()
    total.add(a)
    total.add(score_figure_findings([], FIG_TEXT, FIG_GOLD))
    m = figures_metrics(total)
    assert m["figures.all.recall"] == 1 / 8
    assert m["figures.total-mismatch.recall"] == 0.5
    assert m["figures.rate-mismatch.recall"] == 0.0
    assert "figures.count-mismatch.recall" not in m  # nothing planted of that kind
    assert m["figures.false_alarms_per_doc"] == 0.5  # one false alarm over two copies
    assert m["figures.non_findings.accuracy"] == 1.0
    assert m["figures.txt.recall"] == 1 / 8


def test_gold_files_leave_the_figures_group_out(tmp_path):
    for rel in ("state/a.gold.json", "figures/b.gold.json", "_src/c.gold.json", "state/figures/d.gold.json"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("{}", encoding="utf-8")
    names = lambda ps: sorted(p.relative_to(tmp_path).as_posix() for p in ps)  # noqa: E731
    assert names(gold_files(tmp_path)) == ["state/a.gold.json", "state/figures/d.gold.json"]
    assert names(gold_files(tmp_path, figures=True)) == [
        "figures/b.gold.json", "state/a.gold.json", "state/figures/d.gold.json"]
    assert names(gold_files(tmp_path / "figures")) == ["figures/b.gold.json"]  # the group itself, scored directly


def test_write_docs_fills_only_the_marked_blocks(tmp_path):
    """The accuracy page's words are written by hand; --write-docs replaces only the generated tables."""
    from vanban.eval.report import render_docs
    from vanban.eval.score import score_corpus

    page = tmp_path / "accuracy.md"
    page.write_text("# Accuracy\n\nHand-written history.\n\n<!-- vanban.eval: scores -->\nold table\n"
                    "<!-- /vanban.eval: scores -->\n\nMore words.\n", encoding="utf-8")
    corpus = Path(__file__).resolve().parents[1] / "corpora"
    out = render_docs(score_corpus(corpus), [], real=False, extra=["x: 1"], page=page)
    assert out.startswith("# Accuracy\n\nHand-written history.\n\n<!-- vanban.eval: scores -->\n")
    assert "old table" not in out and "### Extractors" in out and "More words." in out
    assert out.rstrip().endswith("<!-- /vanban.eval: failures -->") and "* x: 1" in out
