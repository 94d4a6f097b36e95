"""Work limits: what keeps a pathological input (a million numbered lines, one megabyte of citations on one
line) from costing seconds, without ever touching a real document.

Every limit is above what real documents have. Measured on the 88 public documents and the 41 of
``corpora/`` (up to 127 KB and 6 455 lines — a PDF bundle of many letters, about a third of the line limit):
at most 139 citations, 220 dates, 963 quantities, 11 award mentions and 3 931 paragraphs, a tenth or less of
the other limits. When an input goes past a limit, the analysis stops at the first object over it in the
text's order: the text before it is parsed and checked as usual, the rest is not, ``Document.truncated`` says where
and why, and rule VB001 reports it, so nothing is dropped silently. Pass ``Limits(...)`` (or
``Limits.none()``) to :func:`vanban.parse` to change them.

A time budget (``Limits.seconds``, 20 s by default) keeps a single file from stalling a batch whatever it holds:
the parse checks the clock at every object it keeps and between its stages, and when the budget is spent it
stops the same way, with ``Document.truncated.kind == "time"``. The budget is wall time from the start of
:func:`vanban.parse` (:func:`deadline` turns it into a :func:`time.monotonic` deadline, which the rule runner can
share). Patterns are linear in the text they scan, so the budget is a safety net, not the usual way out.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, fields

# Vietnamese names of the kinds, for messages
KIND_VI = {
    "lines": "dòng",
    "citations": "trích dẫn văn bản",
    "dates": "ngày tháng",
    "quantities": "số liệu",
    "awards": "danh hiệu, hình thức khen thưởng",
    "time": "giây xử lý",
}
KIND_EN = {
    "lines": "lines",
    "citations": "document citations",
    "dates": "dates",
    "quantities": "numbers and quantities",
    "awards": "award mentions",
    "time": "seconds of processing",
}


@dataclass(frozen=True)
class Limits:
    """Upper bounds on the work done for one document (numbers of objects; lines are non-collapsed lines of
    the normalized text, where a run of blank lines counts as two), and on its wall time (``seconds``)."""

    lines: int = 20_000
    citations: int = 2_000
    dates: int = 4_000
    quantities: int = 10_000
    awards: int = 1_000
    #: time budget of one document's parse, in seconds (the rule runner may use the same deadline)
    seconds: float = 20.0

    @classmethod
    def none(cls) -> Limits:
        """No limits: every input is analysed to its end, however long that takes."""
        big = 1 << 62
        return cls(**{f.name: big for f in fields(cls)})


DEFAULT = Limits()

#: the kinds that count objects (every field but ``seconds``)
COUNTED = tuple(f.name for f in fields(Limits) if f.name != "seconds")


def deadline(limits: Limits, start: float | None = None) -> float:
    """The :func:`time.monotonic` time at which the budget of ``limits`` runs out for work started at ``start``
    (now by default)."""
    return (time.monotonic() if start is None else start) + limits.seconds


def budget_record(limits: Limits) -> int:
    """The budget as recorded in ``Truncation.limit`` (whole seconds, rounded up)."""
    return min(math.ceil(limits.seconds), 1 << 62)


class LimitExceeded(Exception):
    """Raised inside the pipeline when a limit is passed; ``pos`` is the offset in the original text of the
    first object (or line) over the limit. :func:`vanban.pipeline.build_document` catches it."""

    def __init__(self, kind: str, limit: int, pos: int):
        super().__init__(f"more than {limit} {kind}")
        self.kind = kind
        self.limit = limit
        self.pos = pos
