"""Extractors: one module per kind of thing (citations, dates, quantities, awards)."""
from __future__ import annotations

from ..model import Document
from ..segment.lines import Context


def run_extractors(ctx: Context, doc: Document) -> None:
    """Fill ``doc.citations``, ``doc.dates``, ``doc.quantities`` and ``doc.awards``."""
    from . import awards, citations, dates, quantities

    doc.citations = citations.extract(ctx, doc)
    doc.dates = dates.extract(ctx, doc)
    # awards read citations (the deciding document) but not quantities; run before the quantities so that a
    # page of award sentences stops at the award limit without first reading every number on it
    doc.awards = awards.extract(ctx, doc)
    doc.quantities = quantities.extract(ctx, doc)
