"""Extractors: one module per kind of thing (citations, dates, quantities, awards)."""
from __future__ import annotations

from ..model import Document
from ..segment.lines import Context


def run_extractors(ctx: Context, doc: Document, skip: tuple[str, ...] = ()) -> None:
    """Fill ``doc.citations``, ``doc.dates``, ``doc.award_lists``, ``doc.awards`` and ``doc.quantities`` (those in
    ``skip`` the caller has filled already)."""
    from . import award_lists, awards, citations, dates, quantities

    if "citations" not in skip:
        doc.citations = citations.extract(ctx, doc)
    if "dates" not in skip:
        doc.dates = dates.extract(ctx, doc)
    # lists attached to award decisions first: an award named in a list's title or group heading is the list's,
    # and the awards extractor leaves it out. Awards read citations (the deciding document) but not
    # quantities; they run before the quantities so that a page of award sentences stops at the award limit
    # without first reading every number on it.
    doc.award_lists = award_lists.extract(ctx, doc)
    doc.awards = awards.extract(ctx, doc)
    doc.quantities = quantities.extract(ctx, doc)
