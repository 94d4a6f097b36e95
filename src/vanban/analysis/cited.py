"""Where the text names another document: each citation with its subject ("Quyết định số 7930/QĐ-X ngày … về
việc thành lập Đoàn kiểm tra … năm 2025"). A year or figure there belongs to the cited document's name."""
from __future__ import annotations

from ..model import Facts
from ..util import Cover


def cited_spans(facts: Facts) -> Cover:
    """A cover of every citation's span, extended over its subject when it has one: to the end of its clause
    or the next citation, whichever comes first (measured on the text itself, so decomposed Unicode reads the
    same)."""
    doc = facts.document
    cites = doc.citations if doc is not None else []
    spans = []
    for i, c in enumerate(cites):
        end = c.end
        if c.subject and c.end > c.start:
            end = facts.sentence_at(c.end - 1)[1]
            if i + 1 < len(cites):
                end = min(end, max(cites[i + 1].start, c.end))
            end = max(end, c.end)
        spans.append((c.start, end))
    return Cover(spans)
