"""Malformed numbers and symbols written anywhere in the text (VB401): "18/20202QĐ-UBND" (a digit typed for
the "/" of the year group), "255/2025-NĐ-CP" (a "-" for it). Read on the normalized text, so that a decomposed
(NFD) text gives the same mentions; offsets are original."""
from __future__ import annotations

import regex

from ..model import Facts, Mention

MALFORMED_RE = regex.compile(
    r"""(?<![\p{L}\d])
        (?P<all>(?P<num>\d{1,5})\s?/\s?(?P<bad>\d{3,}(?!\d*/)\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*))   # 18/20202QĐ-UBND
      | (?P<all2>\d{1,5}/\d{4}-\p{Lu}[\p{Lu}]*-\p{Lu}+)                                          # 255/2025-NĐ-CP
    """,
    regex.X,
)
# every malformed symbol has a digit right before a capital (or before "-" and a capital): find those first, a
# scan that starts only at capitals, instead of trying the full pattern at every digit of the text
_DIGIT_CAPITAL_RE = regex.compile(r"\p{Lu}(?<=\d-?\p{Lu})")


def malformed_symbols(facts: Facts) -> list[Mention]:
    text = facts.norm_text
    out: list[Mention] = []
    last_end = 0
    for a in _DIGIT_CAPITAL_RE.finditer(text):
        p = a.start()
        if p < last_end:
            continue
        for m in MALFORMED_RE.finditer(text, max(last_end, p - 60), p + 120):
            if m.start() <= p < m.end():
                last_end = m.end()
                s, e = facts.to_orig(m.start()), facts.to_orig_end(m.end())
                out.append(Mention("malformed_symbol", s, e, facts.text[s:e]))
                break
    return out
