"""Small shared helpers: date validation, Roman numerals, Vietnamese letter order, case tests."""
from __future__ import annotations

import calendar
import gc
import os
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import accumulate
from operator import ne

import regex

from .normalize import fold  # noqa: F401  (the one folding helper: rules import it from here)

_UPPER_RE = regex.compile(r"\p{Lu}")
_LOWER_RE = regex.compile(r"\p{Ll}")

#: điểm letters in Vietnamese alphabetical order (no f, j, w, z; đ after d) — NĐ 30 Phụ lục I.
VI_LETTERS = "abcdđeghiklmnopqrstuvxy"
LETTER_INDEX = {c: i + 1 for i, c in enumerate(VI_LETTERS)}
#: Word's lowerLetter numbering does not know đ; documents typed from Word use this order.
LATIN_LETTER_INDEX = {c: i + 1 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> int | None:
    """Value of a well-formed Roman numeral (I..CXCIX), else None."""
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    prev = 0
    for c in reversed(s):
        v = _ROMAN[c]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total if int_to_roman(total) == s else None


def int_to_roman(n: int) -> str:
    out = []
    for v, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


ORDINALS = {"một": 1, "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def check_date(day: int, month: int, year: int) -> tuple[str | None, str | None]:
    """ISO date and None, or None and the reason (Vietnamese-neutral code words) the date is impossible."""
    if not 1 <= month <= 12:
        return None, f"month {month} does not exist"
    if year < 1900 or year > 2200:
        return None, f"year {year} is out of range"
    if day < 1:
        return None, f"day {day} does not exist"
    last = calendar.monthrange(year, month)[1]
    if day > last:
        if month == 2 and day == 29:
            return None, f"29/02: {year} is not a leap year"
        if day <= 31:
            return None, f"month {month} has only {last} days"
        return None, f"day {day} does not exist"
    return f"{year:04d}-{month:02d}-{day:02d}", None


def is_upper_line(s: str, threshold: float = 0.85) -> bool:
    """True when (almost) all letters of ``s`` are upper case and there are at least 2 letters.

    Only the first 160 characters are looked at: a title is short, and a long paragraph is decided by its start.
    Letters are counted by comparing the text with its lower- and upper-cased forms (C-level passes).
    """
    s = s[:160]
    lower = s.lower()
    if lower == s:
        return False
    upper = s.upper()
    if upper == s:
        return sum(map(str.isalpha, s)) >= 2
    if len(lower) != len(s) or len(upper) != len(s):  # a letter whose case changes its length ("ß"): count slowly
        low = len(_LOWER_RE.findall(s))
        up = len(_UPPER_RE.findall(s))
    else:
        # a line with too many lower-case letters in its first 48 characters cannot reach the threshold
        # whatever follows (a sentence, most lines): decided without counting the whole line (9 µs a line
        # counted twice, 2 µs)
        n = len(s)
        low = sum(map(ne, s[:48], upper[:48]))  # characters that upper() changes are lower-case letters
        # (the bound holds when no character counts as both: the four title-case digraphs ǅ ǈ ǋ ǲ do)
        # (four C-level searches: a set built from the line cost more than the counting it saves)
        if low * threshold > (n - low) * (1 - threshold) + 1e-9 \
                and "ǅ" not in s and "ǈ" not in s and "ǋ" not in s and "ǲ" not in s:
            return False
        if n > 48:
            low += sum(map(ne, s[48:], upper[48:]))
        up = sum(map(ne, s, lower))   # and those that lower() changes are upper-case ones
    if up + low < 2:
        return False
    return up / (up + low) >= threshold


_PLUS_ONE = (1).__add__


_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


def _lone_cr(text: str) -> bool:
    """Does the text break lines with a carriage return alone (old Mac files), not only CRLF or LF?"""
    return "\r" in text and text.count("\r") != text.count("\r\n")


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line of ``text`` (``[0, …]``; built in C-level passes). A line
    ends at LF, CRLF or a lone CR, as an editor shows it."""
    if _lone_cr(text):
        return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    starts = [0]
    starts.extend(accumulate(map(_PLUS_ONE, map(len, text.split("\n")))))
    starts.pop()
    return starts


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as :func:`line_starts` counts them (a CRLF line keeps its CR)."""
    if _lone_cr(text):
        return _LINE_BREAK.split(text)
    return text.split("\n")


class Cover:
    """Is a position inside any of a set of [start, end) intervals? O(log n) per question."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, intervals: list[tuple[int, int]]):
        intervals = sorted(intervals)
        self._starts = [a for a, _ in intervals]
        reach, hi = [], -1
        for _, b in intervals:
            hi = max(hi, b)
            reach.append(hi)
        self._reach = reach

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def __bool__(self) -> bool:
        return bool(self._starts)


def format_doc_number(number: str | None, year: int | None, symbol: str | None, system: str) -> str | None:
    """A document's number and symbol as NĐ 30/2020 and HD 36 write them: "05/QĐ-UBND" (state), "46-QĐ/ĐU"
    (Party: number, "-", then the symbol), "98/2023/NĐ-CP" (a legal document with its year group). None without
    a number or a symbol."""
    if not number or not symbol:
        return None
    if system == "party":
        return f"{number}-{symbol}"
    return f"{number}/{year}/{symbol}" if year else f"{number}/{symbol}"


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one document's parse or lint, then restore it as it was.

    A document of ten thousand figures holds tens of thousands of objects that live until the end, and each
    generation-2 collection walked all of them again: half of the lint of a megabyte of figures (1.0 s with the
    collector, 0.5 s without). The objects of one document hold almost no reference cycles, and every limit
    bounds what one document allocates, so nothing accumulates; reference counting frees as usual, and the
    collector runs again as soon as the document is done. A collector the caller had disabled stays disabled."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# --- names and messages shown on one line of a report ----------------------------------------------------------
def shown_path(path) -> str:
    """A path as it can be shown on one line of any report: bytes that are not UTF-8 (kept by the file system
    as lone surrogates) become ``\xff`` escapes and control characters (a newline in a file name) become
    ``\n``-style escapes, so a name can neither crash a UTF-8 writer nor forge a line."""
    s = os.fspath(path) if not isinstance(path, str) else path
    if isinstance(s, bytes):
        s = os.fsdecode(s)
    if s.isprintable() and not any("\ud800" <= c <= "\udfff" for c in s):
        return s
    out = []
    for c in s:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:  # an undecodable byte (surrogateescape)
            out.append(f"\\x{o - 0xDC00:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F or 0x80 <= o < 0xA0 or c in "\u2028\u2029\u0085":
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)


def safe_text(s: str) -> str:
    """``s`` with lone surrogates (undecodable bytes of a file name inside a message) escaped."""
    if not any("\ud800" <= c <= "\udfff" for c in s):
        return s
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else
                   (f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c) for c in s)
