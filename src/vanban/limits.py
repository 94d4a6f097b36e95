"""Work limits: what keeps a pathological input (a million numbered lines, one megabyte of citations on one
line) from costing seconds, without ever touching a real document.

Every limit is above what real documents have. Measured on the 88 public documents and the 41 of
``corpora/`` (up to 127 KB and 6 455 lines — a PDF bundle of many letters, about a third of the line limit):
at most 139 citations, 220 dates, 963 quantities, 11 award mentions and 3 931 paragraphs, a tenth or less of
the other limits. When an input goes past a limit, the analysis stops at the first object over it in the
text's order: the text before it is parsed and checked as usual, the rest is not, ``Document.truncated`` says where
and why, and rule VB001 reports it, so nothing is dropped silently. Pass ``Limits(...)`` (or
``Limits.none()``) to :func:`vanban.parse` to change them.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

# Vietnamese names of the kinds, for messages
KIND_VI = {
    "lines": "dòng",
    "citations": "trích dẫn văn bản",
    "dates": "ngày tháng",
    "quantities": "số liệu",
    "awards": "danh hiệu, hình thức khen thưởng",
}
KIND_EN = {
    "lines": "lines",
    "citations": "document citations",
    "dates": "dates",
    "quantities": "numbers and quantities",
    "awards": "award mentions",
}


@dataclass(frozen=True)
class Limits:
    """Upper bounds on the work done for one document (numbers of objects; lines are non-collapsed lines of
    the normalized text, where a run of blank lines counts as two)."""

    lines: int = 20_000
    citations: int = 2_000
    dates: int = 4_000
    quantities: int = 10_000
    awards: int = 1_000

    @classmethod
    def none(cls) -> "Limits":
        """No limits: every input is analysed to its end, however long that takes."""
        big = 1 << 62
        return cls(**{f.name: big for f in fields(cls)})


DEFAULT = Limits()


class LimitExceeded(Exception):
    """Raised inside the pipeline when a limit is passed; ``pos`` is the offset in the original text of the
    first object (or line) over the limit. :func:`vanban.pipeline.build_document` catches it."""

    def __init__(self, kind: str, limit: int, pos: int):
        super().__init__(f"more than {limit} {kind}")
        self.kind = kind
        self.limit = limit
        self.pos = pos
