"""Line index over the normalized text, and the context shared by every stage of the pipeline."""
from __future__ import annotations

from bisect import bisect_right
from time import monotonic

from ..limits import LimitExceeded, Limits, budget_record
from ..model import Span
from ..normalize import Normalized
from ..util import line_starts, split_lines

_NO_LIMITS = Limits.none()


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

    def __init__(self, original: str, limits: Limits | None = None, deadline: float | None = None):
        self.original = original
        self.limits = limits = limits or _NO_LIMITS
        #: :func:`time.monotonic` time after which :meth:`check_limit` and :meth:`check_time` stop the parse
        self.deadline = deadline
        #: spans made so far: every 256th looks at the clock too, so that a stage that keeps no counted objects
        #: (the heading tree, the tail, paragraphs) is stopped inside, not only after it
        self._ticks = 0
        self.norm = Normalized(original)
        self.text = self.norm.text
        if self.text.count("\n") >= limits.lines:
            # cut before the first line over the limit (blank-line runs are already folded to two)
            cut = -1
            for _ in range(limits.lines):
                cut = self.text.find("\n", cut + 1)
            if cut + 1 < len(self.text):  # something after the last line allowed
                self.exceeded("lines", limits.lines, cut + 1)
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
        #: offsets of the line starts in the ORIGINAL text, for the 1-based line numbers users see
        self.orig_starts = line_starts(original)
        self._orig_lines: list[str] | None = None
        #: normalized (start, end) spans claimed by earlier extractors (citations, dates)
        self.claimed: list[tuple[int, int]] = []
        #: original (start, end) spans of award-list titles and group headings: award names there are the list's
        self.award_list_zones: list[tuple[int, int]] = []
        #: line range of a regulation attached after the signature (set by the pipeline), or None
        self.attachment_lines: tuple[int, int] | None = None


    @property
    def orig_lines(self) -> list[str]:
        """The lines of the ORIGINAL text, counted as ``orig_starts`` counts them (LF, CRLF or a lone CR end a
        line), without their line break: ``orig_lines[n - 1]`` is the text of 1-based line ``n`` of every span
        (a Windows file's lines do not end in "\r": "… như sau:" still ends with its colon)."""
        if self._orig_lines is None:
            lines = split_lines(self.original)
            if "\r" in self.original:
                lines = [ln[:-1] if ln.endswith("\r") else ln for ln in lines]
            self._orig_lines = lines
        return self._orig_lines

    def exceeded(self, kind: str, limit: int, norm_pos: int) -> None:
        """Stop the analysis: ``kind`` went past its limit at a normalized offset (see :mod:`vanban.limits`)."""
        raise LimitExceeded(kind, limit, self.norm.to_orig(norm_pos))

    def check_limit(self, kind: str, count: int, norm_pos: int) -> None:
        """Stop the analysis when ``count`` objects of ``kind`` are already kept and another one starts at the
        normalized offset ``norm_pos``."""
        limit = getattr(self.limits, kind)
        if count >= limit:
            self.exceeded(kind, limit, norm_pos)
        if self.deadline is not None and monotonic() > self.deadline:
            self.exceeded("time", budget_record(self.limits), norm_pos)

    def check_time(self, norm_pos: int) -> None:
        """Stop the analysis at the normalized offset ``norm_pos`` when the time budget is spent."""
        if self.deadline is not None and monotonic() > self.deadline:
            self.exceeded("time", budget_record(self.limits), norm_pos)

    # -- positions ---------------------------------------------------------------------------------
    def line_of_norm(self, pos: int) -> Line:
        """The normalized line containing a normalized offset."""
        return self.lines[max(bisect_right(self._line_starts, pos) - 1, 0)]

    def orig_line(self, orig_pos: int) -> int:
        """1-based line number in the original text."""
        return bisect_right(self.orig_starts, orig_pos) if orig_pos > 0 else 1

    def orig_col(self, orig_pos: int) -> int:
        """1-based column in the original text (a line starts after LF, CRLF or a lone CR)."""
        return orig_pos - self.orig_starts[self.orig_line(orig_pos) - 1] + 1

    def span(self, s: int, e: int) -> dict:
        """Keyword arguments (text, start, end, line) of a :class:`Span` for a normalized range."""
        self._ticks += 1
        if not self._ticks & 255 and self.deadline is not None and monotonic() > self.deadline:
            self.exceeded("time", budget_record(self.limits), s)
        os_, oe = self.norm.span(s, e)
        return {"text": self.original[os_:oe], "start": os_, "end": oe, "line": self.orig_line(os_)}

    def make_span(self, s: int, e: int) -> Span:
        return Span(**self.span(s, e))

    def line_span(self, ln: Line) -> Span:
        return self.make_span(ln.s, ln.e)

    def nonempty(self, a: int = 0, b: int | None = None) -> list[Line]:
        return [ln for ln in self.lines[a:b] if ln.text]
