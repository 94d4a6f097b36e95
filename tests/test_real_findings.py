"""Every error/warning the linter raises on the 88 real documents has been read and judged by hand.

``tests/data/real_findings_review.json`` holds one verdict per finding::

    {"NNNN": [{"line": 12, "code": "VB201", "verdict": "true|false|extraction", "why": "short fact"}]}

* ``true``       - a real problem a clerk would fix (blank numbers in drafts included);
* ``false``      - the rule is wrong here; ``why`` names the pattern that misled it;
* ``extraction`` - caused by the text extraction (OCR, pdftotext reading order, dropped docx bullets, ...).

The tests pin the multiset of (document, rule code) findings to the reviewed set, so a rule or parser change
that adds or removes a finding on the real corpus fails with a diff telling what to re-review; lines are
shown for orientation only (they shift when a span is widened). The false-alarm rate of the reviewed set
is held under a ceiling set from the review of today's output.

Info findings are not judged one by one; their counts per document and rule are pinned in
``tests/data/real_info_findings.json`` after they were read (``python tests/test_real_findings.py
--update-info`` rewrites it), so noise cannot creep back unseen.

The module skips when the shared corpus (``../shared``) is absent.
"""
from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

import vanban
from vanban.rules import REGISTRY, load_all, run_rules

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "real"
REVIEW_PATH = REPO / "tests" / "data" / "real_findings_review.json"

if not CORPUS.is_dir():
    pytest.skip(f"shared corpus not found at {CORPUS}", allow_module_level=True)

VERDICTS = {"true", "false", "extraction"}
SEVERITIES = {"error", "warning"}
# Review of 87 findings: 24 false (28 %), 11 extraction, 52 true. The ceiling leaves room for one new false alarm.
MAX_FALSE_RATE = 0.05
# At least this share of the findings must be real problems (today 52/87 = 60 %).
MIN_TRUE_RATE = 0.80

# A finding whose line moved further than this is treated as a different finding to re-review.
LINE_SLACK = 2

REVIEW: dict[str, list[dict]] = json.loads(REVIEW_PATH.read_text(encoding="utf-8"))


INFO_PATH = REPO / "tests" / "data" / "real_info_findings.json"


@lru_cache(maxsize=1)
def all_findings() -> dict[str, list]:
    """Every finding of every real document, linted in-process like ``vanban-lint``."""
    return {path.stem: run_rules(vanban.load(path)) for path in sorted(CORPUS.glob("*.txt"))}


def reviewed_codes() -> set[str]:
    """Rules whose findings were reviewed one by one: those shown as error/warning when they were read. A rule
    moved to info by its measured precision on documents nobody tuned it to (docs/rules.md) keeps its reviewed
    findings here, so a true finding cannot be lost by a change of level."""
    return {e["code"] for rows in REVIEW.values() for e in rows}


@lru_cache(maxsize=1)
def current_findings() -> dict[str, list]:
    """Error/warning findings of every real document, and the findings of the reviewed rules at any level."""
    out: dict[str, list] = {}
    codes = reviewed_codes()
    for doc, fs in all_findings().items():
        found = [f for f in fs if f.severity in SEVERITIES or f.code in codes]
        if found:
            out[doc] = found
    return out


def info_counts() -> dict[str, dict[str, int]]:
    """Info findings per document and rule."""
    out: dict[str, dict[str, int]] = {}
    for doc, fs in all_findings().items():
        c = Counter(f.code for f in fs if f.severity == "info" and f.code not in reviewed_codes())
        if c:
            out[doc] = dict(sorted(c.items()))
    return out


def _reviewed_pairs() -> Counter:
    return Counter((doc, e["code"]) for doc, rows in REVIEW.items() for e in rows)


def _current_pairs() -> Counter:
    return Counter((doc, f.code) for doc, fs in current_findings().items() for f in fs)


def _all_rows() -> list[dict]:
    return [e for rows in REVIEW.values() for e in rows]


# --------------------------------------------------------------------------------------------------
# The review file itself
# --------------------------------------------------------------------------------------------------


def test_review_file_is_well_formed():
    load_all()
    known_codes = {r.code for r in REGISTRY.values()}
    corpus_ids = {p.stem for p in CORPUS.glob("*.txt")}
    problems = []
    for doc, rows in REVIEW.items():
        if doc not in corpus_ids:
            problems.append(f"{doc}: no such document in {CORPUS}")
        if not rows:
            problems.append(f"{doc}: empty list (drop the key instead)")
        for e in rows:
            where = f"{doc}:{e.get('line')} {e.get('code')}"
            if set(e) - {"line", "code", "verdict", "why", "unsure"}:
                problems.append(f"{where}: unknown keys {sorted(set(e) - {'line', 'code', 'verdict', 'why', 'unsure'})}")
            if not isinstance(e.get("line"), int) or e["line"] < 1:
                problems.append(f"{where}: line must be a positive int")
            if e.get("code") not in known_codes:
                problems.append(f"{where}: unknown rule code")
            if e.get("verdict") not in VERDICTS:
                problems.append(f"{where}: verdict {e.get('verdict')!r} not in {sorted(VERDICTS)}")
            why = e.get("why", "")
            if not isinstance(why, str) or not why.strip() or len(why) > 160:
                problems.append(f"{where}: 'why' must be a short non-empty fact (<= 160 chars)")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------------------------------
# The linter's output on the corpus equals the reviewed set
# --------------------------------------------------------------------------------------------------


def _diff_message(reviewed: Counter, current: Counter) -> str:
    lines = []
    found = current_findings()
    for key in sorted(set(reviewed) | set(current)):
        doc, code = key
        r, c = reviewed[key], current[key]
        if r == c:
            continue
        now = [f for f in found.get(doc, []) if f.code == code]
        was = [e for e in REVIEW.get(doc, []) if e["code"] == code]
        if c > r:
            lines.append(f"NEW     {doc} {code}: {c} finding(s) now, {r} reviewed -> read them and add verdicts:")
        else:
            lines.append(f"VANISHED {doc} {code}: {c} finding(s) now, {r} reviewed -> check it was meant, then drop the entry:")
        for f in now:
            lines.append(f"          now   line {f.line}: {f.message}")
        for e in was:
            lines.append(f"          review line {e['line']}: {e['verdict']} - {e['why']}")
    lines.append(f"Re-review and update {REVIEW_PATH.relative_to(REPO)} (one verdict per error/warning finding).")
    return "\n".join(lines)


def test_every_finding_has_a_verdict_and_no_reviewed_finding_vanished():
    reviewed, current = _reviewed_pairs(), _current_pairs()
    assert current == reviewed, "\n" + _diff_message(reviewed, current)


def test_per_rule_counts_are_pinned():
    reviewed = Counter(code for _doc, code in _reviewed_pairs().elements())
    current = Counter(code for _doc, code in _current_pairs().elements())
    assert current == reviewed, f"per-rule counts changed: now {dict(sorted(current.items()))}, reviewed {dict(sorted(reviewed.items()))}"


def test_reviewed_lines_still_point_at_the_findings():
    """Where the (doc, code) counts agree, the lines agree too (a span widened by a line or two is tolerated)."""
    found = current_findings()
    moved = []
    for doc, rows in REVIEW.items():
        for code in {e["code"] for e in rows}:
            was = sorted(e["line"] for e in rows if e["code"] == code)
            now = sorted(f.line for f in found.get(doc, []) if f.code == code)
            if len(was) == len(now) and any(abs(a - b) > LINE_SLACK for a, b in zip(was, now)):
                moved.append(f"{doc} {code}: reviewed at {was}, now at {now}")
    assert not moved, "findings moved; re-check the verdicts and update the lines:\n" + "\n".join(moved)


# --------------------------------------------------------------------------------------------------
# Quality bars from the review
# --------------------------------------------------------------------------------------------------


def test_false_alarm_rate_stays_under_the_ceiling():
    rows = _all_rows()
    false = sum(e["verdict"] == "false" for e in rows)
    rate = false / len(rows)
    assert rate < MAX_FALSE_RATE, f"false alarms {false}/{len(rows)} = {rate:.0%} (ceiling {MAX_FALSE_RATE:.0%})"


def test_most_findings_are_real_problems():
    rows = _all_rows()
    true = sum(e["verdict"] == "true" for e in rows)
    assert true / len(rows) >= MIN_TRUE_RATE, f"only {true}/{len(rows)} findings are real problems"


def test_known_real_errors_are_reported():
    """Real errors spotted by careful readers (tests/data/real/*.json) that the linter reports today."""
    found = current_findings()
    expected = {
        ("0001", "VB401"): [69, 72, 275],  # 57/NQ/TW twice, 180/KH/UBND
        ("0005", "VB201"): [117],  # I -> III
        ("0016", "VB403"): [96],  # Công văn số 545/HD-BTV
        ("0017", "VB201"): [132],  # B. repeated
        ("0037", "VB401"): [99],  # 126/2024-NĐ-CP
        ("0040", "VB406"): [26],  # 126/NĐ-CP without year
        ("0045", "VB401"): [15],  # 18/20202QĐ-UBND
        ("0073", "VB102"): [16],  # cited plan dated after this one
        ("0082", "VB502"): [4],  # Độqc lập
    }
    for (doc, code), lines in expected.items():
        got = [f.line for f in found.get(doc, []) if f.code == code]
        for ln in lines:
            assert ln in got, f"{doc} {code}: real error at line {ln} no longer reported (now {got})"


def test_false_verdicts_name_the_pattern():
    """A 'false' verdict is only useful with the misleading pattern spelled out; none is a bare 'wrong'."""
    for doc, rows in REVIEW.items():
        for e in rows:
            if e["verdict"] == "false":
                assert len(e["why"].split()) >= 5, f"{doc}:{e['line']} {e['code']}: say which pattern misled the rule"


# --------------------------------------------------------------------------------------------------
# Info findings: read once (docs/accuracy.md), pinned per document and rule so that noise cannot creep back
# --------------------------------------------------------------------------------------------------


def test_info_findings_are_pinned_per_document_and_rule():
    pinned = json.loads(INFO_PATH.read_text(encoding="utf-8"))["counts"]
    now = info_counts()
    diff = [f"{doc} {code}: pinned {pinned.get(doc, {}).get(code, 0)}, now {now.get(doc, {}).get(code, 0)}"
            for doc in sorted(set(pinned) | set(now))
            for code in sorted(set(pinned.get(doc, {})) | set(now.get(doc, {})))
            if pinned.get(doc, {}).get(code, 0) != now.get(doc, {}).get(code, 0)]
    assert not diff, ("info findings changed; read the new ones, then run `python tests/test_real_findings.py "
                      "--update-info`:\n" + "\n".join(diff))


def test_known_real_typos_are_reported():
    """Doubled words found by reading the real documents (VB705), and the misspelled motto (VB701)."""
    found = all_findings()
    expected = {("0045", "VB705"): [79, 104], ("0077", "VB705"): [39], ("0074", "VB705"): [60],
                ("0004", "VB705"): [2316], ("0082", "VB701"): [4]}
    for (doc, code), lines in expected.items():
        got = [f.line for f in found[doc] if f.code == code]
        assert all(ln in got for ln in lines), f"{doc} {code}: expected lines {lines}, now {got}"


if __name__ == "__main__":  # pragma: no cover - maintenance
    import sys

    if sys.argv[1:] == ["--update-info"]:
        data = {"_about": "Info findings of vanban-lint on ../shared/corpus/real per document and rule, pinned by "
                          "tests/test_real_findings.py after they were read (docs/accuracy.md, 'Info findings').",
                "counts": info_counts()}
        INFO_PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {INFO_PATH}")
