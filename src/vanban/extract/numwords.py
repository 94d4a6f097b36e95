"""Spelled-out Vietnamese numbers ("hai mươi", "mười lăm", "một trăm linh năm") — our own converter."""
from __future__ import annotations

import re

import regex

_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
           "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_WORDS = sorted(set(_DIGITS) | {"mười", "mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ", "triệu"}, key=len, reverse=True)
_W = "|".join(_WORDS)
_WORD_SET = frozenset(_WORDS)
# at least two number words, or "mười" alone, followed by a counted noun. Searched from the noun backwards:
# the nouns are rare literals (fast to find), the number words before them are read with a reverse pattern.
_UNIT_ALT = r"cá[ \t]+nhân|tập[ \t]+thể|hộ|người|đơn[ \t]+vị|xã|thôn"
# on the lower-cased text; the space before the noun is part of the match (cheaper than a look-behind)
UNIT_NOUN_RE = re.compile(rf"[ \t](?P<noun>{_UNIT_ALT})(?![^\W\d_])")
WORDS_BEFORE_RE = regex.compile(rf"(?r)(?<![\p{{L}}])(?P<words>(?:{_W})(?:[ \t]+(?:{_W}))+|mười)[ \t]+\Z", regex.IGNORECASE)


def find_spelled(text: str):
    """Yield (start, end, words, unit) for spelled-out counts followed by a counted noun."""
    low = text.lower()
    if len(low) != len(text):  # pragma: no cover - exotic case mappings
        low = text
    for um in UNIT_NOUN_RE.finditer(low):
        ns = um.start("noun")
        prev = text[max(0, ns - 12):ns].split()
        if not prev or prev[-1].lower() not in _WORD_SET:
            continue  # cheap test first: the word before the noun must be a number word
        wm = WORDS_BEFORE_RE.search(text, max(0, ns - 60), ns)
        if wm:
            yield wm.start(), um.end(), wm.group("words"), text[ns:um.end()]


def words_to_int(s: str) -> int | None:
    """Convert spelled-out Vietnamese to an int; None when it is not a well-formed number."""
    toks = s.lower().split()
    if not toks:
        return None
    total = 0
    current = 0  # value below the current thousand group
    last = None
    for t in toks:
        if t in ("nghìn", "ngàn", "triệu"):
            mult = 1000 if t != "triệu" else 1_000_000
            total += (current or 1) * mult
            current = 0
        elif t == "trăm":
            tens_units = current % 100
            hundreds = current // 100
            current = hundreds * 100 + (tens_units or 1) * 100 if tens_units else (current or 1) * 100
        elif t == "mười":
            current += 10
        elif t == "mươi":
            if last is None or last not in _DIGITS:
                return None
            current += _DIGITS[last] * 10 - _DIGITS[last]
        elif t in ("linh", "lẻ"):
            pass
        elif t in _DIGITS:
            if t in ("lăm", "nhăm") and last not in ("mười", "mươi"):
                return None
            if t == "mốt" and last != "mươi":
                return None
            if t == "năm" and last in ("mười", "mươi"):
                pass
            current += _DIGITS[t]
        else:
            return None
        last = t
    return total + current
