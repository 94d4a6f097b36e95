"""Enumerations: an announcing line ("Xã đã triển khai 03 nhiệm vụ trọng tâm như sau:", "… gồm các nội dung
sau:") and the items listed under it, one family of marks (a) b) c), 1. 2. 3., - - -), wrapped lines and
deeper sub-items kept inside their item. What a clerk counts when she checks "05 phong trào" against the list.
"""
from __future__ import annotations

import regex

from ..model import Enumeration, Facts, LineKind

#: the mark that starts an item, by family (on the stripped line, Markdown emphasis removed)
_MARK = regex.compile(
    r"""(?: (?P<roman>[IVXLC]{1,6}[.)])     # I.  II)
          | (?P<number>\d{1,3}[.)])(?!\d)    # 1.  2)   (not 1.1, which is a deeper heading)
          | (?P<letter>\p{Ll}\))             # a)  đ)
          | (?P<dash>[-–])                   # -
          | (?P<plus>\+)                     # +
          | (?P<bullet>[•·▪●○◦])             # •
        )[ \t]""",
    regex.X,
)
#: how far (lines) an announcing line may be from its first item: the next non-blank line
_GAP = 2
#: families from the outermost to the innermost, as drafting habit nests them
_DEPTH = {"roman": 0, "number": 1, "letter": 2, "dash": 3, "plus": 4, "bullet": 4}
_STOP = LineKind.TITLE | LineKind.TABLE | LineKind.TAIL | LineKind.FURNITURE


def _mark(line: str) -> str | None:
    m = _MARK.match(line.lstrip(" \t*_#>"))
    return m.lastgroup if m else None


def enumerations(facts: Facts) -> list[Enumeration]:
    text, kinds, starts = facts.text, facts.kinds, facts.line_starts
    n = len(starts)
    doc = facts.document
    quantities = doc.quantities if doc is not None else []
    out: list[Enumeration] = []
    k = 0
    while k < n:
        hs, he = facts.line_bounds(k)
        head = text[hs:he].rstrip(" \t*_")
        if not head.endswith(":") or kinds[k] & (LineKind.TABLE | LineKind.BLANK) or len(head) < 4:
            k += 1
            continue
        first = k + 1
        while first < n and first - k <= _GAP and kinds[first] & LineKind.BLANK:
            first += 1
        if first >= n or kinds[first] & _STOP:
            k += 1
            continue
        family = _mark(facts.line_text(first))
        if family is None:
            k += 1
            continue
        items, last = _items(facts, first, family)
        count, span = _announced(quantities, hs, he)
        out.append(Enumeration(hs, items[-1][1], (hs, he), count, span, tuple(items), family))
        k = max(k + 1, last)
    return out


def _items(facts: Facts, first: int, family: str) -> tuple[list[tuple[int, int]], int]:
    """The items of ``family`` from line ``first`` on, and the index of the first line after them."""
    kinds = facts.kinds
    n = len(kinds)
    items: list[list[int]] = []
    k = first
    depth = _DEPTH[family]
    while k < n:
        kind = kinds[k]
        if kind & LineKind.BLANK:
            # a blank line ends the list unless the next line goes on with the same family
            j = k + 1
            while j < n and kinds[j] & LineKind.BLANK:
                j += 1
            if j < n and not kinds[j] & _STOP and _mark(facts.line_text(j)) == family:
                k = j
                continue
            break
        if kind & _STOP:
            break
        line = facts.line_text(k)
        fam = _mark(line)
        s, e = facts.line_bounds(k)
        if fam == family:
            items.append([s + len(line) - len(line.lstrip()), e])
        elif fam is not None and _DEPTH[fam] <= depth:
            break  # an item of an outer list (or another list at the same depth): this one is over
        elif items:
            items[-1][1] = e  # a wrapped line or a deeper sub-item belongs to the current item
        k += 1
    return [(a, b) for a, b in items], k


def _announced(quantities, hs: int, he: int) -> tuple[int | None, tuple[int, int] | None]:
    """The count the announcing line names: its last counted figure ("03 nhiệm vụ"), not a year or a share."""
    best = None
    for q in quantities:
        if q.start >= he:
            break
        if q.start >= hs and not q.percent and q.of is None and q.unit and isinstance(q.value, int) \
                and 0 < q.value < 1000:
            best = q
    return (int(best.value), (best.start, best.end)) if best is not None else (None, None)
