"""Sentences (and the clause-ending stretches of lists) with their spans.

A line break is not a sentence end when the line was only wrapped (a PDF or Markdown hard wrap: the line goes
on without final punctuation and the next starts in lower case); it is one after final punctuation, before a
heading, list item, bullet, table row, title or blank line, and after a title or table row. Inside a line a
sentence ends at ``.``, ``!``, ``?`` before white space and a capital, a digit or a list mark, at ``;`` (a
clause), and at ``:`` before a line break.

Measured against underthesea's ``sent_tokenize`` on the real corpus (docs/analysis.md): ours keeps wrapped
lines together and list items apart, which that splitter (made for running prose) does not. It reads the
original text: one pass of the end pattern, then one walk over the lines.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from ..model import Facts, LineKind

#: a sentence end inside a line: final punctuation, then white space and something that can start a sentence
_END = regex.compile(r"""[.!?]+["')\]]*(?=[ \t]+[\p{Lu}\d"'(\-+•–])|;(?=[ \t])|[.;!?:]["')\]]*[ \t\r]*$""", regex.M)
_BREAKS_BEFORE = (LineKind.BLANK | LineKind.HEADING | LineKind.LIST_ITEM | LineKind.BULLET | LineKind.TABLE
                  | LineKind.TITLE | LineKind.FURNITURE)
_BREAKS_AFTER = LineKind.TABLE | LineKind.TITLE | LineKind.HEADING | LineKind.FURNITURE | LineKind.BLANK
#: a period after these is no sentence end ("TP. Hà Nội", "ThS. Nguyễn …", "1. Kinh tế", "II. KẾT QUẢ")
_ABBREV = frozenset({"tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "cn", "ông", "bà", "đ/c", "st", "v/v",
                     "q", "p", "h", "x", "k/t", "tm", "tl", "tuq"})
_LABEL = regex.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|\p{L})")
_ITEM_START = regex.compile(r"[ \t]*(?:[-+•–*][ \t]|\d{1,3}(?:\.\d{1,3})*[.)][ \t]|\p{Ll}\)[ \t])")


def sentences(facts: Facts) -> list[tuple[int, int]]:
    """(start, end) of every sentence of the original text, in order, blanks excluded."""
    text = facts.text
    kinds = facts.kinds
    starts = facts.line_starts
    n = len(starts)
    # every end inside a line, in one pass over the text (a period closing a label or abbreviation is none)
    ends = [m.end() for m in _END.finditer(text)
            if text[m.start()] != "." or not _not_an_end(text, starts[bisect_right(starts, m.start()) - 1], m.start())]
    ei = 0
    out: list[tuple[int, int]] = []
    cur = -1  # start of the open sentence, -1 when none
    last_end = 0
    for k in range(n):
        kind = kinds[k]
        ls = starts[k]
        le = starts[k + 1] - 1 if k + 1 < n else len(text)
        if kind & LineKind.BLANK:
            if cur >= 0:
                out.append((cur, last_end))
                cur = -1
            while ei < len(ends) and ends[ei] <= le:
                ei += 1
            continue
        if cur >= 0 and (kind & _BREAKS_BEFORE or _ITEM_START.match(text, ls, le)):
            out.append((cur, last_end))
            cur = -1
        if cur < 0:
            cur = ls
            while cur < le and text[cur] in " \t":
                cur += 1
        while ei < len(ends) and ends[ei] <= le:
            e = ends[ei]
            ei += 1
            if e <= cur:
                continue
            out.append((cur, e))
            cur = e
            while cur < le and text[cur] in " \t":
                cur += 1
        stripped_end = le
        while stripped_end > ls and text[stripped_end - 1] in " \t\r":
            stripped_end -= 1
        if cur >= stripped_end:
            cur = -1
        else:
            last_end = stripped_end
            if kind & _BREAKS_AFTER and not (kind & LineKind.HEADING and _wrapped(text, stripped_end, k, n, starts)):
                out.append((cur, last_end))
                cur = -1
    if cur >= 0:
        out.append((cur, last_end))
    return [(a, b) for a, b in out if b > a]


def _wrapped(text: str, line_end: int, k: int, n: int, starts: list[int]) -> bool:
    """Does a heading line go on in the next one (no final punctuation, the next line starts in lower case)?"""
    if k + 1 >= n or text[line_end - 1] in ".:;!?)":
        return False
    nxt = text[starts[k + 1]:starts[k + 1] + 2].lstrip()
    return bool(nxt) and nxt[0].islower()


def _not_an_end(text: str, line_start: int, dot: int) -> bool:
    """A period that closes a label at the start of its line or an abbreviation, not a sentence. Looks back at
    most over one short word (bounded: a long line costs no more per period than a short one)."""
    w = dot
    floor = max(line_start, dot - 16)
    while w > floor and not text[w - 1].isspace():
        w -= 1
    if w == floor and w > line_start and not text[w - 1].isspace():
        return False  # a word longer than any label or abbreviation
    word = text[w:dot]
    if w - line_start < 16 and not text[line_start:w].strip() and _LABEL.fullmatch(word):
        return True
    return word.lower() in _ABBREV


def sentence_starts(facts: Facts) -> list[int]:
    return [a for a, _ in facts.sentences]
