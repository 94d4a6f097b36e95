"""Where the text names another document: each citation with its subject ("Quyết định số 7930/QĐ-X ngày … về
việc thành lập Đoàn kiểm tra … năm 2025"). A year or figure there belongs to the cited document's name."""
from __future__ import annotations

from ..model import Facts
from ..util import Cover


def cited_spans(facts: Facts) -> Cover:
    """A cover of every citation's span, extended over its subject when the subject follows it."""
    doc = facts.document
    text = facts.text
    spans = []
    for c in doc.citations if doc is not None else ():
        end = c.end
        if c.subject:
            k = text.find(c.subject[:40], c.end, c.end + 40 + len(c.subject))
            if k >= 0:
                end = k + len(c.subject)
        spans.append((c.start, end))
    return Cover(spans)
