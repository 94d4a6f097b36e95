"""Score vanban against gold annotations (``corpora/**/<name>.gold.json``).

Every extractor is compared item by item and counted as true positives, parser items and gold items, so
that precision, recall and F1 can be summed over documents (micro-average):

* **headings** match on ``(line, label)`` (labels case-folded, trailing punctuation dropped); for the
  matched ones the tree depth (nesting in :attr:`Document.sections`) and the level are compared too;
* **citations** match on ``(line, number, symbol)``; each field (doc_type, type_code, number, year, symbol,
  issuer_code, date, date_valid, system) then counts as a true positive only when the citation matched
  *and* the field is equal, so a field's F1 is never above the citations' F1;
* **header** fields, **signature** fields and the recipient count are compared per document (accuracy);
* **dates** match on ``(line, kind)`` and **quantities** on ``(line, value, unit)``, in both cases with the
  parser's item overlapping the gold span. The gold lists only *key* dates and figures (corpora/README.md),
  so precision is measured where the annotator looked: a parser item counts as found only when it overlaps
  an annotated span of the same extractor. Items elsewhere are neither right nor wrong;
* **awards** match on ``(name, status, count)``; a parser award for "04 tập thể và 11 cá nhân" is split
  into its parts (as the gold writes it), the parser's "proposed" status is the gold's "registered", and
  parser awards that are only "mentioned" are out of scope;
* **rules**: a required ``expected_findings`` entry matched by a finding of that rule name on that line
  is a true positive (unmatched: a false negative); an error/warning finding on a line that has no
  expected finding is a false positive of its rule; ``expected_non_findings`` lines must carry no finding
  of any severity except one expected there (violations are listed and counted apart).

The ``figures`` group (``corpora/figures``, the acceptance set of the counts-and-totals checks) is scored
apart, by :func:`score_figures`, so that adding it leaves every metric of the other groups unchanged:

* **recall** per kind of planted figure error (``count-mismatch`` VB301 … ``text-table-mismatch`` VB308): a
  planted error is found when a finding of its rule (by name or by code) covers its line; for the .docx copy
  of a document (the gold's ``docx``), which the reader lays out differently (a Word table cell per line),
  when the finding covers a line that contains the error's ``docx_fragment`` (default: its ``fragment``);
* **false alarms**: findings of the figure rules VB301–VB308 on lines (or, in a .docx, cells) where no
  figure error was planted, counted per rule and once per (rule, line); separately, the findings of those
  rules on the lines of ``expected_non_findings`` (the correct breakdowns that must stay silent).

The numbers are plain counts until :func:`metrics` turns them into a flat ``{"name": value}`` mapping used
by the table, the docs and the regression check.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

CITATION_FIELDS = ("doc_type", "type_code", "number", "year", "symbol", "issuer_code", "date", "date_valid", "system")
HEADER_FIELDS = (
    "number", "symbol", "type_code", "issuer_code", "place", "date", "doc_type", "subject", "report_year",
    "national_title_present", "issuing_body_present", "system",
)
SIGNATURE_FIELDS = ("authority", "body", "second_authority", "position", "signer")  # each where the gold has it
AWARD_FIELDS = ("kind", "recipient", "grantor", "year", "decision")

#: Parser date kinds written differently in the gold files.
DATE_KIND_MAP = {"month_year": "month", "months": "year"}
#: Parser award status -> gold status (the gold writes a tờ trình's proposals as "registered").
AWARD_STATUS_MAP = {"proposed": "registered"}
SCORED_AWARD_STATUS = {"registered", "awarded"}
BLOCKING = ("error", "warning")

_TRAIL = " \t.):;,-–/"


# --------------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------------


@dataclass
class PRF:
    """True positives, items found by the parser and items in the gold."""

    tp: int = 0
    found: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Acc:
    """Correct out of compared."""

    ok: int = 0
    n: int = 0

    def add(self, other: Acc) -> None:
        self.ok += other.ok
        self.n += other.n

    def tick(self, good: bool) -> None:
        self.n += 1
        self.ok += bool(good)

    @property
    def value(self) -> float:
        return self.ok / self.n if self.n else 1.0


@dataclass
class DocScore:
    """Everything counted for one document, plus the mismatches (for ``--details`` and failure reports)."""

    name: str
    prf: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    acc: dict[str, Acc] = field(default_factory=lambda: defaultdict(Acc))
    rules: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    optional_hits: int = 0
    optional_total: int = 0
    non_findings: Acc = field(default_factory=Acc)
    problems: list[dict] = field(default_factory=list)

    def problem(self, what: str, kind: str, line: int | None, **info: Any) -> None:
        # a date as the gold writes it (ISO text), so problems read and serialize as before
        info = {k: v.isoformat() if isinstance(v, date) else v for k, v in info.items()}
        self.problems.append({"doc": self.name, "what": what, "kind": kind, "line": line, **info})


@dataclass
class CorpusScore:
    """Sums over documents."""

    docs: list[DocScore] = field(default_factory=list)
    prf: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    acc: dict[str, Acc] = field(default_factory=lambda: defaultdict(Acc))
    rules: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    optional_hits: int = 0
    optional_total: int = 0
    non_findings: Acc = field(default_factory=Acc)
    #: the ``figures`` group, scored apart (None when the corpus has no such folder)
    figures: FiguresScore | None = None

    def add(self, d: DocScore) -> None:
        self.docs.append(d)
        for k, v in d.prf.items():
            self.prf[k].add(v)
        for k, a in d.acc.items():
            self.acc[k].add(a)
        for k, v in d.rules.items():
            self.rules[k].add(v)
        self.optional_hits += d.optional_hits
        self.optional_total += d.optional_total
        self.non_findings.add(d.non_findings)

    @property
    def problems(self) -> list[dict]:
        out = [p for d in self.docs for p in d.problems]
        return out + (self.figures.problems if self.figures is not None else [])


# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------


def nfc(s: Any) -> Any:
    """NFC with whitespace collapsed for strings; other values unchanged."""
    if not isinstance(s, str):
        return s
    return " ".join(unicodedata.normalize("NFC", s).split())


def norm_label(label: str) -> str:
    """``'a)'`` -> ``'a'``, ``'1.2.'`` -> ``'1.2'``, ``'PHẦN I'`` -> ``'phần i'``."""
    return (nfc(label) or "").casefold().rstrip(_TRAIL)


def norm_symbol(s: str | None) -> str | None:
    return None if s is None else unicodedata.normalize("NFC", s).replace(" ", "")


def norm_number(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v)).normalize()
    except (InvalidOperation, ValueError):
        return None


def norm_unit(u: str | None) -> str | None:
    return None if u is None else (nfc(u) or "").casefold()


def same(a: Any, b: Any) -> bool:
    """Field equality after NFC/whitespace normalisation (``None`` equals only ``None``)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, str) or isinstance(b, str):
        return nfc(str(a)) == nfc(str(b))
    return a == b


# --------------------------------------------------------------------------------------------------
# Gold loading and spans
# --------------------------------------------------------------------------------------------------


#: the group scored apart by :func:`score_figures` (``corpora/figures``)
FIGURES_GROUP = "figures"


def gold_files(corpus: Path, *, figures: bool = False) -> list[Path]:
    """Every ``*.gold.json`` under ``corpus`` (sorted), excluding the build sources in ``_src`` and, unless
    ``figures``, the ``figures`` group directly under ``corpus`` (scored apart by :func:`score_figures`)."""
    corpus = Path(corpus)
    out = []
    for p in corpus.rglob("*.gold.json"):
        rel = p.relative_to(corpus).parts
        if "_src" in rel or (not figures and len(rel) > 1 and rel[0] == FIGURES_GROUP):
            continue
        out.append(p)
    return sorted(out)


def load_gold(path: Path) -> tuple[dict, str]:
    """The gold annotation and the text it describes."""
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    text = Path(path).with_name(gold["file"]).read_text(encoding="utf-8")
    return gold, text


def line_starts(text: str) -> list[int]:
    out = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append(i + 1)
    return out


def gold_spans(text: str, items: list[dict]) -> list[tuple[int, int] | None]:
    """Offsets of each gold item's ``text`` on its ``line``; repeated texts take successive occurrences."""
    starts = line_starts(text)
    used: Counter = Counter()
    out: list[tuple[int, int] | None] = []
    for it in items:
        ln, t = it.get("line"), it.get("text") or ""
        if not isinstance(ln, int) or not 0 < ln <= len(starts) or not t:
            out.append(None)
            continue
        a = starts[ln - 1]
        b = starts[ln] - 1 if ln < len(starts) else len(text)
        line = text[a:b]
        k = used[(ln, t)]
        pos = -1
        for _ in range(k + 1):
            pos = line.find(t, pos + 1)
            if pos < 0:
                break
        used[(ln, t)] += 1
        out.append((a + pos, a + pos + len(t)) if pos >= 0 else None)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def walk_gold(sections: list[dict], depth: int = 0) -> Iterable[tuple[int, dict]]:
    for s in sections:
        yield depth, s
        yield from walk_gold(s.get("children", []), depth + 1)


def walk_doc(sections: list, depth: int = 0) -> Iterable[tuple[int, Any]]:
    for s in sections:
        yield depth, s
        yield from walk_doc(s.children, depth + 1)


# --------------------------------------------------------------------------------------------------
# Per-extractor comparisons
# --------------------------------------------------------------------------------------------------


def score_headings(ds: DocScore, doc: Any, gold: dict) -> None:
    g = {(s["line"], norm_label(s["label"])): (d, s) for d, s in walk_gold(gold.get("sections", []))}
    p: dict[tuple[int, str], tuple[int, Any]] = {}
    for d, s in walk_doc(doc.sections):
        p.setdefault((s.line, norm_label(s.label)), (d, s))
    n_found = sum(1 for _ in walk_doc(doc.sections))
    tp = set(g) & set(p)
    ds.prf["headings"].add(PRF(len(tp), n_found, len(g)))
    for key in sorted(tp):
        gd, gs = g[key]
        pd, ps = p[key]
        ds.acc["headings.depth"].tick(gd == pd)
        ds.acc["headings.level"].tick(gs.get("level") == ps.level)
        if gd != pd:
            ds.problem("headings", "depth", key[0], label=gs["label"], gold=gd, got=pd)
        if gs.get("level") != ps.level:
            ds.problem("headings", "level", key[0], label=gs["label"], gold=gs.get("level"), got=ps.level)
    for key in sorted(set(g) - set(p)):
        ds.problem("headings", "missed", key[0], label=g[key][1]["label"], title=g[key][1].get("title_starts"))
    list_lines = set(gold.get("list_items_not_headings", []))
    for _depth, s in walk_doc(doc.sections):
        if (s.line, norm_label(s.label)) not in g:
            kind = "list-item-as-heading" if s.line in list_lines else "extra"
            ds.problem("headings", kind, s.line, label=s.label, level=s.level, title=s.title[:50])


def _cit_key(line: int, number: Any, symbol: Any) -> tuple:
    return (line, None if number is None else str(number).strip(), norm_symbol(symbol))


def score_citations(ds: DocScore, doc: Any, gold: dict) -> None:
    gcs = gold.get("citations", [])
    # the gold lists references that carry a number; laws cited by name only are out of scope
    pcs = sorted((c for c in doc.citations if c.number), key=lambda c: c.start)
    pool: dict[tuple, list] = defaultdict(list)
    for c in pcs:
        pool[_cit_key(c.line, c.number, c.symbol)].append(c)
    pairs = []
    missed = []
    for gc in gcs:
        lst = pool.get(_cit_key(gc["line"], gc.get("number"), gc.get("symbol")))
        if lst:
            pairs.append((gc, lst.pop(0)))
        else:
            missed.append(gc)
    ds.prf["citations"].add(PRF(len(pairs), len(pcs), len(gcs)))
    for f in CITATION_FIELDS:
        ok = 0
        for gc, pc in pairs:
            if same(gc.get(f), getattr(pc, f)):
                ok += 1
            else:
                ds.problem("citations", f"field:{f}", gc["line"], text=gc["text"], gold=gc.get(f), got=getattr(pc, f))
        ds.prf[f"citations.{f}"].add(PRF(ok, len(pcs), len(gcs)))
    for gc in missed:
        ds.problem("citations", "missed", gc["line"], text=gc["text"])
    for lst in pool.values():
        for c in lst:
            ds.problem("citations", "extra", c.line, text=c.text, number=c.number, symbol=c.symbol)


def score_header(ds: DocScore, doc: Any, gold: dict) -> None:
    h = doc.header
    for f, want in gold.get("header", {}).items():
        if f not in HEADER_FIELDS:
            continue
        got = getattr(h, f, None)
        good = same(want, got)
        ds.acc[f"header.{f}"].tick(good)
        if not good:
            ds.problem("header", f, None, gold=want, got=got)
    gsig = gold.get("signature")
    if gsig is not None:
        for f in SIGNATURE_FIELDS:
            if f not in gsig:
                continue
            got = getattr(doc.signature, f, None) if doc.signature is not None else None
            good = same(gsig[f], got)
            ds.acc[f"signature.{f}"].tick(good)
            if not good:
                ds.problem("signature", f, None, gold=gsig[f], got=got)
    if "recipients_count" in gold:
        got = len(doc.recipients)
        ds.acc["recipients.count"].tick(got == gold["recipients_count"])
        if got != gold["recipients_count"]:
            ds.problem("recipients", "count", None, gold=gold["recipients_count"], got=got)


def _date_value(d: Any) -> Any:
    """The parser's date in the gold's value notation."""
    k = DATE_KIND_MAP.get(d.kind, d.kind)
    if k in ("date", "as_of"):
        return d.value
    if k == "quarter" and d.year and d.quarter:
        return f"{d.year}-Q{d.quarter}"
    if k == "month" and d.year and d.month:
        return f"{d.year}-{d.month:02d}"
    if k in ("period", "term", "school_year", "anniversary") and d.year and d.end_year:
        return [d.year, d.end_year]
    if k == "year":
        return d.year
    return d.value


def _span_match(ds: DocScore, name: str, gitems: list[dict], spans: list, pitems: list, gkey, pkey,
                check_fields=None, record: bool = True) -> None:
    """Match gold items to overlapping parser items with an equal key; precision over overlapping items."""
    annotated = [sp for sp in spans if sp is not None]
    in_scope = [p for p in pitems if any(_overlaps((p.start, p.end), sp) for sp in annotated)]
    free = list(in_scope)
    tp = 0
    for gi, sp in zip(gitems, spans, strict=True):  # spans: gold_spans(text, gitems), one per item
        hit = None
        if sp is not None:
            for p in free:
                if _overlaps((p.start, p.end), sp) and pkey(p) == gkey(gi):
                    hit = p
                    break
        if hit is None:
            near = [p for p in in_scope if sp is not None and _overlaps((p.start, p.end), sp)]
            if record:
                ds.problem(name, "missed" if not near else "mismatch", gi.get("line"), text=gi.get("text"),
                           gold=gkey(gi), got=[pkey(p) for p in near] or None)
            continue
        free.remove(hit)
        tp += 1
        if check_fields:
            check_fields(gi, hit)
    for p in free if record else ():
        ds.problem(name, "extra", p.line, text=p.text, got=pkey(p))
    ds.prf[name].add(PRF(tp, len(in_scope), len(gitems)))


def score_dates(ds: DocScore, doc: Any, gold: dict, text: str) -> None:
    gitems = gold.get("dates", [])

    def check(gi, p):
        good = same(_norm_val(gi.get("value")), _norm_val(_date_value(p)))
        ds.acc["dates.value"].tick(good)
        if not good:
            ds.problem("dates", "value", gi["line"], text=gi["text"], gold=gi.get("value"), got=_date_value(p))

    _span_match(ds, "dates", gitems, gold_spans(text, gitems), list(doc.dates),
                gkey=lambda g: (g["line"], g["kind"]), pkey=lambda p: (p.line, DATE_KIND_MAP.get(p.kind, p.kind)),
                check_fields=check)


def _norm_val(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return [_norm_val(x) for x in v]
    return v


def score_quantities(ds: DocScore, doc: Any, gold: dict, text: str) -> None:
    gitems = gold.get("quantities", [])

    def check(gi, p):
        if "of" in gi:
            good = norm_number(gi["of"]) == norm_number(p.of)
            ds.acc["quantities.of"].tick(good)
            if not good:
                ds.problem("quantities", "of", gi["line"], text=gi["text"], gold=gi["of"], got=p.of)
        if "breakdown" in gi:
            good = [norm_number(x) for x in gi["breakdown"]] == [norm_number(x) for x in p.breakdown]
            ds.acc["quantities.breakdown"].tick(good)
            if not good:
                ds.problem("quantities", "breakdown", gi["line"], text=gi["text"], gold=gi["breakdown"], got=p.breakdown)

    spans = gold_spans(text, gitems)
    _span_match(ds, "quantities", gitems, spans, list(doc.quantities),
                gkey=lambda g: (g["line"], norm_number(g["value"]), norm_unit(g.get("unit"))),
                pkey=lambda p: (p.line, norm_number(p.value), norm_unit(p.unit)), check_fields=check)
    # the same without the unit: tells number reading apart from unit reading
    _span_match(ds, "quantities.value_only", gitems, spans, list(doc.quantities),
                gkey=lambda g: (g["line"], norm_number(g["value"])), pkey=lambda p: (p.line, norm_number(p.value)),
                record=False)


_PARTS = (("individuals", "cá nhân"), ("collectives", "tập thể"), ("households", "hộ gia đình"))


def parser_awards(doc: Any) -> list[dict]:
    """The parser's awards in the gold's shape, split per recipient kind, scored statuses only."""
    out = []
    for a in doc.awards:
        status = AWARD_STATUS_MAP.get(a.status, a.status)
        if status not in SCORED_AWARD_STATUS:
            continue
        base = {"kind": a.kind, "name": a.name, "status": status, "grantor": a.grantor, "year": a.year,
                "decision": a.decision_symbol, "line": a.line, "text": a.text}
        parts = [(getattr(a, f), r) for f, r in _PARTS if getattr(a, f) is not None]
        if len(parts) >= 2 and (a.count is None or a.count == sum(n for n, _ in parts)):
            for n, r in parts:
                out.append({**base, "count": n, "recipient": r})
        else:
            out.append({**base, "count": a.count, "recipient": a.recipient})
    return out


def _award_key(a: dict) -> tuple:
    return ((nfc(a.get("name")) or "").casefold(), a.get("status"), a.get("count"))


def score_awards(ds: DocScore, doc: Any, gold: dict) -> None:
    gitems = gold.get("awards", [])
    pitems = parser_awards(doc)
    free = list(pitems)
    tp = 0
    for g in gitems:
        hit = next((p for p in free if _award_key(p) == _award_key(g)), None)
        if hit is None:
            ds.problem("awards", "missed", None, gold=list(_award_key(g)))
            continue
        free.remove(hit)
        tp += 1
        for f in AWARD_FIELDS:
            good = same(g.get(f), hit.get(f))
            ds.acc[f"awards.{f}"].tick(good)
            if not good:
                ds.problem("awards", f"field:{f}", hit["line"], name=g["name"], gold=g.get(f), got=hit.get(f))
    for p in free:
        ds.problem("awards", "extra", p["line"], got=list(_award_key(p)), text=p["text"])
    ds.prf["awards"].add(PRF(tp, len(pitems), len(gitems)))


def finding_lines(f: Any) -> range:
    """The lines a finding covers (a span ending at column 1 does not cover its last line)."""
    end = f.end_line if f.end_column > 1 or f.end_line == f.line else f.end_line - 1
    return range(f.line, max(end, f.line) + 1)


def score_rules(ds: DocScore, findings: list, gold: dict, rule_names: Iterable[str]) -> None:
    """Required expected findings vs findings; a multi-line finding (a signature block) counts on each line."""
    for name in rule_names:
        ds.rules[name]  # every rule appears, even with nothing to count
    by_line: dict[int, set[str]] = defaultdict(set)
    for f in findings:
        for ln in finding_lines(f):
            by_line[ln].add(f.name)
    expected = gold.get("expected_findings", [])
    expected_lines: dict[int, set[str]] = defaultdict(set)
    for e in expected:
        expected_lines[e["line"]].add(e["kind"])
    for e in expected:
        hit = e["kind"] in by_line.get(e["line"], set())
        if e.get("required", True):
            ds.rules[e["kind"]].gold += 1
            if hit:
                ds.rules[e["kind"]].tp += 1
                ds.rules[e["kind"]].found += 1
            else:
                got = sorted(by_line.get(e["line"], set()))
                ds.problem("rules", "missed", e["line"], rule=e["kind"], fragment=e.get("fragment"), got=got or None)
        else:
            ds.optional_total += 1
            ds.optional_hits += hit
    seen_fp: set[tuple[str, int]] = set()
    for f in findings:
        if f.severity not in BLOCKING or any(ln in expected_lines for ln in finding_lines(f)):
            continue
        if (f.name, f.line) in seen_fp:
            continue
        seen_fp.add((f.name, f.line))
        ds.rules[f.name].found += 1
        ds.problem("rules", "false-alarm", f.line, rule=f.name, severity=f.severity, text=f.text[:80],
                   message=f.message[:160])
    for nf in gold.get("expected_non_findings", []):
        ln = nf.get("line")
        if not isinstance(ln, int):
            continue
        bad = sorted(by_line.get(ln, set()) - expected_lines.get(ln, set()))
        ds.non_findings.tick(not bad)
        if bad:
            ds.problem("rules", "non-finding-violated", ln, rules=bad, note=nf.get("what"))


# --------------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------------


def score_document(gold: dict, text: str, name: str = "", rule_names: Iterable[str] | None = None) -> DocScore:
    """Parse and lint ``text`` and compare with ``gold`` (one gold file's JSON)."""
    import vanban

    if rule_names is None:
        from ..rules import iter_rules

        rule_names = [r.name for r in iter_rules()]
    doc = vanban.parse(text, path=name or None)
    findings = vanban.lint(doc)
    ds = DocScore(name or gold.get("file", ""))
    score_headings(ds, doc, gold)
    score_citations(ds, doc, gold)
    score_header(ds, doc, gold)
    score_dates(ds, doc, gold, text)
    score_quantities(ds, doc, gold, text)
    score_awards(ds, doc, gold)
    score_rules(ds, findings, gold, rule_names)
    return ds


def score_corpus(corpus: Path) -> CorpusScore:
    """Score every gold file under ``corpus``."""
    from ..rules import iter_rules

    names = [r.name for r in iter_rules()]
    cs = CorpusScore()
    corpus = Path(corpus)
    for gp in gold_files(corpus):
        gold, text = load_gold(gp)
        rel = gp.with_name(gold["file"]).relative_to(corpus).as_posix()
        cs.add(score_document(gold, text, rel, names))
    if (corpus / FIGURES_GROUP).is_dir():
        cs.figures = score_figures(corpus / FIGURES_GROUP)
    return cs


EXTRACTORS = ("headings", "citations", "dates", "quantities", "awards")


def metrics(cs: CorpusScore) -> dict[str, float]:
    """A flat, sorted ``{"metric": value}`` mapping (all values: higher is better)."""
    out: dict[str, float] = {}
    for k, v in cs.prf.items():
        out[f"{k}.precision"] = v.precision
        out[f"{k}.recall"] = v.recall
        out[f"{k}.f1"] = v.f1
    for k, a in cs.acc.items():
        out[f"{k}.accuracy"] = a.value
    total = PRF()
    for name, v in cs.rules.items():
        total.add(v)
        if v.gold or v.found:
            out[f"rules.{name}.precision"] = v.precision
            out[f"rules.{name}.recall"] = v.recall
            out[f"rules.{name}.f1"] = v.f1
    out["rules.all.precision"] = total.precision
    out["rules.all.recall"] = total.recall
    out["rules.all.f1"] = total.f1
    out["rules.non_findings.accuracy"] = cs.non_findings.value
    if cs.figures is not None:
        out.update(figures_metrics(cs.figures))
    return {k: round(out[k], 4) for k in sorted(out)}


def counts(cs: CorpusScore) -> dict[str, Any]:
    """Raw counts, for the JSON output."""
    return {
        "documents": len(cs.docs),
        "prf": {k: vars(v) for k, v in sorted(cs.prf.items())},
        "accuracy": {k: vars(v) for k, v in sorted(cs.acc.items())},
        "rules": {k: vars(v) for k, v in sorted(cs.rules.items())},
        "optional_findings": {"hit": cs.optional_hits, "total": cs.optional_total},
        "non_findings": vars(cs.non_findings),
        **({"figures": cs.figures.counts()} if cs.figures is not None else {}),
    }


# --------------------------------------------------------------------------------------------------
# The figures group: planted figure errors and correct breakdowns
# --------------------------------------------------------------------------------------------------

#: kind of figure error -> the rule code that should report it (names as in the gold's ``kind``)
FIGURE_RULES = {
    "count-mismatch": "VB301",
    "total-mismatch": "VB302",
    "ratio-exceeds": "VB303",
    "percent-over-100": "VB304",
    "table-total-mismatch": "VB305",
    "rate-mismatch": "VB306",
    "change-mismatch": "VB307",
    "text-table-mismatch": "VB308",
}
_FIGURE_CODES = {v: k for k, v in FIGURE_RULES.items()}


def figure_kind(f: Any) -> str | None:
    """The figure kind a finding belongs to (by its code, else by its name), or None for other rules."""
    return _FIGURE_CODES.get(getattr(f, "code", "")) or (f.name if f.name in FIGURE_RULES else None)


@dataclass
class FiguresScore:
    """Planted figure errors found per kind, and findings of the figure rules where nothing was planted."""

    planted: Counter = field(default_factory=Counter)       # kind -> planted errors
    found: Counter = field(default_factory=Counter)         # kind -> of those, found by the expected rule
    false_alarms: Counter = field(default_factory=Counter)  # kind of the reporting rule -> findings
    on_non_findings: Counter = field(default_factory=Counter)  # kind of the reporting rule -> findings
    non_findings: Acc = field(default_factory=Acc)          # correct breakdowns left silent / all of them
    by_copy: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))  # "txt"/"docx": tp, gold
    documents: int = 0
    copies: int = 0
    problems: list[dict] = field(default_factory=list)

    def add(self, other: FiguresScore) -> None:
        self.planted.update(other.planted)
        self.found.update(other.found)
        self.false_alarms.update(other.false_alarms)
        self.on_non_findings.update(other.on_non_findings)
        self.non_findings.add(other.non_findings)
        for k, v in other.by_copy.items():
            self.by_copy[k].add(v)
        self.documents += other.documents
        self.copies += other.copies
        self.problems += other.problems

    def recall(self, kind: str | None = None) -> float:
        n = sum(self.planted.values()) if kind is None else self.planted[kind]
        k = sum(self.found.values()) if kind is None else self.found[kind]
        return k / n if n else 1.0

    def counts(self) -> dict:
        return {
            "documents": self.documents, "copies": self.copies,
            "planted": dict(sorted(self.planted.items())), "found": dict(sorted(self.found.items())),
            "false_alarms": dict(sorted(self.false_alarms.items())),
            "on_non_findings": dict(sorted(self.on_non_findings.items())),
            "non_findings": vars(self.non_findings),
            "by_copy": {k: vars(v) for k, v in sorted(self.by_copy.items())},
        }


def _target_lines(lines: list[str], line: int | None, fragment: str | None, by_fragment: bool) -> set[int]:
    """The lines an expected item stands for: its gold line, or (``by_fragment``) every line with the fragment."""
    if not by_fragment:
        return {line} if isinstance(line, int) else set()
    if not fragment:
        return set()
    return {i for i, t in enumerate(lines, start=1) if fragment in t}


def score_figure_findings(findings: list, text: str, gold: dict, *, copy: str = "txt",
                          name: str = "") -> FiguresScore:
    """Compare the figure rules' findings on one copy of a document (``copy``: "txt" — match on the gold's
    lines — or "docx" — match on the lines holding each item's ``docx_fragment`` or ``fragment``)."""
    fs = FiguresScore(copies=1)
    lines = text.split("\n")
    by_fragment = copy != "txt"
    kinds = [(f, figure_kind(f)) for f in findings]
    figure_findings = [(f, k) for f, k in kinds if k is not None]
    planted_lines: set[int] = set()
    for e in gold.get("expected_findings", []):
        kind = e.get("kind")
        if kind not in FIGURE_RULES or not e.get("required", True):
            continue
        frag = e.get("docx_fragment") or e.get("fragment")
        targets = _target_lines(lines, e.get("line"), frag, by_fragment)
        planted_lines |= targets
        fs.planted[kind] += 1
        fs.by_copy[copy].gold += 1
        hit = any(k == kind and targets.intersection(finding_lines(f)) for f, k in figure_findings)
        if hit:
            fs.found[kind] += 1
            fs.by_copy[copy].tp += 1
        else:
            got = sorted({k for f, k in figure_findings if targets.intersection(finding_lines(f))})
            fs.problems.append({"doc": name, "copy": copy, "what": "figures", "kind": "missed", "rule": kind,
                                "line": e.get("line") if not by_fragment else sorted(targets) or None,
                                "fragment": frag, "got": got or None})
    nf_lines: set[int] = set()
    for nf in gold.get("expected_non_findings", []):
        frag = nf.get("docx_fragment") or nf.get("fragment")
        targets = _target_lines(lines, nf.get("line"), frag, by_fragment) - planted_lines
        if not targets:
            continue
        nf_lines |= targets
        bad = sorted({k for f, k in figure_findings if targets.intersection(finding_lines(f))})
        fs.non_findings.tick(not bad)
        if bad:
            fs.problems.append({"doc": name, "copy": copy, "what": "figures", "kind": "non-finding-violated",
                                "line": nf.get("line") if not by_fragment else sorted(targets),
                                "rules": bad, "note": nf.get("what")})
    seen: set[tuple[str, int]] = set()
    for f, k in figure_findings:
        covered = set(finding_lines(f))
        if covered & planted_lines or (k, f.line) in seen:
            continue
        seen.add((k, f.line))
        fs.false_alarms[k] += 1
        if covered & nf_lines:
            fs.on_non_findings[k] += 1
        fs.problems.append({"doc": name, "copy": copy, "what": "figures", "kind": "false-alarm", "rule": k,
                            "line": f.line, "text": f.text[:80], "message": f.message[:160]})
    return fs


def score_figures(folder: Path) -> FiguresScore:
    """Lint every document of the figures group (its .txt, and its .docx copy when the gold names one)."""
    import vanban

    total = FiguresScore()
    folder = Path(folder)
    for gp in gold_files(folder, figures=True):
        gold, text = load_gold(gp)
        rel = f"{folder.name}/{gp.with_name(gold['file']).relative_to(folder).as_posix()}"
        doc = vanban.parse(text, path=rel)
        one = score_figure_findings(vanban.lint(doc), doc.text, gold, copy="txt", name=rel)
        if gold.get("docx"):
            dp = gp.with_name(gold["docx"])
            ddoc = vanban.load(dp)
            one.add(score_figure_findings(vanban.lint(ddoc), ddoc.text, gold, copy="docx",
                                          name=f"{folder.name}/{dp.relative_to(folder).as_posix()}"))
            one.copies = 2
        one.documents = 1
        total.add(one)
    return total


def figures_metrics(fs: FiguresScore) -> dict[str, float]:
    """``figures.<kind>.recall``, ``figures.all.recall``, ``figures.{txt,docx}.recall``, the false alarms per copy
    (lower is better) and the share of correct breakdowns left silent."""
    out: dict[str, float] = {}
    for kind in FIGURE_RULES:
        if fs.planted[kind]:
            out[f"figures.{kind}.recall"] = fs.recall(kind)
    out["figures.all.recall"] = fs.recall()
    for copy, v in fs.by_copy.items():
        out[f"figures.{copy}.recall"] = v.recall
    out["figures.false_alarms_per_doc"] = sum(fs.false_alarms.values()) / fs.copies if fs.copies else 0.0
    out["figures.non_findings.accuracy"] = fs.non_findings.value
    return out
