"""Number roles: what every number mention is in its sentence — a total, a part of a named total, a change
("tăng 05 cá nhân"), the figure of an earlier period, a rate, a fraction ("1.842/1.986 hộ"), a target, an
estimate ("khoảng 40 người"), a range ("từ 10 đến 15"), an identifier or a date.

Built once from the extracted quantities, dates and citations: each quantity's role is read from at most a
few words before and after it (bounded slices, dictionary look-ups; no pattern runs over the whole text).
The words live in ``lexicon/data/dimensions.json`` (``roles``).
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from .. import lexicon
from ..model import Facts, NumberFact

#: how far (characters) the words that give a number its role are looked for
_BEFORE = 40
_AFTER = 24
_STOPS = ".;:\n()"


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    r = lexicon.load("dimensions")["roles"]
    return {k: frozenset(" ".join(w.lower().split()) for w in v) for k, v in r.items()}


def _words_before(text: str, pos: int, line_start: int) -> list[str]:
    """The lower-cased words of the clause just before ``pos`` (at most ``_BEFORE`` characters)."""
    lo = max(line_start, pos - _BEFORE)
    chunk = text[lo:pos]
    for ch in _STOPS:
        i = chunk.rfind(ch)
        if i >= 0:
            chunk = chunk[i + 1:]
    return chunk.lower().replace(",", " ").split()


def _ends_with(words: list[str], vocab: frozenset[str], upto: int = 3) -> bool:
    for k in range(1, min(upto, len(words)) + 1):
        if " ".join(words[-k:]) in vocab:
            return True
    return False


def _within(words: list[str], vocab: frozenset[str], last: int = 4) -> bool:
    """A word of ``vocab`` among the last ``last`` words (one- and two-word entries)."""
    tail = words[-last:]
    for i in range(len(tail)):
        if tail[i] in vocab or " ".join(tail[i:i + 2]) in vocab:
            return True
    return False


def role_of(facts: Facts, q, parts_of: dict[int, int], i: int) -> tuple[str, str | None]:
    """(role, direction) of quantity ``q`` (index ``i``)."""
    text = facts.text
    roles = _roles()
    ls = facts.line_starts[facts.line_index(q.start)]
    words = _words_before(text, q.start, ls)
    if q.percent:
        return "rate", None
    if q.of is not None:
        return "fraction", None
    after = text[q.end:q.end + _AFTER].lower()
    if words and words[-1] in roles["range_from"] and after.lstrip(" \t").startswith(("đến", "tới", "-", "–")):
        return "range", None
    if words and words[-1] in ("đến", "tới", "-", "–") and len(words) >= 2 and words[-2][:1].isdigit():
        return "range", None
    if _ends_with(words, roles["change_up"]) or (len(words) >= 2 and words[-2] in roles["change_up"]
                                                 and words[-1] in ("thêm", "được", "là")):
        return "change", "up"
    if _ends_with(words, roles["change_down"]) or (len(words) >= 2 and words[-2] in roles["change_down"]
                                                   and words[-1] in ("được", "là", "còn")):
        return "change", "down"
    if q.qualifier and q.qualifier in roles["estimate"] and q.qualifier not in ("đạt", "chỉ"):
        return "estimate", None
    if _ends_with(words, roles["estimate"]):
        return "estimate", None
    if _within(words, roles["target"], 3):
        return "target", None
    if facts.in_comparison(q.start - 1, window=12) and not _within(words, roles["total"], 3):
        return "comparison", None
    if i in parts_of:
        return "part", None
    if q.breakdown or _within(words, roles["total"], 4) or (q.label or "").lower().startswith("tổng"):
        return "total", None
    return "count", None


def numbers(facts: Facts) -> "list[NumberFact]":
    """Every number mention of the document, in text order, with its role."""
    doc = facts.doc  # type: ignore[attr-defined]
    parts_of: dict[int, int] = {}
    for i, q in enumerate(doc.quantities):
        for p in q.parts:
            parts_of[p] = i
    out: list[NumberFact] = []
    for i, q in enumerate(doc.quantities):
        role, direction = role_of(facts, q, parts_of, i)
        year = None
        if role == "change":
            for m in _comparisons_after(facts, q.end):
                year = m.year
        out.append(NumberFact(q.start, q.end, q.text, role, q.value, q.unit, i, parts_of.get(i), direction, year))
    for d in doc.dates:
        out.append(NumberFact(d.start, d.end, d.text, "date", None, None, None, None, None, d.year))
    for c in doc.citations:
        out.append(NumberFact(c.start, c.end, c.text, "identifier", None, None, None, None, None, c.year))
    out.sort(key=lambda n: n.start)
    return out


def _comparisons_after(facts: Facts, pos: int, window: int = 40):
    """The comparison phrase starting within ``window`` characters after ``pos`` on the same clause."""
    comps = facts.comparisons
    starts = [m.start for m in comps] if not hasattr(facts, "_cmp_starts") else facts._cmp_starts  # type: ignore[attr-defined]
    facts._cmp_starts = starts  # type: ignore[attr-defined]
    k = bisect_right(starts, pos)
    if k < len(comps) and comps[k].start - pos <= window and not any(
            ch in facts.text[pos:comps[k].start] for ch in ".;\n"):
        yield comps[k]


def by_quantity(facts: Facts) -> "dict[int, NumberFact]":
    """quantity index -> its number fact."""
    return {n.quantity: n for n in facts.get("numbers") if n.quantity is not None}
