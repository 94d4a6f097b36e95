"""The rule engine: a registry of small rules, each with a stable code, name, severity, docs and examples."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..model import Document, Finding, Location


@dataclass
class Hit:
    """What a rule reports: an original-text span and a message in both languages."""

    start: int
    end: int
    vi: str
    en: str
    suggestion: str | None = None
    related: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, note)


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
    check: Callable[["LintContext"], Iterable[Hit]]
    enabled_by_default: bool = True
    #: the rule looks for something at the end of the document (signature, Nơi nhận): it cannot run on a
    #: document whose analysis stopped early (``Document.truncated``)
    needs_whole: bool = False


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
         default: bool = True, needs_whole: bool = False):
    """Register a check function ``f(lc) -> Iterable[Hit]`` as a rule."""

    def deco(fn):
        if code in REGISTRY:
            raise ValueError(f"duplicate rule code {code}")
        REGISTRY[code] = Rule(code, name, severity, vi, en, rationale, bad, good, fn, default, needs_whole)
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


class LintContext:
    """What a rule sees: the document plus derived facts computed once."""

    def __init__(self, doc: Document, config: LintConfig):
        self.doc = doc
        self.config = config
        h = doc.header
        self.report_year = config.report_year or h.report_year
        self._norm = None
        self._lower = None
        self.doc_year = int(h.date[:4]) if h.date else (
            int(h.dateline.text[-4:]) if h.dateline and h.dateline.text[-4:].isdecimal() else None)


    @property
    def norm(self):
        """The normalized view of the document text (computed once, shared by rules)."""
        if self._norm is None:
            from ..normalize import normalized_for

            self._norm = normalized_for(self.doc.text)
        return self._norm

    @property
    def lower(self) -> str:
        """Lower-cased normalized text, same length as ``norm.text`` (for case-insensitive literal search)."""
        if self._lower is None:
            t = self.norm.text
            low = t.lower()
            self._lower = low if len(low) == len(t) else t
        return self._lower


def _matches(rule_: Rule, selectors: list[str]) -> bool:
    return any(rule_.code.startswith(s) or rule_.name == s for s in selectors)


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
        if config.ignore and _matches(r, config.ignore):
            continue
        out.append(r)
    return out


def run_rules(doc: Document, *, config: LintConfig | None = None, lang: str = "vi", **kw) -> list[Finding]:
    """Run the selected rules and return findings sorted by position."""
    config = config or LintConfig(**kw)
    cut = doc.truncated
    if cut is not None:
        # the rules see the analysed part only: what lies after the cut was not parsed, and text-scanning
        # rules must not run over the megabytes that made the parser stop
        doc = doc.model_copy(update={"text": doc.text[:cut.start]})
    lc = LintContext(doc, config)
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    text = doc.text
    line_index = _LineIndex(text)
    # text that does not read as Vietnamese (VB002) gets only the rules about the input itself (VB0xx): the
    # others would report the noise of a broken OCR layer
    unreadable = doc.quality is not None and doc.quality.verdict is not None
    for r in selected_rules(config):
        if cut is not None and r.needs_whole:
            continue
        if unreadable and not r.code.startswith("VB0"):
            continue
        sev = config.severity.get(r.code) or config.severity.get(r.name) or r.severity
        for hit in r.check(lc) or ():
            key = (r.code, hit.start, hit.end)
            if key in seen:
                continue
            seen.add(key)
            findings.append(_finding(doc, r, sev, hit, lang, line_index))
    findings.sort(key=lambda f: (f.start, f.code))
    del text
    return findings


class _LineIndex:
    """1-based line and column of offsets, by binary search over the newline offsets (built once)."""

    def __init__(self, text: str):
        from ..util import line_starts

        self.starts = line_starts(text)

    def __call__(self, pos: int) -> tuple[int, int]:
        from bisect import bisect_right

        k = bisect_right(self.starts, pos) - 1
        return k + 1, pos - self.starts[k] + 1


def _finding(doc: Document, r: Rule, sev: str, hit: Hit, lang: str, lc_of=None) -> Finding:
    text = doc.text
    _lc = lc_of or _LineIndex(text)
    s, e = hit.start, max(hit.end, hit.start)
    line, col = _lc(s)
    eline, ecol = _lc(e)
    related = []
    for rs, re_, note in hit.related:
        rl, rc = _lc(rs)
        related.append(Location(start=rs, end=re_, line=rl, column=rc, text=text[rs:re_], note=note, path=doc.path))
    return Finding(
        code=r.code, name=r.name, severity=sev, message=hit.en if lang == "en" else hit.vi, line=line, column=col,
        end_line=eline, end_column=ecol, start=s, end=e, text=text[s:e], suggestion=hit.suggestion,
        related=related, path=doc.path,
    )


def iter_rules() -> Iterator[Rule]:
    from . import load_all

    load_all()
    yield from sorted(REGISTRY.values(), key=lambda r: r.code)
