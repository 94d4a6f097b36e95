"""Extractors: one module per kind of thing (citations, dates, quantities, awards)."""
from __future__ import annotations

from ..model import Document
from ..segment.lines import Context


def run_extractors(ctx: Context, doc: Document) -> None:
    """Fill ``doc.citations``, ``doc.dates``, ``doc.quantities`` and ``doc.awards``."""
    from . import awards, citations, dates, quantities

    doc.citations = citations.extract(ctx, doc)
    doc.dates = dates.extract(ctx, doc)
    doc.quantities = quantities.extract(ctx, doc)
    doc.awards = awards.extract(ctx, doc)
