"""Regions where the text does not speak in its own voice: quotations, provisions quoted by an amending
article, a regulation attached with its own header, worked examples and templates.

Found once on the normalized text (all quote marks are ``"`` there) and mapped back to the original.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .. import lexicon
from ..model import Document, Facts, LineKind, Region

#: an inline quotation longer than this is a stray mark, not a quotation
_MAX_QUOTE = 600
#: a provision quoted by an amending article may run this many lines
_MAX_AMENDMENT_LINES = 400
#: a line that opens a quoted provision: '"Điều 21.', '"1. …', '"a) …', '"Chương II'
_PROVISION_OPEN = regex.compile(
    r"""[ \t]*"[ \t]*                       # the opening quote at the start of the line
        (?: (?i:điều|chương|mục|khoản|điểm|phụ\ lục)\b
          | \d{1,3}(?:\.\d{1,3})*[.)]       # 1.  1.2.  3)
          | \p{Ll}\)                        # a)
        )""",
    regex.X,
)


#: a stand-in letter ("Phường A", "Nguyễn Văn B"): one capital after a space, then no letter, digit, "." or "/"
_STANDIN = regex.compile(r"(?<=[ \t])\p{Lu}(?![\p{L}\d./\-])")
#: a template number: dots or an ellipsis where the number goes ("…/QĐ-UBND", ".../KH-UBND")
_TEMPLATE_NUMBER = regex.compile(r"(?:…|\.{3,})[ \t]*/[ \t]*\p{Lu}")


@lru_cache(maxsize=1)
def _context() -> tuple[frozenset[str], str, tuple[str, ...]]:
    ctx = lexicon.load("context")
    heads = frozenset(" ".join(h.split()) for h in ctx["placeholder_heads"])
    return heads, ctx["placeholder_letters"], tuple(ctx["example_markers"])


def _standin_at(lower: str, letter_pos: int, heads: frozenset[str]) -> bool:
    """Is the capital at ``letter_pos`` a stand-in name after one of the place or person words?"""
    words = lower[max(0, letter_pos - 24):letter_pos].split()
    return any(" ".join(words[-n:]) in heads for n in (1, 2, 3) if len(words) >= n)


def find_regions(doc: Document, facts: Facts) -> list[Region]:
    """Every region of ``doc``, in text order."""
    out: list[Region] = []
    norm = facts.norm_text
    to_o, to_oe = facts.to_orig, facts.to_orig_end
    amendments = _amendments(norm)
    for a, b in amendments:
        out.append(Region("amendment", to_o(a), to_oe(b)))
    out.extend(Region("quote", to_o(a), to_oe(b)) for a, b in _quotes(norm, amendments))
    att = _attachment(doc, facts)
    if att is not None:
        out.append(att)
    out.extend(_examples(facts))
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _amendments(norm: str) -> list[tuple[int, int]]:
    """Provisions quoted over several lines by an amending article: from a line opening with a quoted
    article, clause or point to the line where the quotation closes (an odd number of quote marks)."""
    out: list[tuple[int, int]] = []
    if '"' not in norm:
        return out
    lines = norm.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    k = 0
    n = len(lines)
    while k < n:
        t = lines[k]
        if t.count('"') % 2 == 1 and _PROVISION_OPEN.match(t):
            for j in range(k, min(n, k + _MAX_AMENDMENT_LINES)):
                if j > k and lines[j].count('"') % 2 == 1:
                    out.append((starts[k], starts[j] + len(lines[j])))
                    k = j
                    break
        k += 1
    return out


#: a pair of quote marks in one paragraph (no blank line between) at most _MAX_QUOTE apart. A search from a
#: mark that cannot close goes on from the next mark, which opens instead: the pairing of the marks in turn
_PAIR = re.compile(rf'"(?:[^"\n]|\n(?!\n)){{0,{_MAX_QUOTE - 1}}}"')
#: what a quotation quotes: a letter or a digit (a pair of marks around nothing or blanks quotes nothing)
_QUOTED = regex.compile(r"[\p{L}\p{N}]")


def _quotes(norm: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inline quotations: pairs of quote marks in one paragraph, at most :data:`_MAX_QUOTE` apart, with a
    letter or a digit between them. Marks pair in turn; a mark that cannot close (a blank line or more than
    :data:`_MAX_QUOTE` characters before the next mark) is a stray one, and the next mark opens instead. A pair
    that quotes nothing ('""', '" "') is passed over like a quotation, but is no region: a line of quote marks
    made one region every three characters."""
    out: list[tuple[int, int]] = []
    if '"' not in norm:
        return out
    pos, si, n_skip = 0, 0, len(skip)
    search = _PAIR.search
    while True:
        m = search(norm, pos)
        if m is None:
            break
        i, pos = m.span()
        while si < n_skip and skip[si][1] <= i:
            si += 1
        if si < n_skip and skip[si][0] <= i:
            pos = skip[si][1]  # an opening mark inside a quoted provision: start again after it
            continue
        if _QUOTED.search(norm, i + 1, pos - 1):
            out.append((i, pos))
    return out


def _attachment(doc: Document, facts: Facts) -> Region | None:
    """The regulation attached after the signature ("QUY ĐỊNH … ban hành kèm theo Quyết định số …"). The
    parser's context knows it; a document read back from JSON finds it again from its tail."""
    ctx = facts.context
    if ctx is None:
        if not 0 < doc.body_end < len(doc.text):
            return None
        from ..segment.lines import Context
        from ..segment.signature import find_attachment

        ctx = Context(doc.text)
        tail = ctx.line_of_norm(_norm_offset(ctx, doc.body_end)).i
        rng = find_attachment(ctx, tail)
    else:
        rng = getattr(ctx, "attachment_lines", None)
    if rng is None:
        return None
    a, b = rng
    lines = ctx.lines
    if a >= len(lines):
        return None
    start = ctx.norm.to_orig(lines[max(a - 1, 0)].start)
    end = ctx.norm.to_orig_end(lines[min(b, len(lines)) - 1].end)
    return Region("attachment", start, max(end, start))


def _norm_offset(ctx, orig: int) -> int:
    """The normalized offset of an original one (the first whose original is at or after it)."""
    lo, hi = 0, len(ctx.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if ctx.norm.to_orig(mid) < orig:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _examples(facts: Facts) -> list[Region]:
    """Lines holding a worked example or a template (a stand-in name, a template number, "Ví dụ: …" and the
    lines of its paragraph). Anchored on the rare characters first: a lone capital, an ellipsis, a marker."""
    out: list[Region] = []
    norm = facts.norm_text
    lower = facts.lower
    heads, letters, markers = _context()
    hits: list[int] = []
    for m in _STANDIN.finditer(norm):
        if m.group() in letters and _standin_at(lower, m.start(), heads):
            hits.append(m.start())
    if "…" in norm or "..." in norm:
        hits.extend(m.start() for m in _TEMPLATE_NUMBER.finditer(norm))
    seen: set[int] = set()
    for pos in sorted(hits):
        k = facts.line_index(facts.to_orig(pos))
        if k not in seen:
            seen.add(k)
            s, e = facts.line_bounds(k)
            out.append(Region("example", s, e))
    for marker in markers:
        i = lower.find(marker)
        while i >= 0:
            if i == 0 or not lower[i - 1].isalpha():
                start = facts.to_orig(i)
                k = facts.line_index(start)
                last = k
                while last + 1 < len(facts.kinds) and last - k < 5 and not facts.kinds[last + 1] & (
                        LineKind.BLANK | LineKind.HEADING | LineKind.TAIL):
                    last += 1
                if k not in seen:
                    seen.add(k)
                    out.append(Region("example", start, facts.line_bounds(last)[1]))
            i = lower.find(marker, i + 1)
    return out
