#!/usr/bin/env python3
"""Compare the parser with the verified expectations for the real corpus.

For every ``tests/data/real/NNNN.json`` the matching text ``<shared>/corpus/real/NNNN.txt`` is parsed with
:func:`vanban.parse` and compared on three axes:

* header fields (number, symbol, type_code, issuer_code, place, date, doc_type, national_title_present,
  issuing_body_present; plus subject_starts, reported but not part of the header accuracy);
* headings, as sets of ``(line, label)`` with trailing punctuation stripped from labels (precision/recall);
* citations: for scope ``can_cu`` the citations the parser found inside the line range of the expected ones,
  for scope ``all`` every citation; matched on ``(line ±1, number, symbol)``, then doc_type, year, date and
  system are compared.

Usage::

    python scripts/corpus_report.py                 # per-document table and totals
    python scripts/corpus_report.py --json out.json # also write a JSON summary
    python scripts/corpus_report.py --details       # list every mismatch under the table
    python scripts/corpus_report.py --update-status # rewrite tests/data/real_status.json

``tests/test_real_corpus.py`` imports this file, so the checks it guards are exactly the ones reported here.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Optional

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_EXPECT = REPO / "tests" / "data" / "real"
DEFAULT_STATUS = REPO / "tests" / "data" / "real_status.json"

HEADER_FIELDS = (
    "number", "symbol", "type_code", "issuer_code", "place", "date", "doc_type",
    "national_title_present", "issuing_body_present",
)
EXTRA_HEADER_FIELDS = ("subject_starts",)
CITATION_FIELDS = ("doc_type", "year", "date", "system")

#: Documents whose Căn cứ list is compared item by item (number, symbol, date) in the tests.
MIN_CAN_CU_FOR_EXACT = 4

_TRAIL = " \t.):;,-–"


# --------------------------------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------------------------------


def nfc(s: Optional[str]) -> Optional[str]:
    """NFC with whitespace collapsed; ``None`` stays ``None``."""
    if s is None:
        return None
    return " ".join(unicodedata.normalize("NFC", s).split())


def norm_label(label: str) -> str:
    """A heading label without trailing punctuation: ``'a)'`` -> ``'a'``, ``'1.2.'`` -> ``'1.2'``."""
    return (nfc(label) or "").rstrip(_TRAIL)


def norm_symbol(s: Optional[str]) -> Optional[str]:
    if s is None:
        return None
    return unicodedata.normalize("NFC", s).replace(" ", "")


def norm_number(s: Optional[str]) -> Optional[str]:
    return None if s is None else str(s).strip()


def prf(tp: int, n_found: int, n_expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side counts as perfect for its own measure."""
    p = tp / n_found if n_found else 1.0
    r = tp / n_expected if n_expected else 1.0
    f = 2 * p * r / (p + r) if (p + r) else 0.0
    return p, r, f


def line_text(doc: Any, line: int) -> str:
    lines = doc.text.split("\n")
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


# --------------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------------


def load_expectations(expect_dir: Path = DEFAULT_EXPECT) -> dict[str, dict]:
    """All expectation files, keyed by document id (``'0001'``)."""
    out = {}
    for p in sorted(Path(expect_dir).glob("*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        out[data.get("id") or p.stem] = data
    return out


def read_text(corpus_dir: Path, doc_id: str) -> str:
    return (Path(corpus_dir) / f"{doc_id}.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# Comparisons
# --------------------------------------------------------------------------------------------------


def _field(obj: Any, field: str) -> Any:
    """A model field in the expectations' notation: a date as its ISO text, as in the JSON."""
    v = getattr(obj, field)
    return v.isoformat() if isinstance(v, date) else v


def _header_value(doc: Any, field: str) -> Any:
    h = doc.header
    if field == "subject_starts":
        return h.subject
    return _field(h, field)


def _same_header(field: str, expected: Any, got: Any) -> bool:
    if field == "subject_starts":
        if not expected:  # '' or None: the document has no subject line
            return True
        if got is None:
            return False
        return (nfc(got) or "").casefold().startswith((nfc(expected) or "").casefold())
    if isinstance(expected, bool) or expected is None:
        return expected == got if expected is not None else got is None
    if field in ("symbol",):
        return norm_symbol(expected) == norm_symbol(got)
    return nfc(str(expected)) == (nfc(str(got)) if got is not None else None)


def compare_header(doc: Any, exp: dict) -> dict[str, dict]:
    """Per header field: expected value, parser value, ok."""
    eh = dict(exp.get("header", {}))
    eh.setdefault("doc_type", exp.get("doc_type"))
    out = {}
    for field in HEADER_FIELDS + EXTRA_HEADER_FIELDS:
        if field not in eh:
            continue
        got = _header_value(doc, field)
        out[field] = {"expected": eh[field], "got": got, "ok": _same_header(field, eh[field], got)}
    return out


def found_headings(doc: Any) -> list[tuple[int, str, str, int, str]]:
    """``(line, label, level, depth, heading line text)`` for every section, in document order."""
    return [
        (s.line, norm_label(s.label), s.level, s.depth, (s.text.split("\n")[0]).strip())
        for s in doc.iter_sections()
    ]


def compare_headings(doc: Any, exp: dict) -> dict:
    expected = [(h["line"], norm_label(h["label"])) for h in exp.get("headings", [])]
    exp_meta = {(h["line"], norm_label(h["label"])): (h.get("level"), h.get("depth")) for h in exp.get("headings", [])}
    found = found_headings(doc)
    found_keys = {(ln, lb) for ln, lb, *_ in found}
    exp_keys = set(expected)
    tp = found_keys & exp_keys
    missed = sorted(exp_keys - found_keys)
    extra = [(ln, lb, lv, txt) for ln, lb, lv, _d, txt in found if (ln, lb) not in exp_keys]
    level_diff = [
        {"line": ln, "label": lb, "expected": list(exp_meta[(ln, lb)]), "got": [lv, d]}
        for ln, lb, lv, d, _t in found
        if (ln, lb) in exp_meta and tuple(exp_meta[(ln, lb)]) != (lv, d)
    ]
    p, r, f = prf(len(tp), len(found_keys), len(exp_keys))
    return {
        "expected": len(exp_keys), "found": len(found), "tp": len(tp), "precision": p, "recall": r, "f1": f,
        "missed": [{"line": ln, "label": lb, "text": line_text(doc, ln)[:80]} for ln, lb in missed],
        "extra": [{"line": ln, "label": lb, "level": lv, "text": txt[:80]} for ln, lb, lv, txt in extra],
        "level_diff": level_diff,
        "ok": exp_keys == found_keys and len(found) == len(found_keys),
    }


def citation_window(exp: dict) -> Optional[tuple[int, int]]:
    """The line range the parser's citations are taken from (``None``: all lines; scope none: not compared)."""
    scope = exp.get("citations_scope", "none")
    if scope == "can_cu":
        lines = [c["line"] for c in exp.get("citations", [])]
        if not lines:
            return (0, -1)
        return (min(lines) - 1, max(lines) + 1)
    return None


def selected_citations(doc: Any, exp: dict) -> list:
    """The parser's citations that take part in the comparison, in document order."""
    scope = exp.get("citations_scope", "none")
    if scope == "none":
        return []
    cits = sorted(doc.citations, key=lambda c: c.start)
    win = citation_window(exp)
    if win is None:
        return cits
    lo, hi = win
    return [c for c in cits if lo <= c.line <= hi]


def _cit_key(number: Any, symbol: Any) -> tuple:
    return (norm_number(number), norm_symbol(symbol))


def match_citations(found: list, expected: list[dict]) -> tuple[list[tuple[dict, Any]], list[dict], list]:
    """Match on (line ±1, number, symbol). Returns (pairs, missed, extra).

    Candidate pairs are taken best first (closest line, then most of doc_type/year/date/system agreeing), so
    that two name-only laws on one line are paired with the parser's citations that fit them best.
    """
    cands = []
    for ei, e in enumerate(expected):
        key = _cit_key(e.get("number"), e.get("symbol"))
        for ci, c in enumerate(found):
            if abs(c.line - e["line"]) > 1 or _cit_key(c.number, c.symbol) != key:
                continue
            disagree = sum(e.get(f) != _field(c, f) for f in CITATION_FIELDS)
            cands.append((abs(c.line - e["line"]), disagree, ei, ci))
    used_e: set[int] = set()
    used_c: set[int] = set()
    pairs_idx = []
    for _d, _dis, ei, ci in sorted(cands):
        if ei in used_e or ci in used_c:
            continue
        used_e.add(ei)
        used_c.add(ci)
        pairs_idx.append((ei, ci))
    pairs = [(expected[ei], found[ci]) for ei, ci in sorted(pairs_idx)]
    missed = [e for ei, e in enumerate(expected) if ei not in used_e]
    extra = [c for ci, c in enumerate(found) if ci not in used_c]
    return pairs, missed, extra


def _cit_desc(c: Any) -> str:
    return f"{c.doc_type or '?'} {c.number or '-'}/{c.symbol or '-'}" + (f" ({c.date})" if c.date else "")


def compare_citations(doc: Any, exp: dict) -> dict:
    scope = exp.get("citations_scope", "none")
    if scope == "none":
        return {"scope": scope, "compared": False}
    expected = exp.get("citations", [])
    found = selected_citations(doc, exp)
    pairs, missed, extra = match_citations(found, expected)
    fields: dict[str, list[int]] = {f: [0, 0] for f in CITATION_FIELDS}
    field_diff = []
    for e, c in pairs:
        for f in CITATION_FIELDS:
            ok = e.get(f) == _field(c, f)
            fields[f][0] += ok
            fields[f][1] += 1
            if not ok:
                field_diff.append({"line": e["line"], "number": e.get("number"), "symbol": e.get("symbol"),
                                   "field": f, "expected": e.get(f), "got": _field(c, f)})
    # For the report: where a missed citation's number shows up anyway (wrong line, wrong symbol ...).
    missed_out = []
    for e in missed:
        near = [c for c in doc.citations if norm_number(c.number) == norm_number(e.get("number"))
                and abs(c.line - e["line"]) <= 3]
        missed_out.append({
            "line": e["line"], "doc_type": e.get("doc_type"), "number": e.get("number"), "symbol": e.get("symbol"),
            "text": line_text(doc, e["line"])[:90],
            "near": [f"l{c.line} {_cit_desc(c)}" for c in near],
        })
    p, r, f = prf(len(pairs), len(found), len(expected))
    return {
        "scope": scope, "compared": True, "expected": len(expected), "found": len(found), "tp": len(pairs),
        "precision": p, "recall": r, "f1": f,
        "fields": {k: {"ok": v[0], "n": v[1]} for k, v in fields.items()},
        "missed": missed_out,
        "extra": [{"line": c.line, "text": c.text[:80], "desc": _cit_desc(c)} for c in extra],
        "field_diff": field_diff,
        "ok": not missed and not extra and not field_diff,
    }


def exact_can_cu(doc: Any, exp: dict) -> tuple[list[tuple], list[tuple]]:
    """(expected, found) lists of (number, symbol, date) for a Căn cứ list, in document order."""
    expected = [(norm_number(c.get("number")), norm_symbol(c.get("symbol")), c.get("date"))
                for c in sorted(exp.get("citations", []), key=lambda c: c["line"])]
    found = [(norm_number(c.number), norm_symbol(c.symbol), _field(c, "date")) for c in selected_citations(doc, exp)]
    return expected, found


def exact_can_cu_docs(expectations: dict[str, dict]) -> list[str]:
    """Documents whose Căn cứ list is long enough to be pinned item by item."""
    return [i for i, e in sorted(expectations.items())
            if e.get("citations_scope") == "can_cu" and len(e.get("citations", [])) >= MIN_CAN_CU_FOR_EXACT]


def _diff_reason(expected: list[tuple], found: list[tuple]) -> str:
    """A short description of how two (number, symbol, date) lists differ."""
    def fmt(t):
        ident = f"{t[0]}/{t[1]}" if t[0] or t[1] else "unnumbered"
        return ident + (f"@{t[2]}" if t[2] else "")

    parts = []
    missing = [t for t in expected if t not in found]
    extra = [t for t in found if t not in expected]
    by_key_found = {(t[0], t[1]): t for t in found}
    wrong_date = [(t, by_key_found[(t[0], t[1])]) for t in missing if (t[0], t[1]) in by_key_found]
    wd_keys = {t for t, _ in wrong_date}
    wd_found = {f for _, f in wrong_date}
    if wrong_date:
        parts.append("date " + ", ".join(f"{t[0]}/{t[1]} {t[2]}≠{f[2]}" for t, f in wrong_date))
    rest_missing = [t for t in missing if t not in wd_keys]
    rest_extra = [t for t in extra if t not in wd_found]
    if rest_missing:
        parts.append("missing " + ", ".join(fmt(t) for t in rest_missing))
    if rest_extra:
        parts.append("extra " + ", ".join(fmt(t) for t in rest_extra))
    if not parts and expected != found:
        parts.append("order/duplicates differ")
    return "; ".join(parts)


def compare_document(doc: Any, exp: dict) -> dict:
    out = {
        "id": exp.get("id"),
        "doc_type": exp.get("doc_type"),
        "header": compare_header(doc, exp),
        "headings": compare_headings(doc, exp),
        "citations": compare_citations(doc, exp),
    }
    if exp.get("citations_scope") == "can_cu":
        e, f = exact_can_cu(doc, exp)
        out["can_cu_exact"] = {"ok": e == f, "reason": "" if e == f else _diff_reason(e, f)}
    return out


# --------------------------------------------------------------------------------------------------
# Running over the corpus
# --------------------------------------------------------------------------------------------------


def run(corpus_dir: Path, expect_dir: Path = DEFAULT_EXPECT, only: Optional[Iterable[str]] = None) -> dict:
    import vanban

    expectations = load_expectations(expect_dir)
    ids = [i for i in expectations if only is None or i in set(only)]
    results: dict[str, dict] = {}
    for doc_id in ids:
        path = Path(corpus_dir) / f"{doc_id}.txt"
        if not path.exists():
            continue
        try:
            doc = vanban.parse(path.read_text(encoding="utf-8"))
        except Exception as exc:  # a crash is a result too
            results[doc_id] = {"id": doc_id, "error": f"{type(exc).__name__}: {exc}"}
            continue
        results[doc_id] = compare_document(doc, expectations[doc_id])
    return {"documents": results, "totals": totals(results)}


def totals(results: dict[str, dict]) -> dict:
    ok_docs = [r for r in results.values() if "error" not in r]
    field_acc = {}
    for f in HEADER_FIELDS + EXTRA_HEADER_FIELDS:
        vals = [r["header"][f]["ok"] for r in ok_docs if f in r["header"]]
        field_acc[f] = {"ok": sum(vals), "n": len(vals), "accuracy": sum(vals) / len(vals) if vals else 1.0}
    hdr_all = [all(r["header"][f]["ok"] for f in HEADER_FIELDS if f in r["header"]) for r in ok_docs]
    h_tp = sum(r["headings"]["tp"] for r in ok_docs)
    h_found = sum(len({(x["line"], x["label"]) for x in r["headings"]["extra"]}) + r["headings"]["tp"] for r in ok_docs)
    h_exp = sum(r["headings"]["expected"] for r in ok_docs)
    hp, hr, hf = prf(h_tp, h_found, h_exp)
    h_level_bad = sum(len(r["headings"]["level_diff"]) for r in ok_docs)
    cits = [r["citations"] for r in ok_docs if r["citations"].get("compared")]
    c_tp = sum(c["tp"] for c in cits)
    c_found = sum(c["found"] for c in cits)
    c_exp = sum(c["expected"] for c in cits)
    cp, cr, cf = prf(c_tp, c_found, c_exp)
    c_fields = {}
    for f in CITATION_FIELDS:
        ok = sum(c["fields"][f]["ok"] for c in cits)
        n = sum(c["fields"][f]["n"] for c in cits)
        c_fields[f] = {"ok": ok, "n": n, "accuracy": ok / n if n else 1.0}
    return {
        "documents": len(results),
        "errors": sorted(i for i, r in results.items() if "error" in r),
        "header": {"fields": field_acc, "all_fields_ok": sum(hdr_all), "n": len(hdr_all)},
        "headings": {"tp": h_tp, "found": h_found, "expected": h_exp, "precision": hp, "recall": hr, "f1": hf,
                     "documents_exact": sum(r["headings"]["ok"] for r in ok_docs),
                     "level_depth_ok": h_tp - h_level_bad},
        "citations": {"tp": c_tp, "found": c_found, "expected": c_exp, "precision": cp, "recall": cr, "f1": cf,
                      "fields": c_fields, "documents": len(cits),
                      "documents_exact": sum(c["ok"] for c in cits)},
        "can_cu_exact": {"ok": sum(r["can_cu_exact"]["ok"] for r in ok_docs if "can_cu_exact" in r),
                         "n": sum(1 for r in ok_docs if "can_cu_exact" in r)},
    }


# --------------------------------------------------------------------------------------------------
# Status file (what passes today; read by tests/test_real_corpus.py)
# --------------------------------------------------------------------------------------------------


def status_from(report: dict, corpus_dir: Path) -> dict:
    """The regression status: per document, which checks pass and how many headings are found."""
    import vanban

    docs: dict[str, dict] = {}
    for path in sorted(Path(corpus_dir).glob("*.txt")):
        doc_id = path.stem
        entry: dict[str, Any] = {}
        try:
            doc = vanban.parse(path.read_text(encoding="utf-8"))
            entry["headings_found"] = sum(1 for _ in doc.iter_sections())
        except Exception as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
        r = report["documents"].get(doc_id)
        if r is not None and "error" not in r:
            hdr_fail = [f for f in HEADER_FIELDS if f in r["header"] and not r["header"][f]["ok"]]
            entry["header"] = "fail" if hdr_fail else "pass"
            if hdr_fail:
                entry["header_fails"] = hdr_fail
            entry["headings"] = "pass" if r["headings"]["ok"] else "fail"
            entry["headings_tp"] = r["headings"]["tp"]
            if r["citations"].get("compared"):
                entry["citations"] = "pass" if r["citations"]["ok"] else "fail"
            if "can_cu_exact" in r:
                entry["can_cu_exact"] = "pass" if r["can_cu_exact"]["ok"] else "fail"
                if not r["can_cu_exact"]["ok"]:
                    entry["can_cu_reason"] = r["can_cu_exact"]["reason"]
        docs[doc_id] = entry
    return {
        "_comment": ("Generated by scripts/corpus_report.py --update-status. Records which checks pass today "
                     "for each real document; tests/test_real_corpus.py fails on regressions. After a parser "
                     "improvement, re-run the script with --update-status and commit the result."),
        "documents": docs,
    }


def dump_status(status: dict) -> str:
    """The status as JSON with one line per document (small, readable diffs)."""
    docs = status["documents"]
    rows = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in docs.items()]
    return ("{\n" + f" \"_comment\": {json.dumps(status['_comment'], ensure_ascii=False)},\n"
            + ' "documents": {\n' + ",\n".join(rows) + "\n }\n}\n")


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def format_table(report: dict) -> str:
    abbrev = {"number": "num", "symbol": "sym", "type_code": "tc", "issuer_code": "ic", "place": "plc",
              "date": "date", "doc_type": "type", "national_title_present": "nt", "issuing_body_present": "ib"}
    rows = [f"{'doc':4} {'type':<12} {'header fails':<28} {'head exp/fnd/tp':>15} {'P':>5} {'R':>5}  "
            f"{'cit':6} {'exp/fnd/tp':>10} {'P':>5} {'R':>5} {'cit-field fails':<20}"]
    for doc_id, r in sorted(report["documents"].items()):
        if "error" in r:
            rows.append(f"{doc_id:4} ERROR {r['error']}")
            continue
        fails = ",".join(abbrev[f] for f in HEADER_FIELDS if f in r["header"] and not r["header"][f]["ok"]) or "-"
        h = r["headings"]
        c = r["citations"]
        if c.get("compared"):
            cf = ",".join(f"{k}{v['n'] - v['ok']}" for k, v in c["fields"].items() if v["ok"] < v["n"]) or "-"
            cit = (f"{c['scope']:6} {c['expected']:>3}/{c['found']:>2}/{c['tp']:>2} "
                   f"{_pct(c['precision'])} {_pct(c['recall'])} {cf}")
        else:
            cit = "none"
        rows.append(f"{doc_id:4} {(r['doc_type'] or '')[:12]:<12} {fails:<28} "
                    f"{h['expected']:>5}/{h['found']:>4}/{h['tp']:>4} {_pct(h['precision'])} {_pct(h['recall'])}  {cit}")
    t = report["totals"]
    rows.append("")
    rows.append(f"Documents: {t['documents']}  parse errors: {', '.join(t['errors']) or 'none'}")
    rows.append(f"Header: all fields right in {t['header']['all_fields_ok']}/{t['header']['n']} documents")
    for f, v in t["header"]["fields"].items():
        rows.append(f"  {f:<24} {v['ok']:>3}/{v['n']:<3} {_pct(v['accuracy'])}%")
    h = t["headings"]
    rows.append(f"Headings: expected {h['expected']} found {h['found']} tp {h['tp']}  P {_pct(h['precision'])} "
                f"R {_pct(h['recall'])} F1 {_pct(h['f1'])}  exact trees {h['documents_exact']}/{t['documents']}")
    rows.append(f"  level and depth right for {h['level_depth_ok']}/{h['tp']} matched headings")
    c = t["citations"]
    rows.append(f"Citations ({c['documents']} docs): expected {c['expected']} found {c['found']} tp {c['tp']}  "
                f"P {_pct(c['precision'])} R {_pct(c['recall'])} F1 {_pct(c['f1'])}  exact docs {c['documents_exact']}")
    for f, v in c["fields"].items():
        rows.append(f"  {f:<24} {v['ok']:>3}/{v['n']:<3} {_pct(v['accuracy'])}%")
    cc = t["can_cu_exact"]
    rows.append(f"Căn cứ lists exact (number, symbol, date): {cc['ok']}/{cc['n']}")
    return "\n".join(rows)


def format_details(report: dict) -> str:
    out = []
    for doc_id, r in sorted(report["documents"].items()):
        if "error" in r:
            continue
        lines = []
        for f, v in r["header"].items():
            if not v["ok"]:
                lines.append(f"  header.{f}: expected {v['expected']!r} got {v['got']!r}")
        h = r["headings"]
        for m in h["missed"]:
            lines.append(f"  heading missed  l{m['line']} {m['label']!r}: {m['text']}")
        for m in h["extra"]:
            lines.append(f"  heading extra   l{m['line']} {m['label']!r} ({m['level']}): {m['text']}")
        for m in h["level_diff"]:
            lines.append(f"  heading level   l{m['line']} {m['label']!r}: expected {m['expected']} got {m['got']}")
        c = r["citations"]
        if c.get("compared"):
            for m in c["missed"]:
                near = f"  [near: {'; '.join(m['near'])}]" if m["near"] else ""
                lines.append(f"  citation missed l{m['line']} {m['doc_type']} {m['number']}/{m['symbol']}: "
                             f"{m['text']}{near}")
            for m in c["extra"]:
                lines.append(f"  citation extra  l{m['line']} {m['desc']}: {m['text']}")
            for m in c["field_diff"]:
                lines.append(f"  citation field  l{m['line']} {m['number']}/{m['symbol']} {m['field']}: "
                             f"expected {m['expected']!r} got {m['got']!r}")
        if lines:
            out.append(f"== {doc_id} ({r['doc_type']})")
            out.extend(lines)
    return "\n".join(out)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared directory (../shared)")
    ap.add_argument("--expect", type=Path, default=DEFAULT_EXPECT, help="directory of NNNN.json expectations")
    ap.add_argument("--json", type=Path, help="write the full comparison as JSON to this file")
    ap.add_argument("--details", action="store_true", help="list every mismatch under the table")
    ap.add_argument("--update-status", action="store_true", help=f"rewrite {DEFAULT_STATUS.relative_to(REPO)}")
    ap.add_argument("--status", type=Path, default=DEFAULT_STATUS, help="status file to write")
    ap.add_argument("ids", nargs="*", help="only these document ids")
    args = ap.parse_args(argv)

    corpus = args.shared / "corpus" / "real"
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    report = run(corpus, args.expect, args.ids or None)
    print(format_table(report))
    if args.details:
        print()
        print(format_details(report))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    if args.update_status:
        if args.ids:
            print("--update-status needs the whole corpus (no ids)", file=sys.stderr)
            return 2
        status = status_from(report, corpus)
        args.status.write_text(dump_status(status), encoding="utf-8")
        print(f"status written to {args.status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
