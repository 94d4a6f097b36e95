"""Comparison phrases: a figure or year compared with an earlier period ("so với năm 2023", "cùng kỳ năm
2023", "so với cùng kỳ năm trước", "bằng 105 % năm trước"). A year inside one is not the document's period
speaking (VB103); a number after one is a comparison value, not a total."""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon
from ..model import Facts, Mention

#: what may follow a comparison word, matched right after it: "(cùng kỳ) năm (trước)", then a year
_TAIL = regex.compile(
    r"""(?: [ \t\n]+ (?:cùng[ \t\n]+kỳ[ \t\n]+)? (?:năm|kỳ|quý|tháng|giai[ \t\n]+đoạn)   # … (cùng kỳ) năm
            (?: [ \t\n]+ (?:trước|ngoái|liền[ \t\n]+kề) (?!\p{L}) )? )?                  # … trước
        (?: [ \t\n]* (?P<year>(?:19|20)\d\d)(?!\d) )?                                    # … 2023
    """,
    regex.X,
)


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """The comparison words of the lexicon, longest first, in lower case with single spaces."""
    return tuple(sorted((" ".join(h.lower().split()) for h in lexicon.load("context")["comparison_heads"]),
                        key=len, reverse=True))


def comparisons(facts: Facts) -> list[Mention]:
    """Every comparison phrase, found by looking each comparison word up in the lower-cased normalized text
    (a handful of ``str.find`` passes) and reading what follows it with one anchored match; where two overlap
    ("so với cùng kỳ năm trước"), the one that starts first and runs longest is kept."""
    low = facts.lower
    n = len(low)
    cands: list[tuple[int, int, int | None]] = []
    for head in _heads():
        i = low.find(head)
        while i >= 0:
            j = i + len(head)
            if (i == 0 or not low[i - 1].isalpha()) and (j >= n or not low[j].isalpha()):
                m = _TAIL.match(low, j)
                y = m.group("year") if m else None
                cands.append((i, m.end() if m else j, int(y) if y else None))
            i = low.find(head, j)
    cands.sort(key=lambda c: (c[0], -c[1]))
    out: list[Mention] = []
    text = facts.text
    reach = -1
    for i, j, year in cands:
        if i < reach:
            continue
        reach = j
        s, e = facts.norm_span(i, j)
        out.append(Mention("comparison", s, e, text[s:e], year))
    return out
