"""Line index over the normalized text, and the context shared by every stage of the pipeline."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Span
from ..normalize import Normalized


class Line:
    """One line of the normalized text. ``s``/``e`` are the normalized offsets of its stripped content."""

    __slots__ = ("i", "start", "end", "s", "e", "text")

    def __init__(self, i: int, start: int, end: int, s: int, e: int, text: str):
        self.i = i
        self.start = start
        self.end = end
        self.s = s
        self.e = e
        self.text = text

    def __repr__(self) -> str:
        return f"Line({self.i}, {self.text[:40]!r})"


class Context:
    """The text in both forms (original and normalized) with line tables and span helpers."""

    def __init__(self, original: str):
        self.original = original
        self.norm = Normalized(original)
        self.text = self.norm.text
        lines: list[Line] = []
        pos = 0
        for i, raw in enumerate(self.text.split("\n")):
            end = pos + len(raw)
            stripped = raw.strip()
            if stripped:
                s = pos + (len(raw) - len(raw.lstrip()))
                e = s + len(stripped)
            else:
                s = e = pos
            lines.append(Line(i, pos, end, s, e, stripped))
            pos = end + 1
        self.lines = lines
        self._line_starts = [ln.start for ln in lines]
        # newline offsets in the ORIGINAL text, for 1-based line numbers users see
        nl = []
        find = original.find
        p = find("\n")
        while p >= 0:
            nl.append(p)
            p = find("\n", p + 1)
        self._orig_nl = nl
        #: normalized (start, end) spans claimed by earlier extractors (citations, dates)
        self.claimed: list[tuple[int, int]] = []

    # -- positions ---------------------------------------------------------------------------------
    def line_of_norm(self, pos: int) -> Line:
        """The normalized line containing a normalized offset."""
        return self.lines[max(bisect_right(self._line_starts, pos) - 1, 0)]

    def orig_line(self, orig_pos: int) -> int:
        """1-based line number in the original text."""
        return bisect_right(self._orig_nl, orig_pos - 1) + 1 if orig_pos > 0 else 1

    def orig_col(self, orig_pos: int) -> int:
        return orig_pos - (self.original.rfind("\n", 0, orig_pos) + 1) + 1

    def span(self, s: int, e: int) -> dict:
        """Keyword arguments (text, start, end, line) of a :class:`Span` for a normalized range."""
        os_, oe = self.norm.span(s, e)
        return {"text": self.original[os_:oe], "start": os_, "end": oe, "line": self.orig_line(os_)}

    def make_span(self, s: int, e: int) -> Span:
        return Span(**self.span(s, e))

    def line_span(self, ln: Line) -> Span:
        return self.make_span(ln.s, ln.e)

    def nonempty(self, a: int = 0, b: int | None = None) -> list[Line]:
        return [ln for ln in self.lines[a:b] if ln.text]
