"""Line layout: what each line of the original text looks like before any parsing (blank, title in capitals,
table row, table rule, page furniture).

This is the first fact the parser and the rules share: a table row's "III.1" or "2" is a cell, not a heading;
a title line in capitals is not a sentence and its words are not place names. It reads only the original text
(one ``str.split`` and a few character tests per line), so every stage can ask for it.
"""
from __future__ import annotations

from ..model import LineKind
from ..util import is_upper_line, line_starts, split_lines

#: characters of Markdown emphasis and headings that do not change what a line is
_MARKUP = "*#_`> "
_RULE_CHARS = frozenset("|-:= \t+")


def _cells(line: str) -> int:
    """How many non-empty cells a line has when it is split as a table row (0: not a table row)."""
    s = line.strip()
    if s.count("|") >= 2 and (s.startswith("|") or s.endswith("|") or s.count("|") >= 3):
        return sum(1 for c in s.strip("|").split("|") if c.strip()) or 1
    if "\t" in s:
        n = sum(1 for c in s.split("\t") if c.strip())
        return n if n >= 2 else 0
    return 0


#: how page furniture can begin: a dash around a page number, the number itself, or "Trang"
_FURNITURE_FIRST = frozenset("-–—tT")


def _furniture(s: str) -> bool:
    """A page number or a bare "Trang N" line."""
    t = s.strip("-–— ").strip()
    if not t:
        return False
    if t.isdecimal() and len(t) <= 3 and s.startswith(("-", "–", "—")):
        return True
    low = t.lower()
    if low.startswith("trang "):
        rest = low[6:].replace("/", "").replace(" ", "")
        return rest.isdecimal() and len(rest) <= 6
    return False


def line_kinds(text: str) -> tuple[list[int], list[int]]:
    """(line starts, kinds) of every line of ``text`` (the original text, split at ``\\n``)."""
    starts = line_starts(text)
    kinds: list[int] = []
    blank, title, table, rule, furn, none = (LineKind.BLANK, LineKind.TITLE, LineKind.TABLE, LineKind.RULE,
                                              LineKind.FURNITURE, LineKind.TEXT)
    for raw in split_lines(text):
        s = raw.strip()
        if not s or not s.strip(_MARKUP):
            kinds.append(blank)
            continue
        k = none
        if ("|" in s or "\t" in s) and _cells(s):
            k = table
            if _RULE_CHARS.issuperset(s) and "-" in s:
                k = table | rule
        elif (s[0] in _FURNITURE_FIRST or s[0].isdecimal()) and _furniture(s):
            kinds.append(furn)
            continue
        if len(s) < 400 and is_upper_line(s.strip(_MARKUP)):
            k |= title
        kinds.append(k)
    return starts, kinds
