"""Comparison phrases: a figure or year compared with an earlier period ("so với năm 2023", "cùng kỳ năm
2023", "so với cùng kỳ năm trước", "bằng 105 % năm trước"). A year inside one is not the document's period
speaking (VB103); a number after one is a comparison value, not a total."""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon
from ..model import Facts, Mention


@lru_cache(maxsize=1)
def _comparison_re() -> regex.Pattern:
    heads = sorted(lexicon.load("context")["comparison_heads"], key=len, reverse=True)
    alt = "|".join(regex.escape(h).replace(r"\ ", r"[ \t\n]+") for h in heads)
    return regex.compile(
        rf"""(?<![\p{{L}}])(?i:{alt})(?![\p{{L}}])
             (?: [ \t\n]+ (?i:cùng[ \t\n]+kỳ[ \t\n]+)? (?i:năm|kỳ|quý|tháng|giai[ \t\n]+đoạn)        # … (cùng kỳ) năm
                 (?: [ \t\n]+ (?i:trước|ngoái|liền[ \t\n]+kề) (?![\p{{L}}]) )? )?                # … trước
             (?: [ \t\n]* (?P<year>(?:19|20)\d\d)(?!\d) )?                                    # … 2023
        """,
        regex.X,
    )


def comparisons(facts: Facts) -> list[Mention]:
    out: list[Mention] = []
    to_o, to_oe = facts.to_orig, facts.to_orig_end
    text = facts.text
    for m in _comparison_re().finditer(facts.norm_text):
        s, e = to_o(m.start()), to_oe(m.end())
        y = m.group("year")
        out.append(Mention("comparison", s, e, text[s:e], int(y) if y else None))
    return out
