"""Measured precision of each rule on real documents, from the committed review verdicts and the ecosystem baseline.

Data (both committed, neither holds any text of the documents):

* ``eval/reviews/<CODE>.json``: a list of verdicts ``{"file", "line", "code", "verdict", "reason"}`` (and
  ``"cause": "extraction"`` when the finding is true of the text but the text lost the part in extraction),
  one per finding read by hand with the document around it. ``verdict`` is ``true`` (a văn thư would want it
  reported), ``false`` (wrong) or ``doubtful``.
* ``eval/ecosystem_baseline.json``: the ``(file, line, code)`` keys of every finding on the real-document
  folders (see :mod:`vanban.eval.ecosystem`) and the number of documents per folder.

Only verdicts whose key still fires (is in the baseline) count: when a rule stops reporting a false alarm and
the baseline is rewritten, its precision rises without touching the reviews; a verdict for a key that no
longer fires is kept as history and ignored. Precision = true / (true + false + doubtful): doubtful counts
against the rule. ``precision_text`` leaves out the doubtful findings caused by extraction (the rule was right
about the text it was given), for information.

``python -m vanban.eval precision`` prints the table.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_REVIEWS = REPO / "eval" / "reviews"
DEFAULT_BASELINE = REPO / "eval" / "ecosystem_baseline.json"
VERDICTS = ("true", "false", "doubtful")
#: the bar a default error/warning rule must reach (issue #14)
MIN_PRECISION = 0.90
#: findings to review per rule (all of them where fewer)
MIN_REVIEWED = 30


@dataclass
class RulePrecision:
    code: str
    findings: int = 0                                    # error/warning keys in the baseline (all folders)
    fires: dict[str, float] = field(default_factory=dict)  # per folder: findings per 100 documents
    true: int = 0
    false: int = 0
    doubtful: int = 0
    extraction: int = 0                                  # of the doubtful: caused by extraction
    stale: int = 0                                       # verdicts whose key no longer fires

    @property
    def reviewed(self) -> int:
        return self.true + self.false + self.doubtful

    @property
    def precision(self) -> float | None:
        return self.true / self.reviewed if self.reviewed else None

    @property
    def precision_text(self) -> float | None:
        n = self.reviewed - self.extraction
        return self.true / n if n else None

    @property
    def needed(self) -> int:
        """How many findings must be reviewed: all of them, at most :data:`MIN_REVIEWED`."""
        return min(MIN_REVIEWED, self.findings)


def load_reviews(folder: Path = DEFAULT_REVIEWS) -> list[dict]:
    """Every verdict of every ``<CODE>.json`` in ``folder`` (empty when the folder is absent)."""
    rows: list[dict] = []
    if not folder.is_dir():
        return rows
    for p in sorted(folder.glob("*.json")):
        rows += json.loads(p.read_text(encoding="utf-8"))
    return rows


def measure(reviews: list[dict] | None = None, baseline: Path | None = None) -> dict[str, RulePrecision]:
    """Per rule code: findings and fire rates from the baseline, verdicts of the findings that still fire."""
    from .ecosystem import load_baseline

    baseline = baseline or DEFAULT_BASELINE
    reviews = load_reviews() if reviews is None else reviews
    counts, keys = load_baseline(baseline) if baseline.is_file() else ({}, Counter())
    out: dict[str, RulePrecision] = {}

    def get(code: str) -> RulePrecision:
        if code not in out:
            out[code] = RulePrecision(code, fires={f: 0.0 for f in counts})
        return out[code]

    per_folder: Counter = Counter()
    for (file, _line, code), n in keys.items():
        get(code).findings += n
        per_folder[(code, file.split("/", 1)[0])] += n
    for (code, folder), n in per_folder.items():
        docs = counts.get(folder) or 0
        get(code).fires[folder] = round(100 * n / docs, 1) if docs else 0.0
    left = Counter(keys)
    for row in sorted(reviews, key=lambda r: (r["file"], r["line"], r["code"])):
        m = get(row["code"])
        key = (row["file"], int(row["line"]), row["code"])
        if left[key] <= 0:
            m.stale += 1
            continue
        left[key] -= 1
        v = row["verdict"]
        if v == "true":
            m.true += 1
        elif v == "false":
            m.false += 1
        else:
            m.doubtful += 1
            if row.get("cause") == "extraction":
                m.extraction += 1
    return out


def blocking_codes() -> dict[str, str]:
    """The rules shown as error or warning by default (on by default and not preview): code -> severity."""
    from ..rules import iter_rules

    return {r.code: r.severity for r in iter_rules()
            if r.severity in ("error", "warning") and r.enabled_by_default and not getattr(r, "preview", False)}


def shortfalls(measured: dict[str, RulePrecision]) -> dict[str, str]:
    """Default error/warning rules that do not meet the bar, with the reason (empty when all do)."""
    out: dict[str, str] = {}
    for code in blocking_codes():
        m = measured.get(code)
        if m is None or m.findings == 0:
            continue  # never fires on the real documents: nothing to review yet
        if m.reviewed < m.needed:
            out[code] = f"{m.reviewed} of {m.findings} findings reviewed, {m.needed} needed"
        elif m.precision is not None and m.precision < MIN_PRECISION:
            out[code] = (f"precision {100 * m.precision:.0f} % ({m.true} true, {m.false} false, "
                         f"{m.doubtful} doubtful) < {100 * MIN_PRECISION:.0f} %")
    return out


def render(measured: dict[str, RulePrecision]) -> str:
    from ..rules import REGISTRY, load_all

    load_all()
    folders = sorted({f for m in measured.values() for f in m.fires})
    head = (f"{'code':7} {'severity':8} {'found':>5} {'rev':>4} {'true':>4} {'false':>5} {'doubt':>5} {'(ext)':>5} "
            f"{'prec':>6} {'p.text':>6} " + " ".join(f"{f + '/100':>9}" for f in folders))
    out = [head, "-" * len(head)]
    for code in sorted(measured):
        m = measured[code]
        r = REGISTRY.get(code)
        sev = r.severity if r else "?"
        if sev == "info" and not m.reviewed:
            continue
        p = "" if m.precision is None else f"{100 * m.precision:.0f} %"
        pt = "" if m.precision_text is None else f"{100 * m.precision_text:.0f} %"
        out.append(f"{code:7} {sev:8} {m.findings:>5} {m.reviewed:>4} {m.true:>4} {m.false:>5} {m.doubtful:>5} "
                   f"{m.extraction:>5} {p:>6} {pt:>6} " + " ".join(f"{m.fires.get(f, 0.0):>9.1f}" for f in folders))
    short = shortfalls(measured)
    out.append("")
    out.append(f"Default error/warning rules below the bar ({100 * MIN_PRECISION:.0f} % precision, "
               f"min({MIN_REVIEWED}, all) reviewed): {len(short)}")
    for code, why in sorted(short.items()):
        out.append(f"  {code}: {why}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------
# the section of docs/accuracy.md
# --------------------------------------------------------------------------------------------------

SECTION_TITLE = "## Precision on documents nobody tuned to"
DEFAULT_DOCS = REPO / "docs" / "accuracy.md"
#: the section goes before this one when the file does not have it yet
SECTION_BEFORE = "## Own corpus"

SECTION_TEXT = """\
{title}

Generated by `python -m vanban.eval precision --write-docs` from `eval/reviews/` and
`eval/ecosystem_baseline.json` — the text around the table lives in `src/vanban/eval/precision.py`.

Issue #14 asks each rule shown as an error or a warning by default to earn it on real documents it was not
written against. `python -m vanban.eval ecosystem ../shared/corpus/bulk ../shared/corpus/real` lints the 376
bulk documents (public decisions, công văn, resolutions, circulars of 2025, scraped as Markdown: hard wraps,
emphasis inside words, `|` table cells, a few flattened page layouts) and the 88 real ones with every rule,
prints per-rule fire rates and every finding that appeared or disappeared against the committed
`(file, line, code)` keys of `eval/ecosystem_baseline.json`, and the default error/warning findings per bulk
document (acceptance: at most 0.15). Every error/warning finding was then read with the document around it
and judged *true* (a văn thư would want it reported), *false* or *doubtful*, with a one-line reason
(`eval/reviews/<CODE>.json`, no document text); the real-corpus verdicts are those of
`tests/data/real_findings_review.json`. *ext* counts the doubtful findings that are true of the text but not of
the document (the page lost its Nơi nhận cell, its date line or its issuer); they count against the rule, and
*p. text* leaves them out. `tests/test_reviews.py` fails when a default error/warning rule that fires has fewer
than min(30, all) findings reviewed or a precision under 90 %, except the rules it lists as pending the
lead's decision (preview, info, or a fix).

The first review (main of 2026-12-07, before the analysis layer was used by the rules): **210 error/warning
findings on bulk, 0.56 per document: 37 true (18 %), 131 false (0.35 per document), 42 doubtful** (39 of them
scrape damage), against 56 true of 59 on the real corpus, whose rules had been tuned to it. The false alarms
come in a few classes, each standing for many documents: a line broken inside a part — the date line (`Hà
Nội,` / `ngày …`, all 18 of VB104), the signature title (`KT. TRƯỞNG BAN …,` / its second line, 20 of 21
VB509), the Nơi nhận label inside emphasis (`*Nơi` / `nhận:*`), a heading number alone on its line, the type
name (`**QUYẾT` / `ĐỊNH**`); title lines in capitals read as place names (`… CẤP XÃ TRÊN ĐỊA BÀN TỈNH …` → "xã
Trên Địa Bàn", VB801) and a cited decision's trích yếu glued to its issuer ("tỉnh Bình Phước Cho phép …");
amending, repealing, transitional and historical provisions naming cấp huyện or thị trấn (VB602); an attached
regulation or annex after the signed decision (VB507, VB508); model forms in annexes that restart their
numbering (VB201); pre-1997 numbers such as `50/CP`, which had no year group (VB406); the issuing body as the
first part of a công văn's ký hiệu (`…/CT-CS` of Cục Thuế, VB403); legal thresholds read as totals (VB302).
Misses seen on the way: missing spaces in a date line (`tháng11`, `11năm`), a citation with a blank day (`ngày
tháng 10 năm 2025`, info only), a number `…/2025/QH` without the Quốc hội's term, a wrong letter in a title,
and a citation conflict reported at the two right citations instead of the wrong one.

The table is the current state: the verdicts of the findings that the committed baseline still lists (findings
that stopped firing after a fix keep their verdict as history and no longer count).

{table}

{summary}
"""


def accuracy_section(measured: dict[str, RulePrecision]) -> str:
    """The section of docs/accuracy.md: method, classes found, and the per-rule table (generated)."""
    from ..rules import REGISTRY, load_all

    load_all()
    blocking = blocking_codes()
    rows = ["| rule | severity | findings | reviewed | true | false | doubtful (ext) | precision | p. text "
            "| fires /100 bulk | fires /100 real |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    tot: Counter = Counter()
    for code in sorted(measured):
        m = measured[code]
        r = REGISTRY.get(code)
        if r is None or (code not in blocking and not m.reviewed):
            continue
        pct = "" if m.precision is None else f"{100 * m.precision:.0f} %"
        pt = "" if m.precision_text is None else f"{100 * m.precision_text:.0f} %"
        rows.append(f"| {code} `{r.name}` | {r.severity} | {m.findings} | {m.reviewed} | {m.true} | {m.false} "
                    f"| {m.doubtful} ({m.extraction}) | {pct} | {pt} | {m.fires.get('bulk', 0.0):g} "
                    f"| {m.fires.get('real', 0.0):g} |")
        if code in blocking:
            tot.update(findings=m.findings, reviewed=m.reviewed, true=m.true)
    short = shortfalls(measured)
    met = sorted(c for c in blocking if c in measured and measured[c].findings and c not in short)
    summary = (f"Default error/warning rules that fire: {len(short) + len(met)}; at the bar "
               f"({100 * MIN_PRECISION:.0f} %, min({MIN_REVIEWED}, all) reviewed): {', '.join(met) or 'none'}; "
               f"below it: {', '.join(sorted(short)) or 'none'}. Over all of them: {tot['true']} true of "
               f"{tot['reviewed']} reviewed ({tot['findings']} findings).")
    return SECTION_TEXT.format(title=SECTION_TITLE, table="\n".join(rows), summary=summary)


def splice_section(doc: str, section: str) -> str:
    """``doc`` with its precision section replaced by ``section`` (or inserted before "## Own corpus")."""
    section = section.rstrip() + "\n\n"
    start = doc.find(SECTION_TITLE + "\n")
    if start >= 0:
        nxt = doc.find("\n## ", start + len(SECTION_TITLE))
        end = len(doc) if nxt < 0 else nxt + 1
        return doc[:start] + section + doc[end:]
    at = doc.find(SECTION_BEFORE)
    if at < 0:
        return doc.rstrip() + "\n\n" + section
    return doc[:at] + section + doc[at:]


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m vanban.eval precision",
                                 description="Per-rule precision from eval/reviews and the ecosystem baseline.")
    ap.add_argument("--reviews", type=Path, default=DEFAULT_REVIEWS)
    ap.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE)
    ap.add_argument("--write-docs", nargs="?", const=DEFAULT_DOCS, type=Path, metavar="PATH",
                    help="rewrite the precision section of docs/accuracy.md (or PATH)")
    args = ap.parse_args(argv)
    measured = measure(load_reviews(args.reviews), args.baseline)
    print(render(measured), end="")
    if args.write_docs:
        doc = args.write_docs.read_text(encoding="utf-8") if args.write_docs.is_file() else ""
        args.write_docs.write_text(splice_section(doc, accuracy_section(measured)), encoding="utf-8")
        print(f"\nwritten: {args.write_docs}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
