"""Normalization with a map back to the original text.

The parser matches on a normalized copy of the text — NFC, one kind of space, one kind of dash and quote,
no zero-width characters or soft hyphens, no Markdown emphasis or converter bullets, no CR, table pipes
turned into line breaks, runs of spaces folded, and the two tone-mark placements (hoà/hòa, thuỷ/thủy) made
equal — while every offset reported to users is mapped back into the text the user gave.

The map is piecewise: only the places that changed are recorded, so a clean text costs almost nothing and
the lookup is a binary search.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import sub

import regex

# --- tone placement: "oà" -> "òa", "uỷ" -> "ủy", "oẻ" -> "ỏe" at the end of a syllable ------------------
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def _build_tone_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new_style = f + unicodedata.normalize("NFC", s + tone)
                old_style = unicodedata.normalize("NFC", f + tone) + s
                out[new_style] = old_style
    return out


TONE_MAP = _build_tone_map()

_SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_ONE_TO_ONE = str.maketrans(
    {
        **{c: " " for c in _SPACE_CHARS},
        **{c: "-" for c in _DASHES},
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
        "\u00d0": "Đ", "\u00f0": "đ", "\f": "\n",  # Ð (Icelandic eth) for Đ; "…" and đ/Đ are already themselves
    }
)

# every swap is one character for one, and no result is itself swapped: the order of the replaces is free
_ONE_PAIRS = tuple((chr(k), v) for k, v in _ONE_TO_ONE.items())

_TONED = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
# One pass finds every place that needs more than a 1:1 character swap. The leading look-ahead is a single
# character class, so the alternatives are only tried where they can match (about 0.5 ms on a 23 KB report).
_EDIT_BODY = (
    # four or more line breaks (or table pipes, which become line breaks) with only blanks between them:
    # two blank lines say all that a longer gap says, and a million empty lines must not cost a million lines
    # (four breaks, then the rest of the run of blanks and breaks in one step back to its last break: the
    # repeated group cost 0.4 s on a megabyte of empty lines, the character class 1 ms)
    # (a CRLF is one break, never a CR and an LF: "\r(?!\n)"; no possessive quantifiers, which `re` lacks
    # before Python 3.11)
    r"(?P<gap>(?:\r\n|\r(?!\n)|[\n|])(?:[ \t]*(?:\r\n|\r(?!\n)|[\n|])){3}[\r\n| \t]*(?<=[\r\n|]))"
    r"|(?P<crlf>\r\n?)"
    r"|(?P<zw>[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<tone>(?<![qQ])[oOuU][" + _TONED + r"](?![^\W\d_]))"
    r"|(?P<pipe>\|)"
    r"|(?P<stars>\\?\*+(?:\\\*)*)"
    # Markdown bold with underscores ("__Nơi nhận__:"), never a fill-in blank "______"
    r"|(?P<under>(?<!\w)__(?=[^\s_])|(?<=[^\s_])__(?!\w))"
    r"|(?P<hash>(?m:^)\#{1,6}[ \t]+)"
)
#: the characters an edit can start with (every alternative of _EDIT_BODY starts with one of them)
_EDIT_FIRST = r"[\n\r\u200b\u200c\u200d\u2060\ufeff\u00ad|*#\\oOuU_]"
_EDIT = re.compile(r"(?=" + _EDIT_FIRST + r")(?:" + _EDIT_BODY + ")")
# Used only when the input is not already NFC (decomposed tone marks from some converters).
# The same look-ahead, widened to a character followed by a combining mark (a megabyte of decomposed text took
# 0.43 s without it, each position trying every alternative; 0.22 s with it).
_EDIT_NFC = regex.compile(r"(?=" + _EDIT_FIRST + r"|\P{M}\p{M})(?:(?P<comb>\P{M}\p{M}+)|" + _EDIT_BODY + ")")

_STAR_LINE = regex.compile(r"[ \t]*\*[ \t]*")


class Normalized:
    """A normalized view of ``original`` with offset mapping back to it."""

    __slots__ = ("original", "text", "_n", "_o", "_verb", "_nend", "_oend", "_identity")

    def __init__(self, original: str):
        self.original = original
        text = original
        # the edits, in text order: original start, end, replacement
        e_starts: list[int] = []
        e_ends: list[int] = []
        reps: list[str] = []
        nfc = unicodedata.normalize
        pattern = _EDIT if unicodedata.is_normalized("NFC", text) else _EDIT_NFC
        # the line of the last star run and whether it is only "*": found once per line, so that a long line
        # with many stars ("a * b * c …") is not searched to its ends from every star (3.2 MB took 60 s)
        star_le = -1
        star_line = False
        for m in pattern.finditer(text):
            kind = m.lastgroup
            if kind == "comb":  # the most frequent edit of a decomposed text: first, and nothing else to check
                g = m.group()
                e_starts.append(m.start())
                e_ends.append(m.end())
                reps.append(nfc("NFC", g))
                continue
            s, e = m.span()
            if kind == "stars":
                # a line that is only "*" is the Party header asterisk: keep it
                if s > star_le:
                    ls = text.rfind("\n", max(star_le, 0), s) + 1 if star_le >= 0 else text.rfind("\n", 0, s) + 1
                    star_le = text.find("\n", e)
                    star_le = len(text) if star_le < 0 else star_le
                    star_line = _STAR_LINE.fullmatch(text, ls, star_le) is not None
                if star_line:
                    continue
            g = m.group()
            if kind == "tone" and g not in TONE_MAP:
                continue  # "UÀ", "oà" inside a longer syllable: nothing to change
            if kind == "crlf" or kind == "pipe":
                rep = "\n"
            elif kind == "gap":
                rep = "\n\n\n"
            elif kind == "tone":
                rep = TONE_MAP[g]
            else:  # zw, stars, under, hash
                rep = ""
            e_starts.append(s)
            e_ends.append(e)
            reps.append(rep)
        # The pieces of the map, in order: before each edit the verbatim text since the previous one (left out
        # when empty), then the edit; after the last, the rest of the text (kept even when empty in an empty
        # text). Built with C-level map/zip/accumulate: a decomposed text has an edit every few characters
        # (136 000 in a megabyte), and a Python call per piece cost most of its parse.
        prev = [0, *e_ends]
        o_starts = list(chain.from_iterable(zip(prev, e_starts, strict=False)))  # prev has one more: the last end
        o_ends = list(chain.from_iterable(zip(e_starts, e_ends, strict=True)))
        lengths = list(chain.from_iterable(zip(map(sub, e_starts, prev), map(len, reps), strict=True)))
        verbatim = [True, False] * len(reps)
        pieces = list(chain.from_iterable(zip(map(text.__getitem__, map(slice, prev, e_starts)), reps, strict=True)))
        last = prev[-1]
        if last < len(text) or not reps:
            o_starts.append(last)
            o_ends.append(len(text))
            lengths.append(len(text) - last)
            verbatim.append(True)
            pieces.append(text[last:])
        if 0 in lengths[0::2]:  # drop the empty verbatim pieces (the last one only in a text with no edit)
            keep = [ln > 0 or not vb for ln, vb in zip(lengths, verbatim, strict=True)]
            if not any(keep):
                keep[-1] = True
            o_starts = list(compress(o_starts, keep))
            o_ends = list(compress(o_ends, keep))
            lengths = list(compress(lengths, keep))
            verbatim = list(compress(verbatim, keep))
        n_ends = list(accumulate(lengths))
        n_starts = list(map(sub, n_ends, lengths))
        joined = "".join(pieces)
        # one str.replace per character that occurs (each a C-level scan): str.translate looks every character
        # up in a dict, and a substitution with a callback calls Python once per quote mark or dash (1 MB of
        # quotes: 0.26 s; the replaces: 5 ms; the seed: 0.39 -> 0.15 ms)
        for c, r in _ONE_PAIRS:
            if c in joined:
                joined = joined.replace(c, r)
        self.text = unreadable_digits(joined)
        self._n = n_starts
        self._o = o_starts
        self._verb = verbatim
        self._nend = n_ends
        self._oend = o_ends
        #: nothing was edited: offsets are the same in both texts (most plain-text inputs)
        self._identity = self.text is original or self.text == original

    def to_orig(self, i: int) -> int:
        """Map a start offset in the normalized text to the original text."""
        if self._identity:
            return min(max(i, 0), len(self.original))
        k = bisect_right(self._n, i) - 1
        if k < 0:
            return 0
        if i >= self._nend[k]:
            # past the end of a (possibly empty) segment: the next one starts here
            if k + 1 < len(self._n):
                return self._o[k + 1]
            return self._oend[k]
        if self._verb[k]:
            return self._o[k] + (i - self._n[k])
        return self._o[k]

    def to_orig_end(self, i: int) -> int:
        """Map an end offset (exclusive) in the normalized text to the original text."""
        if i <= 0:
            return 0
        if self._identity:
            return min(i, len(self.original))
        k = bisect_right(self._n, i - 1) - 1
        # skip empty segments that sit exactly at i-1
        while k > 0 and self._n[k] == self._nend[k]:
            k -= 1
        if self._verb[k]:
            return self._o[k] + (i - self._n[k])
        return self._oend[k]

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Map a normalized (start, end) pair to the original, trimming surrounding white space."""
        os_, oe = self.to_orig(s), self.to_orig_end(e)
        if oe < os_:
            oe = os_
        orig = self.original
        while os_ < oe and orig[os_].isspace():
            os_ += 1
        while oe > os_ and orig[oe - 1].isspace():
            oe -= 1
        return os_, oe


# Digits the `regex` module reads as digits (its Unicode tables are newer than Python's) but Python's int()
# refuses: U+11DE0 and a hundred others. A pattern's \d would hand them to int() (a crash found by the fuzz run:
# "năm \U00011de0015"); the normalized view and the facts' view of the text carry U+FFFD in their place, one
# for one, so no pattern reads them as a number. Other scripts' digits that Python reads ("١٢٣") stay.
_OTHER_DIGITS = regex.compile(r"(?V1)[\p{Nd}--[0-9]]")


def unreadable_digits(text: str) -> str:
    """``text`` with every digit that Python's ``int()`` cannot read replaced by U+FFFD (same length, same
    offsets); ``text`` itself when it has none."""
    bad = {c for c in (m.group() for m in _OTHER_DIGITS.finditer(text)) if unicodedata.decimal(c, None) is None}
    if not bad:
        return text
    return text.translate({ord(c): "\ufffd" for c in bad})


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Fold a string for lexicon matching: normalized view, lower case, single spaces."""
    t = Normalized(s).text.lower()
    return " ".join(t.split())


def strip_diacritics(s: str) -> str:
    """Remove Vietnamese diacritics (đ -> d) for loose matching."""
    d = unicodedata.normalize("NFD", s)
    d = "".join(c for c in d if unicodedata.category(c) != "Mn")
    return d.replace("đ", "d").replace("Đ", "D")


# The normalized view of the text parsed last, so that linting right after parsing does not build it again
# (keyed by the identity of the text object; a process parses and lints one document at a time).
_LAST: list = [None]


def remember_normalized(n: Normalized) -> None:
    _LAST[0] = n


def normalized_for(text: str) -> Normalized:
    """The normalized view of ``text``: the one built while parsing it when still at hand, else a new one."""
    n = _LAST[0]
    if n is not None and n.original is text:
        return n
    return Normalized(text)
