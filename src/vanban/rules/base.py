"""The rule engine: a registry of small rules, each with a stable code, name, severity, docs and examples."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import cast

from ..model import Document, Facts, Finding, Location, Severity
from ..util import gc_paused
from .explain import note_text


@dataclass
class Hit:
    """What a rule reports: an original-text span and a message in both languages."""

    start: int
    end: int
    vi: str
    en: str
    suggestion: str | None = None
    #: related places: (start, end, note), the note a (Vietnamese, English) pair or one string for both
    related: list[tuple[int, int, str | tuple[str, str]]] = field(default_factory=list)
    #: the rule stopped looking here (its fact was cut at a limit): more findings may lie after it
    more: bool = False


@dataclass
class Rule:
    code: str
    name: str
    severity: str
    summary_vi: str
    summary_en: str
    rationale: str
    bad: list[str]
    good: list[str]
    check: Callable[[LintContext], Iterable[Hit]]
    enabled_by_default: bool = True
    #: the rule looks for something at the end of the document (signature, Nơi nhận): it cannot run on a
    #: document whose analysis stopped early (``Document.truncated``)
    needs_whole: bool = False
    #: a rule whose precision on real documents it was not written against is not yet measured or below
    #: 90 %: it runs only with ``--preview`` (``LintConfig.preview``) or when selected by its code or name
    preview: bool = False


def example_display(text: str, keep: int = 3) -> str:
    """An example as documentation shows it: a run of more than ``keep + 1`` identical lines (VB001's example is
    twenty thousand of them) is shown as its first ``keep`` lines and a count, so that the reference stays
    readable; the rule's tests still run the full example."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j] == lines[i]:
            j += 1
        run = j - i
        if run > keep + 1 and lines[i]:
            out += lines[i:i + keep]
            out.append(f"… ({run:,} dòng như trên / {run:,} identical lines in all)".replace(",", "."))
        else:
            out += lines[i:j]
        i = j
    return "\n".join(out)


REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str, *, vi: str, en: str, rationale: str, bad: list[str], good: list[str],
         default: bool = True, needs_whole: bool = False, preview: bool = False):
    """Register a check function ``f(lc) -> Iterable[Hit]`` as a rule."""

    def deco(fn):
        if code in REGISTRY:
            raise ValueError(f"duplicate rule code {code}")
        REGISTRY[code] = Rule(code, name, severity, vi, en, rationale, bad, good, fn, default, needs_whole, preview)
        return fn

    return deco


@dataclass
class LintConfig:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    report_year: int | None = None
    cstd_cap_percent: float | None = None  # VB603, off by default
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    enable: list[str] = field(default_factory=list)  # opt-in rules that are off by default
    #: run the rules in preview (not yet measured at 90 % precision on real documents)
    preview: bool = False
    #: at most this many findings of one rule in one document; the rest are counted in one closing finding
    max_per_rule: int = 100
    #: seconds the rules may take on one document before the remaining rules are skipped (with a note)
    rule_seconds: float = 30.0


class LintContext:
    """What a rule sees: the document, its analysis facts and the configuration. Rules read these; they never
    re-parse the text."""

    def __init__(self, doc: Document, config: LintConfig):
        self.doc: Document = doc
        self.config: LintConfig = config
        self.facts: Facts = doc.facts
        h = doc.header
        self.report_year: int | None = config.report_year or h.report_year
        self.doc_year: int | None = h.date.year if h.date else (
            int(h.dateline.text[-4:]) if h.dateline and h.dateline.text[-4:].isdecimal() and
            h.dateline.text[-4:].isascii() else None)

    @property
    def norm_text(self) -> str:
        """The normalized text (the parser's view: NFC, one kind of quote, dash and space, no Markdown)."""
        return self.facts.norm_text

    @property
    def lower(self) -> str:
        """Lower-cased normalized text, same length as ``norm_text`` (for case-insensitive literal search)."""
        return self.facts.lower

    def norm_span(self, s: int, e: int) -> tuple[int, int]:
        """A normalized (start, end) mapped to the original text."""
        return self.facts.norm_span(s, e)


def _matches(rule_: Rule, selectors: list[str]) -> bool:
    return any(rule_.code.startswith(s) or rule_.name == s for s in selectors)


def _named(rule_: Rule, selectors: list[str]) -> bool:
    """Selected by its whole code or name (not by a prefix such as "VB3")."""
    return any(rule_.code == s or rule_.name == s for s in selectors)


def selected_rules(config: LintConfig) -> list[Rule]:
    from . import load_all

    load_all()
    out = []
    for r in sorted(REGISTRY.values(), key=lambda r: r.code):
        if config.select:
            if not _matches(r, config.select):
                continue
        elif not r.enabled_by_default and not _matches(r, config.enable):
            continue
        if r.preview and not config.preview and not _named(r, config.select + config.enable):
            continue
        if config.ignore and _matches(r, config.ignore):
            continue
        out.append(r)
    return out


def run_rules(doc: Document, *, config: LintConfig | None = None, lang: str = "vi", **kw) -> list[Finding]:
    """Run the selected rules and return findings sorted by position (the garbage collector paused meanwhile,
    see :func:`vanban.util.gc_paused`)."""
    with gc_paused():
        return _run_rules(doc, config or LintConfig(**kw), lang)


def _run_rules(doc: Document, config: LintConfig, lang: str) -> list[Finding]:
    cut = doc.truncated
    if cut is not None:
        # the rules see the analysed part only: what lies after the cut was not parsed, and text-scanning
        # rules must not run over the megabytes that made the parser stop
        doc = doc.model_copy(update={"text": doc.text[:cut.start]})
    lc = LintContext(doc, config)
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    line_col = lc.facts.line_col
    # text that does not read as Vietnamese (VB002) gets only the rules about the input itself (VB0xx): the
    # others would report the noise of a broken OCR layer
    unreadable = doc.quality is not None and doc.quality.verdict is not None
    deadline = time.monotonic() + config.rule_seconds
    rules = selected_rules(config)
    for i, r in enumerate(rules):
        if cut is not None and r.needs_whole:
            continue
        if unreadable and not r.code.startswith("VB0"):
            continue
        if time.monotonic() > deadline:
            findings.append(_skipped(doc, rules[i:], config.rule_seconds, lang))
            break
        sev = config.severity.get(r.code) or config.severity.get(r.name) or r.severity
        kept = 0
        over: list[Hit] = []
        over_time = False
        for n, hit in enumerate(r.check(lc) or ()):
            if n & 63 == 63 and time.monotonic() > deadline:
                findings.append(_skipped(doc, rules[i:], config.rule_seconds, lang))
                over_time = True
                break
            key = (r.code, hit.start, hit.end)
            if key in seen:
                continue
            seen.add(key)
            if kept >= config.max_per_rule:
                over.append(hit)
                continue
            kept += 1
            findings.append(_finding(doc, r, sev, hit, lang, line_col))
        if over:
            findings.append(_capped(doc, r, sev, over, config.max_per_rule, lang, line_col))
        if over_time:
            break
    findings.sort(key=lambda f: (f.start, f.code))
    return findings


def _capped(doc: Document, r: Rule, sev: str, over: list[Hit], cap: int, lang: str, line_col) -> Finding:
    """The closing finding of a rule that went past ``cap`` findings in one document: where the first of the
    others is and how many there are (nothing is dropped silently)."""
    first = over[0]
    if over[-1].more:  # the rule stopped looking before the end: the rest is a lower bound
        n = len(over) - 1
        if n == 0:  # only the note that it stopped: report the note itself
            return _finding(doc, r, sev, over[-1], lang, line_col)
        hit = Hit(first.start, first.end,
                  f"Và ít nhất {n} phát hiện khác cùng loại ({r.code}) từ đây trở đi không được liệt kê (đã nêu "
                  f"{cap}); {over[-1].vi[0].lower()}{over[-1].vi[1:]}",
                  f"And at least {n} more findings of {r.code} from here on, not listed ({cap} shown); "
                  f"{over[-1].en[0].lower()}{over[-1].en[1:]}")
        return _finding(doc, r, sev, hit, lang, line_col)
    n = len(over)
    hit = Hit(first.start, first.end,
              f"Và {n} phát hiện khác cùng loại ({r.code}) từ đây trở đi không được liệt kê (đã nêu {cap}).",
              f"And {n} more findings of {r.code} from here on, not listed ({cap} shown).")
    return _finding(doc, r, sev, hit, lang, line_col)


def _skipped(doc: Document, rest: list[Rule], seconds: float, lang: str) -> Finding:
    """A note that the rules ran past their time budget and the remaining ones were not run."""
    codes = ", ".join(r.code for r in rest)
    vi = f"Quá thời gian kiểm tra ({seconds:g} giây): các quy tắc {codes} chưa được chạy (hoặc chưa chạy xong) trên văn bản này."
    en = f"Checking took longer than {seconds:g} s: rules {codes} were not run (or not finished) on this document."
    return Finding(code="VB001", name="analysis-truncated", severity="warning", message=en if lang == "en" else vi,
                   line=1, column=1, end_line=1, end_column=1, start=0, end=0, text="", path=doc.path)


def _finding(doc: Document, r: Rule, sev: str, hit: Hit, lang: str,
             line_col: Callable[[int], tuple[int, int]] | None = None) -> Finding:
    text = doc.text
    _lc = line_col or doc.facts.line_col
    s, e = hit.start, max(hit.end, hit.start)
    line, col = _lc(s)
    eline, ecol = _lc(e)
    related = []
    for rs, re_, note_in in hit.related:
        rl, rc = _lc(rs)
        note = (note_in[1] if lang == "en" else note_in[0]) if isinstance(note_in, tuple) else note_text(note_in, lang)
        related.append(Location(start=rs, end=re_, line=rl, column=rc, text=text[rs:re_], note=note, path=doc.path))
    return Finding(
        code=r.code, name=r.name, severity=cast(Severity, sev), message=hit.en if lang == "en" else hit.vi, line=line, column=col,
        end_line=eline, end_column=ecol, start=s, end=e, text=text[s:e], suggestion=hit.suggestion,
        related=related, path=doc.path,
    )


def iter_rules() -> Iterator[Rule]:
    from . import load_all

    load_all()
    yield from sorted(REGISTRY.values(), key=lambda r: r.code)
