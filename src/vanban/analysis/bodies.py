"""Issuing-body mentions: the bodies a text names as acting, issuing or granting — "UBND tỉnh", "Ủy ban nhân dân
xã Tân Hưng", "Sở Nội vụ", "Bộ Tài chính", "Thủ tướng Chính phủ", "Huyện ủy", and a bare level where it stands
for its body ("kế hoạch của huyện", "cấp tỉnh") — each with its level (central, province, city, district,
commune; None when the text does not say, as in a bare "UBND").

Built like the comparison phrases: each head word of ``lexicon/data/bodies.json`` is looked up in the lower-cased
normalized text with ``str.find``; the level word and a proper name after it are read with one anchored match.
A rule asks "which bodies does this sentence name, at which level?" instead of guessing with its own pattern.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon
from ..model import Facts, Mention

#: a place's name after a level word: capitalised words ("Tân Hưng", "Bà Rịa - Vũng Tàu", "Phường 3")
_PLACE = regex.compile(r"(?:[ \t]+[\p{Lu}\d][\p{L}\d]*(?:[ \t]*-[ \t]*[\p{Lu}][\p{L}]*)?){1,4}")
#: the name of a ministry or department: parts of a capitalised word and at most one more word ("Nội vụ",
#: "Tài chính"), side by side or joined by "và" or "-" ("Công Thương", "Chỉ huy Quân sự", "Giáo dục và Đào
#: tạo"); a part that starts another body ends it
_HEAD_WORDS = r"(?:Sở|Bộ|UBND|HĐND|Ủy|Uỷ|Hội|Đảng|Ban|Thủ|Chính|Tỉnh|Huyện)(?![\p{L}])"
_PART = rf"(?!{_HEAD_WORDS})\p{{Lu}}\p{{L}}*(?:[ \t]+\p{{Lu}}\p{{L}}*|[ \t]+(?!và(?![\p{{L}}]))\p{{Ll}}+)?"
_NAME = regex.compile(rf"[ \t]+{_PART}(?:(?:[ \t]+và[ \t]+|[ \t]*-[ \t]*|[ \t]+){_PART})*")
#: a head glued to a number or a symbol is part of it ("12/KH-UBND", "UBND1")
_GLUE = "-/_"


@lru_cache(maxsize=1)
def _heads() -> tuple[list[tuple[str, str, str | None]], regex.Pattern, dict[str, str]]:
    """((head in lower case, how it is read, its own level), the level-word matcher, level word → level).

    How a head is read: ``fixed`` (the head is the whole name), ``named`` (a capitalised name must follow:
    "Sở Nội vụ", not "sở hữu"), ``local`` (a level word and a name may follow), ``bare`` (a level word must
    follow, and the mention is that word)."""
    d = lexicon.load("bodies")
    heads: list[tuple[str, str, str | None]] = []
    heads += [(" ".join(k.lower().split()), "fixed", v) for k, v in d["fixed"].items()]
    heads += [(k.lower(), "named", v) for k, v in d["named"].items()]
    heads += [(" ".join(k.lower().split()), "local", None) for k in d["local"]]
    heads += [(k, "bare", None) for k in d["bare"]]
    levels = {" ".join(k.split()): v for k, v in d["levels"].items()}
    heads += [(k, "level", v) for k, v in levels.items()]
    heads.sort(key=lambda h: len(h[0]), reverse=True)
    words = "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(levels, key=len, reverse=True))
    level_re = regex.compile(rf"[ \t]+(?P<w>{words})(?![\p{{L}}\d])")
    return heads, level_re, levels


def bodies(facts: Facts) -> list[Mention]:
    """Every issuing-body mention (kind ``body``) and every level word standing on its own (kind ``level``:
    "trên địa bàn tỉnh", the "tỉnh" of "Ban Chỉ đạo các chương trình … tỉnh") in text order; ``value`` is the
    level (or None), ``text`` the words as written. Where two overlap ("Thủ tướng Chính phủ" and "Chính
    phủ"), the one that starts first and runs longest is kept."""
    heads, level_re, levels = _heads()
    low, norm = facts.lower, facts.norm_text
    n = len(low)
    cands: list[tuple[int, int, str | None, str]] = []
    for head, how, own in heads:
        i = low.find(head)
        while i >= 0:
            j = i + len(head)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] in _GLUE)) and (
                    j >= n or not (low[j].isalnum() or low[j] in _GLUE)):
                found = _read(norm, low, i, j, how, own, level_re, levels)
                if found is not None:
                    cands.append((*found, "level" if how == "level" else "body"))
            i = low.find(head, j)
    # where two overlap, the one that starts first and runs longest; at one span a body before a level word
    cands.sort(key=lambda c: (c[0], -c[1], c[3] == "level"))
    out: list[Mention] = []
    reach = -1
    text = facts.text
    for i, j, level, kind in cands:
        if i < reach:
            continue
        reach = j
        s, e = facts.norm_span(i, j)
        out.append(Mention(kind, s, e, text[s:e], value=level))
    return out


def _read(norm: str, low: str, i: int, j: int, how: str, own: str | None, level_re: regex.Pattern,
          levels: dict[str, str]) -> tuple[int, int, str | None] | None:
    """(start, end, level) of the body whose head stands at ``norm[i:j]``, or None when it is no body there."""
    if how == "level":
        return i, j, own  # a level word on its own: "trên địa bàn tỉnh", "Ban Chỉ đạo … tỉnh"
    if how == "fixed":
        return (i, j, own) if norm[i].isupper() else None  # "trung ương" in "trực thuộc trung ương" is a level
    if how == "named":
        if not norm[i].isupper():
            return None
        m = _NAME.match(norm, j)
        if m is None:
            return None
        lv = level_re.match(low, m.end())  # "Bộ Chỉ huy Quân sự tỉnh": a body of the province, not a ministry
        if lv is None:
            return i, m.end(), own
        place = _PLACE.match(norm, lv.end())
        return i, place.end() if place else lv.end(), levels[" ".join(lv.group("w").split())]
    lv = level_re.match(low, j)
    if how == "bare":
        if lv is None:
            return None
        return lv.start("w"), lv.end("w"), levels[" ".join(lv.group("w").split())]
    if lv is None:
        return i, j, None  # "UBND", "Đảng ủy" without a level word
    end = lv.end()
    m = _PLACE.match(norm, end)
    if m is not None:
        end = m.end()
    return i, end, levels[" ".join(lv.group("w").split())]
