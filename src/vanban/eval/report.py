"""Tables for the terminal and docs/accuracy.md, and the regression check against a baseline."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .inject import KINDS, InjectionReport
from .score import CITATION_FIELDS, EXTRACTORS, CorpusScore

#: Metrics where lower is better (everything else: higher is better).
LOWER_IS_BETTER_SUFFIX = ("false_alarms_per_doc",)
TOLERANCE = 0.005


def _f(x: float) -> str:
    return f"{x:.3f}"


def extractor_rows(cs: CorpusScore) -> list[tuple]:
    rows = []
    for name in EXTRACTORS + ("quantities.value_only",):
        v = cs.prf.get(name)
        if v is not None:
            rows.append((name, v.tp, v.found, v.gold, _f(v.precision), _f(v.recall), _f(v.f1)))
    return rows


def markdown_table(header: tuple, rows: list[tuple]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def plain_table(header: tuple, rows: list[tuple]) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for k, r in enumerate(cells):  # a row longer than the header is cut to the header's columns (strict=False)
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=False))))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def sections(cs: CorpusScore, reps: list[InjectionReport]) -> list[tuple[str, tuple, list[tuple]]]:
    """(title, header, rows) for every table."""
    out: list[tuple[str, tuple, list[tuple]]] = []
    out.append(("Extractors (micro-averaged over documents)", ("extractor", "TP", "found", "gold", "P", "R", "F1"),
                extractor_rows(cs)))
    rows: list[tuple] = []
    for f in CITATION_FIELDS:
        v = cs.prf.get(f"citations.{f}")
        if v is not None:
            rows.append((f, v.tp, _f(v.precision), _f(v.recall), _f(v.f1)))
    out.append(("Citation fields (a field counts only on a matched citation)", ("field", "TP", "P", "R", "F1"), rows))
    rows = [(k, a.ok, a.n, _f(a.value)) for k, a in sorted(cs.acc.items())]
    out.append(("Fields compared per document or per matched item", ("field", "correct", "compared", "accuracy"), rows))
    rows = []
    for name, v in sorted(cs.rules.items()):
        if v.gold or v.found:
            rows.append((name, v.tp, v.found - v.tp, v.gold - v.tp, _f(v.precision), _f(v.recall), _f(v.f1)))
    out.append(("Rules (required expected findings; false positives are error/warning findings on other lines)",
                ("rule", "TP", "FP", "FN", "P", "R", "F1"), rows))
    for rep in reps:
        rows = [(k, KINDS[k], rep.count(k), sum(r.detected for r in rep.results if r.injection.kind == k),
                 _f(rep.recall(k))) for k in KINDS if rep.count(k)]
        rows.append(("all", "", rep.count(), sum(r.detected for r in rep.results), _f(rep.recall())))
        out.append((f"Injected errors — {rep.label}", ("kind", "expected rule", "injected", "detected", "recall"), rows))
        rows = [(name, n) for name, n in rep.clean_by_rule.items()]
        rows.append(("total", f"{rep.clean_blocking} in {rep.clean_docs} documents = "
                              f"{rep.false_alarms_per_doc:.2f} per document"))
        out.append((f"Error/warning findings on the untouched documents — {rep.label}", ("rule", "findings"), rows))
    if cs.figures is not None:
        out += figures_sections(cs.figures)
    return out


def figures_sections(fs) -> list[tuple[str, tuple, list[tuple]]]:
    """The figures block: planted figure errors found per kind, false alarms of the figure rules."""
    from .score import FIGURE_RULES

    rows: list[tuple] = []
    for kind, code in FIGURE_RULES.items():
        rows.append((kind, code, fs.planted[kind], fs.found[kind], _f(fs.recall(kind)), fs.false_alarms[kind],
                     fs.on_non_findings[kind]))
    rows.append(("all", "", sum(fs.planted.values()), sum(fs.found.values()), _f(fs.recall()),
                 sum(fs.false_alarms.values()), sum(fs.on_non_findings.values())))
    title = (f"Figures — corpora/figures: {fs.documents} documents ({fs.copies} copies with the .docx); planted "
             f"figure errors found by the expected rule, and findings of VB301–VB308 where none was planted "
             f"(of them on a correct breakdown)")
    out: list[tuple[str, tuple, list[tuple]]] = [
        (title, ("kind", "rule", "planted", "found", "recall", "false alarms", "on correct"), rows)]
    rows = [(copy, v.tp, v.gold, _f(v.recall)) for copy, v in sorted(fs.by_copy.items())]
    rows.append(("correct breakdowns silent", fs.non_findings.ok, fs.non_findings.n, _f(fs.non_findings.value)))
    out.append(("Figures — per copy, and the correct breakdowns (expected_non_findings)",
                ("", "found/silent", "of", "share"), rows))
    return out


def render_plain(cs: CorpusScore, reps: list[InjectionReport]) -> str:
    parts = [f"vanban evaluation: {len(cs.docs)} gold documents"]
    for title, header, rows in sections(cs, reps):
        parts += ["", title, plain_table(header, rows)]
    return "\n".join(parts) + "\n"


def failure_patterns(cs: CorpusScore, reps: list[InjectionReport], limit: int = 12) -> list[str]:
    """The most frequent mismatch kinds with one example each."""
    out = []
    counts = Counter((p["what"], p["kind"]) for p in cs.problems)
    for (what, kind), n in counts.most_common(limit):
        ex = next(p for p in cs.problems if (p["what"], p["kind"]) == (what, kind))
        detail = {k: v for k, v in ex.items() if k not in ("what", "kind", "doc", "line")}
        out.append(f"{what} / {kind}: {n} (e.g. {ex['doc']}:{ex['line'] or '-'} {detail})")
    for rep in reps:
        miss = Counter((r.injection.kind, tuple(r.got)) for r in rep.results if not r.detected)
        for (kind, got), n in miss.most_common(limit):
            res = next(r for r in rep.results if not r.detected and r.injection.kind == kind and tuple(r.got) == got)
            i = res.injection
            out.append(f"{rep.label}: {kind} missed {n}x (rules on the line: {', '.join(got) or 'none'}; e.g. "
                       f"{i.doc}:{i.line} “{i.old}” → “{i.new}” in “{i.note[:70]}”)")
    return out


# --------------------------------------------------------------------------------------------------
# Regression check
# --------------------------------------------------------------------------------------------------


def lower_is_better(name: str) -> bool:
    return name.endswith(LOWER_IS_BETTER_SUFFIX)


def compare(current: dict[str, float], baseline: dict[str, float], tolerance: float = TOLERANCE) -> list[str]:
    """Every metric of the baseline that got worse by more than ``tolerance`` (or disappeared)."""
    drops = []
    for name, base in sorted(baseline.items()):
        if name not in current:
            drops.append(f"{name}: missing (baseline {base:.4f})")
            continue
        cur = current[name]
        worse = cur - base > tolerance if lower_is_better(name) else base - cur > tolerance
        if worse:
            drops.append(f"{name}: {cur:.4f} (baseline {base:.4f})")
    return drops


def improvements(current: dict[str, float], baseline: dict[str, float], tolerance: float = TOLERANCE) -> list[str]:
    out = []
    for name, base in sorted(baseline.items()):
        cur = current.get(name)
        if cur is None:
            continue
        better = base - cur > tolerance if lower_is_better(name) else cur - base > tolerance
        if better:
            out.append(f"{name}: {cur:.4f} (baseline {base:.4f})")
    return out


# --------------------------------------------------------------------------------------------------
# docs/accuracy.md: the words are written in the page itself; --write-docs fills only the marked table blocks
# --------------------------------------------------------------------------------------------------

#: the page whose marked blocks ``--write-docs`` fills (the text around them is edited by hand)
DOCS_PAGE = Path(__file__).resolve().parents[3] / "docs" / "accuracy.md"


def _blocks(cs: CorpusScore, reps: list[InjectionReport], extra: list[str] | None) -> dict[str, str]:
    """The generated blocks of the page, by name: ``scores`` (own corpus and figures), ``injection``,
    ``failures``."""
    secs = sections(cs, reps)
    n_inject = 2 * len(reps)
    scores = [f"{len(cs.docs)} documents scored.", ""]
    injection: list[str] = []
    if reps:
        injection += [f"{reps[0].clean_docs} clean gold documents of `corpora/` take the injected errors.", ""]
    for k, (title, header, rows) in enumerate(secs):
        target = injection if 4 <= k < 4 + n_inject else scores
        target += [f"### {title}", "", markdown_table(header, rows), ""]
    failures = ["## Largest failure patterns", ""] + [f"* {x}" for x in extra or []]
    return {"scores": "\n".join(scores).rstrip(), "injection": "\n".join(injection).rstrip(),
            "failures": "\n".join(failures).rstrip()}


def render_docs(cs: CorpusScore, reps: list[InjectionReport], *, real: bool, extra: list[str] | None = None,
                page: Path | None = None) -> str:
    """The accuracy page with its marked blocks (``<!-- vanban.eval: NAME -->`` … ``<!-- /vanban.eval: NAME -->``)
    filled anew; a block the page lacks is added at its end. ``real`` is kept for the callers (the real-corpus
    injection tables come with ``reps``)."""
    page = page or DOCS_PAGE
    text = page.read_text(encoding="utf-8") if page.is_file() else "# Accuracy\n"
    for name, body in _blocks(cs, reps, extra).items():
        open_, close = f"<!-- vanban.eval: {name} -->", f"<!-- /vanban.eval: {name} -->"
        a, b = text.find(open_), text.find(close)
        if a >= 0 and b > a:
            text = text[:a + len(open_)] + "\n" + body + "\n" + text[b:]
        else:
            text = text.rstrip() + f"\n\n{open_}\n{body}\n{close}\n"
    return text
