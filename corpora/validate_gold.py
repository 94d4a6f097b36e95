"""Check that every gold file in corpora/ agrees with its text.

Usage:  python corpora/validate_gold.py [corpora-dir]

Checks, per ``<name>.gold.json`` beside ``<name>.txt``:
* the JSON loads and has the required top-level keys;
* every ``line`` is inside the file;
* citations / dates / quantities: the line contains ``text``;
* expected findings: the line contains ``fragment``; kind and severity are known
  and consistent; expected non-findings: the line contains ``fragment`` if given;
* sections: the line (Markdown and table artefacts stripped) starts with the
  label, case-insensitively; ``title_starts`` is found on that line or, for a
  label-only Phần/Chương line, on the next non-empty line; levels are known;
* list_items_not_headings: lines exist and are not also section lines;
* header dates are ISO dates or null; citation ``date`` is null when
  ``date_valid`` is false.
Exit status 0 when everything passes, 1 otherwise (problems are printed).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

REQUIRED = ["file", "description", "header", "signature", "recipients_count", "sections",
            "list_items_not_headings", "citations", "dates", "quantities", "awards",
            "expected_findings", "expected_non_findings"]
LEVELS = {"phan", "chuong", "muc", "dieu", "roman", "arabic", "decimal", "letter"}
SEVERITY = {"invalid-date": "error", "citation-missing-type": "info", "citation-style": "info",
            "heading-style-mixed": "info", "typo": "info"}
KINDS = {
    "invalid-date", "future-date", "year-mismatch", "heading-sequence", "heading-style-mixed",
    "count-mismatch", "total-mismatch", "table-total-mismatch", "ratio-exceeds", "number-series", "citation-conflict",
    "symbol-malformed", "type-symbol-mismatch", "system-style-mismatch", "missing-national-title",
    "national-title-misspelled", "missing-number", "missing-dateline", "dateline-format",
    "missing-signature", "missing-recipients", "signature-authority", "anniversary-mismatch",
    "award-grantor", "abolished-district", "typo", "citation-missing-type", "citation-style",
    "percent-over-100", "rate-mismatch", "change-mismatch", "text-table-mismatch",
}
MD_LEAD = re.compile(r"^[\s*#>_|]+")


def _iso_ok(value) -> bool:
    if value is None:
        return True
    try:
        dt.date.fromisoformat(value)
        return True
    except (TypeError, ValueError):
        return False


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.get("children", []))


def check(gold_path: Path) -> list[str]:
    errs: list[str] = []
    name = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{name}: invalid JSON: {exc}"]
    for key in REQUIRED:
        if key not in gold:
            errs.append(f"{name}: missing key {key!r}")
    txt = gold_path.with_name(gold.get("file", ""))
    if not txt.is_file():
        return errs + [f"{name}: text file {gold.get('file')!r} not found"]
    lines = txt.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    def line_of(ln, what):
        if not isinstance(ln, int) or not 1 <= ln <= len(lines):
            errs.append(f"{name}: {what}: line {ln!r} out of range 1..{len(lines)}")
            return None
        return lines[ln - 1]

    hdr = gold.get("header", {})
    if not _iso_ok(hdr.get("date")):
        errs.append(f"{name}: header.date {hdr.get('date')!r} is not ISO")
    if hdr.get("system") not in ("state", "party", "legal"):
        errs.append(f"{name}: header.system {hdr.get('system')!r}")

    for key in ("citations", "dates", "quantities"):
        for item in gold.get(key, []):
            text = line_of(item.get("line"), f"{key} {item.get('text')!r}")
            if text is not None and item.get("text") not in text:
                errs.append(f"{name}: {key}: {item.get('text')!r} not on line {item['line']}")
    for c in gold.get("citations", []):
        if not _iso_ok(c.get("date")):
            errs.append(f"{name}: citation date {c.get('date')!r} not ISO")
        if c.get("date_valid") is False and c.get("date") is not None:
            errs.append(f"{name}: citation {c['text']!r} invalid but has a date")
        if c.get("system") not in ("state", "party", "legal"):
            errs.append(f"{name}: citation {c['text']!r} system {c.get('system')!r}")

    for f in gold.get("expected_findings", []):
        text = line_of(f.get("line"), f"finding {f.get('kind')}")
        if text is not None and f.get("fragment") not in text:
            errs.append(f"{name}: finding {f.get('kind')}: {f.get('fragment')!r} not on line {f['line']}")
        if f.get("kind") not in KINDS:
            errs.append(f"{name}: unknown finding kind {f.get('kind')!r}")
        elif f.get("severity") != SEVERITY.get(f["kind"], "warning"):
            errs.append(f"{name}: finding {f['kind']} has severity {f.get('severity')!r}")
    for nf in gold.get("expected_non_findings", []):
        if "line" in nf:
            text = line_of(nf["line"], f"non-finding {nf.get('what')!r}")
            if text is not None and nf.get("fragment") and nf["fragment"] not in text:
                errs.append(f"{name}: non-finding fragment {nf['fragment']!r} not on line {nf['line']}")

    section_lines = set()
    for s in _walk(gold.get("sections", [])):
        text = line_of(s.get("line"), f"section {s.get('label')!r}")
        section_lines.add(s.get("line"))
        if s.get("level") not in LEVELS:
            errs.append(f"{name}: section {s.get('label')!r} has level {s.get('level')!r}")
        if text is None:
            continue
        stripped = MD_LEAD.sub("", text).strip()
        label = s.get("label", "")
        if not stripped.casefold().startswith(label.casefold()):
            errs.append(f"{name}: section line {s['line']} {stripped[:30]!r} does not start with {label!r}")
        ts = s.get("title_starts")
        if ts:
            cand = [stripped]
            j = s["line"]
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines):
                cand.append(MD_LEAD.sub("", lines[j]).strip())
            if not any(ts in c for c in cand):
                errs.append(f"{name}: section line {s['line']}: title_starts {ts!r} not found")
    for ln in gold.get("list_items_not_headings", []):
        text = line_of(ln, "list item")
        if text is not None and not text.strip():
            errs.append(f"{name}: list item line {ln} is empty")
        if ln in section_lines:
            errs.append(f"{name}: line {ln} is both a section and a list item")
    return errs


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent
    golds = sorted(p for p in root.rglob("*.gold.json") if "_src" not in p.parts)
    problems: list[str] = []
    for g in golds:
        problems += check(g)
    texts = sorted(p for p in root.rglob("*.txt") if "_src" not in p.parts)
    for t in texts:
        if not t.with_name(t.stem + ".gold.json").is_file():
            problems.append(f"{t.name}: no gold file beside it")
    for p in problems:
        print(p)
    print(f"{len(golds)} gold files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
